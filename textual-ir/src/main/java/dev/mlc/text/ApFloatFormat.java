package dev.mlc.text;

import java.math.BigInteger;

/**
 * LLVM's {@code APFloat::toString} for finite non-zero values, which MLIR's printer uses for
 * float attributes: the exact binary value is written in decimal, cut to a digit budget in two
 * steps (first whole tens are dropped by truncation, then the rest is rounded half up on one
 * digit), and laid out in plain or scientific notation. Reproducing its digits (not the correctly
 * rounded ones) is what makes our output read like mlir-opt's, e.g. {@code 1.000980e+00} for the
 * f16 value 1.0009765625 and {@code 1.38629436} for the f32 value of ln 4.
 */
final class ApFloatFormat {
  private ApFloatFormat() {}

  /** MLIR's default digit budget for a type with {@code precision} significand bits. */
  static int naturalPrecision(int precision) { return 2 + precision * 59 / 196; }

  /**
   * {@code APFloat::toString(Str, formatPrecision, formatMaxPadding, truncateZero)} of the finite,
   * non-zero {@code d} ({@code formatPrecision} must be positive).
   */
  static String toString(double d, int formatPrecision, int formatMaxPadding, boolean truncateZero) {
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long mant = bits & ((1L << 52) - 1);
    if (biased != 0) mant |= 1L << 52;
    int exp = (biased == 0 ? 1 : biased) - 1075;
    int tz = Long.numberOfTrailingZeros(mant);
    mant >>>= tz;
    exp += tz;
    BigInteger significand = BigInteger.valueOf(mant);
    if (exp > 0) {
      significand = significand.shiftLeft(exp);
      exp = 0;
    } else if (exp < 0) {
      significand = significand.multiply(BigInteger.valueOf(5).pow(-exp));
    }
    // Drop whole tens beyond what the budget needs (truncating).
    int bitsNow = significand.bitLength(), bitsRequired = (formatPrecision * 196 + 58) / 59;
    if (bitsNow > bitsRequired) {
      int tensRemovable = (bitsNow - bitsRequired) * 59 / 196;
      if (tensRemovable > 0) {
        exp += tensRemovable;
        significand = significand.divide(BigInteger.TEN.pow(tensRemovable));
      }
    }
    // Decimal digits, least significant first, without trailing zeros.
    StringBuilder buffer = new StringBuilder(significand.toString()).reverse();
    int lead = 0;
    while (lead < buffer.length() - 1 && buffer.charAt(lead) == '0') lead++;
    buffer.delete(0, lead);
    exp += lead;
    // Round half up to the budget on the first dropped digit.
    if (buffer.length() > formatPrecision) {
      int first = buffer.length() - formatPrecision;
      if (buffer.charAt(first - 1) < '5') {
        while (first < buffer.length() && buffer.charAt(first) == '0') first++;
        exp += first;
        buffer.delete(0, first);
      } else {
        int i = first;
        for (; i < buffer.length(); i++) {
          if (buffer.charAt(i) == '9') {
            first++;
          } else {
            buffer.setCharAt(i, (char) (buffer.charAt(i) + 1));
            break;
          }
        }
        exp += first;
        if (first == buffer.length()) {
          buffer.setLength(0);
          buffer.append('1');
        } else {
          buffer.delete(0, first);
        }
      }
    }
    int nDigits = buffer.length();
    String digits = buffer.reverse().toString();
    StringBuilder out = new StringBuilder(24);
    if (d < 0) out.append('-');
    boolean scientific;
    if (formatMaxPadding == 0) scientific = true;
    else if (exp >= 0) scientific = exp > formatMaxPadding || nDigits + exp > formatPrecision;
    else {
      int msd = exp + nDigits - 1;
      scientific = msd < 0 && -msd > formatMaxPadding;
    }
    if (scientific) {
      exp += nDigits - 1;
      out.append(digits.charAt(0)).append('.');
      if (nDigits == 1 && truncateZero) out.append('0');
      else out.append(digits, 1, nDigits);
      if (!truncateZero && formatPrecision > nDigits - 1) out.repeat('0', formatPrecision - nDigits + 1);
      out.append(truncateZero ? 'E' : 'e').append(exp >= 0 ? '+' : '-');
      String e = Integer.toString(Math.abs(exp));
      if (!truncateZero && e.length() < 2) out.append('0');
      return out.append(e).toString();
    }
    if (exp >= 0) return out.append(digits).repeat('0', exp).toString();
    int whole = exp + nDigits;
    if (whole > 0) return out.append(digits, 0, whole).append('.').append(digits, whole, nDigits).toString();
    return out.append("0.").repeat('0', -whole).append(digits).toString();
  }
}
