package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/** {@code none}: the unit type. */
public enum NoneType implements Type {
  INSTANCE;

  @Override public String toString() { return "none"; }
}
