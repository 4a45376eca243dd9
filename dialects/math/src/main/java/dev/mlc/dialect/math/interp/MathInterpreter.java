package dev.mlc.dialect.math.interp;

import dev.mlc.dialect.arith.interp.ArithInterpreter;
import dev.mlc.dialect.arith.ir.ArithOp;
import dev.mlc.dialect.math.ir.MathOps;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the math dialect's ops (the same code their folds run). */
public final class MathInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    for (OpDef d : MathOps.all()) r.add(d.name(), ArithInterpreter.semantics((ArithOp) d));
  }
}
