package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.type.ShapedType;

/** An attribute holding the elements of a statically shaped tensor or vector. */
public interface ElementsAttr extends Attribute {
  ShapedType type();

  default long numElements() { return type().numElements(); }
}
