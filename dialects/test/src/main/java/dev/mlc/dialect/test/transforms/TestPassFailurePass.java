package dev.mlc.dialect.test.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;

/** A pass that always fails, for testing failure handling and crash reproducers. */
@PassInfo(name = "test-pass-failure", summary = "Test pass that always fails")
public final class TestPassFailurePass extends Pass {
  @Override public void runOnOperation(Operation op, PassContext ctx) {
    op.emitError("test-pass-failure: failing on purpose");
    ctx.signalFailure();
  }
}
