package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Dialect;

/** The tensor-loop dialect: buffers, views, loop nests, structured ops and vectors. */
public final class TlDialect implements Dialect {
  @Override public String namespace() { return "tl"; }

  @Override public String summary() { return "The tensor-loop dialect: buffers, views, loop nests, structured ops and vectors"; }

  @Override public void initialize(Registrar r) {}
}
