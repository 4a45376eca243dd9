package dev.mlc.ir.type;

import dev.mlc.ir.Type;
import java.util.List;

/** {@code (inputs) -> results}. */
public record FunctionType(List<Type> inputs, List<Type> results) implements Type {
  public FunctionType {
    inputs = List.copyOf(inputs);
    results = List.copyOf(results);
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
