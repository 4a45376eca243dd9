package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;

/**
 * ReduceSum/Mean/Max/Min over {@code axes} (absent or empty: all; negative count from the end),
 * keeping the reduced dimensions as 1s when {@code keepdims} (default true). Floats accumulate in
 * double; integer sums in wrapping longs, integer means truncate toward zero (ONNX Runtime).
 */
final class ReduceKernels {
  private ReduceKernels() {}

  enum Kind { SUM, MEAN, MAX, MIN }

  static OpSemantics reduce(Kind kind) {
    return (in, op, v) -> {
      Tensor x = K.t(v, 0);
      int rank = x.rank();
      boolean[] reduced = new boolean[rank];
      long[] axes = GraphAttrs.ints(op, "axes", null);
      if (axes == null || axes.length == 0) java.util.Arrays.fill(reduced, true);
      else for (long a : axes) reduced[K.axis(a, rank, "reduction axis")] = true;
      boolean keep = GraphAttrs.keepdims(op);
      long[] kept = x.shape();
      int outRank = 0;
      for (int d = 0; d < rank; d++) {
        if (reduced[d]) kept[d] = 1;
        if (!reduced[d] || keep) outRank++;
      }
      long[] outShape = new long[outRank];
      for (int d = 0, o = 0; d < rank; d++) if (!reduced[d] || keep) outShape[o++] = kept[d];
      long[] keptStrides = Tensor.stridesOf(kept);
      for (int d = 0; d < rank; d++) if (reduced[d]) keptStrides[d] = 0;
      int n = (int) Tensor.count(kept);
      long count = x.size() / Math.max(n, 1);
      if (x.size() == 0 && (kind == Kind.MAX || kind == Kind.MIN)) throw in.error("reduction of an empty tensor has no " + kind.name().toLowerCase() + "imum");
      double[] f = new double[n];
      long[] l = new long[n];
      boolean[] seen = new boolean[n];
      long[] idx = new long[rank], shape = x.shape();
      for (int i = 0; i < x.size(); i++, K.next(idx, shape)) {
        int o = K.dot(idx, keptStrides);
        if (x.isFloat()) {
          double e = x.getDouble(i);
          f[o] = !seen[o] ? (kind == Kind.MAX || kind == Kind.MIN ? e : f[o] + e)
              : switch (kind) {
                case SUM, MEAN -> f[o] + e;
                case MAX -> Elementwise.fmax(f[o], e);
                case MIN -> Elementwise.fmin(f[o], e);
              };
        } else {
          long e = x.getLong(i);
          l[o] = !seen[o] ? e : switch (kind) {
            case SUM, MEAN -> l[o] + e;
            case MAX -> Math.max(l[o], e);
            case MIN -> Math.min(l[o], e);
          };
        }
        seen[o] = true;
      }
      Tensor r = K.out(op, 0, outShape);
      for (int o = 0; o < n; o++) {
        if (x.isFloat()) r.setDouble(o, kind == Kind.MEAN ? f[o] / count : f[o]);
        else r.setLong(o, kind == Kind.MEAN ? l[o] / count : l[o]);
      }
      return new Object[] {r};
    };
  }
}
