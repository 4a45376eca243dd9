package dev.mlc.ir.core;

import static dev.mlc.ir.type.FloatType.BF16;
import static dev.mlc.ir.type.FloatType.F128;
import static dev.mlc.ir.type.FloatType.F16;
import static dev.mlc.ir.type.FloatType.F32;
import static dev.mlc.ir.type.FloatType.F64;
import static dev.mlc.ir.type.FloatType.F80;
import static dev.mlc.ir.type.FloatType.F8E3M4;
import static dev.mlc.ir.type.FloatType.F8E4M3;
import static dev.mlc.ir.type.FloatType.F8E4M3B11FNUZ;
import static dev.mlc.ir.type.FloatType.F8E4M3FN;
import static dev.mlc.ir.type.FloatType.F8E4M3FNUZ;
import static dev.mlc.ir.type.FloatType.F8E5M2;
import static dev.mlc.ir.type.FloatType.F8E5M2FNUZ;
import static dev.mlc.ir.type.FloatType.TF32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.FloatBits;
import dev.mlc.ir.type.FloatType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Conversions between doubles and the bit patterns of every builtin float type: exact round trips
 * of every pattern of the 8- and 16-bit types, round-to-nearest-even against a brute-force oracle
 * and at every midpoint, overflow, underflow, signed zeros and NaNs.
 */
class FloatBitsTest {
  static final List<FloatType> EIGHT_BIT = List.of(F8E5M2, F8E4M3, F8E4M3FN, F8E5M2FNUZ, F8E4M3FNUZ, F8E4M3B11FNUZ, F8E3M4);
  static final List<FloatType> SMALL = List.of(F16, BF16, F8E5M2, F8E4M3, F8E4M3FN, F8E5M2FNUZ, F8E4M3FNUZ, F8E4M3B11FNUZ, F8E3M4);
  /** The IEEE-like types below f32 (with infinities), converted by FloatBits itself rather than a Java cast. */
  static final List<FloatType> IEEE_SMALL = List.of(F16, BF16, TF32, F8E5M2, F8E4M3, F8E3M4);

  private static BigInteger big(long v) { return BigInteger.valueOf(v); }

  private static double value(FloatType t, long bits) { return FloatBits.toDouble(t, big(bits)); }

  private static long bits(FloatType t, double d) { return FloatBits.fromDouble(t, d).longValueExact(); }

  private static boolean isFnuz(FloatType t) { return t.name().endsWith("FNUZ"); }

  /** Checks that the pattern {@code b} of {@code t} survives toDouble then fromDouble (NaNs stay NaNs). */
  private static void assertRoundTrips(FloatType t, long b) {
    double d = value(t, b);
    long back = bits(t, d);
    if (Double.isNaN(d)) {
      assertTrue(Double.isNaN(value(t, back)), () -> t + " NaN 0x" + Long.toHexString(b) + " came back as 0x" + Long.toHexString(back));
      assertTrue(FloatBits.isNonFinite(t, big(b)));
    } else {
      assertEquals(b, back, () -> t + " 0x" + Long.toHexString(b) + " = " + d + " came back as 0x" + Long.toHexString(back));
    }
  }

  @Provide
  Arbitrary<FloatType> eightBitTypes() { return Arbitraries.of(EIGHT_BIT); }

  @Provide
  Arbitrary<FloatType> sixteenBitTypes() { return Arbitraries.of(F16, BF16); }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 2000)
  void everyEightBitPatternRoundTrips(@ForAll("eightBitTypes") FloatType t, @ForAll @IntRange(min = 0, max = 255) int b) {
    assertRoundTrips(t, b);
  }

  /** All 65536 patterns of f16 and bf16: 256 tries of 256 patterns each. */
  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 600)
  void everySixteenBitPatternRoundTrips(@ForAll("sixteenBitTypes") FloatType t, @ForAll @IntRange(min = 0, max = 255) int high) {
    for (int low = 0; low < 256; low++) assertRoundTrips(t, high << 8 | low);
  }

  @Property(tries = 1000)
  void f32PatternsRoundTrip(@ForAll int b) { assertRoundTrips(F32, b & 0xFFFFFFFFL); }

  @Property(tries = 500)
  void tf32PatternsRoundTrip(@ForAll @IntRange(min = 0, max = (1 << 19) - 1) int b) { assertRoundTrips(TF32, b); }

  /** f64, f80 and f128 hold every double exactly. */
  @Property(tries = 500)
  void widerTypesHoldEveryDoubleExactly(@ForAll double d) {
    for (FloatType t : List.of(F64, F80, F128)) {
      double back = FloatBits.toDouble(t, FloatBits.fromDouble(t, d));
      if (Double.isNaN(d)) assertTrue(Double.isNaN(back), t + " NaN");
      else assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(back), t + " " + d);
    }
  }

  @Property(tries = 300)
  void subnormalDoublesSurviveF80AndF128(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int mantissa) {
    double d = Double.longBitsToDouble(mantissa);
    for (FloatType t : List.of(F80, F128)) assertEquals(d, FloatBits.toDouble(t, FloatBits.fromDouble(t, d)), t.toString());
  }

  // ---- round to nearest, ties to even ----

  /** The finite non-negative values of a small type, with their patterns, in increasing order. */
  private static final Map<FloatType, List<long[]>> FINITE = new EnumMap<>(FloatType.class);

  private static synchronized List<long[]> finiteNonNegative(FloatType t) {
    return FINITE.computeIfAbsent(t, k -> {
      List<long[]> r = new ArrayList<>();
      for (long b = 0; b < 1L << (t.width() - 1); b++) {
        double v = value(t, b);
        if (!Double.isNaN(v) && !Double.isInfinite(v)) r.add(new long[] {b, Double.doubleToRawLongBits(v)});
      }
      for (int i = 1; i < r.size(); i++)
        if (Double.longBitsToDouble(r.get(i)[1]) <= Double.longBitsToDouble(r.get(i - 1)[1])) throw new AssertionError(t + " not increasing");
      return r;
    });
  }

  /** Brute force: the nearest finite value, ties to the even pattern; null beyond the largest finite value. */
  private static Long oracle(FloatType t, double a) {
    List<long[]> vs = finiteNonNegative(t);
    long best = -1;
    double bestErr = Double.POSITIVE_INFINITY;
    for (long[] v : vs) {
      double err = Math.abs(Double.longBitsToDouble(v[1]) - a);
      if (err < bestErr || err == bestErr && (v[0] & 1) == 0) {
        best = v[0];
        bestErr = err;
      }
    }
    double max = Double.longBitsToDouble(vs.get(vs.size() - 1)[1]);
    double below = Double.longBitsToDouble(vs.get(vs.size() - 2)[1]);
    double half = (max - below) / 2;
    if (a > max + half || a == max + half && (vs.get(vs.size() - 1)[0] & 1) == 1) return null;
    return best;
  }

  @Provide
  Arbitrary<FloatType> smallTypes() { return Arbitraries.of(SMALL); }

  /** fromDouble picks what the brute-force oracle picks, for doubles of every magnitude the type can hold. */
  @Property(tries = 1500)
  void roundsLikeTheBruteForceOracle(@ForAll("smallTypes") FloatType t, @ForAll @LongRange(min = 0, max = (1L << 52) - 1) long mantissa,
                                     @ForAll @IntRange(min = -30, max = 20) int scale, @ForAll boolean negative) {
    double a = Math.scalb(1.0 + mantissa * 0x1p-52, scale);
    Long expected = oracle(t, a);
    if (expected == null) return;
    long signBit = 1L << (t.width() - 1);
    long want = negative && !(isFnuz(t) && expected == 0) ? expected | signBit : expected;
    long got = bits(t, negative ? -a : a);
    assertEquals(want, got, () -> t + ": " + (negative ? -a : a) + " -> 0x" + Long.toHexString(got) + ", expected 0x" + Long.toHexString(want));
  }

  /** At the midpoint of every pair of neighbouring values the even pattern wins; off the midpoint, the nearer one. */
  @Test
  void everyMidpointRoundsToEven() {
    for (FloatType t : SMALL) {
      List<long[]> vs = finiteNonNegative(t);
      for (int i = 0; i + 1 < vs.size(); i++) {
        long lo = vs.get(i)[0], hi = vs.get(i + 1)[0];
        double a = Double.longBitsToDouble(vs.get(i)[1]), b = Double.longBitsToDouble(vs.get(i + 1)[1]);
        double mid = (a + b) / 2;
        assertTrue(mid > a && mid < b, "midpoints of small types are exact doubles");
        long even = (lo & 1) == 0 ? lo : hi;
        assertEquals(even, bits(t, mid), t + " midpoint of " + a + " and " + b);
        assertEquals(lo, bits(t, Math.nextDown(mid)), t + " just below the midpoint of " + a + " and " + b);
        assertEquals(hi, bits(t, Math.nextUp(mid)), t + " just above the midpoint of " + a + " and " + b);
      }
    }
  }

  @Test
  void knownEncodings() {
    assertEquals(0x3C00, bits(F16, 1.0));
    assertEquals(0xC000, bits(F16, -2.0));
    assertEquals(0x7BFF, bits(F16, 65504.0));
    assertEquals(0x0001, bits(F16, 0x1p-24));
    assertEquals(0x3F80, bits(BF16, 1.0));
    assertEquals(0x3F80, bits(BF16, 1.00390625), "the midpoint of 1 and its successor ties to even");
    assertEquals(0x3F82, bits(BF16, 1.01171875), "the midpoint of 0x3F81 and 0x3F82 ties up to even");
    assertEquals(0x7E, bits(F8E4M3FN, 448.0));
    assertEquals(0x01, bits(F8E4M3FN, 0x1p-9));
    assertEquals(0x7B, bits(F8E5M2, 57344.0));
    assertEquals(0x7F, bits(F8E5M2FNUZ, 57344.0));
    assertEquals(0x7F, bits(F8E4M3FNUZ, 240.0));
    assertEquals(0x7F, bits(F8E4M3B11FNUZ, 30.0));
    assertEquals(0x77, bits(F8E4M3, 240.0));
    assertEquals(0x6F, bits(F8E3M4, 15.5));
    assertEquals(0x3F800000L, bits(F32, 1.0));
    assertEquals(new BigInteger("3FFF8000000000000000", 16), FloatBits.fromDouble(F80, 1.0));
    assertEquals(BigInteger.valueOf(0x3FFF).shiftLeft(112), FloatBits.fromDouble(F128, 1.0));
    assertEquals(1.5, value(F16, 0x3E00));
    assertEquals(Math.scalb(1.0, -133), FloatBits.toDouble(BF16, big(1)), "the smallest bf16 subnormal");
  }

  // ---- zeros, underflow, overflow, NaN ----

  @Test
  void signedZeros() {
    for (FloatType t : FloatType.values()) {
      assertEquals(BigInteger.ZERO, FloatBits.fromDouble(t, 0.0), t + " +0");
      BigInteger negZero = FloatBits.fromDouble(t, -0.0);
      if (isFnuz(t)) assertEquals(BigInteger.ZERO, negZero, t + " has no negative zero");
      else assertEquals(BigInteger.ONE.shiftLeft(t.width() - 1), negZero, t + " -0");
    }
  }

  @Test
  void underflowTiesToZeroAndKeepsTheSign() {
    for (FloatType t : SMALL) {
      double tiny = value(t, 1);
      assertEquals(0, bits(t, tiny / 2), t + " half the smallest subnormal ties to zero");
      assertEquals(1, bits(t, Math.nextUp(tiny / 2)), t.toString());
      assertEquals(2, bits(t, 3 * tiny / 2), t + " 1.5 ulp ties to the even 2 ulp");
      long negTiny = bits(t, -tiny / 4);
      assertEquals(isFnuz(t) ? 0 : 1L << (t.width() - 1), negTiny, t + " a negative underflow");
      assertEquals(0, bits(t, Double.MIN_VALUE), t.toString());
    }
  }

  @Test
  void ieeeTypesOverflowToInfinity() {
    for (FloatType t : IEEE_SMALL) {
      long inf = ((1L << t.exponentBits()) - 1) << t.mantissaBits();
      long maxBits = inf - 1;
      double max = value(t, maxBits), threshold = max + (max - value(t, maxBits - 1)) / 2;
      assertEquals(Double.POSITIVE_INFINITY, value(t, inf), t.toString());
      assertEquals(inf, bits(t, threshold), t + " the midpoint above the largest value rounds to infinity");
      assertEquals(maxBits, bits(t, Math.nextDown(threshold)), t + " just below it stays finite");
      assertEquals(inf | 1L << (t.width() - 1), bits(t, -threshold), t + " negative overflow");
      assertEquals(inf, bits(t, 1e300), t.toString());
      assertEquals(inf, bits(t, Double.POSITIVE_INFINITY), t.toString());
      assertEquals(inf | 1L << (t.width() - 1), bits(t, Double.NEGATIVE_INFINITY), t.toString());
    }
    assertEquals(0x7C00, bits(F16, 65520.0));
    assertEquals(0x7BFF, bits(F16, 65519.99));
    assertEquals(0x7F800000L, bits(F32, 1e300));
    assertEquals(0xFF800000L, bits(F32, -1e300));
    assertFalse(FloatBits.isNonFinite(F80, FloatBits.fromDouble(F80, Double.MAX_VALUE)));
    assertFalse(FloatBits.isNonFinite(F128, FloatBits.fromDouble(F128, -Double.MAX_VALUE)));
  }

  /**
   * Types without infinities (FN, FNUZ) overflow to NaN, as LLVM's APFloat does in round-to-nearest:
   * values up to half an ulp above the largest finite value round down to it (ties to even).
   */
  @Test
  void typesWithoutInfinityOverflowToNaN() {
    assertEquals(0x7E, bits(F8E4M3FN, 464.0), "the tie between 448 and the would-be 480 goes to the even 448");
    assertEquals(0x7E, bits(F8E4M3FN, 463.0));
    assertTrue(Double.isNaN(value(F8E4M3FN, bits(F8E4M3FN, Math.nextUp(464.0)))));
    assertTrue(Double.isNaN(value(F8E4M3FN, bits(F8E4M3FN, -1000.0))));
    assertEquals(0x7F, bits(F8E4M3FNUZ, Math.nextDown(248.0)));
    assertEquals(0x80, bits(F8E4M3FNUZ, 248.0), "240 is odd: the tie goes to the would-be 256, which overflows");
    assertEquals(0x80, bits(F8E5M2FNUZ, 1e10));
    assertEquals(0x80, bits(F8E4M3B11FNUZ, -31.0));
    for (FloatType t : List.of(F8E4M3FN, F8E5M2FNUZ, F8E4M3FNUZ, F8E4M3B11FNUZ)) {
      assertTrue(Double.isNaN(value(t, bits(t, Double.POSITIVE_INFINITY))), t + " +inf");
      assertTrue(Double.isNaN(value(t, bits(t, Double.NEGATIVE_INFINITY))), t + " -inf");
      assertTrue(Double.isNaN(value(t, bits(t, 1e300))), t + " 1e300");
    }
  }

  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

  @Test
  void nanHandling() {
    assertEquals(0x7E00, bits(F16, Double.NaN));
    assertEquals(0xFE00, bits(F16, NEGATIVE_NAN), "the sign of a NaN is kept");
    assertEquals(0x7FC0, bits(BF16, Double.NaN));
    assertEquals(0x7FC00000L, bits(F32, Double.NaN));
    assertEquals(0xFFC00000L, bits(F32, NEGATIVE_NAN));
    assertEquals(0x7E, bits(F8E5M2, Double.NaN));
    assertEquals(0x7F, bits(F8E4M3FN, Double.NaN));
    assertEquals(0x80, bits(F8E4M3FNUZ, Double.NaN));
    assertEquals(0x80, bits(F8E5M2FNUZ, Double.NaN));
    assertEquals(0x80, bits(F8E4M3B11FNUZ, Double.NaN));
    for (FloatType t : FloatType.values()) {
      BigInteger nan = FloatBits.nanBits(t);
      assertTrue(Double.isNaN(FloatBits.toDouble(t, nan)), t + " nanBits is a NaN");
      assertTrue(FloatBits.isNonFinite(t, nan), t.toString());
      assertTrue(Double.isNaN(FloatBits.toDouble(t, FloatBits.fromDouble(t, Double.NaN))), t.toString());
      assertFalse(FloatBits.isNonFinite(t, FloatBits.fromDouble(t, 1.0)), t.toString());
    }
    assertTrue(Double.isNaN(value(F16, 0x7C01)), "a signalling NaN payload is a NaN");
    assertTrue(Double.isNaN(value(F8E4M3FN, 0xFF)), "f8E4M3FN has NaNs of both signs");
    assertEquals(-0.0, value(F8E4M3FN, 0x80));
    assertTrue(Double.isNaN(value(F8E5M2FNUZ, 0x80)), "FNUZ: the negative-zero pattern is the NaN");
  }

  @Test
  void floatAttrsCompareByBits() {
    assertEquals(FloatAttr.of(F16, 1.0), FloatAttr.of(F16, 1.0004), "both round to 1.0 in f16");
    assertEquals(BigInteger.valueOf(0x3C00), FloatAttr.of(F16, 1.0).bits());
    assertEquals(FloatAttr.of(F32, Double.NaN), FloatAttr.f32(Float.NaN), "NaN attributes with equal bits are equal");
    assertNotEquals(FloatAttr.of(F32, 0.0), FloatAttr.of(F32, -0.0), "zeros of different sign differ");
    assertNotEquals(FloatAttr.of(F16, 1.0), FloatAttr.of(BF16, 1.0));
    assertEquals(0.1f, (float) FloatAttr.f32(0.1f).value());
    assertEquals(65504.0, FloatAttr.of(F16, 65504.0).value());
  }
}
