package dev.mlc.ir.type;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import java.util.Arrays;
import java.util.Objects;

/** {@code tensor<2x?x4xf32>} with an optional encoding attribute. */
public record RankedTensorType(long[] shape, Type elementType, Attribute encoding) implements ShapedType {
  public RankedTensorType {
    shape = shape.clone();
    Objects.requireNonNull(elementType);
  }

  public RankedTensorType(long[] shape, Type elementType) { this(shape, elementType, null); }

  @Override public boolean hasRank() { return true; }
  @Override public long[] shape() { return shape; }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof RankedTensorType t && Arrays.equals(shape, t.shape)
        && elementType.equals(t.elementType) && Objects.equals(encoding, t.encoding);
  }

  @Override public int hashCode() {
    return Arrays.hashCode(shape) * 31 + elementType.hashCode() * 7 + Objects.hashCode(encoding);
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> "tensor" + Arrays.toString(shape) + elementType); }
}
