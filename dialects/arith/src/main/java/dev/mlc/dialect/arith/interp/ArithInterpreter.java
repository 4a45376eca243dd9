package dev.mlc.dialect.arith.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the arith dialect's ops. */
public final class ArithInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
