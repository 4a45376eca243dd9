package dev.mlc.api;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * A dense row-major array passed to or returned by a {@link Model}: an element type, a shape and the
 * elements, held either in a Java array (copied to native memory for a call) or in a
 * {@link MemorySegment} (native segments are passed to compiled code as they are, without a copy).
 * A rank-0 array (no dimensions) holds one element: that is how scalar arguments and results are
 * passed. The array is not copied: changing it after a call changes what the next call sees.
 */
public final class NDArray {
  private final DType dtype;
  private final long[] shape;
  private final Object array; // float[], double[], short[], boolean[], byte[], int[], long[]; or null
  private final MemorySegment segment; // or null

  private NDArray(DType dtype, long[] shape, Object array, MemorySegment segment) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.array = array;
    this.segment = segment;
    long n = count(this.shape);
    if (array != null && java.lang.reflect.Array.getLength(array) != n)
      throw new IllegalArgumentException("a " + dtype + " array of shape " + dims(this.shape) + " needs " + n + " elements, but the Java array has "
          + java.lang.reflect.Array.getLength(array));
    if (segment != null && segment.byteSize() < n * dtype.byteSize())
      throw new IllegalArgumentException("a " + dtype + " array of shape " + dims(this.shape) + " needs " + n * dtype.byteSize() + " bytes, but the segment has "
          + segment.byteSize());
  }

  public static NDArray of(float[] data, long... shape) { return new NDArray(DType.F32, shape, data, null); }

  public static NDArray of(double[] data, long... shape) { return new NDArray(DType.F64, shape, data, null); }

  public static NDArray of(int[] data, long... shape) { return new NDArray(DType.I32, shape, data, null); }

  public static NDArray of(long[] data, long... shape) { return new NDArray(DType.I64, shape, data, null); }

  public static NDArray of(byte[] data, long... shape) { return new NDArray(DType.I8, shape, data, null); }

  public static NDArray of(boolean[] data, long... shape) { return new NDArray(DType.I1, shape, data, null); }

  /** A Java array of any dtype; its class must be {@link DType#arrayClass()} (e.g. {@code short[]} for f16 bit patterns). */
  public static NDArray of(DType dtype, Object data, long... shape) {
    if (data == null || data.getClass() != dtype.arrayClass())
      throw new IllegalArgumentException(dtype + " elements are held in a " + dtype.arrayClass().getSimpleName() + ", not a "
          + (data == null ? "null" : data.getClass().getSimpleName()));
    return new NDArray(dtype, shape, data, null);
  }

  /** Elements in {@code segment} (at least {@code size * dtype.byteSize()} bytes), row-major. */
  public static NDArray of(MemorySegment segment, DType dtype, long... shape) { return new NDArray(dtype, shape, null, java.util.Objects.requireNonNull(segment)); }

  /** A zero-filled array backed by a Java array. */
  public static NDArray zeros(DType dtype, long... shape) {
    long n = count(shape);
    if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("shape " + dims(shape) + " has too many elements for a Java array; use a MemorySegment");
    return new NDArray(dtype, shape, java.lang.reflect.Array.newInstance(dtype.arrayClass().componentType(), (int) n), null);
  }

  public DType dtype() { return dtype; }

  public long[] shape() { return shape.clone(); }

  public int rank() { return shape.length; }

  /** The number of elements. */
  public long size() { return count(shape); }

  /** Whether the elements live in a {@link MemorySegment} rather than a Java array. */
  public boolean isSegment() { return segment != null; }

  /** The segment holding the elements, or null for an array-backed NDArray. */
  public MemorySegment segment() { return segment; }

  /** The Java array holding the elements, or null for a segment-backed NDArray. */
  public Object array() { return array; }

  public float[] floats() { return (float[]) as(DType.F32); }

  public double[] doubles() { return (double[]) as(DType.F64); }

  public int[] ints() { return (int[]) as(DType.I32); }

  public long[] longs() { return (long[]) as(dtype == DType.INDEX ? DType.INDEX : DType.I64); }

  public byte[] bytes() { return (byte[]) as(DType.I8); }

  public boolean[] booleans() { return (boolean[]) as(DType.I1); }

  /** The elements as a Java array of {@link DType#arrayClass()} (a copy when the elements are in a segment). */
  public Object toArray() {
    if (array != null) return array;
    NDArray a = zeros(dtype, shape);
    copy(segment, 0, a.array, dtype, (int) size(), false);
    return a.array;
  }

  /** A copy of the elements in a new native segment of {@code arena} (64-byte aligned), for calls that copy nothing. */
  public NDArray toSegment(java.lang.foreign.Arena arena) {
    long bytes = size() * dtype.byteSize();
    MemorySegment m = arena.allocate(Math.max(1, bytes), 64);
    if (segment != null) MemorySegment.copy(segment, 0, m, 0, bytes);
    else copy(m, 0, array, dtype, (int) size(), true);
    return new NDArray(dtype, shape, null, m);
  }

  private Object as(DType want) {
    if (dtype != want) throw new IllegalStateException("this array holds " + dtype + " elements, not " + want);
    return toArray();
  }

  /** Element {@code i} (row-major) as a double: floats (f16/bf16 decoded), integers, booleans as 0/1. */
  public double getDouble(long i) {
    return switch (dtype) {
      case F32, F64, F16, BF16 -> doubleAt(i);
      default -> getLong(i);
    };
  }

  private double doubleAt(long i) {
    return switch (dtype) {
      case F32 -> array != null ? ((float[]) array)[(int) i] : segment.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
      case F64 -> array != null ? ((double[]) array)[(int) i] : segment.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i);
      case F16 -> Float.float16ToFloat(shortAt(i));
      default -> Float.intBitsToFloat((shortAt(i) & 0xFFFF) << 16);
    };
  }

  private short shortAt(long i) { return array != null ? ((short[]) array)[(int) i] : segment.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i); }

  /** Element {@code i} (row-major) as a long: integers (sign-extended), booleans as 0/1, floats truncated. */
  public long getLong(long i) {
    if (array == null) {
      return switch (dtype) {
        case I1 -> segment.get(ValueLayout.JAVA_BYTE, i) & 1;
        case I8 -> segment.get(ValueLayout.JAVA_BYTE, i);
        case I16 -> segment.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i);
        case I32 -> segment.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
        case I64, INDEX -> segment.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
        default -> (long) doubleAt(i);
      };
    }
    int k = (int) i;
    return switch (dtype) {
      case I1 -> ((boolean[]) array)[k] ? 1 : 0;
      case I8 -> ((byte[]) array)[k];
      case I16 -> ((short[]) array)[k];
      case I32 -> ((int[]) array)[k];
      case I64, INDEX -> ((long[]) array)[k];
      default -> (long) doubleAt(i);
    };
  }

  /**
   * Copies {@code n} elements between a segment (from byte offset {@code off}) and a Java array of
   * {@code t}: into the array when {@code toSegment} is false, into the segment otherwise.
   */
  static void copy(MemorySegment seg, long off, Object arr, DType t, int n, boolean toSegment) {
    if (t == DType.I1) {
      boolean[] b = (boolean[]) arr;
      for (int i = 0; i < n; i++) {
        if (toSegment) seg.set(ValueLayout.JAVA_BYTE, off + i, (byte) (b[i] ? 1 : 0));
        else b[i] = (seg.get(ValueLayout.JAVA_BYTE, off + i) & 1) != 0;
      }
      return;
    }
    ValueLayout l = switch (t) {
      case F32 -> ValueLayout.JAVA_FLOAT_UNALIGNED;
      case F64 -> ValueLayout.JAVA_DOUBLE_UNALIGNED;
      case F16, BF16, I16 -> ValueLayout.JAVA_SHORT_UNALIGNED;
      case I8 -> ValueLayout.JAVA_BYTE;
      case I32 -> ValueLayout.JAVA_INT_UNALIGNED;
      default -> ValueLayout.JAVA_LONG_UNALIGNED;
    };
    if (toSegment) MemorySegment.copy(arr, 0, seg, l, off, n);
    else MemorySegment.copy(seg, l, off, arr, 0, n);
  }

  /** The elements of an interpreter tensor (copied into a Java array; f16/bf16 as bit patterns, bf16 truncated). */
  public static NDArray fromTensor(dev.mlc.ir.interp.Tensor t) {
    DType dt = DType.of(t.elementType());
    if (dt == null) throw new IllegalArgumentException("element type " + t.elementType() + " has no NDArray dtype");
    NDArray a = zeros(dt, t.shape());
    int n = t.size();
    for (int i = 0; i < n; i++) {
      switch (dt) {
        case F32 -> ((float[]) a.array)[i] = (float) t.getDouble(i);
        case F64 -> ((double[]) a.array)[i] = t.getDouble(i);
        case F16 -> ((short[]) a.array)[i] = Float.floatToFloat16((float) t.getDouble(i));
        case BF16 -> ((short[]) a.array)[i] = (short) (Float.floatToRawIntBits((float) t.getDouble(i)) >>> 16);
        case I1 -> ((boolean[]) a.array)[i] = t.getLong(i) != 0;
        case I8 -> ((byte[]) a.array)[i] = (byte) t.getLong(i);
        case I16 -> ((short[]) a.array)[i] = (short) t.getLong(i);
        case I32 -> ((int[]) a.array)[i] = (int) t.getLong(i);
        default -> ((long[]) a.array)[i] = t.getLong(i);
      }
    }
    return a;
  }

  /** The elements as an interpreter tensor of this dtype's MLIR element type. */
  public dev.mlc.ir.interp.Tensor toTensor() {
    long n = size();
    dev.mlc.ir.interp.Tensor t = dev.mlc.ir.interp.Tensor.zeros(dtype.type(), shape);
    for (int i = 0; i < n; i++) {
      switch (dtype) {
        case F32, F64, F16, BF16 -> t.setDouble(i, getDouble(i));
        default -> t.setLong(i, getLong(i));
      }
    }
    return t;
  }

  static long count(long[] shape) {
    long n = 1;
    for (long d : shape) {
      if (d < 0) throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative dimension");
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** {@code 2x3x4}, or {@code scalar} for rank 0. */
  static String dims(long[] shape) {
    if (shape.length == 0) return "scalar";
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < shape.length; k++) b.append(k > 0 ? "x" : "").append(shape[k] < 0 ? "?" : Long.toString(shape[k]));
    return b.toString();
  }

  @Override public String toString() { return "NDArray<" + (shape.length == 0 ? "" : dims(shape) + "x") + dtype + (segment != null ? ", segment" : "") + ">"; }
}
