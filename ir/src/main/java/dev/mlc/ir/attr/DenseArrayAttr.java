package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.util.Arrays;

/**
 * {@code array<i64: 1, 2, 3>}: a 1-D array of i1/i8/i16/i32/i64/f32/f64 values. Integer values are
 * stored as longs, float values as their IEEE bits (f32 in the low 32 bits).
 */
public record DenseArrayAttr(Type elementType, long[] values) implements Attribute {
  public DenseArrayAttr {
    if (!isValidElementType(elementType)) throw new IllegalArgumentException("invalid dense array element type " + elementType);
    values = values.clone();
  }

  public static boolean isValidElementType(Type t) {
    if (t instanceof IntegerType it) return it.isSignless() && switch (it.width()) { case 1, 8, 16, 32, 64 -> true; default -> false; };
    return t == FloatType.F32 || t == FloatType.F64;
  }

  public static DenseArrayAttr i64(long... values) { return new DenseArrayAttr(IntegerType.of(64), values); }

  public int size() { return values.length; }

  public long[] asLongs() { return values.clone(); }

  public double asDouble(int i) {
    return elementType == FloatType.F32 ? Float.intBitsToFloat((int) values[i]) : elementType == FloatType.F64 ? Double.longBitsToDouble(values[i]) : values[i];
  }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof DenseArrayAttr d && elementType.equals(d.elementType) && Arrays.equals(values, d.values);
  }

  @Override public int hashCode() { return elementType.hashCode() * 31 + Arrays.hashCode(values); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
