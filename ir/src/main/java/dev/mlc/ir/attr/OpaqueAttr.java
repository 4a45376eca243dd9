package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;

/**
 * An attribute of an unregistered dialect, kept as its text ({@code #dialect.data} or
 * {@code #dialect<"data">}), with an optional trailing type.
 */
public record OpaqueAttr(String dialect, String data, Type type) implements Attribute {
  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
