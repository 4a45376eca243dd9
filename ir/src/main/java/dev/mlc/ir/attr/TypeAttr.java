package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import java.util.Objects;

/** A type used as an attribute value ({@code function_type = (i32) -> i32}). */
public record TypeAttr(Type type) implements Attribute {
  public TypeAttr { Objects.requireNonNull(type); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
