package dev.mlc.dialect.cpu.ir;

import dev.mlc.ir.Dialect;

/** CPU-specific target ops: vector widths, int8 dot products. */
public final class CpuDialect implements Dialect {
  @Override public String namespace() { return "cpu"; }

  @Override public String summary() { return "CPU-specific target ops: vector widths, int8 dot products"; }

  @Override public void initialize(Registrar r) {}
}
