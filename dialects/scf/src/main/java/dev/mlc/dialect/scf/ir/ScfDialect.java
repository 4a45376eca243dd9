package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Dialect;

/** MLIR's scf dialect: structured control flow (for, while, if, parallel, reduce). */
public final class ScfDialect implements Dialect {
  @Override public String namespace() { return "scf"; }

  @Override public String summary() { return "MLIR's scf dialect: structured control flow (for, while, if, parallel, reduce)"; }

  @Override public void initialize(Registrar r) {}
}
