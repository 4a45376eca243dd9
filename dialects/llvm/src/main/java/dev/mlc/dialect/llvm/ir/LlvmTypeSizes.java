package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;

/**
 * The data layout the llvm dialect assumes (LLVM's default for x86-64): integers take the next
 * power-of-two number of bytes and are aligned to it (at most 8, {@code i1} one byte); floats their
 * width; pointers 8 bytes; vectors {@code n} elements packed (each element its store size; a
 * load or store touches only those), aligned to and padded to the next power of two; arrays {@code n} element slots; structs their fields each aligned
 * (none when packed), padded to the largest alignment. Little-endian.
 */
public final class LlvmTypeSizes {
  private LlvmTypeSizes() {}

  /** The bytes a value of {@code t} occupies in memory, padding included (LLVM's alloc size). */
  public static long size(Type t) {
    if (t instanceof IntegerType it) return intBytes(it.width());
    if (t instanceof FloatType ft) return ft.width() / 8;
    if (t instanceof LlvmType.Ptr) return 8;
    if (t instanceof VectorType v) return align(storeSize(v), alignment(v));
    if (t instanceof LlvmType.Array a) return a.size() * size(a.elementType());
    if (t instanceof LlvmType.Struct s && !s.isOpaque()) {
      long off = 0;
      for (Type f : s.fields()) off = align(off, s.packed() ? 1 : alignment(f)) + size(f);
      return align(off, alignment(t));
    }
    throw new IllegalArgumentException("type " + LlvmType.str(t) + " has no size");
  }

  /** The bytes a load or store of {@code t} touches: a vector's packed elements, otherwise {@link #size}. */
  public static long storeSize(Type t) {
    return t instanceof VectorType v ? v.numElements() * elementBytes(v.elementType()) : size(t);
  }

  /** The ABI alignment of {@code t} in bytes. */
  public static long alignment(Type t) {
    if (t instanceof IntegerType || t instanceof FloatType || t instanceof LlvmType.Ptr) return Math.min(8, Math.max(1, size(t)));
    if (t instanceof VectorType v) return Long.highestOneBit(Math.max(1, storeSize(v) * 2 - 1));
    if (t instanceof LlvmType.Array a) return alignment(a.elementType());
    if (t instanceof LlvmType.Struct s && !s.isOpaque()) {
      if (s.packed()) return 1;
      long m = 1;
      for (Type f : s.fields()) m = Math.max(m, alignment(f));
      return m;
    }
    throw new IllegalArgumentException("type " + LlvmType.str(t) + " has no alignment");
  }

  /** The byte offset of field {@code i} of struct {@code s}. */
  public static long fieldOffset(LlvmType.Struct s, int i) {
    long off = 0;
    for (int k = 0; k < i; k++) off = align(off, s.packed() ? 1 : alignment(s.fields().get(k))) + size(s.fields().get(k));
    return align(off, s.packed() ? 1 : alignment(s.fields().get(i)));
  }

  /** The bits of a primitive value ({@code bitcast} checks), or -1 for aggregates. */
  public static long bits(Type t) {
    if (t instanceof IntegerType it) return it.width();
    if (t instanceof FloatType ft) return ft.width();
    if (t instanceof LlvmType.Ptr) return 64;
    if (t instanceof VectorType v && bits(v.elementType()) > 0) return v.numElements() * bits(v.elementType());
    return -1;
  }

  /** The bytes one vector element takes (integers their store size, i1 one byte). */
  public static long elementBytes(Type t) { return t instanceof IntegerType it ? Math.max(1, (it.width() + 7) / 8) : size(t); }

  static long intBytes(int width) { return width <= 8 ? 1 : Long.highestOneBit((long) ((width + 7) / 8) * 2 - 1); }

  static long align(long off, long a) { return (off + a - 1) / a * a; }
}
