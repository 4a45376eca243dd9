package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.Arrays;

/** {@code strided<[s0, s1], offset: o>} memref layout; {@code ShapedType.DYNAMIC} marks {@code ?}. */
public record StridedLayoutAttr(long offset, long[] strides) implements Attribute {
  public StridedLayoutAttr { strides = strides.clone(); }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof StridedLayoutAttr s && offset == s.offset && Arrays.equals(strides, s.strides);
  }

  @Override public int hashCode() { return Long.hashCode(offset) * 31 + Arrays.hashCode(strides); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
