package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/**
 * A builtin floating-point type. Each kind knows its IEEE-like layout, which the parser and printer
 * use to convert literals exactly (hexadecimal bit patterns and decimal values).
 */
public enum FloatType implements Type {
  F16("f16", 16, 5, 10, true),
  BF16("bf16", 16, 8, 7, true),
  F32("f32", 32, 8, 23, true),
  F64("f64", 64, 11, 52, true),
  F80("f80", 80, 15, 64, true),
  F128("f128", 128, 15, 112, true),
  TF32("tf32", 19, 8, 10, true),
  F8E5M2("f8E5M2", 8, 5, 2, true),
  F8E4M3("f8E4M3", 8, 4, 3, true),
  F8E4M3FN("f8E4M3FN", 8, 4, 3, false),
  F8E5M2FNUZ("f8E5M2FNUZ", 8, 5, 2, false),
  F8E4M3FNUZ("f8E4M3FNUZ", 8, 4, 3, false),
  F8E4M3B11FNUZ("f8E4M3B11FNUZ", 8, 4, 3, false),
  F8E3M4("f8E3M4", 8, 3, 4, true);

  private final String spelling;
  private final int width;
  private final int exponentBits;
  private final int mantissaBits;
  private final boolean ieeeLike;

  FloatType(String spelling, int width, int exponentBits, int mantissaBits, boolean ieeeLike) {
    this.spelling = spelling;
    this.width = width;
    this.exponentBits = exponentBits;
    this.mantissaBits = mantissaBits;
    this.ieeeLike = ieeeLike;
  }

  public String spelling() { return spelling; }
  /** Storage width in bits. */
  public int width() { return width; }
  public int exponentBits() { return exponentBits; }
  /** Explicitly stored mantissa bits (f80 stores its integer bit too). */
  public int mantissaBits() { return mantissaBits; }
  /** Whether infinities and NaNs follow IEEE 754 (all-ones exponent). */
  public boolean isIeeeLike() { return ieeeLike; }

  private static final java.util.Map<String, FloatType> BY_SPELLING = new java.util.HashMap<>();

  static {
    for (FloatType t : values()) BY_SPELLING.put(t.spelling, t);
  }

  /** The float type spelled {@code s} ({@code f32}, {@code bf16}, ...), or null. */
  public static FloatType bySpelling(String s) { return BY_SPELLING.get(s); }

  @Override public String toString() { return spelling; }
}
