package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.affine.AffineMap;

/** {@code affine_map<(d0) -> (d0)>}. */
public record AffineMapAttr(AffineMap map) implements Attribute {
  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
