package dev.mlc.filecheck;

import java.math.BigInteger;
import java.util.Locale;

/**
 * How a numeric value is written in the input: {@code %u}, {@code %d}, {@code %x} or {@code %X},
 * with an optional precision ({@code %.8x}: at least 8 digits) and alternate form ({@code %#x}:
 * a {@code 0x} prefix). {@link Kind#NONE} is the "no format" of literals.
 */
record ExpressionFormat(Kind kind, int precision, boolean alternateForm) {
  /** Format kinds. */
  enum Kind { NONE, UNSIGNED, SIGNED, HEX_UPPER, HEX_LOWER }

  static final ExpressionFormat NONE = new ExpressionFormat(Kind.NONE, 0, false);
  static final ExpressionFormat UNSIGNED = new ExpressionFormat(Kind.UNSIGNED, 0, false);

  boolean isPresent() { return kind != Kind.NONE; }

  boolean isHex() { return kind == Kind.HEX_UPPER || kind == Kind.HEX_LOWER; }

  /** FileCheck's format equality: never true for {@link Kind#NONE}. */
  boolean sameAs(ExpressionFormat other) {
    return kind != Kind.NONE && equals(other);
  }

  /** The specifier, as written in messages ({@code %u}, ...). */
  String spec() {
    return switch (kind) {
      case NONE -> "<none>";
      case UNSIGNED -> "%u";
      case SIGNED -> "%d";
      case HEX_UPPER -> "%X";
      case HEX_LOWER -> "%x";
    };
  }

  /** A regular expression matching exactly the values written in this format. */
  String wildcardRegex() {
    String prefix = alternateForm ? "0x" : "";
    String digits = switch (kind) {
      case UNSIGNED -> "[0-9]";
      case SIGNED -> "[0-9]";
      case HEX_UPPER -> "[0-9A-F]";
      case HEX_LOWER -> "[0-9a-f]";
      case NONE -> throw new IllegalStateException("trying to match value with invalid format");
    };
    String sign = kind == Kind.SIGNED ? "-?" : "";
    if (precision > 0) {
      String lead = switch (kind) {
        case HEX_UPPER -> "[1-9A-F]";
        case HEX_LOWER -> "[1-9a-f]";
        default -> "[1-9]";
      };
      return prefix + sign + "(" + lead + digits + "*)?" + digits + "{" + precision + "}";
    }
    return (isHex() ? prefix : "") + sign + digits + "+";
  }

  /** {@code value} written in this format; negative values overflow unsigned formats. */
  String format(BigInteger value) throws Failure.Exception {
    if (kind != Kind.SIGNED && value.signum() < 0) throw new Failure.Exception(new Failure.Overflow());
    String digits = value.abs().toString(isHex() ? 16 : 10);
    if (kind == Kind.HEX_UPPER) digits = digits.toUpperCase(Locale.ROOT);
    String zeros = precision > digits.length() ? "0".repeat(precision - digits.length()) : "";
    return (value.signum() < 0 ? "-" : "") + (alternateForm ? "0x" : "") + zeros + digits;
  }

  /** The value of {@code text}, which matched {@link #wildcardRegex()}. */
  BigInteger parse(String text) {
    boolean negative = text.startsWith("-");
    String s = negative ? text.substring(1) : text;
    if (kind != Kind.SIGNED && alternateForm && s.startsWith("0x")) s = s.substring(2);
    BigInteger v = new BigInteger(s, isHex() ? 16 : 10);
    return negative ? v.negate() : v;
  }
}
