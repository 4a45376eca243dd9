package dev.mlc.ir.interp;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DenseResourceElementsAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.Arrays;

/**
 * The interpreter's value of a ranked tensor or vector: an element type, a static shape and the
 * elements in row-major order, held as {@code double}s for float element types and {@code long}s
 * for integer and index ones (the {@link Scalars} value model). Tensors are values: once a
 * semantics has returned one, nobody writes to it again.
 */
public final class Tensor {
  private final Type elementType;
  private final long[] shape;
  private final double[] floats;
  private final long[] ints;

  private Tensor(Type elementType, long[] shape, double[] floats, long[] ints) {
    this.elementType = elementType;
    this.shape = shape;
    this.floats = floats;
    this.ints = ints;
  }

  /** A zero-filled tensor. */
  public static Tensor zeros(Type elementType, long... shape) {
    long n = count(shape);
    if (n > Integer.MAX_VALUE - 8) throw new InterpreterException("tensor of " + n + " elements is too large for the interpreter");
    for (long d : shape) if (d < 0) throw new InterpreterException("tensor shape " + Arrays.toString(shape) + " is not static");
    if (Scalars.isFloat(elementType)) return new Tensor(elementType, shape.clone(), new double[(int) n], null);
    if (Scalars.isInteger(elementType)) return new Tensor(elementType, shape.clone(), null, new long[(int) n]);
    throw new InterpreterException("element type " + elementType + " is not supported by the interpreter");
  }

  /** A float tensor from values (rounded to the element type). */
  public static Tensor ofDoubles(Type elementType, long[] shape, double... values) {
    Tensor t = zeros(elementType, shape);
    if (values.length != t.size()) throw new IllegalArgumentException(values.length + " values for shape " + Arrays.toString(shape));
    for (int i = 0; i < values.length; i++) t.setDouble(i, values[i]);
    return t;
  }

  /** An integer tensor from values (wrapped to the element type). */
  public static Tensor ofLongs(Type elementType, long[] shape, long... values) {
    Tensor t = zeros(elementType, shape);
    if (values.length != t.size()) throw new IllegalArgumentException(values.length + " values for shape " + Arrays.toString(shape));
    for (int i = 0; i < values.length; i++) t.setLong(i, values[i]);
    return t;
  }

  /** A tensor filled with the scalar {@code value} ({@link Double} or {@link Long}). */
  public static Tensor splat(Type elementType, long[] shape, Object value) {
    Tensor t = zeros(elementType, shape);
    if (t.floats != null) Arrays.fill(t.floats, Scalars.round(((Number) value).doubleValue(), elementType));
    else Arrays.fill(t.ints, Scalars.wrap(((Number) value).longValue(), elementType));
    return t;
  }

  /**
   * The value of an elements attribute ({@code dense<...>}; {@code dense_resource<...>} through
   * {@code resources}, which may be null when there are none).
   */
  public static Tensor fromAttr(ElementsAttr attr, dev.mlc.ir.ResourceTable resources) {
    DenseElementsAttr dense;
    if (attr instanceof DenseElementsAttr d) dense = d;
    else if (attr instanceof DenseResourceElementsAttr r) {
      dev.mlc.ir.ResourceTable.Blob blob = resources == null ? null : resources.blob(r.handle());
      if (blob == null) throw new InterpreterException("dense resource '" + r.handle() + "' has no data");
      dense = DenseElementsAttr.ofRaw(r.type(), blob.data());
    } else throw new InterpreterException("elements attribute " + attr + " is not supported by the interpreter");
    ShapedType st = dense.type();
    Tensor t = zeros(st.elementType(), st.shape());
    int n = t.size();
    if (t.floats != null) for (int i = 0; i < n; i++) t.floats[i] = dense.doubleValue(dense.isSplat() ? 0 : i);
    else for (int i = 0; i < n; i++) t.ints[i] = Scalars.wrap(dense.longValue(dense.isSplat() ? 0 : i), t.elementType);
    return t;
  }

  /** This value as a {@code dense<...>} attribute of {@code type} (a tensor or vector type of the same shape). */
  public DenseElementsAttr toAttr(ShapedType type) {
    int eb = DenseElementsAttr.elementBytes(elementType);
    int n = size();
    byte[] raw = new byte[eb * n];
    for (int i = 0; i < n; i++) {
      long bits = floats != null ? Scalars.floatBits(floats[i], elementType) : ints[i];
      if (Scalars.width(elementType) == 1) raw[i] = (byte) (bits & 1);
      else DenseElementsAttr.putLE(raw, i * eb, eb, bits);
    }
    return DenseElementsAttr.ofRaw(type, raw);
  }

  /** This value as a {@code dense<...>} attribute of its natural tensor type. */
  public DenseElementsAttr toAttr() { return toAttr(new RankedTensorType(shape, elementType)); }

  public Type elementType() { return elementType; }

  public long[] shape() { return shape.clone(); }

  public long dim(int i) { return shape[i]; }

  public int rank() { return shape.length; }

  public int size() { return floats != null ? floats.length : ints.length; }

  public boolean isFloat() { return floats != null; }

  /** Whether this value has the shape and element type of {@code t} (a tensor or vector type). */
  public boolean matches(ShapedType t) { return t.elementType().equals(elementType) && Arrays.equals(t.shape(), shape); }

  /** Row-major strides of the shape. */
  public long[] strides() { return stridesOf(shape); }

  public static long[] stridesOf(long[] shape) {
    long[] s = new long[shape.length];
    long acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= shape[i];
    }
    return s;
  }

  public static long count(long[] shape) {
    long n = 1;
    for (long d : shape) n *= d;
    return n;
  }

  /** The row-major position of {@code index}; throws a located-ready error when out of bounds. */
  public int flatIndex(long... index) {
    if (index.length != shape.length) throw new InterpreterException("expected " + shape.length + " indices, got " + index.length);
    long f = 0;
    for (int i = 0; i < shape.length; i++) {
      if (index[i] < 0 || index[i] >= shape[i])
        throw new InterpreterException("index " + Arrays.toString(index) + " is out of bounds for shape " + Arrays.toString(shape));
      f = f * shape[i] + index[i];
    }
    return (int) f;
  }

  public double getDouble(int flat) { return floats != null ? floats[flat] : ints[flat]; }

  public long getLong(int flat) { return ints != null ? ints[flat] : (long) floats[flat]; }

  /** Element {@code flat} as a {@link Double} or {@link Long}. */
  public Object get(int flat) { return floats != null ? (Object) floats[flat] : (Object) ints[flat]; }

  public Object get(long... index) { return get(flatIndex(index)); }

  /** Sets a float element (rounded to the element type). Only while building a new tensor. */
  public void setDouble(int flat, double v) {
    if (floats != null) floats[flat] = Scalars.round(v, elementType);
    else ints[flat] = Scalars.floatToInt(v, elementType, isUnsigned());
  }

  /** Sets an integer element (wrapped to the element type). Only while building a new tensor. */
  public void setLong(int flat, long v) {
    if (ints != null) ints[flat] = Scalars.wrap(v, elementType);
    else floats[flat] = Scalars.round(v, elementType);
  }

  /** Sets element {@code flat} from a {@link Double} or {@link Long}. */
  public void set(int flat, Object v) {
    if (v instanceof Double d) setDouble(flat, d);
    else setLong(flat, ((Number) v).longValue());
  }

  private boolean isUnsigned() { return elementType instanceof dev.mlc.ir.type.IntegerType it && it.isUnsigned(); }

  /** A copy with another shape of the same element count (a reshape). */
  public Tensor reshape(long... newShape) {
    if (count(newShape) != size()) throw new InterpreterException("cannot reshape " + Arrays.toString(shape) + " to " + Arrays.toString(newShape));
    return new Tensor(elementType, newShape.clone(), floats == null ? null : floats.clone(), ints == null ? null : ints.clone());
  }

  /** A fresh copy (for building a changed value from this one). */
  public Tensor copy() { return reshape(shape); }

  /** The raw float storage (read-only by convention), or null for integer tensors. */
  public double[] doubles() { return floats; }

  /** The raw integer storage (read-only by convention), or null for float tensors. */
  public long[] longs() { return ints; }

  /** The element as an attribute of the element type (for folding). */
  public Attribute elementAttr(int flat) {
    return floats != null ? FloatAttr.of((dev.mlc.ir.type.FloatType) elementType, floats[flat]) : IntegerAttr.of(elementType, ints[flat]);
  }

  @Override public boolean equals(Object o) {
    return o instanceof Tensor t && t.elementType.equals(elementType) && Arrays.equals(t.shape, shape)
        && Arrays.equals(t.floats, floats) && Arrays.equals(t.ints, ints);
  }

  @Override public int hashCode() { return Arrays.hashCode(shape) * 31 + Arrays.hashCode(floats) + Arrays.hashCode(ints); }

  @Override public String toString() {
    StringBuilder b = new StringBuilder("tensor<");
    for (long d : shape) b.append(d).append('x');
    b.append(elementType).append(">[");
    int n = Math.min(size(), 16);
    for (int i = 0; i < n; i++) b.append(i > 0 ? ", " : "").append(get(i));
    return b.append(size() > n ? ", ...]" : "]").toString();
  }
}
