package dev.mlc.ir.type;

import dev.mlc.ir.Type;

/** {@code iN}, {@code siN}, {@code uiN}: an integer of {@code width} bits (1 to 2^24-1). */
public record IntegerType(int width, Signedness signedness) implements Type {
  public static final int MAX_WIDTH = (1 << 24) - 1;

  public enum Signedness { SIGNLESS, SIGNED, UNSIGNED }

  private static final IntegerType[] SIGNLESS_CACHE = new IntegerType[129];

  static {
    for (int i = 0; i < SIGNLESS_CACHE.length; i++) SIGNLESS_CACHE[i] = new IntegerType(i, Signedness.SIGNLESS);
  }

  public IntegerType {
    if (width < 0 || width > MAX_WIDTH) throw new IllegalArgumentException("integer width out of range: " + width);
  }

  /** A signless {@code iN}. */
  public static IntegerType of(int width) {
    return width >= 0 && width < SIGNLESS_CACHE.length ? SIGNLESS_CACHE[width] : new IntegerType(width, Signedness.SIGNLESS);
  }

  public static IntegerType of(int width, Signedness s) {
    return s == Signedness.SIGNLESS ? of(width) : new IntegerType(width, s);
  }

  public boolean isSignless() { return signedness == Signedness.SIGNLESS; }
  public boolean isSigned() { return signedness == Signedness.SIGNED; }
  public boolean isUnsigned() { return signedness == Signedness.UNSIGNED; }

  @Override public String toString() {
    return switch (signedness) { case SIGNLESS -> "i"; case SIGNED -> "si"; case UNSIGNED -> "ui"; } + width;
  }
}
