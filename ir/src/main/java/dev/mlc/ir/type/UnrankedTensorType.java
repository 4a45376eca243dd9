package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/** {@code tensor<*xf32>}. */
public record UnrankedTensorType(Type elementType) implements ShapedType {
  @Override public boolean hasRank() { return false; }
  @Override public long[] shape() { throw new UnsupportedOperationException("unranked tensor has no shape"); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
