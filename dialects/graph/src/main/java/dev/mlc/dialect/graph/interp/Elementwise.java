package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/** Element-wise kernels: binary arithmetic and compares with numpy broadcasting, where, unary ops, cast. */
final class Elementwise {
  private Elementwise() {}

  /** Integer arithmetic on {@code long}s; the result is wrapped to the element type. */
  interface LongOp {
    long apply(Interpreter in, long a, long b);
  }

  /** Binary arithmetic: floats in double (rounded once to the result type), integers in wrapping {@code long}s. */
  static OpSemantics binary(DoubleBinaryOperator f, LongOp i) {
    return (in, op, v) -> {
      Tensor a = K.t(v, 0), b = K.t(v, 1);
      long[] shape = K.broadcast(a.shape(), b.shape());
      Tensor r = K.out(op, 0, shape);
      long[] sa = K.broadcastStrides(a.shape(), shape), sb = K.broadcastStrides(b.shape(), shape);
      long[] idx = new long[shape.length];
      for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
        int ia = K.dot(idx, sa), ib = K.dot(idx, sb);
        if (r.isFloat()) r.setDouble(k, f.applyAsDouble(a.getDouble(ia), b.getDouble(ib)));
        else if (a.isFloat() || b.isFloat()) r.setDouble(k, f.applyAsDouble(a.getDouble(ia), b.getDouble(ib)));
        else r.setLong(k, i.apply(in, a.getLong(ia), b.getLong(ib)));
      }
      return new Object[] {r};
    };
  }

  /** ONNX Div on integers truncates toward zero (C++ '/', as ONNX Runtime); division by zero is an error. */
  static long idiv(Interpreter in, long a, long b) {
    if (b == 0) throw in.error("integer division by zero");
    return a / b;
  }

  /** ONNX Pow on integers: ONNX Runtime computes std::pow and converts back (2^-1 gives 0). */
  static long ipow(Interpreter in, long a, long b) { return (long) StrictMath.pow(a, b); }

  /** Max/Min propagate NaN (numpy's maximum/minimum; ONNX Runtime since 1.13). */
  static double fmax(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b); }

  static double fmin(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b); }

  interface Compare {
    boolean test(int cmp);
  }

  /** A broadcasting compare with an {@code i1} result; any compare with NaN is false. */
  static OpSemantics compare(Compare c) {
    return (in, op, v) -> {
      Tensor a = K.t(v, 0), b = K.t(v, 1);
      long[] shape = K.broadcast(a.shape(), b.shape());
      Tensor r = K.out(op, 0, shape);
      long[] sa = K.broadcastStrides(a.shape(), shape), sb = K.broadcastStrides(b.shape(), shape);
      long[] idx = new long[shape.length];
      boolean flt = a.isFloat() || b.isFloat();
      for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
        int ia = K.dot(idx, sa), ib = K.dot(idx, sb);
        boolean res;
        if (flt) {
          double x = a.getDouble(ia), y = b.getDouble(ib);
          res = !Double.isNaN(x) && !Double.isNaN(y) && c.test(x < y ? -1 : x > y ? 1 : 0);
        } else res = c.test(Long.compare(a.getLong(ia), b.getLong(ib)));
        r.setLong(k, res ? 1 : 0);
      }
      return new Object[] {r};
    };
  }

  /** {@code where(cond, x, y)}: three-way broadcasting select. */
  static Object[] where(Interpreter in, Operation op, Object[] v) {
    Tensor c = K.t(v, 0), x = K.t(v, 1), y = K.t(v, 2);
    long[] shape = K.broadcast(c.shape(), x.shape(), y.shape());
    Tensor r = K.out(op, 0, shape);
    long[] sc = K.broadcastStrides(c.shape(), shape), sx = K.broadcastStrides(x.shape(), shape), sy = K.broadcastStrides(y.shape(), shape);
    long[] idx = new long[shape.length];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      if (c.getLong(K.dot(idx, sc)) != 0) K.copy(x, K.dot(idx, sx), r, k);
      else K.copy(y, K.dot(idx, sy), r, k);
    }
    return new Object[] {r};
  }

  /** A unary op computed in double (integer inputs: {@code i}, when given, on longs). */
  static OpSemantics unary(DoubleUnaryOperator f, LongUnaryOperator i) {
    return (in, op, v) -> new Object[] {map(op, K.t(v, 0), f, i)};
  }

  static OpSemantics unary(DoubleUnaryOperator f) { return unary(f, null); }

  /** A unary op whose function depends on the op's attributes. */
  interface Configured {
    DoubleUnaryOperator make(Operation op);
  }

  static OpSemantics configured(Configured c) {
    return (in, op, v) -> new Object[] {map(op, K.t(v, 0), c.make(op), null)};
  }

  private static Tensor map(Operation op, Tensor x, DoubleUnaryOperator f, LongUnaryOperator i) {
    Tensor r = K.out(op, 0, x.shape());
    for (int k = 0; k < r.size(); k++) {
      if (!x.isFloat() && i != null) r.setLong(k, i.applyAsLong(x.getLong(k)));
      else r.setDouble(k, f.applyAsDouble(x.getDouble(k)));
    }
    return r;
  }

  /** max(x, 0); NaN and -0.0 pass through (as the dialect's constant folder). */
  static double relu(double x) { return x >= 0 || Double.isNaN(x) ? x : 0.0; }

  /** GELU: 0.5 x (1 + erf(x / sqrt 2)); with approximate = "tanh": 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). */
  static DoubleUnaryOperator gelu(Operation op) {
    String mode = GraphAttrs.string(op, "approximate", "none");
    return switch (mode) {
      case "none" -> x -> 0.5 * x * (1 + MathFns.erf(x / Math.sqrt(2)));
      case "tanh" -> x -> 0.5 * x * (1 + StrictMath.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
      default -> throw new InterpreterException("unknown gelu approximation '" + mode + "'");
    };
  }

  /** LeakyRelu: x >= 0 ? x : alpha x (alpha 0.01). */
  static DoubleUnaryOperator leakyRelu(Operation op) {
    double alpha = GraphAttrs.floatAttr(op, "alpha", GraphAttrs.LEAKY_RELU_ALPHA);
    return x -> x >= 0 ? x : alpha * x;
  }

  /** HardSigmoid: max(0, min(1, alpha x + beta)) (alpha 0.2, beta 0.5). */
  static DoubleUnaryOperator hardSigmoid(Operation op) {
    double alpha = GraphAttrs.floatAttr(op, "alpha", GraphAttrs.HARD_SIGMOID_ALPHA), beta = GraphAttrs.floatAttr(op, "beta", GraphAttrs.HARD_SIGMOID_BETA);
    return x -> Double.isNaN(x) ? x : Math.max(0, Math.min(1, alpha * x + beta));
  }

  /** HardSwish: x max(0, min(1, x/6 + 0.5)). */
  static double hardSwish(double x) { return Double.isNaN(x) ? x : x * Math.max(0, Math.min(1, x / 6 + 0.5)); }

  /**
   * Clip to [min, max], either bound optional (absent: the element type's lowest/highest). NaN stays
   * NaN. As ONNX Runtime, the lower bound is applied first, then the upper (min > max gives max).
   */
  static Object[] clip(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Double lo = GraphAttrs.optFloat(op, "min", null), hi = GraphAttrs.optFloat(op, "max", null);
    Tensor r = K.out(op, 0, x.shape());
    for (int k = 0; k < r.size(); k++) {
      if (!x.isFloat()) {
        long e = x.getLong(k);
        if (lo != null && e < lo) e = (long) Math.ceil(lo);
        if (hi != null && e > hi) e = (long) Math.floor(hi);
        r.setLong(k, e);
        continue;
      }
      double e = x.getDouble(k);
      if (lo != null && e < lo) e = lo;
      if (hi != null && e > hi) e = hi;
      r.setDouble(k, e);
    }
    return new Object[] {r};
  }

  /**
   * Cast to the result's element type. Float to integer truncates toward zero and saturates, NaN
   * gives 0 (the spec's rule); to f16/bf16/f32 rounds to nearest even; to {@code i1}: zero is false,
   * everything else (NaN included) true, as ONNX; integer to integer wraps (two's complement).
   */
  static Object[] cast(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    Type to = K.elem(op, 0);
    Tensor r = K.out(op, 0, x.shape());
    boolean unsignedSrc = K.isUnsigned(x.elementType());
    for (int k = 0; k < r.size(); k++) {
      if (K.isBool(to)) r.setLong(k, x.isFloat() ? (x.getDouble(k) != 0 ? 1 : 0) : (x.getLong(k) != 0 ? 1 : 0));
      else if (x.isFloat()) r.setDouble(k, x.getDouble(k));
      else if (r.isFloat()) r.setDouble(k, Scalars.intToFloat(x.getLong(k), unsignedSrc, to));
      else r.setLong(k, x.getLong(k));
    }
    return new Object[] {r};
  }
}
