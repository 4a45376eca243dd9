package dev.mlc.dialect.llvm.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the llvm dialect's ops. */
public final class LlvmInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
