package dev.mlc.ir.attr;

import dev.mlc.ir.type.ShapedType;
import java.util.Arrays;
import java.util.List;

/** {@code dense<["a", "b"]>}: string elements (bytes); a single element is a splat. */
public final class DenseStringElementsAttr implements ElementsAttr {
  private final ShapedType type;
  private final List<byte[]> values;

  public DenseStringElementsAttr(ShapedType type, List<byte[]> values) {
    long n = type.numElements();
    if (values.size() != 1 && values.size() != n)
      throw new IllegalArgumentException("expected " + n + " string elements, got " + values.size());
    this.type = type;
    this.values = values.stream().map(byte[]::clone).toList();
  }

  @Override public ShapedType type() { return type; }

  public boolean isSplat() { return values.size() == 1; }

  /** The stored strings (one for a splat); callers must not modify the arrays. */
  public List<byte[]> values() { return values; }

  @Override public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof DenseStringElementsAttr d) || !type.equals(d.type) || values.size() != d.values.size()) return false;
    for (int i = 0; i < values.size(); i++) if (!Arrays.equals(values.get(i), d.values.get(i))) return false;
    return true;
  }

  @Override public int hashCode() {
    int h = type.hashCode();
    for (byte[] v : values) h = h * 31 + Arrays.hashCode(v);
    return h;
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
