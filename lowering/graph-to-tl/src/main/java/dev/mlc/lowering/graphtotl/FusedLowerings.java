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
    for (int i = 0; i < ops.size(); i++) if (FusePass.REDUCTIONS.contains(ops.get(i).name())) return reductionReason(fusion, ops, i);
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

  /** The reduction case: element-wise ops of the reduction's input shape, the reduction, element-wise ops of its result's shape. */
  private static String reductionReason(Operation fusion, List<Operation> ops, int ri) {
    Operation r = ops.get(ri);
    if (fusion.numResults() != 1) return "a reduction group has one result";
    if (!(r.operand(0).type() instanceof RankedTensorType it) || !it.hasStaticShape() || !(it.elementType() instanceof FloatType)) return "the reduction's input is not a static float tensor";
    long[] in = it.shape(), out = shapeOf(r);
    if (out == null || !r.result(0).type().equals(fusion.result(0).type())) return "the group's result is not of the reduction's type";
    if (GraphLowerings.unsupported(r) != null) return GraphLowerings.unsupported(r);
    for (int i = 0; i < ops.size(); i++) {
      if (i == ri) continue;
      Operation op = ops.get(i);
      if (!FusePass.ELEMENTWISE.contains(op.name()) || FusePass.REDUCTIONS.contains(op.name())) return "'" + op.name() + "' is not element-wise";
      long[] sh = i < ri ? in : out;
      if (!Arrays.equals(shapeOf(op), sh)) return "results of different shapes";
      for (Value v : op.operands()) if (v.definingOp() == null && !broadcasts(v, sh)) return "an operand does not broadcast";
      if (GraphLowerings.unsupported(op) != null) return GraphLowerings.unsupported(op);
      // prologue values feed only the prologue and the reduction; epilogue ops read no prologue value
      for (Value v : op.operands()) if (v.definingOp() != null && ops.indexOf(v.definingOp()) < ri && i > ri) return "the epilogue reads the prologue";
    }
    if (ri > 0 && r.operand(0).definingOp() == null) return "the prologue does not feed the reduction";
    for (int i = 0; i < ri; i++) for (var u : ops.get(i).result(0).uses()) if (u.owner().isa("graph.yield")) return "a prologue value is a result";
    if (ri < ops.size() - 1 && (!r.result(0).hasOneUse() || r.result(0).uses().iterator().next().owner().isa("graph.yield"))) return "the reduction's value is used twice";
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
    for (int i = 0; i < ops.size(); i++)
      if (FusePass.REDUCTIONS.contains(ops.get(i).name())) {
        lowerReduction(e, fusion, ops, i, buffers, outs.get(0));
        return;
      }
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
      scalars(e, ops, scalar);
      List<Value> rs = new ArrayList<>();
      for (Value y : yielded) rs.add(scalar.get(y));
      return rs;
    });
  }

  /** Emits the scalar code of the element-wise {@code ops} at the builder's insertion point, reading and extending {@code scalar}. */
  private static void scalars(Emit e, List<Operation> ops, Map<Value, Value> scalar) {
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
  }

  /** The block arguments {@code ops} read, each once, in order of first use. */
  private static List<Value> blockArgs(List<Operation> ops) {
    List<Value> args = new ArrayList<>();
    for (Operation op : ops)
      for (Value v : op.operands())
        if (v.definingOp() == null && !args.contains(v)) args.add(v);
    return args;
  }

  /**
   * Reduction with prologue and epilogue: {@code out = init}; ONE generic over the input's
   * iteration space computes the prologue as scalars and combines into {@code out} (the prologue's
   * values are never stored); then, for a mean or an epilogue, ONE in-place generic over {@code out}
   * divides by the count and computes the epilogue.
   */
  private static void lowerReduction(Emit e, Operation fusion, List<Operation> ops, int ri, Map<Value, Value> buffers, Value out) {
    Operation r = ops.get(ri);
    List<Operation> pro = ops.subList(0, ri), epi = ops.subList(ri + 1, ops.size());
    long[] in = ((RankedTensorType) r.operand(0).type()).shape();
    int rank = in.length;
    long[] axes = dev.mlc.dialect.graph.ir.GraphAttrs.ints(r, "axes", new long[0]);
    boolean[] red = new boolean[rank];
    if (axes.length == 0) java.util.Arrays.fill(red, true);
    for (long a : axes) red[(int) (a < 0 ? a + rank : a)] = true;
    boolean keep = dev.mlc.dialect.graph.ir.GraphAttrs.keepdims(r);
    GraphLowerings.Kind k = switch (r.name()) {
      case "graph.reduce_sum" -> GraphLowerings.Kind.SUM;
      case "graph.reduce_mean" -> GraphLowerings.Kind.MEAN;
      case "graph.reduce_max" -> GraphLowerings.Kind.MAX;
      default -> GraphLowerings.Kind.MIN;
    };
    dev.mlc.ir.Type t = Emit.elem(out);
    e.fill(out, switch (k) {
      case SUM, MEAN -> 0;
      case MAX -> Double.NEGATIVE_INFINITY;
      case MIN -> Double.POSITIVE_INFINITY;
    });
    List<dev.mlc.ir.affine.AffineExpr> o = new ArrayList<>();
    long count = 1;
    for (int d = 0; d < rank; d++) {
      if (red[d]) count *= in[d];
      if (!red[d]) o.add(dev.mlc.ir.affine.AffineExpr.dim(d));
      else if (keep) o.add(dev.mlc.ir.affine.AffineExpr.constant(0));
    }
    List<Value> args = pro.isEmpty() ? List.of(r.operand(0)) : blockArgs(pro);
    List<Value> gins = new ArrayList<>();
    List<AffineMap> maps = new ArrayList<>();
    for (Value a : args) {
      gins.add(buffers.get(a));
      maps.add(Emit.broadcastMap(Emit.shape(buffers.get(a)), in));
    }
    maps.add(new AffineMap(rank, 0, o));
    Tl.generic(e.b, fusion.location(), gins, List.of(out), maps, Emit.iterators(rank, red), (bb, sargs) -> {
      Map<Value, Value> scalar = new IdentityHashMap<>();
      for (int i = 0; i < args.size(); i++) scalar.put(args.get(i), sargs.get(i));
      scalars(e, pro, scalar);
      Value x = scalar.get(r.operand(0)), acc = sargs.get(args.size());
      return List.of(switch (k) {
        case SUM, MEAN -> e.add(acc, x);
        case MAX -> e.op("arith.maximumf", t, acc, x);
        case MIN -> e.op("arith.minimumf", t, acc, x);
      });
    });
    if (k != GraphLowerings.Kind.MEAN && epi.isEmpty()) return;
    long n = count;
    long[] os = Emit.shape(out);
    List<Value> eargs = blockArgs(epi);
    List<Value> eins = new ArrayList<>();
    List<AffineMap> emaps = new ArrayList<>();
    for (Value a : eargs) {
      eins.add(buffers.get(a));
      emaps.add(Emit.broadcastMap(Emit.shape(buffers.get(a)), os));
    }
    emaps.add(AffineMap.identity(os.length));
    Tl.generic(e.b, fusion.location(), eins, List.of(out), emaps, Emit.iterators(os.length, null), (bb, sargs) -> {
      Map<Value, Value> scalar = new IdentityHashMap<>();
      for (int i = 0; i < eargs.size(); i++) scalar.put(eargs.get(i), sargs.get(i));
      Value v = sargs.get(eargs.size());
      if (k == GraphLowerings.Kind.MEAN) v = e.op("arith.divf", t, v, e.cst(t, n));
      scalar.put(r.result(0), v);
      scalars(e, epi, scalar);
      return List.of(scalar.get(fusion.region(0).front().terminator().operand(0)));
    });
  }
}
