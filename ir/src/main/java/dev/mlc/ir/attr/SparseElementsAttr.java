package dev.mlc.ir.attr;

import dev.mlc.ir.type.ShapedType;
import java.util.Objects;

/**
 * {@code sparse<indices, values> : tensor<...>}: a tensor that is zero except at {@code indices}
 * (an N x rank i64 elements attribute) where it holds {@code values} (N elements).
 */
public record SparseElementsAttr(ShapedType type, DenseElementsAttr indices, DenseElementsAttr values) implements ElementsAttr {
  public SparseElementsAttr {
    Objects.requireNonNull(type);
    Objects.requireNonNull(indices);
    Objects.requireNonNull(values);
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
