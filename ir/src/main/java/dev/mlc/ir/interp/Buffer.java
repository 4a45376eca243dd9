package dev.mlc.ir.interp;

import dev.mlc.ir.Type;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The interpreter's value of a memref: a view (offset, sizes, strides, in elements) into an
 * {@link Allocation}. Every access is checked: out-of-bounds indices, reads of elements never
 * written, and use of a freed allocation are errors that name the op doing the access.
 */
public final class Buffer {
  /** Memory shared by all views of one allocation. */
  public static final class Allocation {
    private final Type elementType;
    private final double[] floats;
    private final long[] ints;
    private final BitSet initialized;
    private boolean freed;
    private final String origin;

    Allocation(Type elementType, int n, boolean initialized, String origin) {
      this.elementType = elementType;
      boolean f = Scalars.isFloat(elementType);
      if (!f && !Scalars.isInteger(elementType)) throw new InterpreterException("element type " + elementType + " is not supported by the interpreter");
      this.floats = f ? new double[n] : null;
      this.ints = f ? null : new long[n];
      this.initialized = new BitSet(n);
      if (initialized) this.initialized.set(0, n);
      this.origin = origin;
    }

    public int size() { return floats != null ? floats.length : ints.length; }

    public boolean isFreed() { return freed; }

    /** Where it was allocated (for messages), or null. */
    public String origin() { return origin; }
  }

  private final Allocation alloc;
  private final long offset;
  private final long[] sizes;
  private final long[] strides;

  private Buffer(Allocation alloc, long offset, long[] sizes, long[] strides) {
    this.alloc = alloc;
    this.offset = offset;
    this.sizes = sizes;
    this.strides = strides;
  }

  /**
   * A fresh row-major allocation; {@code initialized} says whether its elements count as written
   * (zero) or must be stored before they are read. {@code origin} describes where it came from.
   */
  public static Buffer allocate(Type elementType, long[] shape, boolean initialized, String origin) {
    for (long d : shape) if (d < 0) throw new InterpreterException("buffer shape " + Arrays.toString(shape) + " is not static");
    long n = Tensor.count(shape);
    if (n > Integer.MAX_VALUE - 8) throw new InterpreterException("buffer of " + n + " elements is too large for the interpreter");
    return new Buffer(new Allocation(elementType, (int) n, initialized, origin), 0, shape.clone(), Tensor.stridesOf(shape));
  }

  /** A fresh allocation holding a copy of {@code t}'s elements (all initialized). */
  public static Buffer of(Tensor t) {
    Buffer b = allocate(t.elementType(), t.shape(), true, null);
    for (int i = 0; i < t.size(); i++) {
      if (t.isFloat()) b.alloc.floats[i] = t.getDouble(i);
      else b.alloc.ints[i] = t.getLong(i);
    }
    return b;
  }

  /** A view of the same memory ({@code offset}, {@code sizes}, {@code strides} in elements). */
  public Buffer view(long offset, long[] sizes, long[] strides) {
    checkLive();
    if (sizes.length != strides.length) throw new IllegalArgumentException("sizes and strides differ in rank");
    return new Buffer(alloc, offset, sizes.clone(), strides.clone());
  }

  public Allocation allocation() { return alloc; }

  public Type elementType() { return alloc.elementType; }

  public long offset() { return offset; }

  public long[] sizes() { return sizes.clone(); }

  public long[] strides() { return strides.clone(); }

  public int rank() { return sizes.length; }

  public long dim(int i) { return sizes[i]; }

  /** Frees the allocation; later accesses through any view are errors. Freeing twice is an error. */
  public void free() {
    if (alloc.freed) throw new InterpreterException("buffer" + originText() + " was already freed");
    alloc.freed = true;
  }

  private String originText() { return alloc.origin == null ? "" : " allocated at " + alloc.origin; }

  private void checkLive() {
    if (alloc.freed) throw new InterpreterException("use of buffer" + originText() + " after it was freed");
  }

  private int address(long[] index) {
    checkLive();
    if (index.length != sizes.length) throw new InterpreterException("expected " + sizes.length + " indices, got " + index.length);
    long a = offset;
    for (int i = 0; i < sizes.length; i++) {
      if (index[i] < 0 || index[i] >= sizes[i])
        throw new InterpreterException("out-of-bounds access: index " + Arrays.toString(index) + " into buffer of shape " + Arrays.toString(sizes));
      a += index[i] * strides[i];
    }
    if (a < 0 || a >= alloc.size())
      throw new InterpreterException("out-of-bounds access: element " + a + " of an allocation of " + alloc.size() + " (view offset or strides exceed it)");
    return (int) a;
  }

  /** Reads an element as a {@link Double} or {@link Long}. */
  public Object load(long... index) {
    int a = address(index);
    if (!alloc.initialized.get(a))
      throw new InterpreterException("read of uninitialized memory at index " + Arrays.toString(index) + " of buffer" + originText());
    return alloc.floats != null ? (Object) alloc.floats[a] : (Object) alloc.ints[a];
  }

  /** Writes an element ({@link Double} or {@link Long}), rounded or wrapped to the element type. */
  public void store(Object value, long... index) {
    int a = address(index);
    if (alloc.floats != null) alloc.floats[a] = Scalars.round(((Number) value).doubleValue(), alloc.elementType);
    else alloc.ints[a] = Scalars.wrap(((Number) value).longValue(), alloc.elementType);
    alloc.initialized.set(a);
  }

  /** Whether the element at {@code index} has been written (the index is checked as for a load). */
  public boolean isInitialized(long... index) { return alloc.initialized.get(address(index)); }

  /** Marks the element at {@code index} as never written (a copy of uninitialized memory stays uninitialized). */
  public void invalidate(long... index) { alloc.initialized.clear(address(index)); }

  /** The viewed elements as a tensor (every one must be initialized). */
  public Tensor toTensor() {
    Tensor t = Tensor.zeros(alloc.elementType, sizes);
    long[] idx = new long[sizes.length];
    for (int f = 0; f < t.size(); f++) {
      t.set(f, load(idx));
      for (int d = sizes.length - 1; d >= 0; d--) {
        if (++idx[d] < sizes[d]) break;
        idx[d] = 0;
      }
    }
    return t;
  }

  @Override public String toString() {
    return "buffer<" + Arrays.toString(sizes) + " " + alloc.elementType + " offset " + offset + " strides " + Arrays.toString(strides) + ">";
  }
}
