package dev.mlc.dialect.graph.transforms;

import dev.mlc.dialect.graph.interp.GraphInterpreter;
import dev.mlc.dialect.graph.ir.ShapeError;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code --fold-constants}: evaluates every graph op whose operands are all {@code graph.constant}s
 * with the reference interpreter's kernel and replaces it by a constant, in block order, so whole
 * constant subgraphs (weight transposes, reshapes, casts, products of constants, the arithmetic of a
 * quantization scale) collapse. Unlike canonicalize's folds it also evaluates contractions
 * ({@code matmul}, {@code gemm}, {@code conv2d}) within a work limit. A result with more than
 * {@code max-elements} elements is not materialized, and constants left without users are erased,
 * so a weight is never held twice.
 */
@PassInfo(name = "fold-constants", summary = "Evaluate constant graph subgraphs at compile time (size- and work-limited)")
public final class FoldConstantsPass extends Pass {
  @PassOption(name = "max-elements", description = "Largest result (in elements) that is materialized as a constant")
  long maxElements = 1 << 22;

  @PassOption(name = "max-work", description = "Largest contraction evaluated (result elements times reduction size)")
  long maxWork = 1L << 27;

  private static final Set<String> CONTRACTIONS = Set.of("graph.matmul", "graph.gemm", "graph.conv2d", "graph.conv_transpose2d",
      "graph.matmul_integer", "graph.qlinear_matmul", "graph.qlinear_conv2d");

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Block> blocks = new ArrayList<>();
    root.walk(o -> {
      for (Region r : o.regions()) blocks.addAll(r.blocks());
    });
    for (Block b : blocks) fold(b);
  }

  private void fold(Block block) {
    List<Operation> dead = new ArrayList<>();
    for (Operation op : new ArrayList<>(block.operations())) {
      if (!op.name().startsWith("graph.") || op.isa("graph.constant") || op.numRegions() > 0 || op.numOperands() == 0) continue;
      List<Object> r = evaluate(op);
      if (r == null) continue;
      Builder b = new Builder(op.context());
      b.setInsertionPoint(op);
      List<Value> repl = new ArrayList<>();
      for (int i = 0; i < r.size(); i++)
        repl.add(b.create("graph.constant", op.location(), List.of(), List.of(op.result(i).type()),
            DictionaryAttr.of(new NamedAttribute("value", (Attribute) r.get(i)))).result(0));
      for (Value v : op.operands()) dead.add(v.definingOp());
      op.replaceAllUsesWith(repl);
      op.erase();
    }
    for (Operation d : dead) if (d.parentBlock() != null && d.useEmpty()) d.erase();
  }

  /** The number of multiply-adds per result element of a contraction. */
  private static long reduction(Operation op, Object[] in) {
    Tensor a = (Tensor) in[0];
    if (op.name().contains("conv")) {
      // the weights: the second rank-4 operand
      int seen = 0;
      for (Object o : in)
        if (o instanceof Tensor t && t.rank() == 4 && ++seen == 2) return t.size() / Math.max(1, t.dim(0));
      return Long.MAX_VALUE / 4;
    }
    if (op.isa("graph.gemm") && a.rank() == 2) return dev.mlc.dialect.graph.ir.GraphAttrs.bool(op, "trans_a", false) ? a.dim(0) : a.dim(1);
    return a.rank() == 0 ? 1 : a.dim(a.rank() - 1);
  }

  /** The op's results as dense attributes, or null when it is not evaluated. */
  private List<Object> evaluate(Operation op) {
    OpSemantics kernel = GraphInterpreter.kernel(op.name());
    if (kernel == null) return null;
    Object[] in = new Object[op.numOperands()];
    for (int i = 0; i < in.length; i++) {
      Operation d = op.operand(i).definingOp();
      if (d == null || !d.isa("graph.constant") || !(d.attr("value") instanceof ElementsAttr e)) return null;
      Type et = ((RankedTensorType) op.operand(i).type()).elementType();
      if (!(et instanceof FloatType || et instanceof IntegerType it && it.width() <= 64)) return null;
      try {
        in[i] = Tensor.fromAttr(e, op.context().resources());
      } catch (InterpreterException ex) {
        return null;
      }
    }
    List<RankedTensorType> types = new ArrayList<>();
    long outElems = 0;
    for (Value v : op.results()) {
      if (!(v.type() instanceof RankedTensorType t) || !t.hasStaticShape() || t.numElements() > maxElements) return null;
      types.add(t);
      outElems += t.numElements();
    }
    if (CONTRACTIONS.contains(op.name()) && reduction(op, in) > maxWork / Math.max(1, outElems)) return null;
    Object[] out;
    try {
      out = kernel.execute(new Interpreter(op.context()), op, in);
    } catch (InterpreterException | ShapeError e) {
      return null;
    }
    if (out == null || out.length != types.size()) return null;
    List<Object> r = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      if (!(out[i] instanceof Tensor t) || !t.matches(types.get(i))) return null;
      DenseElementsAttr a = t.toAttr(types.get(i));
      r.add(a);
    }
    return r;
  }
}
