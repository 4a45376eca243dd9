package dev.mlc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomInputsCompareTest {
  static RankedTensorType tensor(Type et, long... shape) { return new RankedTensorType(shape, et); }

  @Test void sameSeedSameInputsAndArgumentsAreIndependent() {
    List<Type> types = List.of(tensor(FloatType.F32, 4, 4), IntegerType.of(32));
    Object[] a = RandomInputs.generate(types, 42), b = RandomInputs.generate(types, 42);
    assertEquals(a[0], b[0]);
    assertEquals(a[1], b[1]);
    assertNotEquals(a[0], RandomInputs.generate(types, 43)[0]);
    // Argument 1 draws the same values whatever comes before it.
    assertEquals(a[1], RandomInputs.generate(List.of(FloatType.F64, IntegerType.of(32)), 42)[1]);
  }

  @Test void theGeneratorIsTheDocumentedOne() {
    var rng = new java.util.SplittableRandom(5 + 0x9E3779B97F4A7C15L);
    Tensor t = (Tensor) RandomInputs.generate(List.of(tensor(FloatType.F64, 3)), 5)[0];
    for (int i = 0; i < 3; i++) assertEquals(rng.nextDouble() * 2 - 1, t.getDouble(i));
  }

  @Test void rangesPerElementKind() {
    Tensor f = (Tensor) RandomInputs.generate(tensor(FloatType.BF16, 1000), RandomInputs.streamFor(1, 0));
    Tensor i = (Tensor) RandomInputs.generate(tensor(IntegerType.of(8), 1000), RandomInputs.streamFor(1, 0));
    Tensor x = (Tensor) RandomInputs.generate(tensor(IndexType.INSTANCE, 1000), RandomInputs.streamFor(1, 0));
    Tensor b = (Tensor) RandomInputs.generate(tensor(IntegerType.of(1), 1000), RandomInputs.streamFor(1, 0));
    boolean[] seen = new boolean[8];
    long ones = 0;
    for (int k = 0; k < 1000; k++) {
      assertTrue(f.getDouble(k) >= -1 && f.getDouble(k) < 1, "float in [-1, 1)");
      assertTrue(i.getLong(k) >= 0 && i.getLong(k) < 8);
      assertTrue(x.getLong(k) >= 0 && x.getLong(k) < 8);
      seen[(int) i.getLong(k)] = true;
      ones += b.getLong(k);
    }
    for (boolean s : seen) assertTrue(s, "every value of [0, 8) drawn");
    assertTrue(ones > 400 && ones < 600, "fair booleans: " + ones);
  }

  @Test void memrefsAreInitializedBuffers() {
    Object v = RandomInputs.generate(new MemRefType(new long[] {2, 2}, FloatType.F32), RandomInputs.streamFor(3, 0));
    assertTrue(v instanceof Buffer);
    assertEquals(4, ((Buffer) v).toTensor().size());
  }

  @Test void unsupportedTypesSayWhy() {
    assertTrue(RandomInputs.unsupportedReason(tensor(FloatType.F32, dev.mlc.ir.type.ShapedType.DYNAMIC)).equals("it has a dynamic shape"));
    assertEquals(null, RandomInputs.unsupportedReason(tensor(FloatType.F16, 2)));
    assertEquals("its element type f80 is not supported", RandomInputs.unsupportedReason(tensor(FloatType.F80, 2)));
    assertEquals("its type f80 is not supported", RandomInputs.unsupportedReason(FloatType.F80));
  }

  @Test void compareWithinTolerance() {
    Tensor e = Tensor.ofDoubles(FloatType.F32, new long[] {3}, 1.0, Double.NaN, Double.POSITIVE_INFINITY);
    Tensor a = Tensor.ofDoubles(FloatType.F32, new long[] {3}, 1.00005, Double.NaN, Double.POSITIVE_INFINITY);
    assertTrue(Compare.compare(e, a, 1e-4, 1e-5).ok());
    assertTrue(Compare.close(0, 1e-5, 0, 1e-5));
    assertFalse(Compare.close(0, 2e-5, 0, 1e-5));
    assertFalse(Compare.close(Double.NaN, 1, 1, 1));
    assertFalse(Compare.close(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 1));
  }

  @Test void compareReportsFirstMismatchesAndMaxErrors() {
    Tensor e = Tensor.ofDoubles(FloatType.F64, new long[] {2, 2}, 1, 2, 3, 4);
    Tensor a = Tensor.ofDoubles(FloatType.F64, new long[] {2, 2}, 1, 2.5, 3, 2);
    Compare.Result r = Compare.compare(e, a, 1e-4, 1e-5);
    assertFalse(r.ok());
    assertEquals("""
        2 of 4 elements differ (rtol=1.0E-4, atol=1.0E-5)
          value[0, 1]: expected 2.0, got 2.5 (abs error 0.500, allowed 0.000210)
          value[1, 1]: expected 4.0, got 2.0 (abs error 2.00, allowed 0.000410)
          max abs error 2.00, max rel error 0.500""", r.report());
    assertEquals(2.0, r.maxAbsError());
  }

  @Test void integersAreExactAndShapesMustMatch() {
    Tensor e = Tensor.ofLongs(IntegerType.of(32), new long[] {2}, 1, 2);
    assertFalse(Compare.compare(e, Tensor.ofLongs(IntegerType.of(32), new long[] {2}, 1, 3), 1, 1).ok());
    Compare.Result r = Compare.compare(new Object[] {e}, new Object[] {Tensor.ofLongs(IntegerType.of(32), new long[] {1, 2}, 1, 2)}, 0, 0);
    assertEquals("#0: expected 2xi32, got 1x2xi32", r.report().lines().toList().get(1).strip());
    assertFalse(Compare.compare(new Object[] {5L}, new Object[] {6L}, 1, 1).ok());
    assertTrue(Compare.compare(new Object[] {5L, 0.5}, new Object[] {5L, 0.5}, 0, 0).ok());
  }
}
