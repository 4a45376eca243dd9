package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;

/** MaxPool, AveragePool (2-D, NCHW) and GlobalAveragePool. */
final class PoolKernels {
  private PoolKernels() {}

  /**
   * Output size along one axis: floor((in + pb + pe - (d*(k-1)+1)) / s) + 1, or with ceil_mode the
   * ceiling, minus one when the last window would start in the end padding (at or past in + pb):
   * such a window is dropped (ONNX's reference and ONNX Runtime).
   */
  static long outSize(long in, long k, long s, long d, long pb, long pe, boolean ceil) {
    long span = in + pb + pe - (d * (k - 1) + 1);
    long out = (ceil ? Math.floorDiv(span + s - 1, s) : Math.floorDiv(span, s)) + 1;
    if (ceil && (out - 1) * s >= in + pb) out--;
    return out;
  }

  private record Geometry(long n, long c, long h, long w, long kh, long kw, long[] s, long[] d, long[] p, long oh, long ow) {}

  private static Geometry geometry(Interpreter in, Operation op, Tensor x) {
    if (x.rank() != 4) throw in.error("expects a 4-D (NCHW) input");
    long[] k = GraphAttrs.ints(op, "kernel_shape", null);
    if (k == null || k.length != 2) throw in.error("requires a 2-element 'kernel_shape'");
    long[] s = GraphAttrs.strides(op), d = GraphAttrs.dilations(op);
    long[] p = GraphAttrs.pads2d(op);
    boolean ceil = GraphAttrs.ceilMode(op);
    long oh = outSize(x.dim(2), k[0], s[0], d[0], p[0], p[2], ceil), ow = outSize(x.dim(3), k[1], s[1], d[1], p[1], p[3], ceil);
    if (oh <= 0 || ow <= 0) throw in.error("output would be empty (" + oh + "x" + ow + ")");
    return new Geometry(x.dim(0), x.dim(1), x.dim(2), x.dim(3), k[0], k[1], s, d, p, oh, ow);
  }

  /** The maximum over the window's positions inside the input (padding is ignored; NaN propagates). */
  static Object[] maxPool(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Geometry g = geometry(in, op, x);
    Tensor r = K.out(op, 0, new long[] {g.n, g.c, g.oh, g.ow});
    int o = 0;
    for (long nc = 0; nc < g.n * g.c; nc++)
      for (long y = 0; y < g.oh; y++)
        for (long z = 0; z < g.ow; z++) {
          double m = Double.NEGATIVE_INFINITY;
          for (long a = 0; a < g.kh; a++) {
            long iy = y * g.s[0] - g.p[0] + a * g.d[0];
            if (iy < 0 || iy >= g.h) continue;
            for (long e = 0; e < g.kw; e++) {
              long ix = z * g.s[1] - g.p[1] + e * g.d[1];
              if (ix < 0 || ix >= g.w) continue;
              double val = x.getDouble((int) ((nc * g.h + iy) * g.w + ix));
              if (val > m || Double.isNaN(val)) m = val;
              if (Double.isNaN(m)) break;
            }
          }
          r.setDouble(o++, m);
        }
    return new Object[] {r};
  }

  /**
   * The mean over the window: the sum of the positions inside the input divided by their count, or
   * with count_include_pad by the count of positions inside the padded input [-pb, in + pe) (so
   * the part of a ceil_mode window beyond the end padding never counts: ONNX Runtime's CPU kernel
   * clips the window end to in + pe before counting).
   */
  static Object[] avgPool(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Geometry g = geometry(in, op, x);
    boolean includePad = GraphAttrs.countIncludePad(op);
    Tensor r = K.out(op, 0, new long[] {g.n, g.c, g.oh, g.ow});
    int o = 0;
    for (long nc = 0; nc < g.n * g.c; nc++)
      for (long y = 0; y < g.oh; y++)
        for (long z = 0; z < g.ow; z++) {
          double sum = 0;
          long inside = 0, padded = 0;
          for (long a = 0; a < g.kh; a++) {
            long iy = y * g.s[0] - g.p[0] + a * g.d[0];
            boolean yPadded = iy >= -g.p[0] && iy < g.h + g.p[2], yIn = iy >= 0 && iy < g.h;
            for (long e = 0; e < g.kw; e++) {
              long ix = z * g.s[1] - g.p[1] + e * g.d[1];
              if (yPadded && ix >= -g.p[1] && ix < g.w + g.p[3]) padded++;
              if (yIn && ix >= 0 && ix < g.w) {
                inside++;
                sum += x.getDouble((int) ((nc * g.h + iy) * g.w + ix));
              }
            }
          }
          long count = includePad ? padded : inside;
          r.setDouble(o++, count == 0 ? Double.NaN : sum / count);
        }
    return new Object[] {r};
  }

  /** The mean over all spatial dimensions (rank >= 3): N x C x 1 x ... x 1. */
  static Object[] globalAvgPool(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    if (x.rank() < 3) throw in.error("global_avg_pool expects rank >= 3");
    long[] shape = new long[x.rank()];
    java.util.Arrays.fill(shape, 1);
    shape[0] = x.dim(0);
    shape[1] = x.dim(1);
    long spatial = K.product(x.shape(), 2, x.rank());
    Tensor r = K.out(op, 0, shape);
    for (int i = 0; i < r.size(); i++) {
      double sum = 0;
      for (long j = 0; j < spatial; j++) sum += x.getDouble((int) (i * spatial + j));
      r.setDouble(i, sum / spatial);
    }
    return new Object[] {r};
  }
}
