package dev.mlc.dialect.cf.interp;

import dev.mlc.dialect.cf.ir.AssertOp;
import dev.mlc.dialect.cf.ir.BranchOp;
import dev.mlc.dialect.cf.ir.CondBranchOp;
import dev.mlc.dialect.cf.ir.SwitchOp;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.OpSemantics;

/** The reference interpreter's implementations of the cf dialect's ops. */
public final class CfInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add(BranchOp.NAME, (in, op, args) -> {
      in.branch(0, args);
      return OpSemantics.NONE;
    });
    r.add(CondBranchOp.NAME, (in, op, args) -> {
      boolean t = (Long) args[0] != 0;
      in.branch(t ? 0 : 1, (t ? CondBranchOp.trueOperands(op) : CondBranchOp.falseOperands(op)).stream().map(in::value).toArray());
      return OpSemantics.NONE;
    });
    r.add(SwitchOp.NAME, (in, op, args) -> {
      int s = SwitchOp.successorFor(op, (Long) args[0]);
      in.branch(s, (s == 0 ? SwitchOp.defaultOperands(op) : SwitchOp.caseOperands(op, s - 1)).stream().map(in::value).toArray());
      return OpSemantics.NONE;
    });
    r.add(AssertOp.NAME, (in, op, args) -> {
      if ((Long) args[0] == 0) throw in.error("assertion failed: " + AssertOp.message(op));
      return OpSemantics.NONE;
    });
  }
}
