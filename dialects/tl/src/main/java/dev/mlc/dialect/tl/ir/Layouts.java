package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.Arrays;

/**
 * Strides and offsets of memref types, computed as MLIR's {@code getStridesAndOffset} does: the
 * identity layout is row-major (a stride left of a dynamic dimension is dynamic), a
 * {@code strided<...>} layout gives them directly. {@code ShapedType.DYNAMIC} marks unknown values.
 */
public final class Layouts {
  private Layouts() {}

  static final long DYN = ShapedType.DYNAMIC;

  /** Strides and offset of a memref type, or null for a layout that is not strided. */
  public static StridedLayoutAttr stridesAndOffset(MemRefType t) {
    if (t.layout() == null || t.layout() instanceof AffineMapAttr m && m.map().isIdentity()) return new StridedLayoutAttr(0, rowMajor(t.shape()));
    return t.layout() instanceof StridedLayoutAttr s && s.strides().length == t.rank() ? s : null;
  }

  /** Row-major strides of a shape; dynamic left of a dynamic dimension. */
  public static long[] rowMajor(long[] shape) {
    long[] s = new long[shape.length];
    long acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc = acc == DYN || shape[i] == DYN ? DYN : acc * shape[i];
    }
    return s;
  }

  /** Whether the type's layout is the identity (row-major, offset 0), written or not. */
  public static boolean isIdentity(MemRefType t) {
    if (t.layout() == null || t.layout() instanceof AffineMapAttr m && m.map().isIdentity()) return true;
    StridedLayoutAttr s = stridesAndOffset(t);
    return s != null && s.offset() == 0 && Arrays.equals(s.strides(), rowMajor(t.shape())) && !hasDynamic(s.strides());
  }

  static boolean hasDynamic(long[] v) {
    for (long x : v) if (x == DYN) return true;
    return false;
  }

  static long mul(long a, long b) { return a == DYN || b == DYN ? DYN : a * b; }

  static long add(long a, long b) { return a == DYN || b == DYN ? DYN : a + b; }

  /** The type of a subview of {@code source} with these static-or-dynamic offsets, sizes and strides (MLIR's inference). */
  public static MemRefType subviewType(MemRefType source, long[] offsets, long[] sizes, long[] strides) {
    StridedLayoutAttr src = stridesAndOffset(source);
    long offset = src.offset();
    long[] rs = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      offset = add(offset, mul(offsets[i], src.strides()[i]));
      rs[i] = mul(strides[i], src.strides()[i]);
    }
    return new MemRefType(sizes, source.elementType(), new StridedLayoutAttr(offset, rs), source.memorySpace());
  }

  /** Whether two memref types describe the same layout (the identity written or not). */
  public static boolean sameLayout(MemRefType a, MemRefType b) {
    StridedLayoutAttr x = stridesAndOffset(a), y = stridesAndOffset(b);
    return x != null && x.equals(y) || x == null && java.util.Objects.equals(a.layout(), b.layout());
  }

  /** Whether a value of type {@code a} may be cast to {@code b}: each static stride and offset agrees or one side is dynamic. */
  public static boolean castCompatibleLayout(MemRefType a, MemRefType b) {
    StridedLayoutAttr x = stridesAndOffset(a), y = stridesAndOffset(b);
    if (x == null || y == null) return java.util.Objects.equals(a.layout(), b.layout());
    if (x.offset() != y.offset() && x.offset() != DYN && y.offset() != DYN) return false;
    for (int i = 0; i < x.strides().length; i++)
      if (x.strides()[i] != y.strides()[i] && x.strides()[i] != DYN && y.strides()[i] != DYN) return false;
    return true;
  }

  /**
   * Which dimensions of {@code full} a rank-reduced {@code reduced} shape drops: static unit
   * dimensions, matched greedily from the left (MLIR's rank-reduction mask); null when it is not one.
   */
  public static boolean[] droppedDims(long[] full, long[] reduced) {
    boolean[] drop = new boolean[full.length];
    int j = 0;
    for (int i = 0; i < full.length; i++) {
      if (j < reduced.length && full[i] == reduced[j]) j++;
      else if (full[i] == 1) drop[i] = true;
      else return null;
    }
    return j == reduced.length ? drop : null;
  }

  /** {@code t} without the dimensions marked in {@code drop} (their strides go too; the offset stays). */
  public static MemRefType dropDims(MemRefType t, boolean[] drop) {
    StridedLayoutAttr l = stridesAndOffset(t);
    int n = 0;
    for (boolean d : drop) if (!d) n++;
    long[] shape = new long[n], strides = new long[n];
    for (int i = 0, k = 0; i < drop.length; i++)
      if (!drop[i]) {
        shape[k] = t.shape()[i];
        strides[k++] = l.strides()[i];
      }
    return new MemRefType(shape, t.elementType(), new StridedLayoutAttr(l.offset(), strides), t.memorySpace());
  }
}
