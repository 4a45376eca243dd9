package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import java.util.Arrays;

/** MatMul and Gemm. Floats accumulate in double and round once; integers accumulate in wrapping longs. */
final class LinalgKernels {
  private LinalgKernels() {}

  /**
   * The iteration space of a numpy matmul: a 1-D lhs is a row vector (its dimension removed from
   * the result), a 1-D rhs a column vector (likewise); the leading (batch) dimensions broadcast.
   */
  record Plan(long[] shape, int m, int k, int n, long[] batch, long[] sa, long[] sb) {
    /** One result element: row i of a starts at {@code ia} (stride 1), column j of b at {@code ib} (stride n). */
    interface Cell {
      void at(int ia, int ib, int ir, int j);
    }

    static Plan of(Interpreter in, Tensor a, Tensor b) {
      if (a.rank() == 0 || b.rank() == 0) throw in.error("matmul operands must have rank >= 1");
      long[] as = a.rank() == 1 ? new long[] {1, a.dim(0)} : a.shape();
      long[] bs = b.rank() == 1 ? new long[] {b.dim(0), 1} : b.shape();
      long m = as[as.length - 2], k = as[as.length - 1], k2 = bs[bs.length - 2], n = bs[bs.length - 1];
      if (k != k2) throw in.error("matmul contraction dimensions differ: " + k + " and " + k2);
      long[] batchA = Arrays.copyOf(as, as.length - 2), batchB = Arrays.copyOf(bs, bs.length - 2);
      long[] batch = K.broadcast(batchA, batchB);
      long[] shape = new long[batch.length + (a.rank() == 1 ? 0 : 1) + (b.rank() == 1 ? 0 : 1)];
      System.arraycopy(batch, 0, shape, 0, batch.length);
      int p = batch.length;
      if (a.rank() != 1) shape[p++] = m;
      if (b.rank() != 1) shape[p] = n;
      return new Plan(shape, (int) m, (int) k, (int) n, batch, K.broadcastStrides(batchA, batch), K.broadcastStrides(batchB, batch));
    }

    void forEach(Cell c) {
      long nb = Tensor.count(batch);
      long[] idx = new long[batch.length];
      for (long bi = 0; bi < nb; bi++, K.next(idx, batch)) {
        int offA = K.dot(idx, sa) * m * k, offB = K.dot(idx, sb) * k * n, offR = (int) (bi * m * n);
        for (int i = 0; i < m; i++)
          for (int j = 0; j < n; j++) c.at(offA + i * k, offB + j, offR + i * n + j, j);
      }
    }
  }

  /** numpy matmul (see {@link Plan}). */
  static Object[] matmul(Interpreter in, Operation op, Object[] v) {
    Tensor a = K.t(v, 0), b = K.t(v, 1);
    Plan p = Plan.of(in, a, b);
    Tensor r = K.out(op, 0, p.shape());
    p.forEach((ia, ib, ir, j) -> {
      if (r.isFloat()) {
        double acc = 0;
        for (int q = 0; q < p.k(); q++) acc += a.getDouble(ia + q) * b.getDouble(ib + q * p.n());
        r.setDouble(ir, acc);
      } else {
        long acc = 0;
        for (int q = 0; q < p.k(); q++) acc += a.getLong(ia + q) * b.getLong(ib + q * p.n());
        r.setLong(ir, acc);
      }
    });
    return new Object[] {r};
  }

  /**
   * Gemm: alpha * A' * B' + beta * C, A' = trans_a ? A^T : A (M x K), B' likewise (K x N); C
   * (optional) broadcasts unidirectionally to M x N.
   */
  static Object[] gemm(Interpreter in, Operation op, Object[] v) {
    Tensor a = K.t(v, 0), b = K.t(v, 1);
    if (a.rank() != 2 || b.rank() != 2) throw in.error("gemm operands must be 2-D");
    double alpha = GraphAttrs.floatAttr(op, "alpha", 1.0), beta = GraphAttrs.floatAttr(op, "beta", 1.0);
    boolean ta = GraphAttrs.bool(op, "trans_a", false), tb = GraphAttrs.bool(op, "trans_b", false);
    long m = ta ? a.dim(1) : a.dim(0), k = ta ? a.dim(0) : a.dim(1);
    long k2 = tb ? b.dim(1) : b.dim(0), n = tb ? b.dim(0) : b.dim(1);
    if (k != k2) throw in.error("gemm contraction dimensions differ: " + k + " and " + k2);
    long[] shape = {m, n};
    Tensor c = v.length > 2 ? K.t(v, 2) : null;
    long[] sc = null;
    if (c != null) {
      if (!Arrays.equals(K.broadcast(c.shape(), shape), shape))
        throw new InterpreterException("gemm bias of shape " + Arrays.toString(c.shape()) + " does not broadcast to " + Arrays.toString(shape));
      sc = K.broadcastStrides(c.shape(), shape);
    }
    Tensor r = K.out(op, 0, shape);
    for (int i = 0; i < m; i++)
      for (int j = 0; j < n; j++) {
        double acc = 0;
        for (int q = 0; q < k; q++) {
          int ia = (int) (ta ? q * m + i : i * k + q), ib = (int) (tb ? j * k + q : q * n + j);
          acc += a.getDouble(ia) * b.getDouble(ib);
        }
        double y = alpha * acc;
        if (c != null) y += beta * c.getDouble(K.dot(new long[] {i, j}, sc));
        r.setDouble((int) (i * n + j), y);
      }
    return new Object[] {r};
  }
}
