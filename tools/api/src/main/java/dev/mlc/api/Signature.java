package dev.mlc.api;

import java.util.List;
import java.util.stream.Collectors;

/** A model's entry function as Java sees it: its name, its arguments and its results, in order. */
public record Signature(String entry, List<TensorSpec> inputs, List<TensorSpec> outputs) {
  public Signature {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The position of the input called {@code name} ({@code graph.name} or {@code argN}), or -1. */
  public int inputIndex(String name) {
    for (int i = 0; i < inputs.size(); i++) if (inputs.get(i).name().equals(name)) return i;
    if (name.matches("arg[0-9]+")) {
      int i = Integer.parseInt(name.substring(3));
      if (i < inputs.size()) return i;
    }
    return -1;
  }

  /** {@code @main(x: tensor<?x784xf32>) -> (probs: tensor<?x10xf32>)}. */
  @Override public String toString() {
    return "@" + entry + "(" + inputs.stream().map(TensorSpec::toString).collect(Collectors.joining(", ")) + ") -> ("
        + outputs.stream().map(TensorSpec::toString).collect(Collectors.joining(", ")) + ")";
  }
}
