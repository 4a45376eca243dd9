package dev.mlc.ir.interp;

import dev.mlc.ir.Operation;

/**
 * What one op kind does, for the reference interpreter. Receives the op and its operand values
 * (see {@link Interpreter} for the value model) and returns one value per result. A terminator
 * that transfers control to a successor block calls {@link Interpreter#branch}; any other
 * terminator ends its region, which then yields the terminator's operands (or what the semantics
 * passed to {@link Interpreter#yieldValues}).
 */
@FunctionalInterface
public interface OpSemantics {
  Object[] execute(Interpreter in, Operation op, Object[] operands);

  /** The empty result list, for ops without results. */
  Object[] NONE = new Object[0];
}
