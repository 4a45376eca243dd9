package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Constant folding of graph ops on {@link Tensor} values: only {@code dense<...>} operands of at
 * most {@link #MAX_ELEMENTS} elements with a static result type, so folding stays cheap.
 */
public final class ConstantFolding {
  private ConstantFolding() {}

  public static final long MAX_ELEMENTS = 1 << 20;

  /** The value of a small dense constant, or null. */
  public static Tensor tensor(Attribute a) {
    if (!(a instanceof DenseElementsAttr d) || d.numElements() < 0 || d.numElements() > MAX_ELEMENTS) return null;
    Type et = d.elementType();
    if (!(et instanceof FloatType || et instanceof IntegerType it && it.width() <= 64)) return null;
    try {
      return Tensor.fromAttr(d, null);
    } catch (InterpreterException e) {
      return null;
    }
  }

  /** The static result type of result 0 within the folding limit, or null. */
  public static RankedTensorType staticResult(Operation op) {
    return op.result(0).type() instanceof RankedTensorType t && t.hasStaticShape() && t.numElements() <= MAX_ELEMENTS ? t : null;
  }

  /** Whether {@code a} is a dense constant whose every element equals {@code v}. */
  public static boolean isSplatOf(Attribute a, double v) {
    if (!(a instanceof DenseElementsAttr d) || d.numElements() < 1) return false;
    if (!d.isSplat()) return false;
    if (d.elementType() instanceof FloatType) return d.doubleValue(0) == v;
    if (d.elementType() instanceof IntegerType it && it.width() > 1) return d.longValue(0) == v;
    return false;
  }

  /** Whether {@code a} is a splat of negative zero (float). */
  public static boolean isNegZeroSplat(Attribute a) {
    return a instanceof DenseElementsAttr d && d.isSplat() && d.elementType() instanceof FloatType && d.numElements() > 0
        && Double.doubleToRawLongBits(d.doubleValue(0)) == Double.doubleToRawLongBits(-0.0);
  }

  /** The flat index in an operand of shape {@code in} broadcast to {@code out} for output flat index {@code flat}. */
  static int broadcastIndex(long[] out, long[] in, long flat) {
    long idx = 0, stride = 1;
    for (int i = out.length - 1, j = in.length - 1; i >= 0; i--, j--) {
      long coord = flat % out[i];
      flat /= out[i];
      if (j >= 0) {
        if (in[j] != 1) idx += coord * stride;
        stride *= in[j];
      }
    }
    return (int) idx;
  }

  /** Broadcasting element-wise map of {@code xs} into a tensor of {@code type}; {@code f} sees elements as Double/Long. */
  public static Tensor map(RankedTensorType type, List<Tensor> xs, java.util.function.Function<Object[], Object> f) {
    Tensor out = Tensor.zeros(type.elementType(), type.shape());
    long[] os = type.shape();
    Object[] args = new Object[xs.size()];
    for (int i = 0; i < out.size(); i++) {
      for (int k = 0; k < args.length; k++) args[k] = xs.get(k).get(broadcastIndex(os, xs.get(k).shape(), i));
      Object r = f.apply(args);
      if (r == null) return null;
      out.set(i, r);
    }
    return out;
  }

  /** A binary element-wise fold: {@code fl} on floats, {@code il} (may be null: no fold) on integers. */
  public static Attribute binary(Operation op, List<Attribute> c, DoubleBinaryOperator fl, LongBinaryOperator il) {
    Tensor a = tensor(c.get(0)), b = tensor(c.get(1));
    RankedTensorType rt = staticResult(op);
    if (a == null || b == null || rt == null) return null;
    boolean fp = a.isFloat();
    if (!fp && il == null) return null;
    Tensor r = map(rt, List.of(a, b), v -> fp ? (Object) fl.applyAsDouble((Double) v[0], (Double) v[1]) : (Object) il.applyAsLong((Long) v[0], (Long) v[1]));
    return r == null ? null : r.toAttr(rt);
  }

  /** A unary element-wise fold. */
  public static Attribute unary(Operation op, Attribute c, DoubleUnaryOperator fl, LongUnaryOperator il) {
    Tensor a = tensor(c);
    RankedTensorType rt = staticResult(op);
    if (a == null || rt == null || (!a.isFloat() && il == null)) return null;
    Tensor r = map(rt, List.of(a), v -> a.isFloat() ? (Object) fl.applyAsDouble((Double) v[0]) : (Object) il.applyAsLong((Long) v[0]));
    return r == null ? null : r.toAttr(rt);
  }

  /** A constant with another static type of the same element count (reshape-like ops). */
  public static Attribute reshape(Operation op, Attribute c) {
    RankedTensorType rt = staticResult(op);
    if (!(c instanceof DenseElementsAttr d) || rt == null || !d.elementType().equals(rt.elementType()) || d.numElements() != rt.numElements()) return null;
    return DenseElementsAttr.ofRaw(rt, d.rawData());
  }

  /** Transposes a constant: {@code out[i0..] = x[...]} with {@code out dim i = x dim perm[i]}. */
  public static Attribute transpose(Operation op, Attribute c, long[] perm) {
    Tensor a = tensor(c);
    RankedTensorType rt = staticResult(op);
    if (a == null || rt == null) return null;
    if (c instanceof DenseElementsAttr d && d.isSplat()) return DenseElementsAttr.ofRaw(rt, d.rawData());
    Tensor out = Tensor.zeros(rt.elementType(), rt.shape());
    long[] os = rt.shape(), is = a.strides();
    for (int i = 0; i < out.size(); i++) {
      long flat = i, src = 0;
      for (int k = os.length - 1; k >= 0; k--) {
        src += (flat % os[k]) * is[(int) perm[k]];
        flat /= os[k];
      }
      out.set(i, a.get((int) src));
    }
    return out.toAttr(rt);
  }

  /** A constant of {@code rt} whose element at each index is {@code at(index)} (null: no fold). */
  public static Attribute build(RankedTensorType rt, java.util.function.Function<long[], Object> at) {
    Tensor out = Tensor.zeros(rt.elementType(), rt.shape());
    long[] shape = rt.shape(), idx = new long[shape.length];
    for (int i = 0; i < out.size(); i++) {
      Object v = at.apply(idx);
      if (v == null) return null;
      out.set(i, v);
      for (int d = shape.length - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) break;
        idx[d] = 0;
      }
    }
    return out.toAttr(rt);
  }

  /** Slice of a constant: {@code starts}/{@code steps} per dimension (already clamped). */
  public static Attribute slice(Operation op, Attribute c, long[] starts, long[] steps) {
    Tensor x = tensor(c);
    RankedTensorType rt = staticResult(op);
    if (x == null || rt == null) return null;
    return build(rt, idx -> {
      long[] src = new long[idx.length];
      for (int d = 0; d < idx.length; d++) src[d] = starts[d] + idx[d] * steps[d];
      return x.get(src);
    });
  }

  /** Concatenation of constants along {@code axis}. */
  public static Attribute concat(Operation op, List<Attribute> cs, int axis) {
    RankedTensorType rt = staticResult(op);
    List<Tensor> xs = new java.util.ArrayList<>();
    for (Attribute c : cs) {
      Tensor t = tensor(c);
      if (t == null) return null;
      xs.add(t);
    }
    if (rt == null) return null;
    return build(rt, idx -> {
      long p = idx[axis];
      for (Tensor t : xs) {
        if (p < t.dim(axis)) {
          long[] src = idx.clone();
          src[axis] = p;
          return t.get(src);
        }
        p -= t.dim(axis);
      }
      return null;
    });
  }

  /** Gather from constants; an index out of range does not fold (the interpreter reports it). */
  public static Attribute gather(Operation op, Attribute data, Attribute indices, int axis) {
    Tensor x = tensor(data), ind = tensor(indices);
    RankedTensorType rt = staticResult(op);
    if (x == null || ind == null || rt == null) return null;
    int q = ind.rank();
    return build(rt, idx -> {
      long[] at = java.util.Arrays.copyOfRange(idx, axis, axis + q);
      long j = ind.getLong(q == 0 ? 0 : ind.flatIndex(at));
      if (j < 0) j += x.dim(axis);
      if (j < 0 || j >= x.dim(axis)) return null;
      long[] src = new long[x.rank()];
      System.arraycopy(idx, 0, src, 0, axis);
      src[axis] = j;
      System.arraycopy(idx, axis + q, src, axis + 1, x.rank() - axis - 1);
      return x.get(src);
    });
  }
}
