package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Dialect;

/** The graph dialect: model-level tensor ops with ONNX semantics. */
public final class GraphDialect implements Dialect {
  @Override public String namespace() { return "graph"; }

  @Override public String summary() { return "The graph dialect: model-level tensor ops with ONNX semantics"; }

  @Override public void initialize(Registrar r) {}
}
