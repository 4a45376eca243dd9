package dev.mlc.dialect.math.ir;

import static dev.mlc.dialect.arith.ir.ArithOp.Flags.FASTMATH;
import static dev.mlc.dialect.arith.ir.ArithOp.Flags.NONE;

import dev.mlc.dialect.arith.ir.ArithOp;
import dev.mlc.dialect.arith.ir.Elementwise;
import dev.mlc.dialect.arith.ir.ElementwiseOp;
import dev.mlc.dialect.arith.ir.GuardedElementwiseOp;
import dev.mlc.dialect.arith.ir.Kind;
import dev.mlc.dialect.arith.ir.Match;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.type.FloatType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;

/**
 * The math ops of MLIR 19, one table entry each. Floats are computed in double and rounded to the
 * op's type. Constant folding follows MLIR: exact operations fold for every float type, library
 * functions for f32 and f64 only, and cbrt, rsqrt, fma and fpowi not at all.
 */
public final class MathOps {
  private MathOps() {}

  private static final Predicate<Type> F32_F64 = t -> t == FloatType.F32 || t == FloatType.F64;
  private static final Predicate<Type> NEVER = t -> false;

  private static ArithOp unary(String op, String summary, Predicate<Type> folds, DoubleUnaryOperator f) {
    String name = "math." + op;
    return new ElementwiseOp(name, 1, Kind.FLOAT, FASTMATH, summary, "%r = " + name + " %x fastmath<fast> : f32",
        (env, a) -> f.applyAsDouble((Double) a[0])).constantFoldsOnly(folds);
  }

  /**
   * A unary function MLIR folds only where its operand has no sign bit set (sqrt, log, log2,
   * log10; log1p on 1 + x): -4.0, -0.0 and negative NaNs stay unfolded, as upstream's folders say.
   */
  private static ArithOp unaryNonNegative(String op, String summary, DoubleUnaryOperator f, DoubleUnaryOperator domainArg) {
    String name = "math." + op;
    return new ElementwiseOp(name, 1, Kind.FLOAT, FASTMATH, summary, "%r = " + name + " %x fastmath<fast> : f32", (env, a) -> {
      double x = (Double) a[0];
      if (env.folding() && Double.doubleToRawLongBits(domainArg.applyAsDouble(x)) < 0)
        throw new Elementwise.Undefined("'" + name + "' is not folded for a negative operand");
      return f.applyAsDouble(x);
    }).constantFoldsOnly(F32_F64);
  }

  private static ArithOp binary(String op, String summary, Predicate<Type> folds, DoubleBinaryOperator f) {
    String name = "math." + op;
    return new ElementwiseOp(name, 2, Kind.FLOAT, FASTMATH, summary, "%r = " + name + " %x, %y : f32",
        (env, a) -> f.applyAsDouble((Double) a[0], (Double) a[1])).constantFoldsOnly(folds);
  }

  private static ArithOp intUnary(String op, String summary, IntFn f) {
    String name = "math." + op;
    return new ElementwiseOp(name, 1, Kind.INT, NONE, summary, "%r = " + name + " %x : i32", (env, a) -> f.apply((Long) a[0], env.out()));
  }

  @FunctionalInterface
  interface IntFn { long apply(long v, Type t); }

  private static long bits(long v, Type t) { return Scalars.unsigned(v, t); }

  /** Every math op definition. */
  public static List<OpDef> all() {
    Predicate<Type> all = t -> true;
    List<OpDef> ops = new ArrayList<>(List.of(
        unary("absf", "Float absolute value", all, Math::abs),
        unary("ceil", "Rounds up to an integral float", all, Math::ceil),
        unary("floor", "Rounds down to an integral float", all, Math::floor),
        unary("roundeven", "Rounds to the nearest integral float, ties to even", all, Math::rint),
        unary("round", "Rounds to the nearest integral float, ties away from zero", F32_F64, MathFunctions::round),
        unary("trunc", "Rounds toward zero to an integral float", F32_F64, MathFunctions::trunc),
        unaryNonNegative("sqrt", "Square root", Math::sqrt, x -> x),
        unary("rsqrt", "Reciprocal of the square root", NEVER, x -> 1 / Math.sqrt(x)),
        unary("cbrt", "Cube root", NEVER, Math::cbrt),
        unary("exp", "The exponential e^x", F32_F64, Math::exp),
        unary("exp2", "The base-2 exponential 2^x", F32_F64, x -> StrictMath.pow(2, x)),
        unary("expm1", "e^x - 1, accurate near zero", F32_F64, Math::expm1),
        unaryNonNegative("log", "Natural logarithm", Math::log, x -> x),
        unaryNonNegative("log10", "Base-10 logarithm", Math::log10, x -> x),
        unaryNonNegative("log1p", "log(1 + x), accurate near zero", Math::log1p, x -> x + 1),
        unaryNonNegative("log2", "Base-2 logarithm", MathFunctions::log2, x -> x),
        unary("sin", "Sine", F32_F64, Math::sin),
        unary("cos", "Cosine", F32_F64, Math::cos),
        unary("tan", "Tangent", F32_F64, Math::tan),
        unary("asin", "Arcsine", F32_F64, Math::asin),
        unary("acos", "Arccosine", F32_F64, Math::acos),
        unary("atan", "Arctangent", F32_F64, Math::atan),
        unary("sinh", "Hyperbolic sine", F32_F64, Math::sinh),
        unary("cosh", "Hyperbolic cosine", F32_F64, Math::cosh),
        unary("tanh", "Hyperbolic tangent", F32_F64, Math::tanh),
        unary("asinh", "Inverse hyperbolic sine", F32_F64, MathFunctions::asinh),
        unary("acosh", "Inverse hyperbolic cosine", F32_F64, MathFunctions::acosh),
        unary("atanh", "Inverse hyperbolic tangent", F32_F64, MathFunctions::atanh),
        unary("erf", "The error function", F32_F64, MathFunctions::erf),
        binary("atan2", "Arctangent of y/x in the quadrant of (x, y)", F32_F64, Math::atan2),
        binary("copysign", "The magnitude of the first operand with the sign of the second", all, Math::copySign),
        binary("powf", "A float raised to a float power", F32_F64, Math::pow),
        new ElementwiseOp("math.fma", 3, Kind.FLOAT, FASTMATH, "Fused multiply-add a * b + c, rounded once",
            "%r = math.fma %a, %b, %c : f32", (env, a) -> fma((Double) a[0], (Double) a[1], (Double) a[2], env.out())).constantFoldsOnly(NEVER),
        new FPowIOp().constantFoldsOnly(NEVER),
        intUnary("absi", "Integer absolute value (the minimum value stays itself)", (v, t) -> Math.abs(Scalars.signed(v, t))),
        intUnary("ctlz", "Counts the leading zero bits", (v, t) -> Long.numberOfLeadingZeros(bits(v, t)) - (64 - Scalars.width(t))),
        intUnary("cttz", "Counts the trailing zero bits", (v, t) -> bits(v, t) == 0 ? Scalars.width(t) : Long.numberOfTrailingZeros(v)),
        intUnary("ctpop", "Counts the set bits", (v, t) -> Long.bitCount(bits(v, t))),
        new GuardedElementwiseOp("math.ipowi", Kind.INT, NONE, "An integer raised to a signed integer power (wrapping)", "%r = math.ipowi %x, %n : i32",
            op -> Match.allSigned(op.operand(1), n -> n >= 0),  // 0 to a negative power is a division by zero
            (env, a) -> MathFunctions.ipowi(Scalars.signed((Long) a[0], env.in()), Scalars.signed((Long) a[1], env.in())))));
    return ops;
  }

  /** a * b + c rounded once to {@code t}: exact in BigDecimal, rounded straight to f32 or f64. */
  static double fma(double a, double b, double c, Type t) {
    if (t == FloatType.F64 || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) return Math.fma(a, b, c);
    java.math.BigDecimal exact = new java.math.BigDecimal(a).multiply(new java.math.BigDecimal(b)).add(new java.math.BigDecimal(c));
    if (exact.signum() == 0) return Math.fma(a, b, c);
    return t == FloatType.F32 ? exact.floatValue() : Math.fma(a, b, c);
  }
}
