package dev.mlc.suites.testing;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.ShapedType;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Test-only semantics for the {@code test} dialect's ops (and a few unregistered {@code test.*}
 * ops the suites use: {@code test.sub}, {@code test.div}, {@code test.extract}), so that tools
 * and the semantics check can run test modules. Arithmetic works on scalars and elementwise on
 * tensors of the same shape; integers wrap to their type.
 */
public final class TestDialectInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add("test.constant", TestDialectInterpreter::constant);
    r.add("test.add", binary(Long::sum, Double::sum));
    r.add("test.mul", binary((a, b) -> a * b, (a, b) -> a * b));
    r.add("test.sub", binary((a, b) -> a - b, (a, b) -> a - b));
    r.add("test.div", binary((a, b) -> {
      if (b == 0) throw new InterpreterException("integer division by zero");
      return a / b;
    }, (a, b) -> a / b));
    r.add("test.negate", (in, op, a) -> new Object[] {map(op.result(0).type(), a[0], x -> -x, x -> -x)});
    r.add("test.extract", (in, op, a) -> new Object[] {((Tensor) a[0]).get(((Long) a[1]).longValue())});
    r.add("test.call", (in, op, a) -> in.call(in.lookupSymbol(op, (SymbolRefAttr) op.attr("callee")), a));
    r.add("test.br", (in, op, a) -> {
      in.branch(0, a);
      return null;
    });
    r.add("test.cond_br", (in, op, a) -> {
      int nt = op.attr("num_true") instanceof IntegerAttr i ? i.value().intValue() : 0;
      boolean c = (Long) a[0] != 0;
      in.branch(c ? 0 : 1, c ? java.util.Arrays.copyOfRange(a, 1, 1 + nt) : java.util.Arrays.copyOfRange(a, 1 + nt, a.length));
      return null;
    });
    r.add("test.if", (in, op, a) -> in.runRegion(op.region((Long) a[0] != 0 ? 0 : 1)));
    r.add("test.loop", (in, op, a) -> {
      long lb = (Long) a[0], ub = (Long) a[1], step = (Long) a[2];
      if (step <= 0) throw new InterpreterException("loop step must be positive, got " + step);
      for (long iv = lb; iv < ub; iv += step) in.runRegion(op.region(0), iv);
      return null;
    });
  }

  private static Object[] constant(Interpreter in, Operation op, Object[] a) {
    Attribute v = op.attr("value");
    Type t = op.result(0).type();
    if (v instanceof IntegerAttr i) return new Object[] {Scalars.wrap(i.value().longValue(), t)};
    if (v instanceof FloatAttr f) return new Object[] {Scalars.round(f.value(), t)};
    if (v instanceof ElementsAttr e) return new Object[] {Tensor.fromAttr(e, in.context().resources())};
    throw new InterpreterException("unsupported constant " + v);
  }

  private interface DoubleOp {
    double apply(double x);
  }

  private interface LongOp {
    long apply(long x);
  }

  private static Object map(Type t, Object x, LongOp li, DoubleOp fl) {
    if (x instanceof Tensor tx) {
      Tensor r = Tensor.zeros(tx.elementType(), tx.shape());
      for (int k = 0; k < tx.size(); k++) {
        if (tx.isFloat()) r.setDouble(k, fl.apply(tx.getDouble(k)));
        else r.setLong(k, li.apply(tx.getLong(k)));
      }
      return r;
    }
    if (x instanceof Double d) return Scalars.round(fl.apply(d), t);
    return Scalars.wrap(li.apply((Long) x), t);
  }

  private static dev.mlc.ir.interp.OpSemantics binary(LongBinaryOperator li, BinaryOperator<Double> fl) {
    return (in, op, a) -> {
      Type t = op.result(0).type();
      if (a[0] instanceof Tensor x && a[1] instanceof Tensor y) {
        if (!java.util.Arrays.equals(x.shape(), y.shape())) throw new InterpreterException("operand shapes differ");
        Tensor r = Tensor.zeros(((ShapedType) t).elementType(), x.shape());
        for (int k = 0; k < x.size(); k++) {
          if (x.isFloat()) r.setDouble(k, fl.apply(x.getDouble(k), y.getDouble(k)));
          else r.setLong(k, li.applyAsLong(x.getLong(k), y.getLong(k)));
        }
        return new Object[] {r};
      }
      if (a[0] instanceof Double x) return new Object[] {Scalars.round(fl.apply(x, (Double) a[1]), t)};
      return new Object[] {Scalars.wrap(li.applyAsLong((Long) a[0], (Long) a[1]), t)};
    };
  }
}
