package dev.mlc.lowering.graphtotl;

import dev.mlc.dialect.graph.transforms.FusePass;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lowering of a {@code graph.fusion} as one unit (docs/fusion.md). Two shapes are recognized:
 * <ul>
 *   <li>element-wise: every op of the body is element-wise with the same static result shape; the
 *       group becomes ONE all-parallel {@code tl.generic} whose inputs are the operands the body
 *       reads (broadcast maps), whose outputs are the group's results and whose body computes
 *       every op as scalars: no intermediate buffer;</li>
 *   <li>contraction + epilogue: the first op is a {@code conv2d}, {@code matmul} or {@code gemm}
 *       on block arguments, its result is used once, the rest is element-wise of its shape, and
 *       the group has one result. The contraction is lowered as usual, writing the result buffer,
 *       followed immediately by ONE in-place all-parallel {@code tl.generic} over that buffer
 *       (the buffer is its only output; the contraction's value is the output's current element).</li>
 * </ul>
 * Any other group is inlined and its ops lowered one by one.
 */
final class FusedLowerings {
  private FusedLowerings() {}

  /** Why {@code fusion} is not lowered as a unit (it is then inlined), or null. */
  static String reason(Operation fusion) {
    Block body = fusion.region(0).front();
    List<Operation> ops = new ArrayList<>();
    for (Operation op : body) if (op != body.terminator()) ops.add(op);
    if (ops.isEmpty() || fusion.numResults() == 0) return "empty group";
    Operation first = ops.get(0);
    boolean contraction = FusePass.CONTRACTIONS.contains(first.name());
    long[] shape = shapeOf(contraction ? first : ops.get(ops.size() - 1));
    if (shape == null) return "dynamic shape";
    for (Operation op : ops.subList(contraction ? 1 : 0, ops.size())) {
      if (!FusePass.ELEMENTWISE.contains(op.name())) return "'" + op.name() + "' is not element-wise";
      if (!Arrays.equals(shapeOf(op), shape)) return "results of different shapes";
      for (Value v : op.operands())
        if (v.definingOp() == null && !broadcasts(v, shape)) return "an operand does not broadcast to the group's shape";
      if (GraphLowerings.unsupported(op) != null) return GraphLowerings.unsupported(op);
    }
    for (Value v : body.terminator().operands()) if (v.definingOp() == null) return "a block argument is yielded";
    if (contraction) {
      if (ops.size() < 2 || fusion.numResults() != 1) return "a contraction group needs an epilogue and one result";
      if (!first.result(0).hasOneUse() || first.result(0).uses().iterator().next().owner().isa("graph.yield")) return "the contraction's value is used twice";
      if (!(((RankedTensorType) first.result(0).type()).elementType() instanceof FloatType)) return "integer contraction";
      if (!first.result(0).type().equals(fusion.result(0).type())) return "the epilogue changes the element type";
      for (Value v : first.operands()) if (v.definingOp() != null) return "the contraction reads a value of the group";
    }
    return null;
  }

  private static long[] shapeOf(Operation op) {
    return op.numResults() == 1 && op.result(0).type() instanceof RankedTensorType t && t.hasStaticShape() ? t.shape() : null;
  }

  private static boolean broadcasts(Value v, long[] shape) {
    if (!(v.type() instanceof RankedTensorType t) || !t.hasStaticShape() || t.rank() > shape.length) return false;
    for (int j = 0; j < t.rank(); j++) {
      long d = t.shape()[j], o = shape[shape.length - t.rank() + j];
      if (d != o && d != 1) return false;
    }
    return true;
  }

  /** Lowers {@code fusion} (for which {@link #reason} is null), reading the operand buffers {@code ins} and writing {@code outs}. */
  static void lower(Emit e, Operation fusion, List<Value> ins, List<Value> outs) {
    Block body = fusion.region(0).front();
    List<Operation> ops = new ArrayList<>();
    for (Operation op : body) if (op != body.terminator()) ops.add(op);
    Map<Value, Value> buffers = new IdentityHashMap<>();
    for (int i = 0; i < ins.size(); i++) buffers.put(body.argument(i), ins.get(i));
    Operation contraction = FusePass.CONTRACTIONS.contains(ops.get(0).name()) ? ops.remove(0) : null;
    if (contraction != null) {
      List<Value> cin = new ArrayList<>();
      for (Value v : contraction.operands()) cin.add(buffers.get(v));
      GraphLowerings.TABLE.get(contraction.name()).lower(new Emit(e.b, contraction.location(), e.owned, contraction.operandTypes()), contraction, cin, outs.get(0));
    }
    // the generic's inputs: the block arguments the element-wise ops read, each once
    List<Value> args = new ArrayList<>();
    for (Operation op : ops)
      for (Value v : op.operands())
        if (v.definingOp() == null && !args.contains(v)) args.add(v);
    List<Value> gins = new ArrayList<>();
    for (Value a : args) gins.add(buffers.get(a));
    long[] shape = Emit.shape(outs.get(0));
    List<AffineMap> maps = new ArrayList<>();
    for (Value in : gins) maps.add(Emit.broadcastMap(Emit.shape(in), shape));
    for (int i = 0; i < outs.size(); i++) maps.add(AffineMap.identity(shape.length));
    List<Value> yielded = body.terminator().operands();
    Tl.generic(e.b, fusion.location(), gins, outs, maps, Emit.iterators(shape.length, null), (bb, sargs) -> {
      Map<Value, Value> scalar = new IdentityHashMap<>();
      for (int i = 0; i < args.size(); i++) scalar.put(args.get(i), sargs.get(i));
      if (contraction != null) scalar.put(contraction.result(0), sargs.get(gins.size()));
      for (Operation op : ops) {
        List<Value> xs = new ArrayList<>();
        for (Value v : op.operands()) xs.add(scalar.get(v));
        Emit se = new Emit(e.b, op.location(), e.owned, op.operandTypes());
        Value r;
        if (op.isa("graph.cast")) r = GraphLowerings.cast(se, xs.get(0), ConvertGraphToTlPass.toMemRef(op.result(0).type()).elementType());
        else {
          se.scalarResult = new Value[1];
          GraphLowerings.TABLE.get(op.name()).lower(se, op, xs, null);
          r = se.scalarResult[0];
        }
        scalar.put(op.result(0), r);
      }
      List<Value> rs = new ArrayList<>();
      for (Value y : yielded) rs.add(scalar.get(y));
      return rs;
    });
  }
}
