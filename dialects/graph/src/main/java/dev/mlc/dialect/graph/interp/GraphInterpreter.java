package dev.mlc.dialect.graph.interp;

import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the graph dialect's ops. */
public final class GraphInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {}
}
