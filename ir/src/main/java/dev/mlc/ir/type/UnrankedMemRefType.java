package dev.mlc.ir.type;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;

/** {@code memref<*xf32, memorySpace>}. */
public record UnrankedMemRefType(Type elementType, Attribute memorySpace) implements ShapedType {
  @Override public boolean hasRank() { return false; }
  @Override public long[] shape() { throw new UnsupportedOperationException("unranked memref has no shape"); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
