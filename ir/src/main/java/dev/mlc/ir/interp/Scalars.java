package dev.mlc.ir.interp;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;

/**
 * The interpreter's scalar value model, and conversions between scalar types.
 *
 * <ul>
 *   <li>Integers and {@code index} are {@link Long}s: {@code i1} holds 0 or 1, other signless and
 *       signed widths hold the sign-extended value, unsigned widths the zero-extended value.
 *       Widths above 64 bits are not supported.
 *   <li>Floats of every width are {@link Double}s holding a value exactly representable in the
 *       type (rounded to nearest even on the way in).
 * </ul>
 */
public final class Scalars {
  private Scalars() {}

  public static boolean isFloat(Type t) { return t instanceof FloatType; }

  public static boolean isInteger(Type t) { return t instanceof IntegerType || t instanceof IndexType; }

  /** The bit width of an integer or index type ({@code index} is 64 bits). */
  public static int width(Type t) {
    if (t instanceof IntegerType it) return it.width();
    if (t instanceof IndexType) return 64;
    if (t instanceof FloatType ft) return ft.width();
    throw new InterpreterException("unsupported scalar type " + t);
  }

  /** Brings {@code v} into the value model for integer type {@code t} (truncating to its width). */
  public static long wrap(long v, Type t) {
    int w = width(t);
    if (w > 64) throw new InterpreterException("integers wider than 64 bits are not supported (" + t + ")");
    if (w == 64) return v;
    if (w == 1) return v & 1;
    if (t instanceof IntegerType it && it.isUnsigned()) return v & ((1L << w) - 1);
    return (v << (64 - w)) >> (64 - w);
  }

  /** The value's bits read as an unsigned number (as a long: meaningful below 64 bits). */
  public static long unsigned(long v, Type t) {
    int w = width(t);
    return w >= 64 ? v : v & ((1L << w) - 1);
  }

  /** The value's bits read as a signed number. */
  public static long signed(long v, Type t) {
    int w = width(t);
    return w >= 64 ? v : (v << (64 - w)) >> (64 - w);
  }

  /** Rounds {@code v} to the nearest value of float type {@code t} (ties to even; overflow gives infinity). */
  public static double round(double v, Type t) {
    if (!(t instanceof FloatType ft)) throw new InterpreterException("not a float type: " + t);
    return switch (ft) {
      case F64 -> v;
      case F32 -> (double) (float) v;
      case F16, BF16, TF32, F8E5M2, F8E4M3, F8E3M4 -> roundToFormat(v, ft.mantissaBits(), ft.exponentBits());
      default -> throw new InterpreterException("float type " + t + " is not supported by the interpreter");
    };
  }

  /** Rounds to an IEEE-like binary format with {@code mant} stored mantissa bits and {@code exp} exponent bits. */
  static double roundToFormat(double v, int mant, int exp) {
    if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
    int emax = (1 << (exp - 1)) - 1;
    int emin = 1 - emax;
    int e = Math.max(Math.getExponent(v), emin);
    double quantum = Math.scalb(1.0, e - mant);
    double r = Math.rint(v / quantum) * quantum;
    double max = Math.scalb(2.0 - Math.scalb(1.0, -mant), emax);
    if (Math.abs(r) > max) return Math.copySign(Double.POSITIVE_INFINITY, v);
    return r == 0 ? Math.copySign(0.0, v) : r;
  }

  /**
   * Converts a float to integer type {@code t}: truncates toward zero and saturates to the type's
   * range; NaN gives 0 (the graph dialect's rule, also used for {@code arith.fptosi}/{@code fptoui}).
   */
  public static long floatToInt(double v, Type t, boolean unsignedTarget) {
    if (Double.isNaN(v)) return 0;
    int w = width(t);
    double tv = v < 0 ? Math.ceil(v) : Math.floor(v);
    if (unsignedTarget) {
      if (tv <= 0) return 0;
      if (w >= 64) return tv >= 0x1p64 ? -1L : (tv >= 0x1p63 ? (long) (tv - 0x1p63) ^ Long.MIN_VALUE : (long) tv);
      long max = (1L << w) - 1;
      return wrap(tv >= max ? max : (long) tv, t);
    }
    if (w >= 64) return (long) tv;
    long max = (1L << (w - 1)) - 1, min = -(1L << (w - 1));
    long r = tv >= max ? max : tv <= min ? min : (long) tv;
    return wrap(r, t);
  }

  /** Converts an integer (read signed or unsigned) to float type {@code t}, rounding once. */
  public static double intToFloat(long v, boolean unsignedSource, Type t) {
    if (!unsignedSource || v >= 0) return t == FloatType.F32 ? (double) (float) v : round((double) v, t);
    java.math.BigDecimal exact = new java.math.BigDecimal(new java.math.BigInteger(Long.toUnsignedString(v)));
    return t == FloatType.F32 ? (double) exact.floatValue() : round(exact.doubleValue(), t);
  }

  /** Raw bits of a float value in type {@code t} (for bitcasts and .npy files). */
  public static long floatBits(double v, Type t) {
    FloatType ft = (FloatType) t;
    return switch (ft) {
      case F64 -> Double.doubleToRawLongBits(v);
      case F32 -> Float.floatToRawIntBits((float) v) & 0xffffffffL;
      case F16 -> Float.floatToFloat16((float) v) & 0xffffL;
      case BF16 -> (Float.floatToRawIntBits((float) v) >>> 16) & 0xffffL;
      default -> throw new InterpreterException("float type " + t + " is not supported by the interpreter");
    };
  }

  /** The float value of bits {@code bits} in type {@code t}. */
  public static double floatFromBits(long bits, Type t) {
    FloatType ft = (FloatType) t;
    return switch (ft) {
      case F64 -> Double.longBitsToDouble(bits);
      case F32 -> Float.intBitsToFloat((int) bits);
      case F16 -> Float.float16ToFloat((short) bits);
      case BF16 -> Float.intBitsToFloat((int) (bits & 0xffff) << 16);
      default -> throw new InterpreterException("float type " + t + " is not supported by the interpreter");
    };
  }
}
