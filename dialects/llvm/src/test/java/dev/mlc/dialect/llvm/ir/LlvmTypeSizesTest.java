package dev.mlc.dialect.llvm.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data layout (x86-64's default), checked by hand. */
class LlvmTypeSizesTest {
  static final Type I1 = IntegerType.of(1), I8 = IntegerType.of(8), I16 = IntegerType.of(16), I24 = IntegerType.of(24), I64 = IntegerType.of(64);

  @Test void scalars() {
    assertEquals(1, LlvmTypeSizes.size(I1));
    assertEquals(4, LlvmTypeSizes.size(I24));
    assertEquals(4, LlvmTypeSizes.alignment(I24));
    assertEquals(2, LlvmTypeSizes.size(FloatType.F16));
    assertEquals(8, LlvmTypeSizes.size(LlvmType.Ptr.DEFAULT));
  }

  @Test void aggregates() {
    LlvmType.Struct s = new LlvmType.Struct(null, List.of(I8, I64), false);
    assertEquals(16, LlvmTypeSizes.size(s));
    assertEquals(8, LlvmTypeSizes.fieldOffset(s, 1));
    LlvmType.Struct packed = new LlvmType.Struct(null, List.of(I8, I64), true);
    assertEquals(9, LlvmTypeSizes.size(packed));
    assertEquals(1, LlvmTypeSizes.fieldOffset(packed, 1));
    LlvmType.Struct mixed = new LlvmType.Struct(null, List.of(I8, I16, I8), false);
    assertEquals(6, LlvmTypeSizes.size(mixed));
    assertEquals(2, LlvmTypeSizes.fieldOffset(mixed, 1));
    assertEquals(4, LlvmTypeSizes.fieldOffset(mixed, 2));
    assertEquals(18, LlvmTypeSizes.size(new LlvmType.Array(3, mixed)));
    VectorType v = new VectorType(new long[] {4}, FloatType.F32, new boolean[1]);
    assertEquals(16, LlvmTypeSizes.size(v));
    assertEquals(16, LlvmTypeSizes.alignment(v));
    VectorType v3 = new VectorType(new long[] {3}, FloatType.F32, new boolean[1]);
    assertEquals(16, LlvmTypeSizes.alignment(v3));
    assertEquals(16, LlvmTypeSizes.size(v3));
    assertEquals(12, LlvmTypeSizes.storeSize(v3));
    assertEquals(96, LlvmTypeSizes.bits(v3));
  }

  @Test void printing() {
    assertEquals("!llvm.struct<\"node\", packed (i32, ptr<1>, array<2 x struct<()>>)>",
        new LlvmType.Struct("node", List.of(IntegerType.of(32), new LlvmType.Ptr(1), new LlvmType.Array(2, LlvmType.Struct.literal(List.of()))), true).toString());
    assertEquals("!llvm.func<void (ptr, ...)>", new LlvmType.Func(LlvmType.Void.INSTANCE, List.of(LlvmType.Ptr.DEFAULT), true).toString());
    assertEquals("!llvm.func<vector<4xf32> ()>", new LlvmType.Func(new VectorType(new long[] {4}, FloatType.F32, new boolean[1]), List.of(), false).toString());
  }
}
