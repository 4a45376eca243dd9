package dev.mlc.dialect.graph.interp;

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

  private static Params params(Interpreter in, Operation op, Tensor x) {
    double[] scale = Attrs.reals(op, "scale");
    if (scale == null) throw in.error("requires a 'scale'");
    double[] zp = Attrs.reals(op, "zero_point");
    if (zp == null) zp = new double[scale.length];
    if (zp.length != scale.length) throw in.error("'zero_point' has " + zp.length + " entries, 'scale' " + scale.length);
    if (scale.length == 1) return new Params(scale, zp, 0, 1);
    int axis = K.axis(Attrs.integer(op, "axis", 1), x.rank(), "quantization axis");
    if (x.dim(axis) != scale.length) throw in.error("per-axis 'scale' has " + scale.length + " entries for dimension " + axis + " of size " + x.dim(axis));
    return new Params(scale, zp, axis, K.product(x.shape(), axis + 1, x.rank()));
  }

  /**
   * y = saturate(round_half_even(x / scale) + zero_point), to the range of the result's integer
   * type; NaN gives 0 (the spec's float-to-integer rule; ONNX leaves it open).
   */
  static Object[] quantize(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Params p = params(in, op, x);
    Type t = K.elem(op, 0);
    int w = dev.mlc.ir.interp.Scalars.width(t);
    boolean unsigned = K.isUnsigned(t);
    double lo = unsigned ? 0 : -Math.pow(2, w - 1), hi = unsigned ? Math.pow(2, w) - 1 : Math.pow(2, w - 1) - 1;
    long dim = p.scale.length == 1 ? 1 : x.dim(p.axis);
    Tensor r = K.out(op, 0, x.shape());
    for (int i = 0; i < r.size(); i++) {
      int c = p.channel(i, dim);
      double q = Math.rint((float) x.getDouble(i) / (float) p.scale[c]) + p.zeroPoint[c];
      if (Double.isNaN(q)) q = 0;
      r.setLong(i, (long) Math.max(lo, Math.min(hi, q)));
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
}
