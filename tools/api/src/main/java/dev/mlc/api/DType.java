package dev.mlc.api;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;

/**
 * The element types a compiled model takes and returns, with the Java array that holds them and
 * their size in native memory: {@code f32} ({@code float[]}), {@code f64} ({@code double[]}),
 * {@code f16} and {@code bf16} (raw 16-bit words in a {@code short[]}), {@code i1}
 * ({@code boolean[]}, one byte each natively), {@code i8} ({@code byte[]}), {@code i16}
 * ({@code short[]}), {@code i32} ({@code int[]}), {@code i64} and {@code index} ({@code long[]}).
 */
public enum DType {
  F32("f32", 4, float[].class),
  F64("f64", 8, double[].class),
  F16("f16", 2, short[].class),
  BF16("bf16", 2, short[].class),
  I1("i1", 1, boolean[].class),
  I8("i8", 1, byte[].class),
  I16("i16", 2, short[].class),
  I32("i32", 4, int[].class),
  I64("i64", 8, long[].class),
  INDEX("index", 8, long[].class);

  private final String mlir;
  private final int bytes;
  private final Class<?> arrayClass;

  DType(String mlir, int bytes, Class<?> arrayClass) {
    this.mlir = mlir;
    this.bytes = bytes;
    this.arrayClass = arrayClass;
  }

  /** The MLIR spelling ({@code f32}, {@code i64}, ...). */
  public String mlir() { return mlir; }

  /** Bytes per element in native memory (also the alignment a segment needs). */
  public int byteSize() { return bytes; }

  /** The Java array class that holds elements of this type. */
  public Class<?> arrayClass() { return arrayClass; }

  /**
   * The dtype of an MLIR element type, or null when native calls do not support it. {@code ui8}
   * travels as {@link #I8} (the same bytes; the lowering carries ui8 as i8, docs/lowering-graph-to-tl.md).
   */
  public static DType of(Type t) {
    if (t instanceof FloatType f) {
      return switch (f) {
        case F32 -> F32;
        case F64 -> F64;
        case F16 -> F16;
        case BF16 -> BF16;
        default -> null;
      };
    }
    if (t instanceof IndexType) return INDEX;
    if (t instanceof IntegerType it && it.isUnsigned() && it.width() == 8) return I8;
    if (t instanceof IntegerType it && it.isSignless()) {
      return switch (it.width()) {
        case 1 -> I1;
        case 8 -> I8;
        case 16 -> I16;
        case 32 -> I32;
        case 64 -> I64;
        default -> null;
      };
    }
    return null;
  }

  /** The MLIR element type. */
  public Type type() {
    return switch (this) {
      case F32 -> FloatType.F32;
      case F64 -> FloatType.F64;
      case F16 -> FloatType.F16;
      case BF16 -> FloatType.BF16;
      case INDEX -> IndexType.INSTANCE;
      default -> IntegerType.of(bytes == 1 && this == I1 ? 1 : bytes * 8);
    };
  }

  @Override public String toString() { return mlir; }
}
