package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/** Tensors, memrefs and vectors: an element type and (when ranked) a shape. */
public interface ShapedType extends Type {
  /** MLIR's marker for a dynamic dimension ({@code ?}). */
  long DYNAMIC = Long.MIN_VALUE;

  Type elementType();

  boolean hasRank();

  /** The dimensions; only for ranked types. Callers must not modify the array. */
  long[] shape();

  default int rank() { return shape().length; }

  default long dim(int i) { return shape()[i]; }

  default boolean isDynamicDim(int i) { return shape()[i] == DYNAMIC; }

  default boolean hasStaticShape() {
    if (!hasRank()) return false;
    for (long d : shape()) if (d == DYNAMIC) return false;
    return true;
  }

  /** Number of elements of a static shape (-1 if not static or it overflows). */
  default long numElements() {
    if (!hasStaticShape()) return -1;
    long n = 1;
    for (long d : shape()) {
      n = Math.multiplyHigh(n, d) != 0 ? -1 : n * d;
      if (n < 0) return -1;
    }
    return n;
  }

  static boolean isDynamic(long dim) { return dim == DYNAMIC; }
}
