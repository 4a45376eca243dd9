package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.Objects;

/** A name and a value, the entry of a {@link DictionaryAttr}. */
public record NamedAttribute(String name, Attribute value) {
  public NamedAttribute {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
  }
}
