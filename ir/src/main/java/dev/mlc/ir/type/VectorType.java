package dev.mlc.ir.type;

import dev.mlc.ir.Type;
import java.util.Arrays;
import java.util.Objects;

/** {@code vector<4x[8]xf32>}: static dimensions, each possibly scalable ({@code [8]}). */
public record VectorType(long[] shape, Type elementType, boolean[] scalableDims) implements ShapedType {
  public VectorType {
    shape = shape.clone();
    scalableDims = scalableDims == null ? new boolean[shape.length] : scalableDims.clone();
    if (scalableDims.length != shape.length) throw new IllegalArgumentException("scalable flags must match rank");
    Objects.requireNonNull(elementType);
  }

  public VectorType(long[] shape, Type elementType) { this(shape, elementType, null); }

  @Override public boolean hasRank() { return true; }
  @Override public long[] shape() { return shape; }

  public boolean isScalable() {
    for (boolean b : scalableDims) if (b) return true;
    return false;
  }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof VectorType t && Arrays.equals(shape, t.shape) && elementType.equals(t.elementType)
        && Arrays.equals(scalableDims, t.scalableDims);
  }

  @Override public int hashCode() { return Arrays.hashCode(shape) * 31 + elementType.hashCode() + Arrays.hashCode(scalableDims); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
