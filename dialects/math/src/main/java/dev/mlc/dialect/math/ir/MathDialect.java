package dev.mlc.dialect.math.ir;

import dev.mlc.ir.Dialect;

/** MLIR's math dialect: exp, log, tanh, erf, sqrt, pow, fma and friends. */
public final class MathDialect implements Dialect {
  @Override public String namespace() { return "math"; }

  @Override public String summary() { return "MLIR's math dialect: exp, log, tanh, erf, sqrt, pow, fma and friends"; }

  @Override public void initialize(Registrar r) {}
}
