package dev.mlc.dialect.llvm.interp;

import java.util.Arrays;

/**
 * The interpreter's value of an {@code !llvm.struct} or {@code !llvm.array}: its fields or
 * elements, each in the value model of its type. Immutable: {@link #with} returns a changed copy.
 */
public final class Aggregate {
  private final Object[] fields;

  public Aggregate(Object... fields) { this.fields = fields.clone(); }

  public int size() { return fields.length; }

  public Object get(int i) { return fields[i]; }

  /** A copy with field {@code i} replaced by {@code v}. */
  public Aggregate with(int i, Object v) {
    Object[] f = fields.clone();
    f[i] = v;
    return new Aggregate(f);
  }

  @Override public boolean equals(Object o) { return o instanceof Aggregate a && Arrays.deepEquals(a.fields, fields); }

  @Override public int hashCode() { return Arrays.deepHashCode(fields); }

  @Override public String toString() { return "{" + String.join(", ", Arrays.stream(fields).map(String::valueOf).toList()) + "}"; }
}
