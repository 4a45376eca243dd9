package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.affine.AffineMap;

/** {@code affine_map<(d0) -> (d0)>}. */
public record AffineMapAttr(AffineMap map) implements Attribute {}
