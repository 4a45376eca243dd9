package dev.mlc.ir.type;

import dev.mlc.ir.Type;
import java.util.List;

/** {@code tuple<T1, T2, ...>}. */
public record TupleType(List<Type> types) implements Type {
  public TupleType { types = List.copyOf(types); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
