package dev.mlc.dialect.cf.ir;

import dev.mlc.ir.Dialect;

/** MLIR's cf dialect: unstructured control flow (br, cond_br, switch). */
public final class CfDialect implements Dialect {
  @Override public String namespace() { return "cf"; }

  @Override public String summary() { return "MLIR's cf dialect: unstructured control flow (br, cond_br, switch)"; }

  @Override public void initialize(Registrar r) {}
}
