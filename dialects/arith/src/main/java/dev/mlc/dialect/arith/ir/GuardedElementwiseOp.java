package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;
import java.util.function.Predicate;

/**
 * An elementwise op that is undefined for some operands (a division by zero, a shift by the bit
 * width or more): free of side effects, but hoisted or speculated only where {@code speculatable}
 * shows the operands safe (a divisor that is a non-zero constant), as MLIR's
 * {@code ConditionallySpeculatable} divisions are.
 */
public final class GuardedElementwiseOp extends AbstractElementwiseOp implements Traits.ConditionallySpeculatable {
  private final Predicate<Operation> speculatable;

  public GuardedElementwiseOp(String name, Kind kind, Flags flags, String summary, String example, Predicate<Operation> speculatable,
                              Elementwise.ScalarFn fn) {
    super(name, 2, kind, flags, summary, example, fn);
    this.speculatable = speculatable;
  }

  @Override public boolean isSpeculatable(Operation op) { return speculatable.test(op); }
}
