package dev.mlc.ir.type;

import dev.mlc.ir.Type;
import java.util.Objects;

/** {@code complex<T>} with an integer or float element type. */
public record ComplexType(Type elementType) implements Type {
  public ComplexType { Objects.requireNonNull(elementType); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
