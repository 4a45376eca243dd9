package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/**
 * How every consumer of the graph dialect reads op attributes, with the spec's defaults: integer
 * lists as {@code [1, 1]} or {@code array<i64: 1, 1>} (or a 1-D {@code dense<...>}), integers,
 * floats ({@code 1.0e-05 : f32}; integers are accepted), booleans ({@code true}/{@code false}, or
 * integers 0/1) and strings. A present attribute of the wrong kind throws a {@link ShapeError}.
 */
public final class GraphAttrs {
  private GraphAttrs() {}

  /** An integer list, or {@code dflt} (may be null) when absent. */
  public static long[] ints(Operation op, String name, long[] dflt) {
    Attribute a = op.attr(name);
    return a == null ? dflt : ints(a, name);
  }

  /** An integer list from an attribute value. */
  public static long[] ints(Attribute a, String name) {
    if (a instanceof DenseArrayAttr d && d.elementType() instanceof IntegerType) return d.asLongs();
    if (a instanceof ArrayAttr arr) {
      long[] out = new long[arr.size()];
      for (int i = 0; i < out.length; i++) {
        if (!(arr.get(i) instanceof IntegerAttr ia)) throw new ShapeError("attribute '" + name + "' must be a list of integers");
        out[i] = ia.value().longValue();
      }
      return out;
    }
    if (a instanceof DenseElementsAttr d && d.elementType() instanceof IntegerType && d.type().rank() <= 1) {
      long[] out = new long[(int) d.numElements()];
      for (int i = 0; i < out.length; i++) out[i] = d.longValue(i);
      return out;
    }
    throw new ShapeError("attribute '" + name + "' must be a list of integers");
  }

  /** A float list ({@code [0.5, 2.0]}, {@code array<f32: ...>} or a 1-D dense float attribute), or {@code dflt} when absent. */
  public static double[] floats(Operation op, String name, double[] dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof DenseArrayAttr d && d.elementType() instanceof FloatType) {
      double[] out = new double[d.size()];
      for (int i = 0; i < out.length; i++) out[i] = d.asDouble(i);
      return out;
    }
    if (a instanceof ArrayAttr arr) {
      double[] out = new double[arr.size()];
      for (int i = 0; i < out.length; i++) {
        if (arr.get(i) instanceof FloatAttr f) out[i] = f.value();
        else if (arr.get(i) instanceof IntegerAttr ia) out[i] = ia.value().doubleValue();
        else throw new ShapeError("attribute '" + name + "' must be a list of floats");
      }
      return out;
    }
    if (a instanceof DenseElementsAttr d && d.type().rank() <= 1) {
      double[] out = new double[(int) d.numElements()];
      for (int i = 0; i < out.length; i++) out[i] = d.elementType() instanceof FloatType ? d.doubleValue(i) : d.longValue(i);
      return out;
    }
    throw new ShapeError("attribute '" + name + "' must be a list of floats");
  }

  /** A single integer, or {@code dflt} when absent. */
  public static long integer(Operation op, String name, long dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof IntegerAttr i) return i.value().longValue();
    throw new ShapeError("attribute '" + name + "' must be an integer");
  }

  /** A required single integer. */
  public static long integer(Operation op, String name) {
    if (op.attr(name) == null) throw new ShapeError("requires attribute '" + name + "'");
    return integer(op, name, 0);
  }

  /** A float (an integer is accepted), or {@code dflt} (may be null) when absent. */
  public static Double optFloat(Operation op, String name, Double dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof FloatAttr f) return f.value();
    if (a instanceof IntegerAttr i && !i.isBool()) return i.value().doubleValue();
    throw new ShapeError("attribute '" + name + "' must be a float");
  }

  public static double floatAttr(Operation op, String name, double dflt) { return optFloat(op, name, dflt); }

  /** A boolean ({@code true}/{@code false}, or an integer: non-zero is true), or {@code dflt} when absent. */
  public static boolean bool(Operation op, String name, boolean dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof IntegerAttr i) return i.value().signum() != 0;
    throw new ShapeError("attribute '" + name + "' must be a boolean");
  }

  /** A string, or {@code dflt} when absent. */
  public static String string(Operation op, String name, String dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof StringAttr s) return s.value();
    throw new ShapeError("attribute '" + name + "' must be a string");
  }

  /** A string that must be one of {@code allowed}; the first allowed value is the default. */
  public static String choice(Operation op, String name, String... allowed) {
    String s = string(op, name, allowed[0]);
    for (String x : allowed) if (x.equals(s)) return s;
    throw new ShapeError("attribute '" + name + "' must be one of " + String.join(", ", quoted(allowed)) + ", but got \"" + s + "\"");
  }

  private static List<String> quoted(String[] xs) {
    List<String> out = new ArrayList<>();
    for (String x : xs) out.add("\"" + x + "\"");
    return out;
  }

  /**
   * A quantization parameter: a scalar ({@code 0.5 : f32} / {@code 3 : i64}) or a 1-D dense
   * attribute (per-axis); {@code dflt} when absent (null: required).
   */
  public static double[] quantParam(Operation op, String name, double[] dflt) {
    Attribute a = op.attr(name);
    if (a == null) {
      if (dflt == null) throw new ShapeError("requires attribute '" + name + "'");
      return dflt;
    }
    if (a instanceof FloatAttr f) return new double[] {f.value()};
    if (a instanceof IntegerAttr i && !i.isBool()) return new double[] {i.value().doubleValue()};
    if (a instanceof DenseElementsAttr d && d.type().rank() == 1 && d.numElements() > 0) return floats(op, name, null);
    throw new ShapeError("attribute '" + name + "' must be a scalar or a non-empty 1-D dense attribute");
  }

  /** Whether a quantization parameter is given per axis (a 1-D dense attribute). */
  public static boolean isPerAxis(Operation op, String name) { return op.attr(name) instanceof DenseElementsAttr; }

  // ---- the spec's defaults, read the same way by the verifiers, the folds and the interpreter ----

  public static final double LEAKY_RELU_ALPHA = 0.01, HARD_SIGMOID_ALPHA = 0.2, HARD_SIGMOID_BETA = 0.5, EPSILON = 1e-5;

  /** {@code strides} of a 2-D window op (default {@code [1, 1]}). */
  public static long[] strides(Operation op) { return ints(op, "strides", new long[] {1, 1}); }

  /** {@code pads} of a 2-D window op: top, left, bottom, right (default zeros). */
  public static long[] pads2d(Operation op) { return ints(op, "pads", new long[] {0, 0, 0, 0}); }

  /** {@code dilations} of a 2-D window op (default {@code [1, 1]}). */
  public static long[] dilations(Operation op) { return ints(op, "dilations", new long[] {1, 1}); }

  /** {@code output_padding} of {@code graph.conv_transpose2d} (default zeros). */
  public static long[] outputPadding(Operation op) { return ints(op, "output_padding", new long[] {0, 0}); }

  /** {@code groups} of a convolution (default 1). */
  public static long groups(Operation op) { return integer(op, "groups", 1); }

  /** {@code epsilon} of a normalization (default 1e-5). */
  public static double epsilon(Operation op) { return floatAttr(op, "epsilon", EPSILON); }

  /** {@code axis} of {@code graph.layer_norm} and {@code graph.softmax} (default -1). */
  public static long lastAxis(Operation op) { return integer(op, "axis", -1); }

  /** {@code axis} of the quantization ops (default 1). */
  public static long quantAxis(Operation op) { return integer(op, "axis", 1); }

  /** {@code keepdims} of the reductions (default true). */
  public static boolean keepdims(Operation op) { return bool(op, "keepdims", true); }

  /** {@code ceil_mode} of the pools (default false). */
  public static boolean ceilMode(Operation op) { return bool(op, "ceil_mode", false); }

  /** {@code count_include_pad} of {@code graph.avg_pool2d} (default false). */
  public static boolean countIncludePad(Operation op) { return bool(op, "count_include_pad", false); }

  /**
   * {@code layout} of {@code graph.conv2d}, {@code graph.max_pool2d} and {@code graph.avg_pool2d}:
   * {@code "nchw"} (the default; conv2d weights M×(C/groups)×kH×kW) or {@code "nhwc"} (activations
   * N×H×W×C, conv2d weights kH×kW×(C/groups)×M). See docs/layout.md.
   */
  public static boolean nhwc(Operation op) { return choice(op, "layout", "nchw", "nhwc").equals("nhwc"); }

  /** The permutation NCHW -> NHWC ({@code graph.transpose}'s {@code perm}: result dim i is operand dim perm[i]). */
  public static final long[] TO_NHWC = {0, 2, 3, 1};
  /** The permutation NHWC -> NCHW. */
  public static final long[] TO_NCHW = {0, 3, 1, 2};
  /** The permutation of conv2d weights M×C×kH×kW -> kH×kW×C×M. */
  public static final long[] TO_HWIO = {2, 3, 1, 0};
  /** The permutation of conv2d weights kH×kW×C×M -> M×C×kH×kW. */
  public static final long[] TO_OIHW = {3, 2, 0, 1};

  /** {@code shape} permuted: result dim i is {@code shape[perm[i]]}. */
  public static long[] permute(long[] shape, long[] perm) {
    long[] r = new long[perm.length];
    for (int i = 0; i < perm.length; i++) r[i] = shape[(int) perm[i]];
    return r;
  }
}
