package dev.mlc.ir.type;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code memref<4x?xf32, layout, memorySpace>}; {@code layout} is null for the identity layout,
 * otherwise an affine map or strided layout attribute; {@code memorySpace} is null for the default.
 */
public record MemRefType(long[] shape, Type elementType, Attribute layout, Attribute memorySpace) implements ShapedType {
  public MemRefType {
    shape = shape.clone();
    Objects.requireNonNull(elementType);
  }

  public MemRefType(long[] shape, Type elementType) { this(shape, elementType, null, null); }

  @Override public boolean hasRank() { return true; }
  @Override public long[] shape() { return shape; }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof MemRefType t && Arrays.equals(shape, t.shape) && elementType.equals(t.elementType)
        && Objects.equals(layout, t.layout) && Objects.equals(memorySpace, t.memorySpace);
  }

  @Override public int hashCode() {
    return Objects.hash(Arrays.hashCode(shape), elementType, layout, memorySpace);
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
