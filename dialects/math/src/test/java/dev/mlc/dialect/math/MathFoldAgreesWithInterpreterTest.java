package dev.mlc.dialect.math;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random operand values, folding a math op whose operands are constants gives the
 * value the interpreter computes for it; where the interpreter reports an undefined result
 * (division by zero, overflow, an out-of-range shift) the op does not fold.
 */
class MathFoldAgreesWithInterpreterTest {
  static final List<String> MATH_UNARY = List.of("absf", "ceil", "floor", "roundeven", "round", "trunc", "sqrt", "rsqrt", "cbrt", "exp", "exp2", "expm1",
      "log", "log10", "log1p", "log2", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf");

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

  @Property(tries = 1000)
  void mathOps(@ForAll("mathUnary") String op, @ForAll("floats") double x, @ForAll("floats") double y, @ForAll("widths") int w, @ForAll("longs") long n,
               @ForAll("floatTypes") FloatType ft) {
    String t = ft.toString(), c = "  %a = arith.constant " + floatLiteral(x, ft) + " : " + t + "\n";
    check("func.func @f() -> " + t + " {\n" + c + "  %r = math." + op + " %a : " + t + "\n  return %r : " + t + "\n}", "math." + op);
    for (String bin : List.of("atan2", "copysign", "powf"))
      check("func.func @f() -> " + t + " {\n" + c + "  %b = arith.constant " + floatLiteral(y, ft) + " : " + t + "\n  %r = math." + bin
          + " %a, %b : " + t + "\n  return %r : " + t + "\n}", "math." + bin);
    String i = "i" + w, k = "  %a = arith.constant " + intLiteral(n, w) + " : " + i + "\n";
    for (String iop : List.of("absi", "ctlz", "cttz", "ctpop"))
      check("func.func @f() -> " + i + " {\n" + k + "  %r = math." + iop + " %a : " + i + "\n  return %r : " + i + "\n}", "math." + iop);
    check("func.func @f() -> " + i + " {\n" + k + "  %b = arith.constant " + intLiteral(n % 70, w) + " : " + i + "\n  %r = math.ipowi %a, %b : "
        + i + "\n  return %r : " + i + "\n}", "math.ipowi");
  }

  @Provide Arbitrary<String> mathUnary() { return Arbitraries.of(MATH_UNARY); }
}
