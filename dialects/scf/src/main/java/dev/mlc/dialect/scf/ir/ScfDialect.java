package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interfaces.InlinerInterface;

/** MLIR's scf dialect: structured control flow (for, while, if, parallel, reduce, index_switch, execute_region). */
public final class ScfDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "scf"; }

  @Override public String summary() { return "MLIR's scf dialect: structured control flow (for, while, if, parallel, reduce)"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new ForOp());
    r.addOp(new IfOp());
    r.addOp(new WhileOp());
    r.addOp(new ConditionOp());
    r.addOp(new YieldOp());
    r.addOp(new ParallelOp());
    r.addOp(new ReduceOp());
    r.addOp(new ReduceReturnOp());
    r.addOp(new IndexSwitchOp());
    r.addOp(new ExecuteRegionOp());
    r.addOp(new ForallOp());
    r.addOp(new InParallelOp());
  }

  /** Every scf op may be inlined; none returns from a function. */
  @Override public boolean isReturn(Operation terminator) { return false; }
}
