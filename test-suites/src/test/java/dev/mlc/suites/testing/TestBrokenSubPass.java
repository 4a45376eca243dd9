package dev.mlc.suites.testing;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import java.util.List;

/**
 * A deliberately wrong pass, for testing the semantics check: it "canonicalizes" {@code test.sub}
 * by swapping its operands, as if subtraction were commutative.
 */
@PassInfo(name = "test-broken-swap-sub", summary = "Test pass that swaps the operands of test.sub (wrong on purpose)")
public final class TestBrokenSubPass extends Pass {
  @Override public void runOnOperation(Operation op, PassContext ctx) {
    op.walk(o -> {
      if (!o.isa("test.sub")) return;
      List<Value> ops = o.operands();
      Value a = ops.get(0), b = ops.get(1);
      o.setOperand(0, b);
      o.setOperand(1, a);
    });
  }
}
