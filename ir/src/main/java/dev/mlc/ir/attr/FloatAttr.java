package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.type.FloatType;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A floating-point constant of a builtin float type, stored as its exact bit pattern so that
 * every value (NaN payloads, negative zero, f80/f128) survives a round trip.
 */
public record FloatAttr(FloatType type, BigInteger bits) implements Attribute {
  public FloatAttr {
    Objects.requireNonNull(type);
    Objects.requireNonNull(bits);
  }

  public static FloatAttr of(FloatType type, double value) { return new FloatAttr(type, FloatBits.fromDouble(type, value)); }

  public static FloatAttr f32(float value) { return of(FloatType.F32, value); }

  public static FloatAttr f64(double value) { return of(FloatType.F64, value); }

  /** The value as a double (exact for every type up to f64). */
  public double value() { return FloatBits.toDouble(type, bits); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
