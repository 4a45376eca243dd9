package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;

/**
 * QuantizeLinear and DequantizeLinear, per tensor ({@code scale} a float, {@code zero_point} an
 * integer, 0) or per axis ({@code scale} and {@code zero_point} 1-D with one entry per slice of
 * dimension {@code axis}, which defaults to 1 as in ONNX). Arithmetic is in f32, as ONNX Runtime.
 */
final class QuantKernels {
  private QuantKernels() {}

  private record Params(double[] scale, double[] zeroPoint, int axis, long inner) {
    int channel(int flat, long dim) { return scale.length == 1 ? 0 : (int) ((flat / inner) % dim); }
  }

  /**
   * A scale and zero point as arrays of equal length: both scalars (length 1), or per slice of
   * {@code dim} entries where a scalar one repeats. The zero point defaults to 0.
   */
  static double[][] pair(Interpreter in, Operation op, String scaleName, String zpName) {
    double[] scale = GraphAttrs.quantParam(op, scaleName, null);
    double[] zp = GraphAttrs.quantParam(op, zpName, new double[] {0});
    if (scale.length != zp.length) {
      if (scale.length == 1) scale = repeat(scale[0], zp.length);
      else if (zp.length == 1) zp = repeat(zp[0], scale.length);
      else throw in.error("'" + zpName + "' has " + zp.length + " entries, '" + scaleName + "' " + scale.length);
    }
    return new double[][] {scale, zp};
  }

  private static double[] repeat(double v, int n) {
    double[] r = new double[n];
    java.util.Arrays.fill(r, v);
    return r;
  }

  private static Params params(Interpreter in, Operation op, Tensor x) {
    double[][] p = pair(in, op, "scale", "zero_point");
    double[] scale = p[0], zp = p[1];
    if (scale.length == 1) return new Params(scale, zp, 0, 1);
    int axis = K.axis(GraphAttrs.quantAxis(op), x.rank(), "quantization axis");
    if (x.dim(axis) != scale.length) throw in.error("per-axis 'scale' has " + scale.length + " entries for dimension " + axis + " of size " + x.dim(axis));
    return new Params(scale, zp, axis, K.product(x.shape(), axis + 1, x.rank()));
  }

  /** The range of integer type {@code t} as doubles {lo, hi}. */
  static double[] range(Type t) {
    int w = dev.mlc.ir.interp.Scalars.width(t);
    boolean unsigned = K.isUnsigned(t);
    return new double[] {unsigned ? 0 : -StrictMath.pow(2, w - 1), unsigned ? StrictMath.pow(2, w) - 1 : StrictMath.pow(2, w - 1) - 1};
  }

  /** saturate(rint(v) + zp) into {@code range}; NaN gives 0. */
  static long saturate(double v, double zp, double[] range) {
    double q = Math.rint(v) + zp;
    if (Double.isNaN(q)) return 0;
    return (long) Math.max(range[0], Math.min(range[1], q));
  }

  /**
   * y = saturate(round_half_even(x / scale) + zero_point), to the range of the result's integer
   * type; NaN gives 0 (the spec's float-to-integer rule; ONNX leaves it open).
   */
  static Object[] quantize(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Params p = params(in, op, x);
    double[] range = range(K.elem(op, 0));
    long dim = p.scale.length == 1 ? 1 : x.dim(p.axis);
    Tensor r = K.out(op, 0, x.shape());
    for (int i = 0; i < r.size(); i++) {
      int c = p.channel(i, dim);
      r.setLong(i, saturate((float) x.getDouble(i) / (float) p.scale[c], p.zeroPoint[c], range));
    }
    return new Object[] {r};
  }

  /** y = (x - zero_point) * scale, rounded to the result's float type. */
  static Object[] dequantize(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Params p = params(in, op, x);
    long dim = p.scale.length == 1 ? 1 : x.dim(p.axis);
    Tensor r = K.out(op, 0, x.shape());
    for (int i = 0; i < r.size(); i++) {
      int c = p.channel(i, dim);
      r.setDouble(i, (float) (x.getLong(i) - (long) p.zeroPoint[c]) * (float) p.scale[c]);
    }
    return new Object[] {r};
  }

  /** The requantization multiplier in f32 steps, as ONNX Runtime: (float) (in_scale * w_scale) / out_scale. */
  static float multiplier(double inScale, double wScale, double outScale) { return (float) ((float) inScale * (float) wScale) / (float) outScale; }

  /**
   * MatMulInteger: (a - a_zero_point) @ (b - b_zero_point), numpy matmul shapes, accumulated
   * exactly and wrapped to the result type ({@code i32}).
   */
  static Object[] matmulInteger(Interpreter in, Operation op, Object[] v) {
    Tensor a = K.t(v, 0), b = K.t(v, 1);
    long za = GraphAttrs.integer(op, "a_zero_point", 0), zb = GraphAttrs.integer(op, "b_zero_point", 0);
    LinalgKernels.Plan p = LinalgKernels.Plan.of(in, a, b);
    Tensor r = K.out(op, 0, p.shape());
    p.forEach((ia, ib, ir, j) -> {
      long acc = 0;
      for (int q = 0; q < p.k(); q++) acc += (a.getLong(ia + q) - za) * (b.getLong(ib + q * p.n()) - zb);
      r.setLong(ir, acc);
    });
    return new Object[] {r};
  }

  /**
   * QLinearMatMul with constant parameters: acc = (a - a_zero_point) @ (b - b_zero_point) in
   * integers, y = saturate(round_half_even(acc * multiplier) + y_zero_point) with multiplier =
   * a_scale * b_scale / y_scale in f32; {@code b_scale}/{@code b_zero_point} may be per column.
   */
  static Object[] qlinearMatmul(Interpreter in, Operation op, Object[] v) {
    Tensor a = K.t(v, 0), b = K.t(v, 1);
    double[][] pa = pair(in, op, "a_scale", "a_zero_point"), pb = pair(in, op, "b_scale", "b_zero_point"), py = pair(in, op, "y_scale", "y_zero_point");
    LinalgKernels.Plan p = LinalgKernels.Plan.of(in, a, b);
    if (pb[0].length != 1 && pb[0].length != p.n()) throw in.error("per-column 'b_scale' has " + pb[0].length + " entries for " + p.n() + " columns");
    double[] range = range(K.elem(op, 0));
    Tensor r = K.out(op, 0, p.shape());
    long za = (long) pa[1][0];
    p.forEach((ia, ib, ir, j) -> {
      int c = pb[0].length == 1 ? 0 : j;
      long zb = (long) pb[1][c], acc = 0;
      for (int q = 0; q < p.k(); q++) acc += (a.getLong(ia + q) - za) * (b.getLong(ib + q * p.n()) - zb);
      r.setLong(ir, saturate((float) acc * multiplier(pa[0][0], pb[0][c], py[0][0]), py[1][0], range));
    });
    return new Object[] {r};
  }

  /**
   * QLinearConv with constant parameters: the convolution of x - x_zero_point and w - w_zero_point
   * (w's per output channel when 1-D) in integers, plus the optional {@code i32} bias, then
   * requantized as {@link #qlinearMatmul} with multiplier x_scale * w_scale[m] / y_scale.
   */
  /**
   * ConvInteger: the convolution of x - x_zero_point and w - w_zero_point (per tensor or per output
   * channel), accumulated exactly and wrapped to the result type ({@code i32}).
   */
  static Object[] convInteger(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), w = K.t(v, 1);
    long zx = GraphAttrs.integer(op, "x_zero_point", 0);
    double[] zw = GraphAttrs.quantParam(op, "w_zero_point", new double[] {0});
    long m = w.dim(0), perM = w.size() / Math.max(m, 1);
    if (zw.length != 1 && zw.length != m) throw in.error("per-channel 'w_zero_point' has " + zw.length + " entries for " + m + " output channels");
    ConvKernels.Result acc = ConvKernels.convolve(in, op, x, w, i -> x.getLong(i) - zx, i -> w.getLong(i) - (long) zw[zw.length == 1 ? 0 : (int) (i / perM)]);
    Tensor r = K.out(op, 0, acc.shape());
    for (int i = 0; i < r.size(); i++) r.setLong(i, (int) (long) acc.values()[i]);
    return new Object[] {r};
  }

  static Object[] qlinearConv2d(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), w = K.t(v, 1), b = v.length > 2 ? K.t(v, 2) : null;
    double[][] px = pair(in, op, "x_scale", "x_zero_point"), pw = pair(in, op, "w_scale", "w_zero_point"), py = pair(in, op, "y_scale", "y_zero_point");
    long m = w.dim(0), perM = w.size() / Math.max(m, 1);
    if (pw[0].length != 1 && pw[0].length != m) throw in.error("per-channel 'w_scale' has " + pw[0].length + " entries for " + m + " output channels");
    long zx = (long) px[1][0];
    ConvKernels.Result acc = ConvKernels.convolve(in, op, x, w, i -> x.getLong(i) - zx, i -> {
      int c = pw[1].length == 1 ? 0 : (int) (i / perM);
      return w.getLong(i) - (long) pw[1][c];
    });
    double[] range = range(K.elem(op, 0));
    Tensor r = K.out(op, 0, acc.shape());
    long spatial = acc.shape()[2] * acc.shape()[3];
    for (int i = 0; i < r.size(); i++) {
      int ch = (int) ((i / spatial) % m);
      int c = pw[0].length == 1 ? 0 : ch;
      long s = (long) acc.values()[i] + (b == null ? 0 : b.getLong(ch));
      r.setLong(i, saturate((float) s * multiplier(px[0][0], pw[0][c], py[0][0]), py[1][0], range));
    }
    return new Object[] {r};
  }
}
