package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static dev.mlc.ir.rewrite.conversion.TestIR.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.TupleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TypeConverterTest {
  @Test void theMostRecentlyAddedConversionIsTriedFirstAndAnswersAreCached() {
    AtomicInteger calls = new AtomicInteger();
    TypeConverter tc = new TypeConverter()
        .addConversion(t -> t)
        .addConversion(t -> {
          calls.incrementAndGet();
          return t.equals(I32) ? I64 : null;
        });
    assertEquals(I64, tc.convertType(I32));
    assertEquals(I64, tc.convertType(I32));
    assertEquals(FloatType.F32, tc.convertType(FloatType.F32), "falls through to the identity");
    assertEquals(2, calls.get(), "one call per distinct type");
    assertTrue(tc.isLegal(I64));
    assertFalse(tc.isLegal(I32));
    assertEquals(List.of(I64, FloatType.F32), tc.convertTypes(List.of(I32, FloatType.F32)));
  }

  @Test void aNullAnswerStopsTheSearchAndAnUnhandledTypeDoesNotConvert() {
    TypeConverter tc = new TypeConverter()
        .addConversion(t -> t)
        .addOneToNConversion(t -> t.equals(IndexType.INSTANCE) ? null : Optional.empty());
    assertNull(tc.convertType(IndexType.INSTANCE));
    assertNull(tc.convertTypes(List.of(I32, IndexType.INSTANCE)));
    assertFalse(tc.isLegal(IndexType.INSTANCE));
    assertEquals(I32, tc.convertType(I32));
    assertNull(new TypeConverter().convertType(I32), "no conversion at all");
  }

  @Test void oneToNConversionsSplitAndDropTypes() {
    TypeConverter tc = new TypeConverter().addConversion(t -> t)
        .addOneToNConversion(t -> t instanceof TupleType tt ? Optional.of(tt.types()) : Optional.empty());
    Type pair = new TupleType(List.of(I32, FloatType.F32));
    Type empty = new TupleType(List.of());
    assertEquals(List.of(I32, FloatType.F32), tc.convertTypeToList(pair));
    assertNull(tc.convertType(pair), "not 1:1");
    List<Type> out = new ArrayList<>();
    assertTrue(tc.convertType(empty, out));
    assertEquals(List.of(), out);
    assertEquals(List.of(I32, FloatType.F32, I32), tc.convertTypes(List.of(pair, empty, I32)));

    var sig = tc.convertSignature(List.of(I32, pair, empty));
    assertEquals(List.of(I32, I32, FloatType.F32), sig.convertedTypes());
    assertEquals(new TypeConverter.SignatureConversion.InputMapping(1, 2, null), sig.inputMapping(1));
    assertEquals(new TypeConverter.SignatureConversion.InputMapping(3, 0, null), sig.inputMapping(2));
    assertFalse(sig.isIdentity(List.of(I32, pair, empty)));
    assertTrue(tc.convertSignature(List.of(I32)).isIdentity(List.of(I32)));
    assertTrue(tc.isSignatureLegal(new FunctionType(List.of(I32), List.of(I32))));
    assertFalse(tc.isSignatureLegal(new FunctionType(List.of(pair), List.of())));
  }

  @Test void opAndRegionLegality() {
    TestIR ir = new TestIR();
    TypeConverter tc = TestIR.i32ToI64();
    Operation a = ir.op("dst.neg", List.of(ir.val("keep.src", I64)), List.of(I64));
    Operation b = ir.op("dst.neg", List.of(a.result(0)), List.of(I32));
    assertTrue(tc.isLegal(a));
    assertFalse(tc.isLegal(b));
    Operation f = ir.withRegion("dst.func", List.of(I64, I32));
    assertFalse(tc.isLegal(f.region(0)));
  }

  @Test void materializationsTryTheMostRecentCallbackFirst() {
    TestIR ir = new TestIR();
    Value x = ir.val("keep.src", I32);
    TypeConverter tc = new TypeConverter()
        .addSourceMaterialization((b, t, in, loc) -> b.create("dst.ext", loc, in, List.of(t), null).result(0))
        .addSourceMaterialization((b, t, in, loc) -> t.equals(FloatType.F32) ? b.create("dst.trunc", loc, in, List.of(t), null).result(0) : null);
    assertEquals("dst.trunc", tc.materializeSourceConversion(ir.b, FloatType.F32, List.of(x), x.location()).definingOp().name());
    Value e = tc.materializeSourceConversion(ir.b, I64, List.of(x), x.location());
    assertEquals("dst.ext", e.definingOp().name());
    assertSame(x, e.definingOp().operand(0));
    assertNull(tc.materializeTargetConversion(ir.b, I64, List.of(x), x.location()), "no target callback");
  }
}
