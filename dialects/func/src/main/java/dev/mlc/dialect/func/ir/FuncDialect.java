package dev.mlc.dialect.func.ir;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interfaces.InlinerInterface;

/**
 * MLIR's {@code func} dialect: {@code func.func}, {@code func.return} and {@code func.call}, with
 * MLIR's custom syntax, so IR printed by upstream tools reads back unchanged.
 */
public final class FuncDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "func"; }

  @Override public String summary() { return "Functions, calls and returns"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new FuncOp());
    r.addOp(new ReturnOp());
    r.addOp(new CallOp());
  }

  @Override public boolean isReturn(Operation terminator) { return terminator.isa(ReturnOp.NAME); }
}
