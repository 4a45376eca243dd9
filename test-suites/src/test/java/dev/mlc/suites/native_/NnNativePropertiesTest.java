package dev.mlc.suites.native_;

import static dev.mlc.suites.native_.NativeHarness.check;
import static dev.mlc.suites.native_.NativeHarness.f32;
import static dev.mlc.suites.native_.NativeHarness.list;
import static dev.mlc.suites.native_.NativeHarness.oneOp;
import static dev.mlc.suites.native_.NativeHarness.t;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.suites.native_.NativeHarness.Inputs;
import dev.mlc.suites.native_.NativeHarness.Tol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Convolutions, pools, normalizations, softmax, matrix products and reductions natively against
 * the interpreter over generated shapes and attributes: groups (depthwise included), non-square
 * kernels, strides, dilations, asymmetric pads and the pads ONNX's {@code auto_pad} resolves to
 * (SAME_UPPER, SAME_LOWER, VALID), ceil_mode, count_include_pad, transposes and broadcast
 * operands, keepdims and absent, empty or negative axes.
 *
 * <p>Convolutions, gemm, matmul and reductions also run on f64; matmul and reductions on i8, i32 and
 * i64 (full-range values: wrapping sums). Tolerances: max pooling and integer products or reductions exactly; sums of {@code k} terms
 * (convolutions, pools, matmul, gemm, reduce_sum/mean) {@code rtol 1e-5, atol k·1e-6}, the
 * interpreter accumulating in double and native code in f32; normalizations and softmax
 * {@code rtol 1e-4, atol 1e-5} (several f32 roundings, exp, sqrt).
 */
@AddLifecycleHook(NativeTries.class)
class NnNativePropertiesTest {
  static final Tol NORM = new Tol(1e-4, 1e-5);

  @Provide Arbitrary<String> floatTypes() { return Arbitraries.of("f32", "f32", "f64"); }

  /** Integer products and sums wrap in the element type natively and once at the end in the interpreter: the same value. */
  @Provide Arbitrary<String> numericTypes() { return Arbitraries.of("f32", "f32", "f64", "i8", "i32", "i64"); }

  static Type type(String e) { return ElementwiseNativePropertiesTest.TYPES.get(e); }

  /**
   * Begin and end pads of one spatial axis: explicit (0 to 2 each), or as ONNX resolves
   * {@code auto_pad} = SAME_UPPER (extra at the end), SAME_LOWER (extra at the start) or VALID.
   */
  static long[] pads(SplittableRandom r, int autoPad, long in, long k, long s, long d) {
    long eff = (k - 1) * d + 1;
    return switch (autoPad) {
      case 1, 2 -> {
        long out = Math.ceilDiv(in, s), total = Math.max(0, (out - 1) * s + eff - in);
        yield autoPad == 1 ? new long[] {total / 2, total - total / 2} : new long[] {total - total / 2, total / 2};
      }
      case 3 -> new long[] {0, 0};
      default -> new long[] {r.nextInt(3), r.nextInt(3)};
    };
  }

  static long convOut(long in, long pb, long pe, long k, long s, long d) { return Math.floorDiv(in + pb + pe - ((k - 1) * d + 1), s) + 1; }

  @Property(tries = 25)
  void conv2d(@ForAll @IntRange(min = 0, max = 2) int groupKind, @ForAll @IntRange(min = 0, max = 3) int autoPad, @ForAll boolean bias, @ForAll("floatTypes") String e,
              @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long n = 1 + r.nextInt(2), cg = 1 + r.nextInt(3), groups = switch (groupKind) { case 0 -> 1; case 1 -> 2 + r.nextInt(2); default -> 1 + r.nextInt(4); };
    if (groupKind == 2) cg = 1; // depthwise: one input channel per group
    long c = cg * groups, m = groups * (1 + r.nextInt(2));
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3), sh = 1 + r.nextInt(3), sw = 1 + r.nextInt(2), dh = 1 + r.nextInt(2), dw = 1 + r.nextInt(2);
    long h = 1 + r.nextInt(7), w = 1 + r.nextInt(7);
    long[] ph = pads(r, autoPad, h, kh, sh, dh), pw = pads(r, autoPad, w, kw, sw, dw);
    long oh = convOut(h, ph[0], ph[1], kh, sh, dh), ow = convOut(w, pw[0], pw[1], kw, sw, dw);
    Assume.that(oh > 0 && ow > 0);
    String attrs = "strides = " + list(sh, sw) + ", pads = " + list(ph[0], pw[0], ph[1], pw[1]) + ", dilations = " + list(dh, dw) + ", groups = " + groups + " : i64";
    List<String> args = new ArrayList<>(List.of(t(e, n, c, h, w), t(e, m, cg, kh, kw)));
    if (bias) args.add(t(e, m));
    Inputs in = new Inputs(seed);
    Type et = type(e);
    Object[] inputs = bias ? new Object[] {in.uniform(et, new long[] {n, c, h, w}, -2, 2), in.uniform(et, new long[] {m, cg, kh, kw}, -1, 1), in.uniform(et, new long[] {m}, -1, 1)}
        : new Object[] {in.uniform(et, new long[] {n, c, h, w}, -2, 2), in.uniform(et, new long[] {m, cg, kh, kw}, -1, 1)};
    check(oneOp("graph.conv2d", attrs, args, List.of(t(e, n, m, oh, ow))), Tol.sums(cg * kh * kw), inputs);
  }

  @Property(tries = 15)
  void convTranspose2d(@ForAll @IntRange(min = 1, max = 3) int groups, @ForAll boolean bias, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long cg = 1 + r.nextInt(2), mg = 1 + r.nextInt(2), c = cg * groups, m = mg * groups;
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3), sh = 1 + r.nextInt(3), sw = 1 + r.nextInt(2), dh = 1 + r.nextInt(2), dw = 1 + r.nextInt(2);
    long h = 1 + r.nextInt(4), w = 1 + r.nextInt(4);
    long oph = r.nextInt((int) Math.max(sh, dh)), opw = r.nextInt((int) Math.max(sw, dw));
    long[] p = {r.nextInt(3), r.nextInt(3), r.nextInt(3), r.nextInt(3)};
    long oh = sh * (h - 1) + oph + (kh - 1) * dh + 1 - p[0] - p[2], ow = sw * (w - 1) + opw + (kw - 1) * dw + 1 - p[1] - p[3];
    Assume.that(oh > 0 && ow > 0);
    String attrs = "strides = " + list(sh, sw) + ", pads = " + list(p) + ", dilations = " + list(dh, dw) + ", output_padding = " + list(oph, opw)
        + ", groups = " + groups + " : i64";
    List<String> args = new ArrayList<>(List.of(f32(1, c, h, w), f32(c, mg, kh, kw)));
    if (bias) args.add(f32(m));
    Inputs in = new Inputs(seed);
    Object[] inputs = bias ? new Object[] {in.finite(new long[] {1, c, h, w}, -2, 2), in.finite(new long[] {c, mg, kh, kw}, -1, 1), in.finite(new long[] {m}, -1, 1)}
        : new Object[] {in.finite(new long[] {1, c, h, w}, -2, 2), in.finite(new long[] {c, mg, kh, kw}, -1, 1)};
    check(oneOp("graph.conv_transpose2d", attrs, args, List.of(f32(1, m, oh, ow))), Tol.sums(cg * kh * kw), inputs);
  }

  /** Pool output size with ceil_mode's rule: a last window that would start in the end padding is dropped. */
  static long poolOut(long in, long pb, long pe, long k, long s, long d, boolean ceil) {
    long span = in + pb + pe - ((k - 1) * d + 1);
    long o = (ceil ? Math.ceilDiv(span, s) : Math.floorDiv(span, s)) + 1;
    if (ceil && (o - 1) * s >= in + pb) o--;
    return o;
  }

  @Property(tries = 25)
  void pools(@ForAll boolean max, @ForAll boolean ceil, @ForAll boolean includePad, @ForAll @IntRange(min = 0, max = 3) int autoPad, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3), sh = 1 + r.nextInt(3), sw = 1 + r.nextInt(3);
    long dh = r.nextInt(3) == 0 ? 2 : 1, dw = r.nextInt(3) == 0 ? 2 : 1;
    long h = 1 + r.nextInt(7), w = 1 + r.nextInt(7), c = 1 + r.nextInt(3);
    long[] ph = pads(r, autoPad, h, kh, sh, dh), pw = pads(r, autoPad, w, kw, sw, dw);
    // ONNX requires each pad to be smaller than the kernel
    Assume.that(ph[0] < kh && ph[1] < kh && pw[0] < kw && pw[1] < kw);
    Assume.that(h + ph[0] + ph[1] >= (kh - 1) * dh + 1 && w + pw[0] + pw[1] >= (kw - 1) * dw + 1); // a window fits the padded input
    long oh = poolOut(h, ph[0], ph[1], kh, sh, dh, ceil), ow = poolOut(w, pw[0], pw[1], kw, sw, dw, ceil);
    Assume.that(oh > 0 && ow > 0);
    String attrs = "kernel_shape = " + list(kh, kw) + ", strides = " + list(sh, sw) + ", pads = " + list(ph[0], pw[0], ph[1], pw[1]) + ", dilations = "
        + list(dh, dw) + ", ceil_mode = " + ceil + (max ? "" : ", count_include_pad = " + includePad);
    long[] x = {1 + r.nextInt(2), c, h, w};
    Tensor in = max ? new Inputs(seed).floats(FloatType.F32, x) : new Inputs(seed).finite(x, -4, 4);
    check(oneOp("graph." + (max ? "max" : "avg") + "_pool2d", attrs, List.of(f32(x)), List.of(f32(x[0], c, oh, ow))), max ? Tol.EXACT : Tol.sums(kh * kw), in);
  }

  @Property(tries = 6)
  void globalAvgPool(@ForAll @IntRange(min = 3, max = 5) int rank, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] x = new long[rank], y = new long[rank];
    for (int i = 0; i < rank; i++) {
      x[i] = 1 + r.nextInt(i < 2 ? 3 : 5);
      y[i] = i < 2 ? x[i] : 1;
    }
    check(oneOp("graph.global_avg_pool", "", List.of(f32(x)), List.of(f32(y))), Tol.sums(Tensor.count(x)), new Inputs(seed).finite(x, -4, 4));
  }

  @Property(tries = 8)
  void batchNorm(@ForAll @IntRange(min = 2, max = 4) int rank, @ForAll boolean epsilon, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] x = new long[rank];
    for (int i = 0; i < rank; i++) x[i] = 1 + r.nextInt(4);
    long c = x[1];
    Inputs in = new Inputs(seed);
    List<String> args = List.of(f32(x), f32(c), f32(c), f32(c), f32(c));
    check(oneOp("graph.batch_norm", epsilon ? "epsilon = 1.0e-03 : f32" : "", args, List.of(f32(x))), NORM, in.finite(x, -4, 4),
        in.finite(new long[] {c}, -2, 2), in.finite(new long[] {c}, -1, 1), in.finite(new long[] {c}, -1, 1), in.finite(new long[] {c}, 0.05, 2));
  }

  @Property(tries = 12)
  void layerNorm(@ForAll @IntRange(min = 1, max = 4) int rank, @ForAll boolean bias, @ForAll boolean negativeAxis, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] x = new long[rank];
    for (int i = 0; i < rank; i++) x[i] = 1 + r.nextInt(5);
    int axis = r.nextInt(rank), attrAxis = negativeAxis ? axis - rank : axis;
    // scale and bias broadcast to x[axis:]: a suffix of it, some dimensions 1
    long[] norm = Arrays.copyOfRange(x, axis, rank);
    long[] scale = Arrays.copyOfRange(norm, r.nextInt(norm.length + 1) == 0 ? 0 : r.nextInt(norm.length), norm.length);
    for (int i = 0; i < scale.length; i++) if (r.nextInt(3) == 0) scale[i] = 1;
    long[] b = bias ? scale.clone() : null;
    String attrs = "axis = " + attrAxis + " : i64" + (r.nextBoolean() ? ", epsilon = 1.0e-02 : f32" : "");
    Inputs in = new Inputs(seed);
    List<String> args = new ArrayList<>(List.of(f32(x), f32(scale)));
    if (bias) args.add(f32(b));
    Object[] inputs = bias ? new Object[] {in.finite(x, -4, 4), in.finite(scale, -2, 2), in.finite(b, -1, 1)} : new Object[] {in.finite(x, -4, 4), in.finite(scale, -2, 2)};
    check(oneOp("graph.layer_norm", attrs, args, List.of(f32(x))), NORM, inputs);
  }

  @Property(tries = 8)
  void softmax(@ForAll @IntRange(min = 1, max = 4) int rank, @ForAll boolean defaultAxis, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] x = new long[rank];
    for (int i = 0; i < rank; i++) x[i] = 1 + r.nextInt(5);
    int axis = r.nextInt(2 * rank) - rank;
    check(oneOp("graph.softmax", defaultAxis ? "" : "axis = " + axis + " : i64", List.of(f32(x)), List.of(f32(x))), new Tol(2e-5, 1e-6),
        new Inputs(seed).finite(x, -8, 8));
  }

  @Property(tries = 15)
  void gemm(@ForAll boolean transA, @ForAll boolean transB, @ForAll @IntRange(min = 0, max = 5) int cForm, @ForAll boolean scaled, @ForAll("floatTypes") String e,
            @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long m = 1 + r.nextInt(5), n = 1 + r.nextInt(5), k = 1 + r.nextInt(6);
    long[] a = transA ? new long[] {k, m} : new long[] {m, k}, b = transB ? new long[] {n, k} : new long[] {k, n};
    long[] c = switch (cForm) { case 1 -> new long[] {}; case 2 -> new long[] {n}; case 3 -> new long[] {1, n}; case 4 -> new long[] {m, 1}; default -> new long[] {m, n}; };
    String attrs = "trans_a = " + transA + ", trans_b = " + transB + (scaled ? ", alpha = 0.75 : f32, beta = -1.5 : f32" : "");
    Inputs in = new Inputs(seed);
    List<String> args = new ArrayList<>(List.of(t(e, a), t(e, b)));
    if (cForm > 0) args.add(t(e, c));
    Type et = type(e);
    Object[] inputs = cForm > 0 ? new Object[] {in.uniform(et, a, -2, 2), in.uniform(et, b, -2, 2), in.uniform(et, c, -2, 2)}
        : new Object[] {in.uniform(et, a, -2, 2), in.uniform(et, b, -2, 2)};
    check(oneOp("graph.gemm", attrs, args, List.of(t(e, m, n))), Tol.sums(k * 4), inputs);
  }

  /** numpy matmul shapes: 1-D operands promoted and dropped, batch dimensions broadcast (size 1 against n, missing leading ones). */
  static long[][] matmulShapes(SplittableRandom r) {
    long m = 1 + r.nextInt(4), n = 1 + r.nextInt(4), k = 1 + r.nextInt(5);
    int ra = 1 + r.nextInt(4), rb = 1 + r.nextInt(4);
    int batch = Math.max(Math.max(ra, rb) - 2, 0);
    long[] bdims = new long[batch];
    for (int i = 0; i < batch; i++) bdims[i] = 1 + r.nextInt(3);
    long[] a = batchOf(r, bdims, ra, ra == 1 ? new long[] {k} : new long[] {m, k});
    long[] b = batchOf(r, bdims, rb, rb == 1 ? new long[] {k} : new long[] {k, n});
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      int ia = i - (batch - Math.max(ra - 2, 0)), ib = i - (batch - Math.max(rb - 2, 0));
      long da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
      out.add(Math.max(da, db));
    }
    if (ra > 1) out.add(m);
    if (rb > 1) out.add(n);
    return new long[][] {a, b, out.stream().mapToLong(x -> x).toArray(), {k}};
  }

  private static long[] batchOf(SplittableRandom r, long[] bdims, int rank, long[] matrix) {
    int nb = Math.max(rank - 2, 0);
    long[] s = new long[nb + matrix.length];
    for (int i = 0; i < nb; i++) s[i] = r.nextInt(3) == 0 ? 1 : bdims[bdims.length - nb + i];
    System.arraycopy(matrix, 0, s, nb, matrix.length);
    return s;
  }

  @Property(tries = 15)
  void matmul(@ForAll("numericTypes") String e, @ForAll long seed) {
    long[][] s = matmulShapes(new SplittableRandom(seed));
    boolean ints = e.startsWith("i");
    Inputs in = new Inputs(seed);
    Type et = type(e);
    Tensor a = ints ? in.any(et, s[0]) : in.uniform(et, s[0], -2, 2), b = ints ? in.any(et, s[1]) : in.uniform(et, s[1], -2, 2);
    check(oneOp("graph.matmul", "", List.of(t(e, s[0]), t(e, s[1])), List.of(t(e, s[2]))), ints ? Tol.EXACT : Tol.sums(s[3][0] * 4), a, b);
  }

  @Provide Arbitrary<String> reductions() { return Arbitraries.of("reduce_sum", "reduce_mean", "reduce_max", "reduce_min"); }

  @Property(tries = 25)
  void reductions(@ForAll("reductions") String op, @ForAll @IntRange(min = 1, max = 4) int rank, @ForAll @IntRange(min = 0, max = 2) int axesForm,
                  @ForAll boolean keepdims, @ForAll boolean defaultKeep, @ForAll("numericTypes") String e, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    if (op.equals("reduce_mean") && e.startsWith("i")) e = "f32";
    boolean ints = e.startsWith("i");
    long[] x = new long[rank];
    for (int i = 0; i < rank; i++) x[i] = 1 + r.nextInt(4);
    boolean[] reduced = new boolean[rank];
    List<Long> axes = new ArrayList<>();
    if (axesForm == 2) { // some axes, negative ones too
      for (int i = 0; i < rank; i++) if (r.nextBoolean()) { reduced[i] = true; axes.add(r.nextBoolean() ? i : (long) i - rank); }
      if (axes.isEmpty()) { reduced[0] = true; axes.add(0L); }
    } else Arrays.fill(reduced, true); // absent (0) or empty (1): every axis
    boolean keep = defaultKeep || keepdims;
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < rank; i++) if (!reduced[i]) out.add(x[i]); else if (keep) out.add(1L);
    String attrs = (axesForm == 0 ? "" : "axes = " + list(axes.stream().mapToLong(v -> v).toArray())) + (defaultKeep ? "" : (axesForm == 0 ? "" : ", ") + "keepdims = " + keepdims);
    Inputs in = new Inputs(seed);
    Type et = type(e);
    Tensor v = ints ? in.any(et, x) : op.endsWith("max") || op.endsWith("min") ? in.floats(et, x) : in.uniform(et, x, -4, 4);
    Tol tol = ints || op.endsWith("max") || op.endsWith("min") ? Tol.EXACT : Tol.sums(Tensor.count(x) * 4);
    check(oneOp("graph." + op, attrs, List.of(t(e, x)), List.of(t(e, out.stream().mapToLong(d -> d).toArray()))), tol, v);
  }
}
