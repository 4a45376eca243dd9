package dev.mlc.dialect.scf.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the scf dialect's ops. */
public final class ScfInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
