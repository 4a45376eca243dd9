package dev.mlc.dialect.cpu.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the cpu dialect's ops. */
public final class CpuInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
