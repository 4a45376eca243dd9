package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer of an integer or {@code index} type: {@code 42 : i32}. The value is stored as the
 * mathematical integer the text denoted; {@code i1} values print as {@code true}/{@code false}.
 */
public record IntegerAttr(Type type, BigInteger value) implements Attribute {
  public static final IntegerAttr TRUE = new IntegerAttr(IntegerType.of(1), BigInteger.ONE);
  public static final IntegerAttr FALSE = new IntegerAttr(IntegerType.of(1), BigInteger.ZERO);

  public IntegerAttr {
    Objects.requireNonNull(type);
    Objects.requireNonNull(value);
  }

  public static IntegerAttr of(Type type, long value) { return new IntegerAttr(type, BigInteger.valueOf(value)); }

  public static IntegerAttr i64(long value) { return of(IntegerType.of(64), value); }

  public static IntegerAttr index(long value) { return of(IndexType.INSTANCE, value); }

  public static IntegerAttr bool(boolean b) { return b ? TRUE : FALSE; }

  public boolean isBool() { return type instanceof IntegerType it && it.width() == 1 && it.isSignless(); }

  public long longValue() { return value.longValue(); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
