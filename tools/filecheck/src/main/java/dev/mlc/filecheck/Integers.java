package dev.mlc.filecheck;

import java.math.BigInteger;

/** Integer prefixes of text, parsed as LLVM's {@code StringRef::consumeInteger} overloads do. */
final class Integers {
  private Integers() {}

  /** A parsed integer and the text after it. */
  record Prefix(BigInteger value, TextRef rest) {}

  /**
   * {@code consumeInteger(Radix, APInt&)}: radix 0 senses {@code 0x}, {@code 0b}, {@code 0o} and a
   * leading {@code 0}. Succeeds (possibly with value 0) when anything at all was consumed, radix
   * prefix and leading zeros included; returns null otherwise.
   */
  static Prefix unbounded(TextRef s, int radix) {
    int i = 0;
    if (radix == 0) {
      radix = 10;
      if (startsWithIgnoreCase(s, "0x")) {
        radix = 16;
        i = 2;
      } else if (startsWithIgnoreCase(s, "0b")) {
        radix = 2;
        i = 2;
      } else if (s.startsWith("0o")) {
        radix = 8;
        i = 2;
      } else if (s.length() > 1 && s.charAt(0) == '0' && PosixRegex.isDigit(s.charAt(1))) {
        radix = 8;
        i = 1;
      }
    }
    if (i == s.length()) return null;
    while (i < s.length() && s.charAt(i) == '0') i++;
    int digitsStart = i;
    while (i < s.length() && digit(s.charAt(i)) < radix) i++;
    if (i == 0) return null;
    BigInteger value = i == digitsStart ? BigInteger.ZERO : new BigInteger(s.substr(digitsStart, i - digitsStart).str(), radix);
    return new Prefix(value, s.substr(i));
  }

  /**
   * {@code consumeInteger(10, T&)} for a type of {@code bits} bits: decimal digits with an optional
   * leading '-' when {@code signed}; null when there are no digits or the value does not fit.
   */
  static Prefix fixed(TextRef s, boolean signed, int bits) {
    boolean negative = signed && s.startsWith("-");
    TextRef digits = negative ? s.dropFront(1) : s;
    int i = 0;
    while (i < digits.length() && PosixRegex.isDigit(digits.charAt(i))) i++;
    if (i == 0) return null;
    BigInteger v = new BigInteger(digits.takeFront(i).str());
    if (negative) v = v.negate();
    BigInteger max = BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
    BigInteger min = signed ? max.negate().subtract(BigInteger.ONE) : BigInteger.ZERO;
    if (v.compareTo(max) > 0 || v.compareTo(min) < 0) return null;
    return new Prefix(v, digits.substr(i));
  }

  private static boolean startsWithIgnoreCase(TextRef s, String prefix) {
    return s.length() >= prefix.length() && s.str().substring(0, prefix.length()).equalsIgnoreCase(prefix);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return Integer.MAX_VALUE;
  }
}
