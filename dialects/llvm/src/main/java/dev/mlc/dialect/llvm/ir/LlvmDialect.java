package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Dialect;

/** The LLVM-mirroring target dialect (MLIR's llvm dialect names and syntax). */
public final class LlvmDialect implements Dialect {
  @Override public String namespace() { return "llvm"; }

  @Override public String summary() { return "The LLVM-mirroring target dialect (MLIR's llvm dialect names and syntax)"; }

  @Override public void initialize(Registrar r) {}
}
