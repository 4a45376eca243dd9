package dev.mlc.lowering.tollvm;

import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Type;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's LLVMTypeConverter: {@code index} becomes {@code i64}; signless integers, floats and
 * llvm types stay; a 1-D vector converts its element type; a ranked memref becomes its descriptor
 * {@code !llvm.struct<(ptr, ptr, i64, array<R x i64>, array<R x i64>)>} (allocated pointer,
 * aligned pointer, offset, sizes, strides; rank 0 has no arrays). Other types do not convert.
 * Values crossing the boundary get {@code builtin.unrealized_conversion_cast}s, removed at the end
 * by {@code reconcile-unrealized-casts}.
 */
public final class LlvmTypeConverter extends TypeConverter {
  public static final Type I64 = IntegerType.of(64);
  public static final Type PTR = LlvmType.Ptr.DEFAULT;

  public LlvmTypeConverter() { addConversion(LlvmTypeConverter::convert); }

  /** The llvm type of {@code t}, or null. */
  public static Type convert(Type t) {
    if (t instanceof IndexType) return I64;
    if (t instanceof IntegerType it) return it.isSignless() ? t : null;
    if (t instanceof FloatType) return t;
    if (t instanceof LlvmType) return t;
    if (t instanceof VectorType v) {
      if (v.shape().length != 1) return null;
      for (boolean s : v.scalableDims()) if (s) return null;
      Type e = convert(v.elementType());
      return e == null || e instanceof LlvmType ? null : e == v.elementType() ? t : new VectorType(v.shape(), e, v.scalableDims());
    }
    if (t instanceof MemRefType m) {
      Type e = convert(m.elementType());
      return e == null ? null : descriptor(m.shape().length);
    }
    return null;
  }

  /** The memref descriptor of rank {@code rank}. */
  public static LlvmType.Struct descriptor(int rank) {
    List<Type> f = new ArrayList<>(List.of(PTR, PTR, I64));
    if (rank > 0) {
      f.add(new LlvmType.Array(rank, I64));
      f.add(new LlvmType.Array(rank, I64));
    }
    return LlvmType.Struct.literal(f);
  }
}
