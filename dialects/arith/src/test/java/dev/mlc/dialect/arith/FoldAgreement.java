package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.arith.ir.Elementwise;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * What the fold-agrees-with-interpreter properties of arith and math share: literals for random
 * values, the check itself, and the value generators (found by jqwik in subclasses).
 */
public abstract class FoldAgreement {
  public static String intLiteral(long v, int w) {
    IntegerType t = IntegerType.of(w);
    long x = Scalars.wrap(v, t);
    return w == 1 ? (x != 0 ? "true" : "false") : Long.toString(x);
  }

  public static String floatLiteral(double v, FloatType t) {
    long bits = Scalars.floatBits(Scalars.round(v, t), t);
    return String.format("0x%0" + (t.width() / 4) + "X", bits);
  }

  /** Interprets {@code @f}, then folds its op named {@code opName}, and checks that both agree. */
  public static void check(String src, String opName) {
    Operation m = Ir.parse(src);
    Object interpreted;
    try {
      interpreted = new Interpreter(Ir.context()).call(Interpreter.findFunction(m, "f"))[0];
    } catch (InterpreterException e) {
      interpreted = null;
    }
    Operation op = Ir.find(m, opName);
    List<Attribute> constants = new ArrayList<>();
    for (Value v : op.operands()) constants.add(OperationFolder.constantValue(v));
    List<Object> folded = op.def().fold(op, constants);
    if (folded == null || folded.get(0) == op.result(0)) return;  // not folded (or only canonicalized in place)
    Object r = folded.get(0);
    if (interpreted == null) {
      // An undefined result may be refined to an operand (divsi(x, true) -> x on i1), never evaluated to a constant.
      assertTrue(r instanceof Value, () -> "folded an op the interpreter rejects to a constant:\n" + src);
      return;
    }
    Attribute a = r instanceof Value v ? OperationFolder.constantValue(v) : (Attribute) r;
    Object foldedValue = Elementwise.valueOf(a);
    assertEquals(key(interpreted), key(foldedValue), () -> "fold and interpreter disagree on\n" + src);
  }

  /** Values compared bit for bit (NaN equals NaN, -0 differs from +0). */
  static Object key(Object v) { return v instanceof Double d ? (Object) Double.doubleToLongBits(d) : v; }

  @Provide public Arbitrary<Integer> widths() { return Arbitraries.of(1, 8, 16, 32, 64); }

  @Provide public Arbitrary<FloatType> floatTypes() { return Arbitraries.of(FloatType.F16, FloatType.BF16, FloatType.F32, FloatType.F64); }

  @Provide public Arbitrary<Double> floats() {
    return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-4, 4),
        Arbitraries.of(0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 65504.0, 1e-8));
  }

  @Provide public Arbitrary<Long> longs() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-300, 300),
        Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 127L, -128L, 255L, 32767L, -32768L, (long) Integer.MIN_VALUE, 31L, 63L));
  }
}
