package dev.mlc.filecheck;

import java.math.BigInteger;

/**
 * A numeric variable ({@code [[#VAR:]]}, {@code -D#VAR=...}, or the pseudo variable {@code @LINE})
 * and its current value. Expressions hold the variable itself, so clearing a value (at a {@code
 * CHECK-LABEL} with {@code --enable-var-scope}) makes later uses undefined.
 */
final class NumericVariable {
  private final String name;
  private final ExpressionFormat implicitFormat;
  private final Integer defLine;
  private BigInteger value;
  private int matchStart = -1;
  private int matchEnd = -1;

  NumericVariable(String name, ExpressionFormat implicitFormat, Integer defLine) {
    this.name = name;
    this.implicitFormat = implicitFormat;
    this.defLine = defLine;
  }

  String name() { return name; }

  ExpressionFormat implicitFormat() { return implicitFormat; }

  /** The check-file line defining it, or null when defined on the command line (or not at all). */
  Integer defLine() { return defLine; }

  /** The current value, or null if undefined. */
  BigInteger value() { return value; }

  /** Sets the value, parsed from input {@code [matchStart, matchEnd)} (-1 when not from the input). */
  void setValue(BigInteger v, int matchStart, int matchEnd) {
    this.value = v;
    this.matchStart = matchStart;
    this.matchEnd = matchEnd;
  }

  void clearValue() {
    setValue(null, -1, -1);
  }

  /** Start of the input text the value was parsed from, or -1. */
  int matchStart() { return matchStart; }

  int matchEnd() { return matchEnd; }
}
