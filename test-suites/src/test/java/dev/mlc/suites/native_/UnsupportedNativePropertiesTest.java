package dev.mlc.suites.native_;

import static dev.mlc.suites.native_.NativeHarness.f32;
import static dev.mlc.suites.native_.NativeHarness.oneOp;
import static dev.mlc.suites.native_.NativeHarness.rejects;
import static dev.mlc.suites.native_.NativeHarness.t;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * What docs/lowering-graph-to-tl.md lists as not lowered natively is rejected by the
 * {@code graph-to-llvm} pipeline with a located {@code 'graph.<op>' op cannot be lowered: ...}
 * error, never a crash or wrong code: resize with antialias, dynamic dimensions, and signed,
 * unsigned ({@code ui8} outside the quantized ops) or {@code si*} integer element types.
 */
@AddLifecycleHook(NativeTries.class)
class UnsupportedNativePropertiesTest {
  @Property(tries = 4)
  void resizeWithAntialias(@ForAll boolean linear, @ForAll @IntRange(min = 1, max = 4) int out, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long h = 1 + r.nextInt(4);
    String attrs = "sizes = [1, 1, " + out + ", " + out + "], antialias = 1 : i64, mode = \"" + (linear ? "linear" : "nearest") + "\"";
    rejects(oneOp("graph.resize", attrs, List.of(f32(1, 1, h, h)), List.of(f32(1, 1, out, out))), "'graph.resize' op cannot be lowered: resize with antialias is not supported");
  }

  @Provide Arbitrary<String> elementwise() { return Arbitraries.of("graph.add", "graph.mul", "graph.max", "graph.sub"); }

  @Property(tries = 4)
  void dynamicDimensions(@ForAll("elementwise") String op, @ForAll @IntRange(min = 1, max = 3) int rank, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder ty = new StringBuilder("tensor<");
    int dyn = r.nextInt(rank);
    for (int i = 0; i < rank; i++) ty.append(i == dyn ? "?" : Integer.toString(1 + r.nextInt(3))).append('x');
    String tt = ty.append("f32>").toString();
    rejects(oneOp(op, "", List.of(tt, tt), List.of(tt)), "cannot be lowered: dynamic shapes are not supported");
  }

  @Provide Arbitrary<String> nonSignless() { return Arbitraries.of("ui8", "si8", "ui32", "si32", "ui16"); }

  @Property(tries = 4)
  void signedOrUnsignedIntegers(@ForAll("elementwise") String op, @ForAll("nonSignless") String e, @ForAll @IntRange(min = 1, max = 3) int n) {
    rejects(oneOp(op, "", List.of(t(e, n), t(e, n)), List.of(t(e, n))), "cannot be lowered: signed/unsigned integer element types are not supported");
  }
}
