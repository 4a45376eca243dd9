package dev.mlc.dialect.cf.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the cf dialect's ops. */
public final class CfInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
