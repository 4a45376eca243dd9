package dev.mlc.dialect.test.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;

/** A pass that throws, for testing that a crashing pass is reported without losing the user's work. */
@PassInfo(name = "test-pass-crash", summary = "Test pass that throws an exception")
public final class TestPassCrashPass extends Pass {
  @Override public void runOnOperation(Operation op, PassContext ctx) {
    throw new IllegalStateException("test-pass-crash: crashing on purpose");
  }
}
