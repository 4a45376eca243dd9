package dev.mlc.ir.interp;

import dev.mlc.ir.Operation;

/**
 * A run-time fault found by the interpreter (out-of-bounds access, read of uninitialized memory,
 * division by zero, use of freed memory, a missing implementation...). It names the op that
 * faulted and its location; runtime helpers throw it without an op and the interpreter attaches
 * the op being executed.
 */
public final class InterpreterException extends RuntimeException {
  private final transient Operation op;

  public InterpreterException(String message) { this(null, message); }

  public InterpreterException(Operation op, String message) { this(op, message, null); }

  public InterpreterException(Operation op, String message, Throwable cause) {
    super(message, cause, false, cause != null);
    this.op = op;
  }

  /** The op that faulted, or null when not yet known. */
  public Operation op() { return op; }

  InterpreterException at(Operation where) { return op != null ? this : new InterpreterException(where, getMessage(), getCause()); }

  /** The message, prefixed by the op name as MLIR diagnostics are: {@code 'arith.divsi' op ...}. */
  public String describe() { return op == null ? getMessage() : "'" + op.name() + "' op " + getMessage(); }
}
