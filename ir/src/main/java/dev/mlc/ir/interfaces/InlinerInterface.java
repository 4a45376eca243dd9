package dev.mlc.ir.interfaces;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.List;

/**
 * Implemented by dialects whose ops may be inlined: which ops are legal to move into a caller, and
 * how a callee's return terminator becomes the call's results.
 */
public interface InlinerInterface {
  /** Whether {@code op} (from a callee body) may be inlined. */
  default boolean isLegalToInline(Operation op) { return true; }

  /**
   * Whether {@code terminator} is a return of this dialect; if so, its operands replace the call's
   * results when the callee has one block.
   */
  boolean isReturn(Operation terminator);

  /** The values a return terminator returns. */
  default List<Value> returnedValues(Operation terminator) { return terminator.operands(); }

  /**
   * MLIR's multi-block {@code handleTerminator}: replaces {@code terminator}, a return of this
   * dialect in a callee being inlined with several blocks, by a branch to {@code newDest} passing
   * the returned values. Returns false when the dialect cannot (such callees are then not inlined).
   */
  default boolean handleTerminator(Operation terminator, Block newDest) { return false; }
}
