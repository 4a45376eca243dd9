package dev.mlc.ir.attr;

import dev.mlc.ir.type.FloatType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact conversions between doubles and the bit patterns of every builtin float type, rounding to
 * nearest, ties to even (as LLVM's APFloat does when MLIR converts a literal to a narrower type).
 */
public final class FloatBits {
  private FloatBits() {}

  /** Exponent bias of a type. */
  static int bias(FloatType t) {
    return switch (t) {
      case F8E5M2FNUZ -> 16;
      case F8E4M3FNUZ -> 8;
      case F8E4M3B11FNUZ -> 11;
      default -> (1 << (t.exponentBits() - 1)) - 1;
    };
  }

  /** The bits of {@code d} rounded to type {@code t}. */
  public static BigInteger fromDouble(FloatType t, double d) {
    switch (t) {
      case F64: return BigInteger.valueOf(Double.doubleToRawLongBits(d)).and(MASK64);
      case F32: {
        if (Double.isNaN(d)) return BigInteger.valueOf(nanBits(t).longValue() | signBitIf(t, d));
        return BigInteger.valueOf(Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL);
      }
      default: break;
    }
    if (!t.isIeeeLike()) return nearestByEnumeration(t, d);
    boolean neg = (Double.doubleToRawLongBits(d) < 0);
    BigInteger sign = neg ? BigInteger.ONE.shiftLeft(t.width() - 1) : BigInteger.ZERO;
    if (Double.isNaN(d)) return sign.or(nanBits(t));
    int e = t.exponentBits(), m = t.mantissaBits();
    boolean explicitInt = t == FloatType.F80;
    int fracBits = explicitInt ? m - 1 : m;
    BigInteger expAllOnes = BigInteger.ONE.shiftLeft(e).subtract(BigInteger.ONE);
    if (Double.isInfinite(d)) return sign.or(infBits(t));
    double a = Math.abs(d);
    if (a == 0) return sign;
    int bias = bias(t);
    int emin = 1 - bias;
    BigDecimal v = new BigDecimal(a);
    // floor(log2(a)) from the double itself (exact).
    int exp = Math.getExponent(a);
    if (exp == Double.MIN_EXPONENT - 1) exp = Math.getExponent(a * 0x1p64) - 64;
    boolean subnormal = exp < emin;
    int scaleExp = (subnormal ? emin : exp) - fracBits;
    // q = a / 2^scaleExp, rounded half-even.
    BigDecimal scaled = scaleExp >= 0 ? v.divide(new BigDecimal(BigInteger.TWO.pow(scaleExp)))
        : v.multiply(new BigDecimal(BigInteger.TWO.pow(-scaleExp)));
    BigInteger q = scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    BigInteger hidden = BigInteger.ONE.shiftLeft(fracBits);
    int expField;
    if (subnormal) {
      if (q.compareTo(hidden) >= 0) { expField = 1; q = q.subtract(hidden); } else expField = 0;
    } else {
      if (q.bitLength() > fracBits + 1) { q = q.shiftRight(1); exp++; }
      expField = exp + bias;
      q = q.subtract(hidden);
    }
    if (BigInteger.valueOf(expField).compareTo(expAllOnes) >= 0) return sign.or(infBits(t));
    BigInteger bits = BigInteger.valueOf(expField).shiftLeft(m).or(q);
    if (explicitInt && expField != 0) bits = bits.setBit(m - 1);
    return sign.or(bits);
  }

  private static long signBitIf(FloatType t, double d) {
    return Double.doubleToRawLongBits(d) < 0 ? 1L << (t.width() - 1) : 0;
  }

  private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** The quiet NaN pattern (positive) of a type. */
  public static BigInteger nanBits(FloatType t) {
    int e = t.exponentBits(), m = t.mantissaBits();
    if (!t.isIeeeLike()) {
      return t == FloatType.F8E4M3FN ? BigInteger.valueOf(0x7F) : BigInteger.valueOf(0x80);
    }
    BigInteger exp = BigInteger.ONE.shiftLeft(e).subtract(BigInteger.ONE).shiftLeft(m);
    BigInteger quiet = BigInteger.ONE.shiftLeft(m - 1);
    if (t == FloatType.F80) quiet = quiet.or(BigInteger.ONE.shiftLeft(m - 2));
    return exp.or(quiet);
  }

  /** The positive infinity pattern of an IEEE-like type. */
  static BigInteger infBits(FloatType t) {
    BigInteger exp = BigInteger.ONE.shiftLeft(t.exponentBits()).subtract(BigInteger.ONE).shiftLeft(t.mantissaBits());
    return t == FloatType.F80 ? exp.setBit(t.mantissaBits() - 1) : exp;
  }

  /** The value of a bit pattern, as a double (exact up to f64; f80/f128 rounded). */
  public static double toDouble(FloatType t, BigInteger bits) {
    switch (t) {
      case F64: return Double.longBitsToDouble(bits.longValue());
      case F32: return Float.intBitsToFloat(bits.intValue());
      default: break;
    }
    int e = t.exponentBits(), m = t.mantissaBits();
    boolean neg = bits.testBit(t.width() - 1);
    int expField = bits.shiftRight(m).and(BigInteger.ONE.shiftLeft(e).subtract(BigInteger.ONE)).intValue();
    BigInteger frac = bits.and(BigInteger.ONE.shiftLeft(m).subtract(BigInteger.ONE));
    int bias = bias(t);
    int allOnes = (1 << e) - 1;
    double r;
    if (!t.isIeeeLike()) {
      if (t == FloatType.F8E4M3FN) {
        if (expField == allOnes && frac.intValue() == (1 << m) - 1) return Double.NaN;
      } else if (neg && expField == 0 && frac.signum() == 0) {
        return Double.NaN;
      }
    } else if (expField == allOnes) {
      BigInteger f = t == FloatType.F80 ? frac.clearBit(m - 1) : frac;
      if (f.signum() == 0) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return Double.NaN;
    }
    if (t == FloatType.F80) {
      // Explicit integer bit: value = mantissa * 2^(exp - bias - 63).
      int ex = expField == 0 ? 1 - bias : expField - bias;
      r = new BigDecimal(frac).multiply(pow2(ex - (m - 1))).doubleValue();
    } else if (expField == 0) {
      r = new BigDecimal(frac).multiply(pow2(1 - bias - m)).doubleValue();
    } else {
      r = new BigDecimal(frac.setBit(m)).multiply(pow2(expField - bias - m)).doubleValue();
    }
    return neg ? -r : r;
  }

  private static BigDecimal pow2(int k) {
    return k >= 0 ? new BigDecimal(BigInteger.TWO.pow(k)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(-k)));
  }

  /**
   * Round-to-nearest-even for the 8-bit formats without IEEE specials, by checking the magnitude
   * patterns; the sign is applied afterwards (FNUZ types have no negative zero). Like APFloat, a
   * magnitude that rounds beyond the largest finite value (ties to even) overflows to NaN, since
   * these types have no infinity.
   */
  private static BigInteger nearestByEnumeration(FloatType t, double d) {
    if (Double.isNaN(d)) return nanBits(t);
    double a = Math.abs(d);
    int best = 0, maxBits = 0;
    double bestErr = Double.POSITIVE_INFINITY, max = 0, belowMax = 0;
    for (int b = 0; b < 0x80; b++) {
      double v = toDouble(t, BigInteger.valueOf(b));
      if (Double.isNaN(v)) continue;
      if (v > max) {
        belowMax = max;
        max = v;
        maxBits = b;
      }
      double err = Math.abs(v - a);
      if (err < bestErr || (err == bestErr && (b & 1) == 0)) {
        best = b;
        bestErr = err;
      }
    }
    double halfUlp = (max - belowMax) / 2;
    if (a > max + halfUlp || (a == max + halfUlp && (maxBits & 1) == 1)) return nanBits(t);
    boolean hasNegativeZero = t == FloatType.F8E4M3FN;
    if (Double.doubleToRawLongBits(d) < 0 && (best != 0 || hasNegativeZero)) best |= 0x80;
    return BigInteger.valueOf(best);
  }

  /** Whether {@code bits} denotes a NaN or infinity of type {@code t}. */
  public static boolean isNonFinite(FloatType t, BigInteger bits) {
    double v = toDouble(t, bits);
    return Double.isNaN(v) || Double.isInfinite(v);
  }
}
