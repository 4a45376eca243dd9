package dev.mlc.dialect.math.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the math dialect's ops. */
public final class MathInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
