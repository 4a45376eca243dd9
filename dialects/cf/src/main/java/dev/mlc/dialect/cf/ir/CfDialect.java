package dev.mlc.dialect.cf.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interfaces.InlinerInterface;

/** MLIR's cf dialect: unstructured control flow (br, cond_br, switch, assert). */
public final class CfDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "cf"; }

  @Override public String summary() { return "MLIR's cf dialect: unstructured control flow (br, cond_br, switch)"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new BranchOp());
    r.addOp(new CondBranchOp());
    r.addOp(new SwitchOp());
    r.addOp(new AssertOp());
  }

  /** Every cf op may be inlined; none returns from a function. */
  @Override public boolean isReturn(Operation terminator) { return false; }

  /** Not a return: never asked to become a branch. */
  @Override public boolean handleTerminator(Operation terminator, Block newDest) { return false; }
}
