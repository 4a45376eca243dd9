package dev.mlc.api;

import java.util.Arrays;

/**
 * One argument or result of a model's entry: its name (the {@code graph.name} attribute, else
 * {@code argN} / {@code outN}), element type and shape ({@code -1} for a dynamic dimension; rank
 * 0 for a scalar), and the MLIR type it was declared with ({@code tensor<?x784xf32>}).
 */
public record TensorSpec(String name, DType dtype, long[] shape, String mlirType) {
  public TensorSpec {
    shape = shape.clone();
  }

  @Override public long[] shape() { return shape.clone(); }

  public int rank() { return shape.length; }

  /** Whether every dimension is known. */
  public boolean isStatic() { return Arrays.stream(shape).allMatch(d -> d >= 0); }

  @Override public boolean equals(Object o) {
    return o instanceof TensorSpec t && t.name.equals(name) && t.dtype == dtype && Arrays.equals(t.shape, shape) && t.mlirType.equals(mlirType);
  }

  @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(shape); }

  @Override public String toString() { return name + ": " + mlirType; }
}
