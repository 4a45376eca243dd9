package dev.mlc.dialect.arith.interp;

import dev.mlc.dialect.arith.ir.ArithOp;
import dev.mlc.dialect.arith.ir.ArithOps;
import dev.mlc.dialect.arith.ir.Elementwise;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.OpSemantics;

/**
 * The reference interpreter's implementations of the arith dialect's ops: each op's
 * {@link ArithOp#evaluate}, the same code the folder runs; undefined results (division by zero,
 * signed division overflow, out-of-range shifts) are errors naming the op.
 */
public final class ArithInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    for (OpDef d : ArithOps.all()) r.add(d.name(), semantics((ArithOp) d));
  }

  /** The interpreter semantics of an arith-family op (also used by the math dialect). */
  public static OpSemantics semantics(ArithOp def) {
    return (in, op, args) -> {
      try {
        return def.evaluate(op, args, false);
      } catch (Elementwise.Undefined e) {
        throw in.error(e.getMessage());
      }
    };
  }
}
