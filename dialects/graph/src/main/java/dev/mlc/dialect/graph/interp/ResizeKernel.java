package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;

/**
 * Resize (ONNX 19), modes "nearest" and "linear" (n-linear over every axis), without antialias.
 * The output shape is {@code sizes}, else floor(in * scales), else the result type's; the scale of
 * an axis is {@code scales} when given, else out / in. An output coordinate x maps to the input as
 * {@code coordinate_transformation_mode} says (half_pixel by default); linear interpolation clamps
 * the coordinate to [0, in - 1] (the same as ONNX's edge padding).
 */
final class ResizeKernel {
  private ResizeKernel() {}

  static Object[] resize(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int rank = x.rank();
    String mode = GraphAttrs.string(op, "mode", "nearest"), ctm = GraphAttrs.string(op, "coordinate_transformation_mode", "half_pixel");
    String nearest = GraphAttrs.string(op, "nearest_mode", "round_prefer_floor");
    if (GraphAttrs.integer(op, "antialias", 0) != 0) throw in.error("resize with antialias is not supported by the interpreter");
    double[] scales = GraphAttrs.floats(op, "scales", null);
    long[] sizes = GraphAttrs.ints(op, "sizes", null);
    if (scales != null && scales.length == 0) scales = null;
    if (sizes != null && sizes.length == 0) sizes = null;
    if (scales != null && scales.length != rank || sizes != null && sizes.length != rank) throw in.error("resize 'scales'/'sizes' must have one entry per dimension");
    long[] shape = new long[rank];
    double[] scale = new double[rank];
    long[] declared = K.resultShape(op, 0);
    for (int d = 0; d < rank; d++) {
      shape[d] = sizes != null ? sizes[d] : scales != null ? (long) Math.floor(x.dim(d) * scales[d]) : declared[d];
      if (shape[d] < 0) throw in.error("resize needs 'scales' or 'sizes' for a '?' result dimension");
      scale[d] = scales != null ? scales[d] : (double) shape[d] / x.dim(d);
    }
    // Per axis and output coordinate: the input coordinate.
    double[][] coord = new double[rank][];
    for (int d = 0; d < rank; d++) {
      coord[d] = new double[(int) shape[d]];
      for (int o = 0; o < shape[d]; o++) coord[d][o] = original(in, ctm, o, scale[d], x.dim(d), shape[d]);
    }
    Tensor r = K.out(op, 0, shape);
    long[] xs = x.strides(), idx = new long[rank];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      if (mode.equals("nearest")) {
        long f = 0;
        for (int d = 0; d < rank; d++) f += Math.clamp(nearest(in, nearest, coord[d][(int) idx[d]], scale[d]), 0, x.dim(d) - 1) * xs[d];
        K.copy(x, (int) f, r, k);
      } else if (mode.equals("linear")) {
        double acc = -0.0; // the additive identity: a single sample of -0.0 stays -0.0
        for (int corner = 0; corner < (1 << rank); corner++) {
          double weight = 1;
          long f = 0;
          for (int d = 0; d < rank; d++) {
            double c = Math.clamp(coord[d][(int) idx[d]], 0, x.dim(d) - 1);
            long lo = (long) Math.floor(c);
            double frac = c - lo;
            boolean upper = (corner >> d & 1) != 0;
            weight *= upper ? frac : 1 - frac;
            f += Math.min(upper ? lo + 1 : lo, x.dim(d) - 1) * xs[d];
          }
          if (weight != 0) acc += weight * x.getDouble((int) f);
        }
        r.setDouble(k, acc);
      } else throw in.error("resize mode '" + mode + "' is not supported by the interpreter");
    }
    return new Object[] {r};
  }

  private static double original(Interpreter in, String ctm, long x, double scale, long inLen, long outLen) {
    return switch (ctm) {
      case "half_pixel" -> (x + 0.5) / scale - 0.5;
      case "half_pixel_symmetric" -> {
        double adjustment = outLen / (scale * inLen), center = inLen / 2.0;
        yield center * (1 - adjustment) + (x + 0.5) / scale - 0.5;
      }
      case "pytorch_half_pixel" -> outLen > 1 ? (x + 0.5) / scale - 0.5 : 0;
      case "align_corners" -> outLen == 1 ? 0 : x * (inLen - 1) / (double) (outLen - 1);
      case "asymmetric" -> x / scale;
      default -> throw in.error("coordinate_transformation_mode '" + ctm + "' is not supported by the interpreter");
    };
  }

  /** Rounds an input coordinate as {@code nearest_mode} says (ties only matter for the round_* modes). */
  private static long nearest(Interpreter in, String mode, double c, double scale) {
    return switch (mode) {
      case "round_prefer_floor" -> c == Math.floor(c) + 0.5 ? (long) Math.floor(c) : Math.round(c);
      case "round_prefer_ceil" -> c == Math.floor(c) + 0.5 ? (long) Math.ceil(c) : Math.round(c);
      case "floor" -> (long) Math.floor(c);
      case "ceil" -> (long) Math.ceil(c);
      default -> throw in.error("nearest_mode '" + mode + "' is not supported by the interpreter");
    };
  }
}
