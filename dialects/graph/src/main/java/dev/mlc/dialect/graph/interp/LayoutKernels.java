package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;

/**
 * The {@code layout = "nhwc"} form of conv2d and the 2-D pools (docs/layout.md): the operands are
 * permuted to NCHW (conv2d weights kH×kW×C×M to M×C×kH×kW), the NCHW kernel runs, and its result is
 * permuted back to NHWC. Semantics only: the interpreter is the reference, not a fast path.
 */
final class LayoutKernels {
  private LayoutKernels() {}

  /** {@code kernel} when the op has no NHWC layout, else the kernel between the permutations. */
  static OpSemantics nhwcAware(OpSemantics kernel, boolean conv) {
    return (in, op, v) -> {
      if (!GraphAttrs.nhwc(op)) return kernel.execute(in, op, v);
      Object[] p = v.clone();
      if (K.t(v, 0).rank() != 4) throw in.error("expects a 4-D (NHWC) input");
      p[0] = permute(K.t(v, 0), GraphAttrs.TO_NCHW);
      if (conv) {
        if (K.t(v, 1).rank() != 4) throw in.error("expects a 4-D (kH×kW×C×M) weight");
        p[1] = permute(K.t(v, 1), GraphAttrs.TO_OIHW);
      }
      Object[] r = kernel.execute(in, op, p);
      r[0] = permute((Tensor) r[0], GraphAttrs.TO_NHWC);
      return r;
    };
  }

  /** {@code x} with its dimensions permuted: result dimension i is {@code x}'s dimension {@code perm[i]}. */
  static Tensor permute(Tensor x, long[] perm) {
    int rank = x.rank();
    long[] xs = x.strides(), shape = GraphAttrs.permute(x.shape(), perm), strides = new long[rank];
    for (int i = 0; i < rank; i++) strides[i] = xs[(int) perm[i]];
    Tensor r = Tensor.zeros(x.elementType(), shape);
    long[] idx = new long[rank];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) K.copy(x, K.dot(idx, strides), r, k);
    return r;
  }
}
