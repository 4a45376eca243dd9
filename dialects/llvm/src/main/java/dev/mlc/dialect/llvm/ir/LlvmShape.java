package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;

/**
 * The trait of every llvm op: checks, before the op's own verifier, its operand and result counts
 * and its required attributes (so verifiers and printers may rely on them), with MLIR's messages.
 */
public interface LlvmShape extends Traits.Trait {
  static boolean verifyTrait(Operation op) {
    if (!(op.def() instanceof LlvmOp d)) return true;
    if (d.numOperands >= 0 && op.numOperands() != d.numOperands)
      return op.emitOpError("expected " + d.numOperands + " operands, but found " + op.numOperands()).failure();
    if (d.numResults >= 0 && op.numResults() != d.numResults)
      return op.emitOpError(d.numResults == 0 ? "requires zero results" : "requires one result").failure();
    for (String a : d.required) if (op.attr(a) == null) return op.emitOpError("requires attribute '" + a + "'").failure();
    return true;
  }
}
