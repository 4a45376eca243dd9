package dev.mlc.dialect.graph.ir;

import dev.mlc.dialect.graph.interp.GraphInterpreter;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Constant folding of graph ops through the reference interpreter's kernels, so that a fold and a
 * run compute the same tensor: only {@code dense<...>} operands of at most {@link #MAX_ELEMENTS}
 * elements and static result types within that limit fold, so folding stays cheap. Where the kernel
 * reports a fault (integer division by zero, a gather index out of range), the op does not fold
 * and the interpreter reports the fault when the program runs.
 */
public final class ConstantFolding {
  private ConstantFolding() {}

  public static final long MAX_ELEMENTS = 1 << 20;

  /** Ops that never fold constants: contractions cost far more than their operands' size; regions; the constant itself. */
  private static final Set<String> NOT_FOLDED = Set.of("graph.constant", "graph.fusion", "graph.yield", "graph.matmul", "graph.gemm",
      "graph.conv2d", "graph.conv_transpose2d", "graph.matmul_integer", "graph.qlinear_matmul", "graph.qlinear_conv2d", "graph.conv_integer");

  /** The value of a small dense constant, or null. */
  public static Tensor tensor(Attribute a) {
    if (!(a instanceof DenseElementsAttr d) || d.numElements() < 0 || d.numElements() > MAX_ELEMENTS) return null;
    Type et = d.elementType();
    if (!(et instanceof FloatType || et instanceof IntegerType it && it.width() <= 64)) return null;
    try {
      return Tensor.fromAttr(d, null);
    } catch (InterpreterException e) {
      return null;
    }
  }

  /** The static type of result {@code i} within the folding limit, or null. */
  static RankedTensorType staticResult(Operation op, int i) {
    return op.result(i).type() instanceof RankedTensorType t && t.hasStaticShape() && t.numElements() <= MAX_ELEMENTS ? t : null;
  }

  /**
   * The results of {@code op} on constant operands {@code c}, computed by its interpreter kernel, as
   * dense attributes; null when an operand is not a small dense constant, a result type is not static
   * and small, or the kernel reports a fault.
   */
  public static List<Object> evaluate(Operation op, List<Attribute> c) {
    OpSemantics kernel = GraphInterpreter.kernel(op.name());
    if (kernel == null || NOT_FOLDED.contains(op.name()) || op.numRegions() > 0) return null;
    Object[] in = new Object[c.size()];
    for (int i = 0; i < in.length; i++) if ((in[i] = tensor(c.get(i))) == null) return null;
    List<RankedTensorType> types = new ArrayList<>();
    for (int i = 0; i < op.numResults(); i++) {
      RankedTensorType t = staticResult(op, i);
      if (t == null) return null;
      types.add(t);
    }
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
      r.add(t.toAttr(types.get(i)));
    }
    return r;
  }

  /** Whether {@code a} is a dense constant whose every element equals {@code v}. */
  public static boolean isSplatOf(Attribute a, double v) {
    if (!(a instanceof DenseElementsAttr d) || d.numElements() < 1) return false;
    if (!d.isSplat()) return false;
    if (d.elementType() instanceof FloatType) return d.doubleValue(0) == v;
    if (d.elementType() instanceof IntegerType it && it.width() > 1) return d.longValue(0) == v;
    return false;
  }

  /** Whether {@code a} is a splat of negative zero (float). */
  public static boolean isNegZeroSplat(Attribute a) {
    return a instanceof DenseElementsAttr d && d.isSplat() && d.elementType() instanceof FloatType && d.numElements() > 0
        && Double.doubleToRawLongBits(d.doubleValue(0)) == Double.doubleToRawLongBits(-0.0);
  }
}
