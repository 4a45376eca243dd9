package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.affine.IntegerSet;

/** {@code affine_set<(d0) : (d0 >= 0)>}. */
public record IntegerSetAttr(IntegerSet set) implements Attribute {
  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
