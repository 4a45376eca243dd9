package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/**
 * A type of a dialect that is not registered, kept as text ({@code !dialect.data} or
 * {@code !dialect<"data">}); only accepted when unregistered dialects are allowed.
 */
public record OpaqueType(String dialect, String data) implements Type {
  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
