package dev.mlc.dialect.math.ir;

import dev.mlc.dialect.arith.ir.ArithDialect;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interfaces.InlinerInterface;

/**
 * MLIR's math dialect: exp, log, tanh, erf, sqrt, pow, fma and friends; its constants are
 * arith.constant. Every math op may be inlined (MLIR's MathInlinerInterface).
 */
public final class MathDialect implements Dialect, InlinerInterface {
  private final ArithDialect arith = new ArithDialect();

  @Override public String namespace() { return "math"; }

  @Override public String summary() { return "MLIR's math dialect: exp, log, tanh, erf, sqrt, pow, fma and friends"; }

  @Override public void initialize(Registrar r) {
    for (OpDef d : MathOps.all()) r.addOp(d);
  }

  @Override public boolean isReturn(Operation terminator) { return false; }

  /** Folded values become {@code arith.constant}s, as upstream's math dialect makes them. */
  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    return arith.materializeConstant(b, value, type, loc);
  }
}
