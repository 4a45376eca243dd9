package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/** {@code index}: a target-sized integer for sizes and subscripts. */
public enum IndexType implements Type {
  INSTANCE;

  /** Bits used for folding {@code index} arithmetic (MLIR's internal storage width). */
  public static final int INTERNAL_WIDTH = 64;

  @Override public String toString() { return "index"; }
}
