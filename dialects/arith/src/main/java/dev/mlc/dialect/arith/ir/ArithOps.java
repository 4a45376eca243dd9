package dev.mlc.dialect.arith.ir;

import static dev.mlc.dialect.arith.ir.ArithOp.Flags.FASTMATH;
import static dev.mlc.dialect.arith.ir.ArithOp.Flags.NONE;
import static dev.mlc.dialect.arith.ir.ArithOp.Flags.OVERFLOW;

import dev.mlc.dialect.arith.transforms.ArithPatterns;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/**
 * The arith ops, one table entry each: name, operand kind, flags, summary, an IR example, the
 * scalar semantics, and the algebraic folds that MLIR's arith dialect has (constant folding comes
 * from the semantics). Canonicalization patterns live in {@link ArithPatterns}.
 */
public final class ArithOps {
  private ArithOps() {}

  public static final String ADDI = "arith.addi", SUBI = "arith.subi", MULI = "arith.muli", ANDI = "arith.andi", ORI = "arith.ori",
      XORI = "arith.xori", CMPI = "arith.cmpi", CMPF = "arith.cmpf", EXTUI = "arith.extui", EXTSI = "arith.extsi", TRUNCI = "arith.trunci",
      EXTF = "arith.extf", TRUNCF = "arith.truncf", NEGF = "arith.negf", MULF = "arith.mulf", DIVF = "arith.divf",
      INDEX_CAST = "arith.index_cast", INDEX_CASTUI = "arith.index_castui", BITCAST = "arith.bitcast",
      SITOFP = "arith.sitofp", UITOFP = "arith.uitofp", SHRUI = "arith.shrui", SHRSI = "arith.shrsi";

  private static ElementwiseOp intBin(String name, boolean commutative, ArithOp.Flags f, String summary, IntFn fn) {
    String ex = "%r = " + name + " %a, %b" + (f == OVERFLOW ? " overflow<nsw>" : "") + " : i32";
    Elementwise.ScalarFn s = (env, a) -> fn.apply((Long) a[0], (Long) a[1], env.out());
    return commutative ? new ElementwiseOp.Commutative(name, Kind.INT, f, summary, ex, s) : new ElementwiseOp(name, 2, Kind.INT, f, summary, ex, s);
  }

  /** A division or shift: speculatable (hoistable out of loops that may not run) only where {@code safe} holds. */
  private static ArithOp guarded(String name, ArithOp.Flags f, String summary, java.util.function.Predicate<Operation> safe, IntFn fn) {
    return new GuardedElementwiseOp(name, Kind.INT, f, summary, "%r = " + name + " %a, %b" + (f == OVERFLOW ? " overflow<nsw>" : "") + " : i32",
        safe, (env, a) -> fn.apply((Long) a[0], (Long) a[1], env.out()));
  }

  /** The divisor is a constant without zeros. */
  static boolean nonZeroDivisor(Operation op) { return Match.allSigned(op.operand(1), d -> d != 0); }

  /** The divisor is a constant without zeros and -1s (the signed division overflow). */
  static boolean safeSignedDivisor(Operation op) { return Match.allSigned(op.operand(1), d -> d != 0 && d != -1); }

  /** The shift amount is a constant below the bit width. */
  static boolean shiftInRange(Operation op) {
    int w = Scalars.width(Kind.elementOf(op.operand(0).type()));
    Type e = Kind.elementOf(op.operand(1).type());
    return Match.allSigned(op.operand(1), s -> Long.compareUnsigned(Scalars.unsigned(s, e), w) < 0);
  }

  private static ElementwiseOp floatBin(String name, boolean commutative, String summary, FloatFn fn) {
    String ex = "%r = " + name + " %a, %b fastmath<fast> : f32";
    Elementwise.ScalarFn s = (env, a) -> ieeeNaN(fn.apply((Double) a[0], (Double) a[1]), (Double) a[0], (Double) a[1]);
    return commutative ? new ElementwiseOp.Commutative(name, Kind.FLOAT, FASTMATH, summary, ex, s)
        : new ElementwiseOp(name, 2, Kind.FLOAT, FASTMATH, summary, ex, s);
  }

  /**
   * A NaN made from non-NaN operands (0/0, inf - inf) is IEEE's default NaN, positive, as APFloat
   * folds it (the host's x86 division would give a negative one); NaN operands propagate as they are.
   */
  static double ieeeNaN(double r, double a, double b) {
    return Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b) ? Double.NaN : r;
  }

  private static CastOp cast(String name, Kind from, Kind to, String summary, String types, java.util.function.BiPredicate<Type, Type> ok,
                             Elementwise.ScalarFn fn) {
    return new CastOp(name, from, to, NONE, false, summary, "%r = " + name + " %x : " + types, ok, fn);
  }

  @FunctionalInterface
  interface IntFn { long apply(long a, long b, Type t); }

  @FunctionalInterface
  interface FloatFn { double apply(double a, double b); }

  private static boolean wider(Type in, Type out) { return Kind.width(out) > Kind.width(in); }

  /** Every arith op definition. */
  public static List<OpDef> all() {
    return List.of(
        new ConstantOp(),
        intBin(ADDI, true, OVERFLOW, "Integer addition (wrapping)", (a, b, t) -> a + b).folds(Folds::addi).patterns(ArithPatterns::addi),
        intBin(SUBI, false, OVERFLOW, "Integer subtraction (wrapping)", (a, b, t) -> a - b).folds(Folds::subi).patterns(ArithPatterns::subi),
        intBin(MULI, true, OVERFLOW, "Integer multiplication (wrapping)", (a, b, t) -> a * b).folds(Folds::muli).patterns(ArithPatterns::muli),
        guarded("arith.divsi", NONE, "Signed integer division rounding toward zero", ArithOps::safeSignedDivisor, ArithMath::divsi).folds(Folds::divByOne),
        guarded("arith.divui", NONE, "Unsigned integer division", ArithOps::nonZeroDivisor, ArithMath::divui).folds(Folds::divByOne),
        guarded("arith.ceildivsi", NONE, "Signed integer division rounding toward positive infinity", ArithOps::safeSignedDivisor, ArithMath::ceildivsi).folds(Folds::divByOne),
        guarded("arith.ceildivui", NONE, "Unsigned integer division rounding up", ArithOps::nonZeroDivisor, ArithMath::ceildivui).folds(Folds::divByOne),
        guarded("arith.floordivsi", NONE, "Signed integer division rounding toward negative infinity", ArithOps::safeSignedDivisor, ArithMath::floordivsi).folds(Folds::divByOne),
        guarded("arith.remsi", NONE, "Signed integer remainder (the sign of the dividend)", ArithOps::nonZeroDivisor, ArithMath::remsi).folds(Folds::remByOne),
        guarded("arith.remui", NONE, "Unsigned integer remainder", ArithOps::nonZeroDivisor, ArithMath::remui).folds(Folds::remByOne),
        intBin(ANDI, true, NONE, "Bitwise and", (a, b, t) -> a & b).folds(Folds::andi).patterns(ArithPatterns::andi),
        intBin(ORI, true, NONE, "Bitwise or", (a, b, t) -> a | b).folds(Folds::ori).patterns(ArithPatterns::ori),
        intBin(XORI, true, NONE, "Bitwise exclusive or", (a, b, t) -> a ^ b).folds(Folds::xori).patterns(ArithPatterns::xori),
        guarded("arith.shli", OVERFLOW, "Shift left (amounts of the bit width or more are undefined)", ArithOps::shiftInRange, ArithMath::shli).folds(Folds::shift),
        guarded(SHRUI, NONE, "Logical shift right", ArithOps::shiftInRange, ArithMath::shrui).folds(Folds::shift),
        guarded(SHRSI, NONE, "Arithmetic shift right", ArithOps::shiftInRange, ArithMath::shrsi).folds(Folds::shift),
        intBin("arith.maxsi", true, NONE, "Signed integer maximum", ArithMath::maxsi).folds((op, c) -> Folds.minMax(op, c, false, true)),
        intBin("arith.maxui", true, NONE, "Unsigned integer maximum", ArithMath::maxui).folds((op, c) -> Folds.minMax(op, c, true, true)),
        intBin("arith.minsi", true, NONE, "Signed integer minimum", ArithMath::minsi).folds((op, c) -> Folds.minMax(op, c, false, false)),
        intBin("arith.minui", true, NONE, "Unsigned integer minimum", ArithMath::minui).folds((op, c) -> Folds.minMax(op, c, true, false)),

        floatBin("arith.addf", true, "Float addition", Double::sum).folds((op, c) -> Match.isFloat(c.get(1), -0.0) ? op.operand(0) : null),
        floatBin("arith.subf", false, "Float subtraction", (a, b) -> a - b).folds((op, c) -> Match.isFloat(c.get(1), 0.0) ? op.operand(0) : null),
        floatBin(MULF, true, "Float multiplication", (a, b) -> a * b).folds((op, c) -> Match.isFloat(c.get(1), 1.0) ? op.operand(0) : null)
            .patterns(ArithPatterns::mulf),
        floatBin(DIVF, false, "Float division", (a, b) -> a / b).folds((op, c) -> Match.isFloat(c.get(1), 1.0) ? op.operand(0) : null)
            .patterns(ArithPatterns::divf),
        floatBin("arith.remf", false, "Float remainder (the sign of the dividend, as C's fmod)", (a, b) -> a % b),
        floatBin("arith.maximumf", true, "Float maximum; NaN if either operand is NaN, and -0 < +0", Math::max)
            .folds((op, c) -> Folds.floatMinMax(op, c, Double.NEGATIVE_INFINITY, false)),
        floatBin("arith.minimumf", true, "Float minimum; NaN if either operand is NaN, and -0 < +0", Math::min)
            .folds((op, c) -> Folds.floatMinMax(op, c, Double.POSITIVE_INFINITY, false)),
        floatBin("arith.maxnumf", true, "Float maximum; a NaN operand yields the other operand", ArithMath::maxnum)
            .folds((op, c) -> Folds.floatMinMax(op, c, Double.NEGATIVE_INFINITY, true)),
        floatBin("arith.minnumf", true, "Float minimum; a NaN operand yields the other operand", ArithMath::minnum)
            .folds((op, c) -> Folds.floatMinMax(op, c, Double.POSITIVE_INFINITY, true)),
        new ElementwiseOp(NEGF, 1, Kind.FLOAT, FASTMATH, "Float negation", "%r = arith.negf %x : f32", (env, a) -> -(Double) a[0])
            .folds(Folds::negf),

        new CmpOp(CMPI, false, "Integer comparison by a predicate (eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge)",
            "%r = arith.cmpi slt, %a, %b : i32").folds(Folds::cmpi).patterns(ArithPatterns::cmpi),
        new CmpOp(CMPF, true, "Float comparison by an ordered (o*) or unordered (u*) predicate",
            "%r = arith.cmpf olt, %a, %b : f32").folds(Folds::cmpf).patterns(ArithPatterns::cmpf),
        new SelectOp().folds(Folds::select).patterns(ArithPatterns::select),

        cast(EXTSI, Kind.FIXED_INT, Kind.FIXED_INT, "Sign-extends an integer to a wider type", "i8 to i32", ArithOps::wider,
            (env, a) -> ArithMath.s((Long) a[0], env.in())).folds(Folds::extChain).patterns(ArithPatterns::extsi),
        cast(EXTUI, Kind.FIXED_INT, Kind.FIXED_INT, "Zero-extends an integer to a wider type", "i8 to i32", ArithOps::wider,
            (env, a) -> ArithMath.u((Long) a[0], env.in())).folds(Folds::extChain),
        cast(TRUNCI, Kind.FIXED_INT, Kind.FIXED_INT, "Truncates an integer to a narrower type (keeps the low bits)", "i32 to i8",
            (i, o) -> wider(o, i), (env, a) -> a[0]).folds(Folds::trunci).patterns(ArithPatterns::trunci),
        cast(EXTF, Kind.FLOAT, Kind.FLOAT, "Extends a float to a wider type (exactly)", "f16 to f32", ArithOps::wider, (env, a) -> a[0]),
        new CastOp(TRUNCF, Kind.FLOAT, Kind.FLOAT, FASTMATH, true, "Rounds a float to a narrower type (to nearest even unless a rounding mode is given)",
            "%r = arith.truncf %x : f32 to f16\n%s = arith.truncf %y toward_zero fastmath<fast> : f64 to f32", (i, o) -> wider(o, i),
            ArithOps::truncf),
        cast(SITOFP, Kind.FIXED_INT, Kind.FLOAT, "Converts a signed integer to the nearest float", "i32 to f32", (i, o) -> true,
            (env, a) -> Scalars.intToFloat(ArithMath.s((Long) a[0], env.in()), false, env.out())),
        cast(UITOFP, Kind.FIXED_INT, Kind.FLOAT, "Converts an unsigned integer to the nearest float", "i32 to f32", (i, o) -> true,
            (env, a) -> Scalars.intToFloat(ArithMath.u((Long) a[0], env.in()), Scalars.width(env.in()) >= 64, env.out())),
        cast("arith.fptosi", Kind.FLOAT, Kind.FIXED_INT, "Converts a float to a signed integer, rounding toward zero", "f32 to i32", (i, o) -> true,
            (env, a) -> ArithMath.fptoi((Double) a[0], env.out(), false, env.folding())),
        cast("arith.fptoui", Kind.FLOAT, Kind.FIXED_INT, "Converts a float to an unsigned integer, rounding toward zero", "f32 to i32", (i, o) -> true,
            (env, a) -> ArithMath.fptoi((Double) a[0], env.out(), true, env.folding())),
        cast(INDEX_CAST, Kind.INT, Kind.INT, "Casts between index and an integer type (sign-extending or truncating)", "index to i32",
            ArithOps::indexCompatible, (env, a) -> ArithMath.s((Long) a[0], env.in())).patterns(ArithPatterns::indexCast),
        cast(INDEX_CASTUI, Kind.INT, Kind.INT, "Casts between index and an integer type (zero-extending or truncating)", "index to i32",
            ArithOps::indexCompatible, (env, a) -> ArithMath.u((Long) a[0], env.in())).patterns(ArithPatterns::indexCastUI),
        cast(BITCAST, Kind.INT_OR_FLOAT, Kind.INT_OR_FLOAT, "Reinterprets the bits of a value as another type of the same width", "f32 to i32",
            (i, o) -> Kind.width(i) == Kind.width(o), (env, a) -> ArithMath.bitcast(a[0], env.in(), env.out())).patterns(ArithPatterns::bitcast),

        new ExtendedOp("arith.addui_extended", true, "Unsigned addition giving the sum and an i1 carry (overflow) bit",
            "%sum, %overflow = arith.addui_extended %a, %b : i32, i1",
            (env, a) -> (Long) a[0] + (Long) a[1], (env, a) -> ArithMath.addCarries((Long) a[0], (Long) a[1], env.in()))
            .foldsBoth(Folds::adduiExtended).patterns(ArithPatterns::adduiExtended),
        new ExtendedOp("arith.mulsi_extended", false, "Signed multiplication giving the low and high halves of the double-width product",
            "%low, %high = arith.mulsi_extended %a, %b : i32",
            (env, a) -> (Long) a[0] * (Long) a[1], (env, a) -> ArithMath.mulHigh((Long) a[0], (Long) a[1], env.in(), false))
            .foldsBoth((op, c) -> Folds.mulExtended(op, c, false)).patterns(ArithPatterns::mulsiExtended),
        new ExtendedOp("arith.mului_extended", false, "Unsigned multiplication giving the low and high halves of the double-width product",
            "%low, %high = arith.mului_extended %a, %b : i32",
            (env, a) -> (Long) a[0] * (Long) a[1], (env, a) -> ArithMath.mulHigh((Long) a[0], (Long) a[1], env.in(), true))
            .foldsBoth((op, c) -> Folds.mulExtended(op, c, true)).patterns(ArithPatterns::muluiExtended));
  }

  /** truncf rounds by its mode; MLIR folds only conversions that are exact. */
  private static Object truncf(Elementwise.Env env, Object[] a) {
    double v = (Double) a[0], r = ArithMath.roundTo(v, env.out(), CastOp.roundingMode(env.op()));
    if (env.folding() && !(r == v || Double.isNaN(r) && Double.isNaN(v))) throw new Elementwise.Undefined("inexact conversion");
    return r;
  }

  private static boolean indexCompatible(Type i, Type o) {
    return i instanceof IndexType && o instanceof IntegerType || i instanceof IntegerType && o instanceof IndexType;
  }

  public static boolean isI1(Type t) { return Kind.elementOf(t) instanceof IntegerType it && it.width() == 1; }


}
