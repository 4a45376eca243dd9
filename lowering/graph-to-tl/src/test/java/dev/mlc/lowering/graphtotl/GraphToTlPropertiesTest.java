package dev.mlc.lowering.graphtotl;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Generated shapes and attributes: broadcasting element-wise ops, conv2d, conv_transpose2d, pools and resize against the interpreter. */
class GraphToTlPropertiesTest {
  private static String t(long... dims) {
    StringBuilder sb = new StringBuilder("tensor<");
    for (long d : dims) sb.append(d).append('x');
    return sb.append("f32>").toString();
  }

  @Provide Arbitrary<String> binaryOps() { return Arbitraries.of("add", "sub", "mul", "max", "min", "div"); }

  /** Each operand dimension independently keeps the output's size or broadcasts from 1, and operand ranks may be shorter. */
  @Property(tries = 40)
  void broadcastingBinary(@ForAll("binaryOps") String op, @ForAll @IntRange(min = 1, max = 4) int rank, @ForAll @IntRange(min = 0, max = 1 << 12) int bits,
                          @ForAll @IntRange(min = 0, max = 100) int seed) {
    long[] out = new long[rank];
    for (int i = 0; i < rank; i++) out[i] = 1 + ((bits >> (3 * i)) & 3);
    int ra = rank - (bits >> 10 & 1), rb = rank;
    long[] a = new long[ra], b = new long[rb];
    for (int i = 0; i < ra; i++) a[i] = ((seed >> i) & 1) == 0 ? out[rank - ra + i] : 1;
    for (int i = 0; i < rb; i++) b[i] = ((seed >> (i + 4)) & 1) == 0 ? out[rank - rb + i] : 1;
    for (int i = 0; i < rank; i++) {
      boolean fromA = i >= rank - ra && a[i - rank + ra] == out[i], fromB = i >= rank - rb && b[i - rank + rb] == out[i];
      if (!fromA && !fromB) out[i] = 1;
    }
    Differential.check("func.func @main(%a: " + t(a) + ", %b: " + t(b) + ") -> " + t(out) + " {\n  %r = \"graph." + op + "\"(%a, %b) : (" + t(a) + ", " + t(b)
        + ") -> " + t(out) + "\n  return %r : " + t(out) + "\n}\n", seed);
  }

  @Property(tries = 30)
  void conv2d(@ForAll @IntRange(min = 1, max = 2) int groups, @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 2) int stride,
              @ForAll @IntRange(min = 1, max = 2) int dil, @ForAll @IntRange(min = 0, max = 2) int pad, @ForAll boolean bias, @ForAll @IntRange(min = 0, max = 100) int seed) {
    conv2dCase(groups, k, stride, dil, pad, bias, seed, java.util.List.of());
  }

  /** conv2d converted to NHWC by --convert-layout (docs/layout.md), lowered, against the NCHW interpreter. */
  @Property(tries = 20)
  void conv2dNhwc(@ForAll @IntRange(min = 1, max = 2) int groups, @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 2) int stride,
                  @ForAll @IntRange(min = 1, max = 2) int dil, @ForAll @IntRange(min = 0, max = 2) int pad, @ForAll boolean bias, @ForAll @IntRange(min = 0, max = 100) int seed) {
    conv2dCase(groups, k, stride, dil, pad, bias, seed, java.util.List.of(new dev.mlc.dialect.graph.transforms.layout.ConvertLayoutPass()));
  }

  private static void conv2dCase(int groups, int k, int stride, int dil, int pad, boolean bias, int seed, java.util.List<dev.mlc.ir.pass.Pass> first) {
    long c = 2L * groups, m = 2L * groups, h = 5 + seed % 3 + 2L * dil, w = 4 + seed % 2 + 2L * dil;
    long oh = (h + 2 * pad - dil * (k - 1) - 1) / stride + 1, ow = (w + pad - dil * (k - 1) - 1) / stride + 1;
    String x = t(1, c, h, w), wt = t(m, c / groups, k, k), y = t(1, m, oh, ow);
    String ops = bias ? "%x, %w, %b" : "%x, %w", types = bias ? x + ", " + wt + ", " + t(m) : x + ", " + wt;
    Differential.check("func.func @main(%x: " + x + ", %w: " + wt + ", %b: " + t(m) + ") -> " + y + " {\n  %r = \"graph.conv2d\"(" + ops + ") {strides = [" + stride + ", " + stride
        + "], pads = [" + pad + ", 0, " + pad + ", " + pad + "], dilations = [" + dil + ", " + dil + "], groups = " + groups + " : i64} : (" + types + ") -> " + y
        + "\n  return %r : " + y + "\n}\n", seed, first);
  }

  @Property(tries = 30)
  void pools(@ForAll boolean max, @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 3) int stride, @ForAll @IntRange(min = 0, max = 1) int pad,
             @ForAll boolean ceil, @ForAll boolean includePad, @ForAll @IntRange(min = 0, max = 100) int seed) {
    poolsCase(max, k, stride, pad, ceil, includePad, seed, java.util.List.of());
  }

  /** The pools converted to NHWC by --convert-layout, lowered, against the NCHW interpreter. */
  @Property(tries = 20)
  void poolsNhwc(@ForAll boolean max, @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 3) int stride, @ForAll @IntRange(min = 0, max = 1) int pad,
                 @ForAll boolean ceil, @ForAll boolean includePad, @ForAll @IntRange(min = 0, max = 100) int seed) {
    poolsCase(max, k, stride, pad, ceil, includePad, seed, java.util.List.of(new dev.mlc.dialect.graph.transforms.layout.ConvertLayoutPass()));
  }

  private static void poolsCase(boolean max, int k, int stride, int pad, boolean ceil, boolean includePad, int seed, java.util.List<dev.mlc.ir.pass.Pass> first) {
    if (pad >= k) pad = 0;
    long h = 5 + seed % 4, w = 4 + seed % 3;
    long oh = out(h, k, stride, pad, ceil), ow = out(w, k, stride, pad, ceil);
    String x = t(1, 2, h, w), y = t(1, 2, oh, ow);
    String attrs = "kernel_shape = [" + k + ", " + k + "], strides = [" + stride + ", " + stride + "], pads = [" + pad + ", " + pad + ", " + pad + ", " + pad + "], ceil_mode = " + ceil
        + (max ? "" : ", count_include_pad = " + includePad);
    Differential.check("func.func @main(%x: " + x + ") -> " + y + " {\n  %r = \"graph." + (max ? "max" : "avg") + "_pool2d\"(%x) {" + attrs + "} : (" + x + ") -> " + y
        + "\n  return %r : " + y + "\n}\n", seed, first);
  }

  /** The output size, dropping a ceil-mode window that would start in the end padding. */
  private static long out(long n, int k, int s, int pad, boolean ceil) {
    long span = n + 2L * pad - k;
    long o = (ceil ? Math.ceilDiv(span, s) : Math.floorDiv(span, s)) + 1;
    if (ceil && (o - 1) * s >= n + pad) o--;
    return o;
  }

  @Property(tries = 30)
  void convTranspose2d(@ForAll @IntRange(min = 1, max = 2) int groups, @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 3) int stride,
                       @ForAll @IntRange(min = 1, max = 2) int dil, @ForAll @IntRange(min = 0, max = 3) int padBegin, @ForAll @IntRange(min = 0, max = 2) int padEnd,
                       @ForAll @IntRange(min = 0, max = 2) int outPad, @ForAll boolean bias, @ForAll @IntRange(min = 0, max = 100) int seed) {
    outPad = Math.min(outPad, Math.max(stride, dil) - 1);
    long c = 2L * groups, mg = 1 + seed % 2, m = mg * groups, h = 2 + seed % 3, w = 3 + seed % 2;
    long oh = stride * (h - 1) + outPad + dil * (k - 1) + 1 - padBegin - padEnd, ow = stride * (w - 1) + dil * (k - 1) + 1 - padEnd;
    if (oh <= 0) return;
    String x = t(1, c, h, w), wt = t(c, mg, k, k), y = t(1, m, oh, ow);
    String ops = bias ? "%x, %w, %b" : "%x, %w", types = bias ? x + ", " + wt + ", " + t(m) : x + ", " + wt;
    Differential.check("func.func @main(%x: " + x + ", %w: " + wt + ", %b: " + t(m) + ") -> " + y + " {\n  %r = \"graph.conv_transpose2d\"(" + ops + ") {strides = [" + stride + ", " + stride
        + "], pads = [" + padBegin + ", 0, " + padEnd + ", " + padEnd + "], dilations = [" + dil + ", " + dil + "], output_padding = [" + outPad + ", 0], groups = " + groups + " : i64} : ("
        + types + ") -> " + y + "\n  return %r : " + y + "\n}\n", seed);
  }

  @Provide Arbitrary<String> coordinateModes() { return Arbitraries.of("half_pixel", "half_pixel_symmetric", "pytorch_half_pixel", "align_corners", "asymmetric"); }

  @Provide Arbitrary<String> nearestModes() { return Arbitraries.of("round_prefer_floor", "round_prefer_ceil", "floor", "ceil"); }

  @Property(tries = 40)
  void resize(@ForAll boolean linear, @ForAll("coordinateModes") String ctm, @ForAll("nearestModes") String nearest, @ForAll @IntRange(min = 1, max = 9) int oh,
              @ForAll @IntRange(min = 1, max = 9) int ow, @ForAll boolean bySizes, @ForAll @IntRange(min = 0, max = 100) int seed) {
    long h = 1 + seed % 4, w = 2 + seed % 3;
    String scales = bySizes ? "sizes = [1, 2, " + oh + ", " + ow + "]" : "scales = [1.0, 1.0, " + (oh + 0.5) / h + ", " + (double) ow / w + "]";
    long rh = bySizes ? oh : (long) Math.floor(h * ((oh + 0.5) / h)), rw = bySizes ? ow : (long) Math.floor(w * ((double) ow / w));
    String x = t(1, 2, h, w), y = t(1, 2, rh, rw);
    Differential.check("func.func @main(%x: " + x + ") -> " + y + " {\n  %r = \"graph.resize\"(%x) {" + scales + ", mode = \"" + (linear ? "linear" : "nearest")
        + "\", coordinate_transformation_mode = \"" + ctm + "\", nearest_mode = \"" + nearest + "\"} : (" + x + ") -> " + y + "\n  return %r : " + y + "\n}\n", seed);
  }
}
