package dev.mlc.ir.builtin;

import dev.mlc.ir.Dialect;

/** The {@code builtin} dialect: {@code builtin.module} and {@code builtin.unrealized_conversion_cast}. */
public final class BuiltinDialect implements Dialect {
  @Override public String namespace() { return "builtin"; }

  @Override public String summary() { return "Top-level container and the casts a partial conversion leaves behind"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new ModuleOp());
    r.addOp(new UnrealizedConversionCastOp());
  }
}
