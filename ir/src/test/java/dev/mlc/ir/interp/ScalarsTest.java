package dev.mlc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScalarsTest {
  private static final IntegerType I8 = IntegerType.of(8), I1 = IntegerType.of(1), I32 = IntegerType.of(32);
  private static final IntegerType UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED);

  @Test void wrapFollowsTheValueModel() {
    assertEquals(-128, Scalars.wrap(128, I8));
    assertEquals(127, Scalars.wrap(-129, I8));
    assertEquals(1, Scalars.wrap(3, I1));
    assertEquals(0, Scalars.wrap(2, I1));
    assertEquals(200, Scalars.wrap(-56, UI8));
    assertEquals(Long.MIN_VALUE, Scalars.wrap(Long.MIN_VALUE, IndexType.INSTANCE));
    assertEquals(255, Scalars.unsigned(-1, I8));
    assertEquals(-1, Scalars.signed(255, I8));
  }

  @Property(tries = 2000) void f16RoundingMatchesTheJdk(@ForAll float x) {
    double expected = Float.float16ToFloat(Float.floatToFloat16(x));
    assertEquals(expected, Scalars.round(x, FloatType.F16));
  }

  @Property(tries = 2000) void bf16RoundsToNearestEven(@ForAll float x) {
    if (Float.isNaN(x)) return;
    int bits = Float.floatToRawIntBits(x);
    int lsb = (bits >>> 16) & 1;
    int rounded = (bits + 0x7fff + lsb) & 0xffff0000;
    assertEquals((double) Float.intBitsToFloat(rounded), Scalars.round(x, FloatType.BF16));
  }

  @Test void f16Corners() {
    assertEquals(65504.0, Scalars.round(65504.0, FloatType.F16));
    assertEquals(65504.0, Scalars.round(65519.0, FloatType.F16));
    assertEquals(Double.POSITIVE_INFINITY, Scalars.round(65520.0, FloatType.F16));
    assertEquals(0x1p-24, Scalars.round(0x1.8p-25, FloatType.F16)); // ties to even: up to the smallest subnormal
    assertEquals(0.0, Scalars.round(0x1p-25, FloatType.F16)); // exactly half of it: ties to even (zero)
    assertEquals(-0.0, Scalars.round(-0x1p-26, FloatType.F16));
    assertEquals(Double.NaN, Scalars.round(Double.NaN, FloatType.F16));
  }

  @Test void floatToIntTruncatesAndSaturates() {
    assertEquals(0, Scalars.floatToInt(Double.NaN, I32, false));
    assertEquals(Integer.MAX_VALUE, Scalars.floatToInt(1e10, I32, false));
    assertEquals(Integer.MIN_VALUE, Scalars.floatToInt(Double.NEGATIVE_INFINITY, I32, false));
    assertEquals(-3, Scalars.floatToInt(-3.7, I32, false));
    assertEquals(3, Scalars.floatToInt(3.7, I32, false));
    assertEquals(255, Scalars.floatToInt(300.5, UI8, true));
    assertEquals(0, Scalars.floatToInt(-5, UI8, true));
    assertEquals(-128, Scalars.floatToInt(-1000, I8, false));
    assertEquals(-1L, Scalars.floatToInt(1e30, IntegerType.of(64), true)); // all ones: the largest u64
    assertEquals(Long.MIN_VALUE, Scalars.floatToInt(0x1p63, IntegerType.of(64), true));
  }

  @Test void intToFloatRoundsOnce() {
    assertEquals(0x1p64, Scalars.intToFloat(-1L, true, FloatType.F64));
    assertEquals(16777216.0, Scalars.intToFloat(16777217L, false, FloatType.F32));
    assertEquals(2048.0, Scalars.intToFloat(2049L, false, FloatType.F16));
  }

  @Test void bitsRoundTrip() {
    for (FloatType t : new FloatType[] {FloatType.F16, FloatType.BF16, FloatType.F32, FloatType.F64}) {
      double v = Scalars.round(-1.5e-3, t);
      assertEquals(v, Scalars.floatFromBits(Scalars.floatBits(v, t), t));
    }
    assertThrows(InterpreterException.class, () -> Scalars.round(1.0, FloatType.F80));
  }
}
