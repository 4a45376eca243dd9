package dev.mlc.suites.native_;

import static dev.mlc.suites.native_.NativeHarness.check;
import static dev.mlc.suites.native_.NativeHarness.oneOp;
import static dev.mlc.suites.native_.NativeHarness.t;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.suites.native_.NativeHarness.Inputs;
import dev.mlc.suites.native_.NativeHarness.Tol;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Element-wise graph ops natively against the interpreter: the broadcasting binary ops, compares
 * and {@code where} over generated shapes (rank 0 to 4, size-1 dimensions on either side, operands
 * of lower rank), the unary ops and activations with their attributes, and {@code cast} between
 * element types; float inputs include NaN, ±∞, ±0, exact halves and large values.
 *
 * <p>Tolerances: exact for integers, selections, compares, casts and single IEEE operations
 * (add, sub, mul, div, max, min, neg, abs, relu, sqrt, reciprocal, clip, leaky_relu: the interpreter's
 * double result rounded once equals the correctly rounded f32 operation, and f16/bf16 computed in f32
 * and rounded again equal it too); for f16 and bf16, other ops get 8 ulps of the type; 2 ulp for hard_sigmoid and
 * hard_swish (two f32 roundings natively, one in the interpreter); 8 ulp for exp, log, tanh, erf, pow
 * (libm or LLVM intrinsics, a few ulp each, against StrictMath) and for the composites sigmoid and gelu.
 */
@AddLifecycleHook(NativeTries.class)
class ElementwiseNativePropertiesTest {
  static final Map<String, Type> TYPES = Map.of("f32", FloatType.F32, "f64", FloatType.F64, "i32", IntegerType.of(32), "i64", IntegerType.of(64),
      "i8", IntegerType.of(8), "i1", IntegerType.of(1), "f16", FloatType.F16, "bf16", FloatType.BF16);

  /**
   * Operand shapes that broadcast together: a common rank-{@code rank} shape, each operand takes a
   * suffix of it (possibly empty: rank 0) with some dimensions replaced by 1. Returns the operand
   * shapes followed by the broadcast result shape.
   */
  static long[][] broadcastShapes(int operands, int rank, long bits) {
    long[] base = new long[rank];
    for (int i = 0; i < rank; i++) base[i] = 1 + ((bits >>> (2 * i)) & 3);
    long[][] r = new long[operands + 1][];
    long[] out = new long[rank];
    java.util.Arrays.fill(out, 1);
    for (int k = 0; k < operands; k++) {
      long b = bits >>> (8 + 7 * k);
      int rk = (b & 1) == 0 ? rank : (int) ((b >>> 1) & 3) % (rank + 1);
      long[] s = new long[rk];
      for (int i = 0; i < rk; i++) {
        int d = rank - rk + i;
        s[i] = ((b >>> (3 + i)) & 1) == 1 ? 1 : base[d];
        out[d] = Math.max(out[d], s[i]);
      }
      r[k] = s;
    }
    int outRank = 0;
    for (int k = 0; k < operands; k++) outRank = Math.max(outRank, r[k].length);
    r[operands] = java.util.Arrays.copyOfRange(out, rank - outRank, rank);
    return r;
  }

  @Provide Arbitrary<String> binaryOps() { return Arbitraries.of("add", "sub", "mul", "div", "max", "min", "pow"); }

  @Provide Arbitrary<String> binaryTypes() { return Arbitraries.of("f32", "f64", "f16", "bf16", "i32", "i64", "i8"); }

  @Property(tries = 30)
  void broadcastingBinary(@ForAll("binaryOps") String op, @ForAll("binaryTypes") String type, @ForAll @IntRange(min = 0, max = 4) int rank,
                          @ForAll long bits, @ForAll long seed) {
    if (op.equals("pow") && type.startsWith("i")) type = "f32";
    Type e = TYPES.get(type);
    long[][] s = broadcastShapes(2, rank, bits);
    Inputs in = new Inputs(seed);
    Tensor a, b;
    if (e instanceof FloatType) {
      a = in.floats(e, s[0]);
      b = in.floats(e, s[1]);
    } else {
      long lim = type.equals("i8") ? 100 : 1000;
      a = in.ints(e, s[0], -lim, lim);
      b = in.ints(e, s[1], -lim, lim);
      if (op.equals("div")) for (int i = 0; i < b.size(); i++) if (b.getLong(i) == 0) b.setLong(i, 7); // integer division by zero is undefined
    }
    // f16 and bf16 are computed in f32 and rounded: exact for one IEEE operation (f32 has more than 2p + 2 bits)
    Tol tol = !op.equals("pow") ? Tol.EXACT : type.equals("f16") || type.equals("bf16") ? halfTol(op, type) : Tol.ulps(8);
    check(oneOp("graph." + op, "", List.of(t(type, s[0]), t(type, s[1])), List.of(t(type, s[2]))), tol, a, b);
  }

  @Provide Arbitrary<String> compareOps() { return Arbitraries.of("equal", "less", "greater"); }

  @Property(tries = 15)
  void compares(@ForAll("compareOps") String op, @ForAll boolean ints, @ForAll @IntRange(min = 0, max = 4) int rank, @ForAll long bits, @ForAll long seed) {
    long[][] s = broadcastShapes(2, rank, bits);
    Inputs in = new Inputs(seed);
    String type = ints ? "i32" : "f32";
    Type e = TYPES.get(type);
    // few distinct values, so that equal and the boundaries of less/greater occur
    Tensor a = ints ? in.ints(e, s[0], -2, 2) : in.floats(e, s[0]), b = ints ? in.ints(e, s[1], -2, 2) : in.floats(e, s[1]);
    if (!ints) for (int i = 0; i < b.size() && i < a.size(); i += 2) b.setDouble(i, a.getDouble(i));
    check(oneOp("graph." + op, "", List.of(t(type, s[0]), t(type, s[1])), List.of(t("i1", s[2]))), Tol.EXACT, a, b);
  }

  @Property(tries = 12)
  void where(@ForAll @IntRange(min = 0, max = 4) int rank, @ForAll long bits, @ForAll boolean ints, @ForAll long seed) {
    long[][] s = broadcastShapes(3, rank, bits);
    Inputs in = new Inputs(seed);
    String type = ints ? "i64" : "f32";
    Type e = TYPES.get(type);
    Tensor c = in.ints(IntegerType.of(1), s[0], 0, 1);
    Tensor x = ints ? in.ints(e, s[1], -50, 50) : in.floats(e, s[1]), y = ints ? in.ints(e, s[2], -50, 50) : in.floats(e, s[2]);
    check(oneOp("graph.where", "", List.of(t("i1", s[0]), t(type, s[1]), t(type, s[2])), List.of(t(type, s[3]))), Tol.EXACT, c, x, y);
  }

  @Provide Arbitrary<String> unaryOps() {
    return Arbitraries.of("relu", "neg", "abs", "exp", "log", "sqrt", "tanh", "erf", "reciprocal", "sigmoid", "leaky_relu", "clip", "gelu", "hard_sigmoid",
        "hard_swish");
  }

  @Property(tries = 40)
  void unary(@ForAll("unaryOps") String op, @ForAll("floatTypes") String type, @ForAll @IntRange(min = 0, max = 3) int rank, @ForAll long bits,
             @ForAll @IntRange(min = 0, max = 7) int variant, @ForAll long seed) {
    long[] shape = broadcastShapes(1, rank, bits)[1];
    String attrs = switch (op) {
      case "leaky_relu" -> variant == 0 ? "" : "alpha = " + (variant * 0.15 - 0.3) + " : f32";
      case "clip" -> switch (variant % 4) {
        case 0 -> "";
        case 1 -> "min = -1.0 : f32";
        case 2 -> "max = 0.5 : f32";
        default -> "min = -0.25 : f32, max = 2.0 : f32";
      };
      case "gelu" -> variant % 2 == 0 ? "" : "approximate = \"tanh\"";
      case "hard_sigmoid" -> variant == 0 ? "" : "alpha = " + (variant * 0.125) + " : f32, beta = " + (variant * 0.0625) + " : f32";
      default -> "";
    };
    Tol tol = switch (op) {
      case "relu", "neg", "abs", "sqrt", "reciprocal", "clip", "leaky_relu" -> Tol.EXACT;
      case "hard_sigmoid", "hard_swish" -> Tol.ulps(2);
      default -> Tol.ulps(8);
    };
    if (type.equals("f16") || type.equals("bf16")) tol = halfTol(op, type);
    Tensor x = new Inputs(seed).floats(TYPES.get(type), shape);
    check(oneOp("graph." + op, attrs, List.of(t(type, shape)), List.of(t(type, shape))), tol, x);
  }

  @Provide Arbitrary<String> floatTypes() { return Arbitraries.of("f32", "f32", "f64", "f16", "bf16"); }

  /**
   * f16 and bf16: exact where no rounding happens (relu, neg, abs, clip with bounds exact in the
   * type); otherwise 8 ulps of the type, since native code rounds constants (alpha, beta) and each
   * intermediate of a composite to the narrow type while the interpreter rounds the exact result once.
   */
  static Tol halfTol(String op, String type) {
    if (op.equals("relu") || op.equals("neg") || op.equals("abs") || op.equals("clip")) return Tol.EXACT;
    double eps = type.equals("f16") ? 0x1p-10 : 0x1p-7;
    return new Tol(8 * eps, 8 * eps);
  }

  /** Pow whose exponent has another element type: an integer (converted with sitofp) or a narrower or wider float. */
  @Property(tries = 8)
  void powMixedExponent(@ForAll("floatTypes") String base, @ForAll("powExponents") String exponent, @ForAll @IntRange(min = 0, max = 3) int rank, @ForAll long bits,
                        @ForAll long seed) {
    Assume.that(!exponent.equals(base));
    long[][] s = broadcastShapes(2, rank, bits);
    Inputs in = new Inputs(seed);
    Type eb = TYPES.get(base), ee = TYPES.get(exponent);
    Tensor a = in.floats(eb, s[0]), b = ee instanceof FloatType ? in.uniform(ee, s[1], -3, 3) : in.ints(ee, s[1], -4, 4);
    Tol tol = base.equals("f16") || base.equals("bf16") ? halfTol("pow", base) : Tol.ulps(8);
    check(oneOp("graph.pow", "", List.of(t(base, s[0]), t(exponent, s[1])), List.of(t(base, s[2]))), tol, a, b);
  }

  @Provide Arbitrary<String> powExponents() { return Arbitraries.of("i32", "i64", "f32", "f64", "f16"); }

  @Provide Arbitrary<String> intUnaryOps() { return Arbitraries.of("relu", "neg", "abs"); }

  @Property(tries = 6)
  void integerUnary(@ForAll("intUnaryOps") String op, @ForAll boolean i64, @ForAll @IntRange(min = 0, max = 3) int rank, @ForAll long bits, @ForAll long seed) {
    long[] shape = broadcastShapes(1, rank, bits)[1];
    String type = i64 ? "i64" : "i32";
    Tensor x = new Inputs(seed).ints(TYPES.get(type), shape, -1000, 1000);
    check(oneOp("graph." + op, "", List.of(t(type, shape)), List.of(t(type, shape))), Tol.EXACT, x);
  }

  @Provide Arbitrary<String> castTypes() { return Arbitraries.of("f32", "f64", "f16", "bf16", "i1", "i8", "i32", "i64"); }

  /** Casts between every pair of element types; floats include NaN, ±∞ and values out of the integer ranges (saturation). */
  @Property(tries = 25)
  void cast(@ForAll("castTypes") String from, @ForAll("castTypes") String to, @ForAll @IntRange(min = 0, max = 3) int rank, @ForAll long bits,
            @ForAll long seed) {
    long[] shape = broadcastShapes(1, rank, bits)[1];
    Inputs in = new Inputs(seed);
    Type e = TYPES.get(from);
    Tensor x;
    if (e instanceof FloatType) {
      x = in.floats(e, shape);
      for (int i = 0; i < x.size(); i += 3) x.setDouble(i, x.getDouble(i) * 100);
    } else {
      x = in.ints(e, shape, -(1L << 40), 1L << 40);
      for (int i = 0; i < x.size(); i += 2) x.setLong(i, in.nextInt(300) - 150);
    }
    check(oneOp("graph.cast", "", List.of(t(from, shape)), List.of(t(to, shape))), Tol.EXACT, x);
  }
}
