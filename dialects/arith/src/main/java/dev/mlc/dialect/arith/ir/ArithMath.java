package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.type.FloatType;
import java.math.BigInteger;

/**
 * The scalar semantics of the arith ops on the interpreter's value model: signless integers as
 * sign-extended {@code long}s of their width (read signed or unsigned as each op says), floats as
 * {@code double}s exactly representable in their type. Results are wrapped or rounded by the caller.
 */
public final class ArithMath {
  private ArithMath() {}

  static long s(long v, Type t) { return Scalars.signed(v, t); }

  static long u(long v, Type t) { return Scalars.unsigned(v, t); }

  static long minSigned(Type t) { int w = Scalars.width(t); return w >= 64 ? Long.MIN_VALUE : -(1L << (w - 1)); }

  static long maxSigned(Type t) { int w = Scalars.width(t); return w >= 64 ? Long.MAX_VALUE : (1L << (w - 1)) - 1; }

  private static void checkDivisor(long b) {
    if (b == 0) throw new Elementwise.Undefined("division by zero");
  }

  private static void checkSignedDivision(long a, long b, Type t) {
    checkDivisor(b);
    if (b == -1 && a == minSigned(t)) throw new Elementwise.Undefined("signed division overflow (the minimum value divided by -1)");
  }

  public static long divsi(long a, long b, Type t) {
    a = s(a, t);
    b = s(b, t);
    checkSignedDivision(a, b, t);
    return a / b;
  }

  public static long divui(long a, long b, Type t) {
    checkDivisor(u(b, t));
    return Long.divideUnsigned(u(a, t), u(b, t));
  }

  public static long remsi(long a, long b, Type t) {
    a = s(a, t);
    b = s(b, t);
    checkDivisor(b);
    return b == -1 ? 0 : a % b;
  }

  public static long remui(long a, long b, Type t) {
    checkDivisor(u(b, t));
    return Long.remainderUnsigned(u(a, t), u(b, t));
  }

  /** Signed division rounding toward positive infinity. */
  public static long ceildivsi(long a, long b, Type t) {
    a = s(a, t);
    b = s(b, t);
    checkSignedDivision(a, b, t);
    long q = a / b;
    return q + (a % b != 0 && (a < 0) == (b < 0) ? 1 : 0);
  }

  public static long ceildivui(long a, long b, Type t) {
    long x = u(a, t), y = u(b, t);
    checkDivisor(y);
    return Long.divideUnsigned(x, y) + (Long.remainderUnsigned(x, y) != 0 ? 1 : 0);
  }

  /** Signed division rounding toward negative infinity. */
  public static long floordivsi(long a, long b, Type t) {
    a = s(a, t);
    b = s(b, t);
    checkSignedDivision(a, b, t);
    return Math.floorDiv(a, b);
  }

  private static long shiftAmount(long b, Type t) {
    long n = u(b, t);
    if (n < 0 || n >= Scalars.width(t))
      throw new Elementwise.Undefined("shift amount " + Long.toUnsignedString(n) + " is not less than the bit width " + Scalars.width(t));
    return n;
  }

  public static long shli(long a, long b, Type t) { return a << shiftAmount(b, t); }

  public static long shrui(long a, long b, Type t) { return u(a, t) >>> shiftAmount(b, t); }

  public static long shrsi(long a, long b, Type t) { return s(a, t) >> shiftAmount(b, t); }

  public static long maxsi(long a, long b, Type t) { return Math.max(s(a, t), s(b, t)); }

  public static long minsi(long a, long b, Type t) { return Math.min(s(a, t), s(b, t)); }

  public static long maxui(long a, long b, Type t) { return Long.compareUnsigned(u(a, t), u(b, t)) >= 0 ? a : b; }

  public static long minui(long a, long b, Type t) { return Long.compareUnsigned(u(a, t), u(b, t)) <= 0 ? a : b; }

  /** The value's bits as a non-negative (unsigned) or signed big integer. */
  static BigInteger big(long v, Type t, boolean unsigned) {
    return unsigned ? new BigInteger(Long.toUnsignedString(u(v, t))) : BigInteger.valueOf(s(v, t));
  }

  /** The high half of the double-width product. */
  public static long mulHigh(long a, long b, Type t, boolean unsigned) {
    return big(a, t, unsigned).multiply(big(b, t, unsigned)).shiftRight(Scalars.width(t)).longValue();
  }

  /** Whether an unsigned addition of {@code a} and {@code b} carries out of the width. */
  public static boolean addCarries(long a, long b, Type t) {
    long sum = Scalars.wrap(a + b, t);
    return Long.compareUnsigned(u(sum, t), u(a, t)) < 0;
  }

  public static boolean cmpi(int p, long a, long b, Type t) {
    return switch (p) {
      case 0 -> s(a, t) == s(b, t);
      case 1 -> s(a, t) != s(b, t);
      case 2 -> s(a, t) < s(b, t);
      case 3 -> s(a, t) <= s(b, t);
      case 4 -> s(a, t) > s(b, t);
      case 5 -> s(a, t) >= s(b, t);
      case 6 -> Long.compareUnsigned(u(a, t), u(b, t)) < 0;
      case 7 -> Long.compareUnsigned(u(a, t), u(b, t)) <= 0;
      case 8 -> Long.compareUnsigned(u(a, t), u(b, t)) > 0;
      case 9 -> Long.compareUnsigned(u(a, t), u(b, t)) >= 0;
      default -> throw new IllegalArgumentException("cmpi predicate " + p);
    };
  }

  /** cmpf: ordered predicates are false when either operand is NaN, unordered ones true. */
  public static boolean cmpf(int p, double a, double b) {
    boolean uno = Double.isNaN(a) || Double.isNaN(b);
    return switch (p) {
      case 0 -> false;
      case 1 -> !uno && a == b;
      case 2 -> !uno && a > b;
      case 3 -> !uno && a >= b;
      case 4 -> !uno && a < b;
      case 5 -> !uno && a <= b;
      case 6 -> !uno && a != b;
      case 7 -> !uno;
      case 8 -> uno || a == b;
      case 9 -> uno || a > b;
      case 10 -> uno || a >= b;
      case 11 -> uno || a < b;
      case 12 -> uno || a <= b;
      case 13 -> uno || a != b;
      case 14 -> uno;
      case 15 -> true;
      default -> throw new IllegalArgumentException("cmpf predicate " + p);
    };
  }

  /** IEEE maximumNum-less maxnum: a NaN operand yields the other operand. */
  public static double maxnum(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

  public static double minnum(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b); }

  // ---- casts ----

  /**
   * A float to an integer, truncating toward zero. In range: exact. Out of range or NaN the result
   * is poison in MLIR: the folder declines, the interpreter saturates (NaN gives 0).
   */
  public static long fptoi(double v, Type out, boolean unsigned, boolean folding) {
    if (folding) {
      double tv = v < 0 ? Math.ceil(v) : Math.floor(v);
      int w = Scalars.width(out);
      boolean inRange = !Double.isNaN(v) && (unsigned
          ? tv >= 0 && tv < Math.scalb(1.0, w)
          : tv >= -Math.scalb(1.0, w - 1) && tv < Math.scalb(1.0, w - 1));
      if (!inRange) throw new Elementwise.Undefined("value " + v + " is out of range for " + out);
    }
    return Scalars.floatToInt(v, out, unsigned);
  }

  /** Rounds to float type {@code t} with one of truncf's rounding modes. */
  public static double roundTo(double v, Type t, int mode) {
    if (mode == 0 || Double.isNaN(v) || Double.isInfinite(v) || v == 0) return Scalars.round(v, t);
    FloatType ft = (FloatType) t;
    int mant = ft.mantissaBits(), exp = ft.exponentBits();
    int emax = (1 << (exp - 1)) - 1, emin = 1 - emax;
    int e = Math.max(Math.getExponent(v), emin);
    double q = Math.scalb(1.0, e - mant), x = v / q;
    double r = switch (mode) {
      case 1 -> Math.floor(x);
      case 2 -> Math.ceil(x);
      case 3 -> x < 0 ? Math.ceil(x) : Math.floor(x);
      default -> Math.copySign(Math.floor(Math.abs(x) + 0.5), x);
    } * q;
    double max = Math.scalb(2.0 - Math.scalb(1.0, -mant), emax);
    if (Math.abs(r) > max) {
      boolean toInf = mode == 4 || mode == 2 && v > 0 || mode == 1 && v < 0;
      return toInf ? Math.copySign(Double.POSITIVE_INFINITY, v) : Math.copySign(max, v);
    }
    return r == 0 ? Math.copySign(0.0, v) : r;
  }

  /** Reinterprets the bits of a value of element type {@code in} as element type {@code out}. */
  public static Object bitcast(Object v, Type in, Type out) {
    long bits = v instanceof Double d ? Scalars.floatBits(d, in) : u((Long) v, in);
    return out instanceof FloatType ? (Object) Scalars.floatFromBits(bits, out) : (Object) Scalars.wrap(bits, out);
  }
}
