package dev.mlc.ir.attr;

import dev.mlc.ir.type.ShapedType;
import java.util.Objects;

/**
 * {@code dense_resource<name> : tensor<...>}: elements kept in a blob of the builtin dialect's
 * resources ({@code {-# dialect_resources: { builtin: { name: "0x..." } } #-}}), looked up by
 * handle in the context's {@link dev.mlc.ir.ResourceTable}.
 */
public record DenseResourceElementsAttr(ShapedType type, String handle) implements ElementsAttr {
  public DenseResourceElementsAttr {
    Objects.requireNonNull(type);
    Objects.requireNonNull(handle);
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
