package dev.mlc.dialect.math;

import dev.mlc.dialect.arith.FoldAgreement;
import dev.mlc.ir.type.FloatType;
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
class MathFoldAgreesWithInterpreterTest extends FoldAgreement {
  static final List<String> MATH_UNARY = List.of("absf", "ceil", "floor", "roundeven", "round", "trunc", "sqrt", "rsqrt", "cbrt", "exp", "exp2", "expm1",
      "log", "log10", "log1p", "log2", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf");

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
