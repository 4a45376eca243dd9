package dev.mlc.dialect.tl.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the tl dialect's ops. */
public final class TlInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
