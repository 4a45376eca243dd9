package dev.mlc.dialect.func.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.List;

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

  /**
   * As MLIR's func inliner: an inlined {@code func.return} of a callee with several blocks becomes a
   * {@code cf.br} to {@code newDest} with the returned values. Built by name, so that func does not
   * depend on cf; without the cf dialect loaded such callees are not inlined.
   */
  @Override public boolean handleTerminator(Operation terminator, Block newDest) {
    if (!isReturn(terminator) || terminator.context().dialect("cf") == null) return false;
    Builder b = new Builder(terminator.context());
    b.setInsertionPoint(terminator);
    b.insert(Operation.create(terminator.context().opName("cf.br"), terminator.location(), terminator.operands(), List.of(), null,
        null, List.of(newDest), 0));
    terminator.erase();
    return true;
  }
}
