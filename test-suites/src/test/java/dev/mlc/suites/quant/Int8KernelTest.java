package dev.mlc.suites.quant;

import static dev.mlc.suites.testing.SemanticsAssert.assertPreserves;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.opt.PassSemantics;
import dev.mlc.tools.run.MlcRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tl-matmul-kernel's int8 path (AVX-512 VNNI): the u8 x s8 product of matmul_integer with its
 * requantization epilogue, interpreted before and after the rewrite over random shapes (K not a
 * multiple of 4, N not a multiple of 16, row tails, zero points != 0), on a module whose
 * {@code #cpu.target} has avx512vnni (so the rewrite happens on any host; the interpreter runs
 * {@code cpu.vnni_dpbusd}); and native runs of quantized matmul and convolution models against the
 * interpreter, bit for bit, on a host with VNNI.
 */
class Int8KernelTest {
  static final String TARGET = "module attributes {cpu.target = #cpu.target<\"cascadelake\", features = \"+avx512f,+avx512vnni\", vector_bits = 512>} {\n";

  static String ints(Random r, int n, int lo, int hi) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < n; i++) s.append(i > 0 ? ", " : "").append(lo + r.nextInt(hi - lo + 1));
    return s.append(']').toString();
  }

  static String floats(Random r, int n, double lo, double hi) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < n; i++) s.append(i > 0 ? ", " : "").append(String.format("%.5e", lo + r.nextDouble() * (hi - lo)));
    return s.append(']').toString();
  }

  /** matmul_integer's generic (zero point za), dequantized per column, bias, ReLU, quantized to u8 (zero point zy). */
  static String module(int m, int k, int n, int za, int zy, long seed) {
    Random r = new Random(seed);
    return TARGET + """
        func.func @main(%a: memref<MxKxi8>, %y: memref<MxNxi8>) {
          %wc = arith.constant dense<W> : tensor<KxNxi8>
          %w = tl.to_buffer %wc : tensor<KxNxi8> to memref<KxNxi8>
          %sc = arith.constant dense<S> : tensor<Nxf32>
          %s = tl.to_buffer %sc : tensor<Nxf32> to memref<Nxf32>
          %bc = arith.constant dense<B> : tensor<Nxf32>
          %bias = tl.to_buffer %bc : tensor<Nxf32> to memref<Nxf32>
          %c = tl.alloc() : memref<MxNxi32>
          %zero = arith.constant 0 : i32
          tl.fill %zero, %c : memref<MxNxi32>
          tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                      iterator_types = ["parallel", "parallel", "reduction"]}
              ins(%a, %w : memref<MxKxi8>, memref<KxNxi8>) outs(%c : memref<MxNxi32>) {
          ^bb0(%x: i8, %v: i8, %acc: i32):
            %xe = arith.extui %x : i8 to i32
            %za = arith.constant ZA : i32
            %xs = arith.subi %xe, %za : i32
            %ve = arith.extsi %v : i8 to i32
            %z0 = arith.constant 0 : i32
            %vs = arith.subi %ve, %z0 : i32
            %p = arith.muli %xs, %vs : i32
            %q = arith.addi %acc, %p : i32
            tl.yield %q : i32
          }
          tl.dealloc %w : memref<KxNxi8>
          %t = tl.alloc() : memref<MxNxf32>
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                      iterator_types = ["parallel", "parallel"]}
              ins(%c, %s, %bias : memref<MxNxi32>, memref<Nxf32>, memref<Nxf32>) outs(%t : memref<MxNxf32>) {
          ^bb0(%i: i32, %sv: f32, %bv: f32, %o: f32):
            %f = arith.sitofp %i : i32 to f32
            %d = arith.mulf %f, %sv : f32
            %e = arith.addf %d, %bv : f32
            %zf = arith.constant 0.0 : f32
            %u = arith.maximumf %e, %zf : f32
            tl.yield %u : f32
          }
          tl.dealloc %c : memref<MxNxi32>
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
              ins(%t : memref<MxNxf32>) outs(%y : memref<MxNxi8>) {
          ^bb0(%g: f32, %o: i8):
            %ys = arith.constant 0.0625 : f32
            %yz = arith.constant ZY : f32
            %h = arith.divf %g, %ys : f32
            %rr = math.roundeven %h : f32
            %hz = arith.addf %rr, %yz : f32
            %lo = arith.constant 0.0 : f32
            %c1 = arith.maximumf %hz, %lo : f32
            %hi = arith.constant 255.0 : f32
            %c2 = arith.minimumf %c1, %hi : f32
            %nan = arith.cmpf uno, %hz, %hz : f32
            %c3 = arith.select %nan, %lo, %c2 : f32
            %i3 = arith.fptosi %c3 : f32 to i32
            %i4 = arith.trunci %i3 : i32 to i8
            tl.yield %i4 : i8
          }
          tl.dealloc %t : memref<MxNxf32>
          tl.dealloc %s : memref<Nxf32>
          tl.dealloc %bias : memref<Nxf32>
          return
        }
        }
        """.replace("W", "[" + String.join(", ", java.util.stream.IntStream.range(0, k).mapToObj(i -> ints(r, n, -127, 127)).toList()) + "]")
        .replace("S", floats(r, n, 0.01, 0.05)).replace("B", floats(r, n, -1, 1))
        .replace("ZA", "" + za).replace("ZY", za % 2 == 0 ? "0.0" : zy + ".0")
        .replace("M", "" + m).replace("K", "" + k).replace("N", "" + n);
  }

  @Property(tries = 10)
  void vnniKernelEqualsTheGenerics(@ForAll @IntRange(min = 1, max = 19) int m, @ForAll @IntRange(min = 1, max = 23) int k,
                                   @ForAll @IntRange(min = 1, max = 50) int n, @ForAll @IntRange(min = 0, max = 255) int za,
                                   @ForAll @IntRange(min = 0, max = 255) int zy, @ForAll long seed) {
    PassSemantics.Result res = assertPreserves("builtin.module(tl-matmul-kernel)", module(m, k, n, za, zy, seed), seed);
    assertTrue(res.reference().completed(), "the reference run did not complete: " + res.reference());
    assertTrue(res.output().contains("cpu.vnni_dpbusd"), res.output());
    assertFalse(res.output().contains("tl.generic") || res.output().contains("xi32>") && res.output().contains("tl.alloc() : memref<" + m + "x" + n + "xi32>"),
        "the product or its epilogue was not absorbed:\n" + res.output());
  }

  @Test void withoutVnniInTheTargetTheGenericsStay() {
    String mod = module(3, 5, 7, 2, 0, 1).replace("+avx512vnni", "-avx512vnni");
    PassSemantics.Result res = assertPreserves("builtin.module(tl-matmul-kernel)", mod, 1);
    assertFalse(res.output().contains("cpu.vnni_dpbusd"), res.output());
    assertTrue(res.output().contains("tl.generic"), res.output());
  }

  // Native runs (graph-to-llvm, JIT) of quantized models against the interpreter, on a host with VNNI.

  static boolean hostHasVnni() {
    try {
      return Files.readString(Path.of("/proc/cpuinfo")).contains(" avx512_vnni");
    } catch (Exception e) {
      return false;
    }
  }

  @TempDir Path dir;

  void mlcRun(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, e);
    assertTrue(e.startsWith("check-against-interpreter: ok (1 results; max abs error 0.00, max rel error 0.00)"), e);
  }

  /** A qlinear_conv2d (x zero point xz, per-channel weight zero points 0) of odd shape, dequantized, ReLU. */
  static String conv(int c, int m, int h, int w, int kh, int kw, int sh, int dil, int pad, int xz, long seed) {
    Random r = new Random(seed);
    int oh = (h + 2 * pad - dil * (kh - 1) - 1) / sh + 1, ow = (w + 2 * pad - dil * (kw - 1) - 1) + 1;
    String x = "1x" + c + "x" + h + "x" + w, y = "1x" + m + "x" + oh + "x" + ow, wt = m + "x" + c + "x" + kh + "x" + kw;
    StringBuilder wv = new StringBuilder("[");
    for (int i = 0; i < m; i++) {
      wv.append(i > 0 ? ", " : "").append('[');
      for (int j = 0; j < c; j++) {
        wv.append(j > 0 ? ", " : "").append('[');
        for (int t = 0; t < kh; t++) wv.append(t > 0 ? ", " : "").append(ints(r, kw, -127, 127));
        wv.append(']');
      }
      wv.append(']');
    }
    wv.append(']');
    return """
        func.func @main(%x: tensor<XSxf32>) -> tensor<YSxf32> {
          %w = "graph.constant"() {value = dense<WV> : tensor<WTxi8>} : () -> tensor<WTxi8>
          %b = "graph.constant"() {value = dense<BV> : tensor<Mxi32>} : () -> tensor<Mxi32>
          %q = graph.quantize_linear %x {scale = 0.0078125 : f32, zero_point = XZ : i64} : (tensor<XSxf32>) -> tensor<XSxui8>
          %c = graph.qlinear_conv2d %q, %w, %b {pads = [P, P, P, P], strides = [SH, 1], dilations = [D, D], w_scale = dense<WS> : tensor<Mxf32>, x_scale = 0.0078125 : f32, x_zero_point = XZ : i64, y_scale = 0.05 : f32, y_zero_point = 100 : i64} : (tensor<XSxui8>, tensor<WTxi8>, tensor<Mxi32>) -> tensor<YSxui8>
          %d = graph.dequantize_linear %c {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<YSxui8>) -> tensor<YSxf32>
          %r = graph.relu %d : tensor<YSxf32>
          return %r : tensor<YSxf32>
        }
        """.replace("XS", x).replace("YS", y).replace("WT", wt).replace("WV", wv).replace("BV", ints(r, m, -2000, 2000))
        .replace("WS", floats(r, m, 0.002, 0.01)).replace("XZ", "" + xz).replace("SH", "" + sh).replace("P", "" + pad)
        .replace("D", "" + dil).replace("M", "" + m);
  }

  @Test void quantizedConvolutionsRunNatively() throws Exception {
    assumeTrue(hostHasVnni(), "the host has no AVX512-VNNI");
    int[][] cases = { // c, m, h, w, kh, kw, sh, dil, pad, xz
        {3, 5, 9, 21, 3, 3, 1, 1, 1, 128}, {4, 9, 7, 37, 3, 3, 2, 1, 1, 17}, {2, 8, 6, 16, 2, 2, 1, 1, 0, 0},
        {5, 3, 8, 19, 3, 3, 1, 2, 2, 255}, {3, 10, 5, 33, 1, 1, 1, 1, 0, 7}, {1, 4, 6, 18, 3, 4, 1, 1, 1, 90}};
    int i = 0;
    for (int[] t : cases) {
      Path f = dir.resolve("conv" + i++ + ".mlir");
      Files.writeString(f, conv(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], i));
      for (String threads : new String[] {"1", "2"})
        mlcRun(f.toString(), "--random-inputs", "--seed", "" + i, "--check-against-interpreter", "--no-cache", "--threads", threads);
    }
  }

  @Test void quantizedMlpRunsNatively() throws Exception {
    assumeTrue(hostHasVnni(), "the host has no AVX512-VNNI");
    Path f = dir.resolve("mlp.mlir");
    Files.writeString(f, """
        func.func @main(%x: tensor<11x29xf32>) -> tensor<11x17xf32> {
          %w = "graph.constant"() {value = dense<W> : tensor<29x17xi8>} : () -> tensor<29x17xi8>
          %q = graph.quantize_linear %x {scale = 0.0078125 : f32, zero_point = 131 : i64} : (tensor<11x29xf32>) -> tensor<11x29xui8>
          %p = graph.matmul_integer %q, %w {a_zero_point = 131 : i64} : (tensor<11x29xui8>, tensor<29x17xi8>) -> tensor<11x17xi32>
          %d = graph.dequantize_linear %p {axis = 1 : i64, scale = dense<S> : tensor<17xf32>} : (tensor<11x17xi32>) -> tensor<11x17xf32>
          return %d : tensor<11x17xf32>
        }
        """.replace("W", "[" + String.join(", ", java.util.stream.IntStream.range(0, 29).mapToObj(k -> ints(new Random(k), 17, -127, 127)).toList()) + "]")
        .replace("S", floats(new Random(5), 17, 1e-4, 1e-3)));
    for (String threads : new String[] {"1", "2"})
      mlcRun(f.toString(), "--random-inputs", "--seed", "4", "--check-against-interpreter", "--no-cache", "--threads", threads);
  }
}
