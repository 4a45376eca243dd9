package dev.mlc.dialect.graph.interp;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.ShapedType;
import java.util.Arrays;

/** Helpers shared by the graph kernels: result types, indexing, broadcasting. */
final class K {
  private K() {}

  /** The element type of result {@code i} (the verifier guarantees it is the right one). */
  static Type elem(Operation op, int i) { return ((ShapedType) op.result(i).type()).elementType(); }

  /** The shape of result {@code i}'s type ({@code -1} for {@code ?}). */
  static long[] resultShape(Operation op, int i) { return ((ShapedType) op.result(i).type()).shape(); }

  /** A zero-filled result {@code i} of {@code shape}. */
  static Tensor out(Operation op, int i, long[] shape) { return Tensor.zeros(elem(op, i), shape); }

  static Tensor t(Object[] operands, int i) {
    if (!(operands[i] instanceof Tensor t)) throw new InterpreterException("operand #" + i + " must be a tensor");
    return t;
  }

  static boolean isUnsigned(Type t) { return t instanceof IntegerType it && it.isUnsigned(); }

  static boolean isBool(Type t) { return t instanceof IntegerType it && it.width() == 1; }

  /** Copies one element without conversion (source and destination share the element type). */
  static void copy(Tensor src, int si, Tensor dst, int di) {
    if (dst.isFloat()) dst.setDouble(di, src.getDouble(si));
    else dst.setLong(di, src.getLong(si));
  }

  /** Normalizes a possibly negative axis of a rank-{@code rank} tensor. */
  static int axis(long a, int rank, String what) {
    long r = a < 0 ? a + rank : a;
    if (r < 0 || r >= rank) throw new InterpreterException(what + " " + a + " is out of range for rank " + rank);
    return (int) r;
  }

  /** The multi-index of flat position {@code f} in {@code shape}, written into {@code idx}. */
  static void unravel(long f, long[] shape, long[] idx) {
    for (int d = shape.length - 1; d >= 0; d--) {
      if (shape[d] == 0) return;
      idx[d] = f % shape[d];
      f /= shape[d];
    }
  }

  /** Advances a row-major multi-index by one (an odometer). */
  static void next(long[] idx, long[] shape) {
    for (int d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) return;
      idx[d] = 0;
    }
  }

  /** The multidirectional (numpy) broadcast of {@code shapes}. */
  static long[] broadcast(long[]... shapes) {
    int rank = 0;
    for (long[] s : shapes) rank = Math.max(rank, s.length);
    long[] r = new long[rank];
    Arrays.fill(r, 1);
    for (long[] s : shapes)
      for (int i = 0; i < s.length; i++) {
        int d = rank - s.length + i;
        if (s[i] == r[d] || s[i] == 1) continue;
        if (r[d] != 1) throw new InterpreterException("shapes " + describe(shapes) + " do not broadcast");
        r[d] = s[i];
      }
    return r;
  }

  private static String describe(long[][] shapes) {
    StringBuilder b = new StringBuilder();
    for (long[] s : shapes) b.append(b.isEmpty() ? "" : ", ").append(Arrays.toString(s));
    return b.toString();
  }

  /** Strides of {@code in} read as a tensor of shape {@code out} (0 along broadcast dimensions). */
  static long[] broadcastStrides(long[] in, long[] out) {
    long[] s = Tensor.stridesOf(in);
    long[] r = new long[out.length];
    for (int i = 0; i < in.length; i++) {
      int d = out.length - in.length + i;
      r[d] = in[i] == 1 && out[d] != 1 ? 0 : s[i];
    }
    return r;
  }

  static int dot(long[] idx, long[] strides) {
    long f = 0;
    for (int i = 0; i < idx.length; i++) f += idx[i] * strides[i];
    return (int) f;
  }

  static long product(long[] shape, int from, int to) {
    long p = 1;
    for (int i = from; i < to; i++) p *= shape[i];
    return p;
  }
}
