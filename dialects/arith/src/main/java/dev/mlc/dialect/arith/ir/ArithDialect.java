package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Dialect;

/** MLIR's arith dialect: integer and float arithmetic, compares, casts. */
public final class ArithDialect implements Dialect {
  @Override public String namespace() { return "arith"; }

  @Override public String summary() { return "MLIR's arith dialect: integer and float arithmetic, compares, casts"; }

  @Override public void initialize(Registrar r) {}
}
