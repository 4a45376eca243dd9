package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;

/** Conv and ConvTranspose in 2-D, NCHW; pads are [top, left, bottom, right] (ONNX's begins then ends). */
final class ConvKernels {
  private ConvKernels() {}

  /** The group count ({@code groups}, 1). */
  static long groups(Operation op) { return GraphAttrs.groups(op); }

  /**
   * y[n, m, oh, ow] = b[m] + sum over c in m's group, kh, kw of
   * x[n, g*C/G + c, oh*sh - pt + kh*dh, ow*sw - pl + kw*dw] * w[m, c, kh, kw] (padding reads 0);
   * OH = floor((H + pt + pb - (dh*(KH-1)+1)) / sh) + 1.
   */
  static Object[] conv2d(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), w = K.t(v, 1), b = v.length > 2 ? K.t(v, 2) : null;
    Result acc = convolve(in, op, x, w, x::getDouble, w::getDouble);
    Tensor r = K.out(op, 0, acc.shape);
    long m = acc.shape[1], spatial = acc.shape[2] * acc.shape[3];
    for (int i = 0; i < r.size(); i++) r.setDouble(i, acc.values[i] + (b == null ? 0 : b.getDouble((int) ((i / spatial) % m))));
    return new Object[] {r};
  }

  /** The convolution's shape and unrounded sums (exact for integer operands below 2^53). */
  record Result(long[] shape, double[] values) {}

  /** Element readers by flat index (the quantized convolution subtracts zero points in them). */
  interface Reader {
    double at(int flat);
  }

  /** The sums of {@link #conv2d} without bias, reading x and w through {@code xv} and {@code wv}. */
  static Result convolve(Interpreter in, Operation op, Tensor x, Tensor w, Reader xv, Reader wv) {
    if (x.rank() != 4 || w.rank() != 4) throw in.error("expects 4-D input and weight");
    long[] s = GraphAttrs.strides(op), d = GraphAttrs.dilations(op);
    long[] p = GraphAttrs.pads2d(op);
    long g = groups(op);
    long n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
    long m = w.dim(0), cg = w.dim(1), kh = w.dim(2), kw = w.dim(3);
    if (c != cg * g || m % g != 0) throw in.error("channels (" + c + " inputs, " + m + " outputs, " + cg + " per group) do not match groups = " + g);
    long oh = (h + p[0] + p[2] - (d[0] * (kh - 1) + 1)) / s[0] + 1, ow = (wd + p[1] + p[3] - (d[1] * (kw - 1) + 1)) / s[1] + 1;
    if (oh <= 0 || ow <= 0) throw in.error("output would be empty (" + oh + "x" + ow + ")");
    double[] out = new double[(int) (n * m * oh * ow)];
    long mg = m / g;
    int o = 0;
    for (long in_ = 0; in_ < n; in_++)
      for (long om = 0; om < m; om++) {
        long grp = om / mg;
        for (long y = 0; y < oh; y++)
          for (long z = 0; z < ow; z++) {
            double acc = 0;
            for (long ic = 0; ic < cg; ic++)
              for (long a = 0; a < kh; a++) {
                long iy = y * s[0] - p[0] + a * d[0];
                if (iy < 0 || iy >= h) continue;
                for (long e = 0; e < kw; e++) {
                  long ix = z * s[1] - p[1] + e * d[1];
                  if (ix < 0 || ix >= wd) continue;
                  acc += xv.at((int) (((in_ * c + grp * cg + ic) * h + iy) * wd + ix)) * wv.at((int) (((om * cg + ic) * kh + a) * kw + e));
                }
              }
            out[o++] = acc;
          }
      }
    return new Result(new long[] {n, m, oh, ow}, out);
  }

  /**
   * ConvTranspose, 2-D: w is C x M/G x KH x KW; each input element scatters x * w into
   * y[n, g*M/G + m, ih*sh - pt + kh*dh, iw*sw - pl + kw*dw] (positions in the padding are dropped).
   * OH = sh*(H-1) + output_padding + dh*(KH-1) + 1 - pt - pb (ONNX's {@code output_shape} is
   * resolved into pads at import).
   */
  static Object[] convTranspose2d(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), w = K.t(v, 1), b = v.length > 2 ? K.t(v, 2) : null;
    if (x.rank() != 4 || w.rank() != 4) throw in.error("conv_transpose2d expects 4-D input and weight");
    long[] s = GraphAttrs.strides(op), d = GraphAttrs.dilations(op);
    long[] p = GraphAttrs.pads2d(op);
    long[] op_ = GraphAttrs.outputPadding(op);
    long g = groups(op);
    long n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
    long mg = w.dim(1), kh = w.dim(2), kw = w.dim(3), m = mg * g;
    if (w.dim(0) != c || c % g != 0) throw in.error("conv_transpose2d weight has " + w.dim(0) + " input channels, input has " + c + " (groups = " + g + ")");
    long[] full = {s[0] * (h - 1) + op_[0] + d[0] * (kh - 1) + 1, s[1] * (wd - 1) + op_[1] + d[1] * (kw - 1) + 1};
    long oh = full[0] - p[0] - p[2], ow = full[1] - p[1] - p[3];
    if (oh <= 0 || ow <= 0) throw in.error("conv_transpose2d output would be empty (" + oh + "x" + ow + ")");
    double[] acc = new double[(int) (n * m * oh * ow)];
    long cpg = c / g;
    for (long in_ = 0; in_ < n; in_++)
      for (long ic = 0; ic < c; ic++) {
        long grp = ic / cpg;
        for (long iy = 0; iy < h; iy++)
          for (long ix = 0; ix < wd; ix++) {
            double xv = x.getDouble((int) (((in_ * c + ic) * h + iy) * wd + ix));
            for (long om = 0; om < mg; om++)
              for (long a = 0; a < kh; a++) {
                long y = iy * s[0] - p[0] + a * d[0];
                if (y < 0 || y >= oh) continue;
                for (long e = 0; e < kw; e++) {
                  long z = ix * s[1] - p[1] + e * d[1];
                  if (z < 0 || z >= ow) continue;
                  acc[(int) (((in_ * m + grp * mg + om) * oh + y) * ow + z)] += xv * w.getDouble((int) (((ic * mg + om) * kh + a) * kw + e));
                }
              }
          }
      }
    Tensor r = K.out(op, 0, new long[] {n, m, oh, ow});
    for (int i = 0; i < acc.length; i++) r.setDouble(i, acc[i] + (b == null ? 0 : b.getDouble((int) ((i / (oh * ow)) % m))));
    return new Object[] {r};
  }
}
