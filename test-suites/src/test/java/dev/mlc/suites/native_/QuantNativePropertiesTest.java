package dev.mlc.suites.native_;

import static dev.mlc.suites.native_.NativeHarness.check;
import static dev.mlc.suites.native_.NativeHarness.f32;
import static dev.mlc.suites.native_.NativeHarness.list;
import static dev.mlc.suites.native_.NativeHarness.oneOp;
import static dev.mlc.suites.native_.NativeHarness.t;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.suites.native_.NativeHarness.Inputs;
import dev.mlc.suites.native_.NativeHarness.Tol;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The quantized ops natively against the interpreter, all exactly (the lowering reproduces the
 * interpreter's f32 requantization): quantize/dequantize per tensor and per axis (negative axes),
 * {@code i8} and {@code ui8} with zero points across their range, inputs with exact halves (round
 * half to even), NaN, ±∞ and out-of-range values (saturation); matmul_integer and qlinear_matmul
 * with numpy shapes and per-column parameters; qlinear_conv2d with strides, pads, dilations, groups,
 * per-channel weight parameters and an optional i32 bias.
 */
@AddLifecycleHook(NativeTries.class)
class QuantNativePropertiesTest {
  static final Type UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED), I8 = IntegerType.of(8);

  static String q(boolean unsigned) { return unsigned ? "ui8" : "i8"; }

  static Tensor q8(Inputs in, boolean unsigned, long... shape) { return unsigned ? in.ints(UI8, shape, 0, 255) : in.ints(I8, shape, -128, 127); }

  static long zp(SplittableRandom r, boolean unsigned) { return unsigned ? r.nextInt(256) : r.nextInt(256) - 128; }

  /** A scale that is a power of two or not, 2^-6 to about 4. */
  static double scale(SplittableRandom r) { return r.nextBoolean() ? Math.scalb(1.0, r.nextInt(7) - 5) : (float) (0.01 + r.nextDouble() * 3); }

  /** {@code name = v : f32}, or per axis a 1-D dense attribute with {@code n} entries. */
  static String scaleAttr(String name, SplittableRandom r, long n) {
    if (n < 0) return name + " = " + scale(r) + " : f32";
    double[] v = new double[(int) n];
    for (int i = 0; i < n; i++) v[i] = scale(r);
    return name + " = dense<" + NativeHarness.floats(v) + "> : " + f32(n);
  }

  static String zpAttr(String name, SplittableRandom r, boolean unsigned, long n) {
    if (n < 0) return name + " = " + zp(r, unsigned) + " : i64";
    long[] v = new long[(int) n];
    for (int i = 0; i < n; i++) v[i] = zp(r, unsigned);
    return name + " = dense<" + list(v) + "> : " + t(q(unsigned), n);
  }

  @Property(tries = 15)
  void quantizeDequantize(@ForAll boolean quantize, @ForAll boolean unsigned, @ForAll boolean perAxis, @ForAll @IntRange(min = 1, max = 4) int rank,
                          @ForAll boolean i32Input, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] x = new long[rank];
    for (int i = 0; i < rank; i++) x[i] = 1 + r.nextInt(4);
    int axis = r.nextInt(rank);
    boolean defaultAxis = perAxis && axis == 1 && r.nextBoolean();
    long n = perAxis ? x[axis] : -1;
    String attrs = scaleAttr("scale", r, n);
    boolean i32 = !quantize && i32Input && !perAxis; // dequantize of i32 has no zero point
    if (!i32 && r.nextInt(4) != 0) attrs += ", " + zpAttr("zero_point", r, unsigned, n);
    if (perAxis && !defaultAxis) attrs += ", axis = " + (r.nextBoolean() ? axis : axis - rank) + " : i64";
    Inputs in = new Inputs(seed);
    if (quantize) {
      Tensor v = in.floats(FloatType.F32, x);
      for (int i = 0; i < v.size(); i += 3) v.setDouble(i, Math.rint(v.getDouble(i) * 4) / 2 * 8); // exact halves after the division
      check(oneOp("graph.quantize_linear", attrs, List.of(f32(x)), List.of(t(q(unsigned), x))), Tol.EXACT, v);
    } else {
      String e = i32 ? "i32" : q(unsigned);
      Tensor v = i32 ? in.ints(IntegerType.of(32), x, -100000, 100000) : q8(in, unsigned, x);
      check(oneOp("graph.dequantize_linear", attrs, List.of(t(e, x)), List.of(f32(x))), Tol.EXACT, v);
    }
  }

  @Property(tries = 12)
  void matmulInteger(@ForAll boolean ua, @ForAll boolean ub, @ForAll boolean zeroPoints, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[][] s = NnNativePropertiesTest.matmulShapes(r);
    String attrs = zeroPoints ? "a_zero_point = " + zp(r, ua) + " : i64, b_zero_point = " + zp(r, ub) + " : i64" : "";
    Inputs in = new Inputs(seed);
    check(oneOp("graph.matmul_integer", attrs, List.of(t(q(ua), s[0]), t(q(ub), s[1])), List.of(t("i32", s[2]))), Tol.EXACT, q8(in, ua, s[0]),
        q8(in, ub, s[1]));
  }

  @Property(tries = 12)
  void qlinearMatmul(@ForAll boolean ua, @ForAll boolean ub, @ForAll boolean uy, @ForAll boolean perColumn, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long m = 1 + r.nextInt(4), k = 1 + r.nextInt(6), n = 1 + r.nextInt(4);
    long cols = perColumn ? n : -1;
    String attrs = scaleAttr("a_scale", r, -1) + ", " + zpAttr("a_zero_point", r, ua, -1) + ", " + scaleAttr("b_scale", r, cols) + ", "
        + zpAttr("b_zero_point", r, ub, cols) + ", y_scale = " + (float) (0.5 + r.nextDouble() * 20) + " : f32, " + zpAttr("y_zero_point", r, uy, -1);
    Inputs in = new Inputs(seed);
    check(oneOp("graph.qlinear_matmul", attrs, List.of(t(q(ua), m, k), t(q(ub), k, n)), List.of(t(q(uy), m, n))), Tol.EXACT, q8(in, ua, m, k), q8(in, ub, k, n));
  }

  @Property(tries = 12)
  void qlinearConv2d(@ForAll boolean ux, @ForAll boolean uy, @ForAll boolean perChannel, @ForAll boolean bias, @ForAll @IntRange(min = 1, max = 2) int groups,
                     @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long cg = 1 + r.nextInt(2), c = cg * groups, m = groups * (1 + r.nextInt(2));
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3), sh = 1 + r.nextInt(2), sw = 1 + r.nextInt(2), dh = 1 + r.nextInt(2), dw = 1;
    long h = 2 + r.nextInt(5), w = 2 + r.nextInt(5);
    long[] p = {r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2)};
    long oh = NnNativePropertiesTest.convOut(h, p[0], p[2], kh, sh, dh), ow = NnNativePropertiesTest.convOut(w, p[1], p[3], kw, sw, dw);
    Assume.that(oh > 0 && ow > 0);
    long ch = perChannel ? m : -1;
    String attrs = "strides = " + list(sh, sw) + ", pads = " + list(p) + ", dilations = " + list(dh, dw) + ", groups = " + groups + " : i64, "
        + scaleAttr("x_scale", r, -1) + ", " + zpAttr("x_zero_point", r, ux, -1) + ", " + scaleAttr("w_scale", r, ch) + ", " + zpAttr("w_zero_point", r, false, ch)
        + ", y_scale = " + (float) (1 + r.nextDouble() * 40) + " : f32, " + zpAttr("y_zero_point", r, uy, -1);
    Inputs in = new Inputs(seed);
    List<String> args = new ArrayList<>(List.of(t(q(ux), 1, c, h, w), t("i8", m, cg, kh, kw)));
    if (bias) args.add(t("i32", m));
    Object[] inputs = bias ? new Object[] {q8(in, ux, 1, c, h, w), q8(in, false, m, cg, kh, kw), in.ints(IntegerType.of(32), new long[] {m}, -5000, 5000)}
        : new Object[] {q8(in, ux, 1, c, h, w), q8(in, false, m, cg, kh, kw)};
    check(oneOp("graph.qlinear_conv2d", attrs, args, List.of(t(q(uy), 1, m, oh, ow))), Tol.EXACT, inputs);
  }

  @Property(tries = 8)
  void convInteger(@ForAll boolean ux, @ForAll boolean uw, @ForAll boolean perChannel, @ForAll @IntRange(min = 1, max = 2) int groups, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long cg = 1 + r.nextInt(2), c = cg * groups, m = groups * (1 + r.nextInt(2));
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3), sh = 1 + r.nextInt(2), sw = 1 + r.nextInt(2), dh = 1 + r.nextInt(2), dw = 1;
    long h = 2 + r.nextInt(5), w = 2 + r.nextInt(5);
    long[] p = {r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2)};
    long oh = NnNativePropertiesTest.convOut(h, p[0], p[2], kh, sh, dh), ow = NnNativePropertiesTest.convOut(w, p[1], p[3], kw, sw, dw);
    Assume.that(oh > 0 && ow > 0);
    String attrs = "strides = " + list(sh, sw) + ", pads = " + list(p) + ", dilations = " + list(dh, dw) + ", groups = " + groups + " : i64, "
        + zpAttr("x_zero_point", r, ux, -1) + ", " + zpAttr("w_zero_point", r, uw, perChannel ? m : -1);
    Inputs in = new Inputs(seed);
    check(oneOp("graph.conv_integer", attrs, List.of(t(q(ux), 1, c, h, w), t(q(uw), m, cg, kh, kw)), List.of(t("i32", 1, m, oh, ow))), Tol.EXACT,
        q8(in, ux, 1, c, h, w), q8(in, uw, m, cg, kh, kw));
  }
}
