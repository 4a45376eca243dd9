package dev.mlc.suites.native_;

import static dev.mlc.suites.native_.NativeHarness.check;
import static dev.mlc.suites.native_.NativeHarness.f32;
import static dev.mlc.suites.native_.NativeHarness.list;
import static dev.mlc.suites.native_.NativeHarness.oneOp;
import static dev.mlc.suites.native_.NativeHarness.t;

import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
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
 * Data movement natively against the interpreter, all compared exactly: reshape, flatten,
 * squeeze, unsqueeze, transpose, concat, slice (negative starts, ends and steps, out-of-range
 * bounds, empty results), pad (negative pads crop), gather (negative indices, i32 and i64), split (explicit and
 * equal parts), depth_to_space (DCR, CRD), space_to_depth and resize (every mode, coordinate
 * transformation and nearest mode; the lowering reproduces the interpreter's arithmetic bit for bit);
 * and {@code graph.fusion} with a {@code graph.constant} inside. The pure data movement ops also run on
 * f64, f16, bf16, i1, i8, i32 and i64.
 */
@AddLifecycleHook(NativeTries.class)
class ShapeNativePropertiesTest {
  /** Data movement must not depend on the element type: its width (1, 2, 4, 8 bytes; i1 as bytes), float or integer. */
  @Provide Arbitrary<String> elementTypes() { return Arbitraries.of("f32", "f32", "f32", "f64", "f16", "bf16", "i1", "i8", "i32", "i64"); }

  static dev.mlc.ir.Type type(String e) { return ElementwiseNativePropertiesTest.TYPES.get(e); }

  /** A shape of rank {@code rank} with dimensions 1 to {@code max}. */
  static long[] shape(SplittableRandom r, int rank, int max) {
    long[] s = new long[rank];
    for (int i = 0; i < rank; i++) s[i] = 1 + r.nextInt(max);
    return s;
  }

  static long count(long[] s) { return Tensor.count(s); }

  @Property(tries = 12)
  void reshapeFamily(@ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 0, max = 4) int rank, @ForAll("elementTypes") String e, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 4);
    String op, attrs = "";
    long[] out;
    switch (which) {
      case 0 -> { // reshape: the same elements factored into another rank
        op = "graph.reshape";
        long n = count(in);
        List<Long> dims = new ArrayList<>();
        for (long p = 2; p <= n; p++) while (n % p == 0) { dims.add(p); n /= p; }
        int outRank = dims.isEmpty() ? r.nextInt(3) : 1 + r.nextInt(Math.min(4, dims.size()));
        out = new long[outRank];
        Arrays.fill(out, 1);
        for (long p : dims) out[r.nextInt(outRank)] *= p;
      }
      case 1 -> { // flatten at an axis in [-rank, rank]
        op = "graph.flatten";
        int axis = r.nextInt(2 * rank + 1) - rank;
        int a = axis < 0 ? axis + rank : axis;
        out = new long[] {count(Arrays.copyOfRange(in, 0, a)), count(Arrays.copyOfRange(in, a, rank))};
        attrs = "axis = " + axis + " : i64";
      }
      case 2 -> { // squeeze some or (no axes) all size-1 dimensions
        op = "graph.squeeze";
        for (int i = 0; i < rank; i++) if (r.nextBoolean()) in[i] = 1;
        boolean all = r.nextInt(3) == 0;
        List<Long> axes = new ArrayList<>(), kept = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
          boolean drop = in[i] == 1 && (all || r.nextBoolean());
          if (drop && !all) axes.add(r.nextBoolean() ? i : (long) i - rank);
          if (!drop) kept.add(in[i]);
        }
        out = kept.stream().mapToLong(Long::longValue).toArray();
        if (!all) attrs = "axes = " + list(axes.stream().mapToLong(Long::longValue).toArray());
      }
      default -> { // unsqueeze at result positions, negative ones count from the result's end
        op = "graph.unsqueeze";
        int added = 1 + r.nextInt(2), outRank = rank + added;
        boolean[] ones = new boolean[outRank];
        List<Long> axes = new ArrayList<>();
        while (axes.size() < added) {
          int p = r.nextInt(outRank);
          if (ones[p]) continue;
          ones[p] = true;
          axes.add(r.nextBoolean() ? p : (long) p - outRank);
        }
        out = new long[outRank];
        for (int i = 0, k = 0; i < outRank; i++) out[i] = ones[i] ? 1 : in[k++];
        attrs = "axes = " + list(axes.stream().mapToLong(Long::longValue).toArray());
      }
    }
    check(oneOp(op, attrs, List.of(t(e, in)), List.of(t(e, out))), Tol.EXACT, new Inputs(seed).any(type(e), in));
  }

  @Property(tries = 8)
  void transpose(@ForAll @IntRange(min = 0, max = 5) int rank, @ForAll boolean reversed, @ForAll("elementTypes") String e, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 3);
    long[] perm = new long[rank];
    for (int i = 0; i < rank; i++) perm[i] = reversed ? rank - 1 - i : i;
    if (!reversed) for (int i = rank - 1; i > 0; i--) { int j = r.nextInt(i + 1); long x = perm[i]; perm[i] = perm[j]; perm[j] = x; }
    long[] out = new long[rank];
    for (int i = 0; i < rank; i++) out[i] = in[(int) perm[i]];
    check(oneOp("graph.transpose", reversed ? "" : "perm = " + list(perm), List.of(t(e, in)), List.of(t(e, out))), Tol.EXACT,
        new Inputs(seed).any(type(e), in));
  }

  @Property(tries = 8)
  void concat(@ForAll @IntRange(min = 1, max = 3) int n, @ForAll @IntRange(min = 1, max = 4) int rank, @ForAll boolean i64, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] base = shape(r, rank, 3);
    int axis = r.nextInt(2 * rank) - rank, a = axis < 0 ? axis + rank : axis;
    List<String> types = new ArrayList<>();
    Object[] ins = new Object[n];
    long total = 0;
    String e = i64 ? "i64" : "f32";
    Inputs gen = new Inputs(seed);
    for (int k = 0; k < n; k++) {
      long[] s = base.clone();
      s[a] = 1 + r.nextInt(3);
      total += s[a];
      types.add(t(e, s));
      ins[k] = i64 ? gen.ints(IntegerType.of(64), s, -1000, 1000) : gen.floats(FloatType.F32, s);
    }
    long[] out = base.clone();
    out[a] = total;
    check(oneOp("graph.concat", "axis = " + axis + " : i64", types, List.of(t(e, out))), Tol.EXACT, ins);
  }

  /** ONNX Slice's output length along one axis after its clamping rules. */
  static long sliceLength(long d, long start, long end, long step) {
    if (start < 0) start += d;
    if (end < 0) end += d;
    if (step > 0) {
      start = Math.clamp(start, 0, d);
      end = Math.clamp(end, 0, d);
      return Math.max(0, Math.ceilDiv(end - start, step));
    }
    start = Math.clamp(start, 0, d - 1);
    end = Math.clamp(end, -1, d - 1);
    return Math.max(0, Math.ceilDiv(start - end, -step));
  }

  @Property(tries = 15)
  void slice(@ForAll @IntRange(min = 1, max = 4) int rank, @ForAll boolean explicitAxes, @ForAll boolean explicitSteps, @ForAll("elementTypes") String e,
             @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 5), out = in.clone();
    List<Long> starts = new ArrayList<>(), ends = new ArrayList<>(), axes = new ArrayList<>(), steps = new ArrayList<>();
    long[] bounds = {Long.MAX_VALUE, Long.MIN_VALUE, -100, 100};
    int sliced = explicitAxes ? 1 + r.nextInt(rank) : rank;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rank; i++) order.add(i);
    if (explicitAxes) java.util.Collections.shuffle(order, new java.util.Random(seed));
    for (int k = 0; k < sliced; k++) {
      int ax = explicitAxes ? order.get(k) : k;
      long d = in[ax];
      long step = explicitSteps ? (r.nextBoolean() ? 1 + r.nextInt(3) : -1 - r.nextInt(3)) : 1;
      long start = r.nextInt(5) == 0 ? bounds[r.nextInt(4)] : r.nextInt((int) (2 * d + 1)) - d;
      long end = r.nextInt(4) == 0 ? bounds[r.nextInt(4)] : r.nextInt((int) (2 * d + 1)) - d;
      out[ax] = sliceLength(d, start, end, step);
      if (out[ax] == 0 && r.nextInt(4) != 0) { // mostly non-empty: reverse the bounds (empty results stay a tested corner)
        long x = start;
        start = end;
        end = x;
        out[ax] = sliceLength(d, start, end, step);
      }
      starts.add(start);
      ends.add(end);
      axes.add(explicitAxes && r.nextBoolean() ? (long) ax - rank : ax);
      steps.add(step);
    }
    String attrs = "starts = " + list(starts.stream().mapToLong(x -> x).toArray()) + ", ends = " + list(ends.stream().mapToLong(x -> x).toArray())
        + (explicitAxes ? ", axes = " + list(axes.stream().mapToLong(x -> x).toArray()) : "")
        + (explicitSteps ? ", steps = " + list(steps.stream().mapToLong(x -> x).toArray()) : "");
    check(oneOp("graph.slice", attrs, List.of(t(e, in)), List.of(t(e, out))), Tol.EXACT, new Inputs(seed).any(type(e), in));
  }

  @Property(tries = 10)
  void pad(@ForAll @IntRange(min = 1, max = 4) int rank, @ForAll boolean withValue, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 4), out = new long[rank], pads = new long[2 * rank];
    for (int i = 0; i < rank; i++) {
      pads[i] = r.nextInt(4) - 1;
      pads[rank + i] = r.nextInt(4) - 1;
      out[i] = in[i] + pads[i] + pads[rank + i];
      if (out[i] < 1) { pads[i] = 0; pads[rank + i] = 0; out[i] = in[i]; }
    }
    String attrs = "pads = " + list(pads) + (withValue ? ", value = -2.5 : f32" : "");
    check(oneOp("graph.pad", attrs, List.of(f32(in)), List.of(f32(out))), Tol.EXACT, new Inputs(seed).floats(FloatType.F32, in));
  }

  @Property(tries = 12)
  void gather(@ForAll @IntRange(min = 1, max = 3) int rank, @ForAll @IntRange(min = 0, max = 2) int indexRank, @ForAll boolean i32, @ForAll("elementTypes") String e,
              @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] data = shape(r, rank, 4), idx = shape(r, indexRank, 3);
    int axis = r.nextInt(2 * rank) - rank, a = axis < 0 ? axis + rank : axis;
    long[] out = new long[rank - 1 + indexRank];
    for (int i = 0, k = 0; i < rank; i++) {
      if (i == a) for (long d : idx) out[k++] = d;
      else out[k++] = data[i];
    }
    String it = i32 ? "i32" : "i64";
    Inputs gen = new Inputs(seed);
    Tensor indices = gen.ints(IntegerType.of(i32 ? 32 : 64), idx, -data[a], data[a] - 1);
    check(oneOp("graph.gather", "axis = " + axis + " : i64", List.of(t(e, data), t(it, idx)), List.of(t(e, out))), Tol.EXACT,
        gen.any(type(e), data), indices);
  }

  @Property(tries = 10)
  void split(@ForAll @IntRange(min = 1, max = 3) int rank, @ForAll @IntRange(min = 1, max = 3) int parts, @ForAll @IntRange(min = 0, max = 2) int form,
             @ForAll("elementTypes") String e, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 3);
    int axis = r.nextInt(2 * rank) - rank, a = axis < 0 ? axis + rank : axis;
    long[] sizes = new long[parts];
    String attrs = "axis = " + axis + " : i64";
    if (form == 0) { // explicit sizes
      for (int k = 0; k < parts; k++) sizes[k] = 1 + r.nextInt(3);
      in[a] = Arrays.stream(sizes).sum();
      attrs += ", split = " + list(sizes);
    } else { // equal parts, the last one smaller; with or without num_outputs
      in[a] = parts + r.nextInt(2 * parts);
      long each = Math.ceilDiv(in[a], parts), last = in[a] - each * (parts - 1);
      Assume.that(last > 0);
      for (int k = 0; k < parts; k++) sizes[k] = k == parts - 1 ? last : each;
      if (form == 2) attrs += ", num_outputs = " + parts + " : i64";
    }
    List<String> outs = new ArrayList<>();
    for (long s : sizes) {
      long[] o = in.clone();
      o[a] = s;
      outs.add(t(e, o));
    }
    check(oneOp("graph.split", attrs, List.of(t(e, in)), outs), Tol.EXACT, new Inputs(seed).any(type(e), in));
  }

  @Property(tries = 8)
  void depthSpace(@ForAll boolean toSpace, @ForAll boolean crd, @ForAll @IntRange(min = 1, max = 3) int b, @ForAll("elementTypes") String e, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long n = 1 + r.nextInt(2), c = 1 + r.nextInt(3), h = 1 + r.nextInt(3), w = 1 + r.nextInt(3);
    long[] small = {n, c * b * b, h, w}, big = {n, c, h * b, w * b};
    String attrs = "blocksize = " + b + " : i64";
    if (toSpace) {
      attrs += crd ? ", mode = \"CRD\"" : r.nextBoolean() ? ", mode = \"DCR\"" : "";
      check(oneOp("graph.depth_to_space", attrs, List.of(t(e, small)), List.of(t(e, big))), Tol.EXACT, new Inputs(seed).any(type(e), small));
    } else {
      check(oneOp("graph.space_to_depth", attrs, List.of(t(e, big)), List.of(t(e, small))), Tol.EXACT, new Inputs(seed).any(type(e), big));
    }
  }

  @Provide Arbitrary<String> coordinateModes() { return Arbitraries.of("half_pixel", "half_pixel_symmetric", "pytorch_half_pixel", "align_corners", "asymmetric"); }

  @Provide Arbitrary<String> nearestModes() { return Arbitraries.of("round_prefer_floor", "round_prefer_ceil", "floor", "ceil"); }

  @Property(tries = 15)
  void resize(@ForAll boolean linear, @ForAll("coordinateModes") String ctm, @ForAll("nearestModes") String nearest, @ForAll boolean bySizes,
              @ForAll @IntRange(min = 2, max = 4) int rank, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] in = shape(r, rank, 4), out = new long[rank];
    double[] scales = new double[rank];
    for (int i = 0; i < rank; i++) {
      boolean resized = i >= rank - 2 || r.nextInt(3) == 0;
      out[i] = resized ? 1 + r.nextInt(7) : in[i];
      scales[i] = resized ? (out[i] + 0.25) / in[i] : 1.0;
      if (!bySizes) out[i] = (long) Math.floor(in[i] * scales[i]);
      Assume.that(out[i] > 0);
    }
    String size = bySizes ? "sizes = " + list(out) : "scales = " + NativeHarness.floats(scales);
    String attrs = size + ", mode = \"" + (linear ? "linear" : "nearest") + "\", coordinate_transformation_mode = \"" + ctm + "\", nearest_mode = \"" + nearest + "\"";
    check(oneOp("graph.resize", attrs, List.of(f32(in)), List.of(f32(out))), Tol.EXACT, new Inputs(seed).finite(in, -4, 4));
  }

  /** A fusion whose body adds a constant (splat or list) and applies relu; the constant and fusion are lowered by inlining. */
  @Property(tries = 4)
  void fusionWithConstant(@ForAll boolean splat, @ForAll @IntRange(min = 1, max = 4) int n, @ForAll long seed) {
    String ty = f32(2, n), cst = splat ? "dense<1.5>" : "dense<" + Arrays.toString(java.util.stream.IntStream.range(0, n).mapToDouble(i -> i - 1.25).toArray()) + ">";
    String src = "func.func @main(%a0: " + ty + ") -> " + ty + " {\n"
        + "  %r = \"graph.fusion\"(%a0) ({\n  ^bb0(%x: " + ty + "):\n"
        + "    %c = \"graph.constant\"() {value = " + cst + " : " + f32(n) + "} : () -> " + f32(n) + "\n"
        + "    %s = \"graph.add\"(%x, %c) : (" + ty + ", " + f32(n) + ") -> " + ty + "\n"
        + "    %t = \"graph.relu\"(%s) : (" + ty + ") -> " + ty + "\n"
        + "    \"graph.yield\"(%t) : (" + ty + ") -> ()\n  }) : (" + ty + ") -> " + ty + "\n  return %r : " + ty + "\n}\n";
    check(src, Tol.EXACT, new Inputs(seed).floats(FloatType.F32, 2, n));
  }
}
