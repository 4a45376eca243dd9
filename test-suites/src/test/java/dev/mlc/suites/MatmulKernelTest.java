package dev.mlc.suites;

import static dev.mlc.suites.testing.SemanticsAssert.assertPreserves;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests of {@code tl-matmul-kernel}: {@code @main} interpreted before and after the
 * rewrite on seeded random inputs over random shapes, with edges that are not multiples of the
 * tile in every dimension (small tiles and cache blocks, so that every loop of the blocked form
 * runs); and native runs of graph models through graph-to-llvm (which includes the pass) against
 * the interpreter.
 */
class MatmulKernelTest {
  static final String SMALL = "tl-matmul-kernel{mr=3 nr=32 mc=6 kc=5}";

  static PassSemantics.Result check(String pipeline, String module, long seed) {
    PassSemantics.Result r = assertPreserves("builtin.module(" + pipeline + ")", module, seed);
    assertTrue(r.reference().completed(), "the reference run did not complete: " + r.reference());
    assertFalse(r.output().contains("tl.matmul") || r.output().contains("tl.generic"), "not rewritten:\n" + r.output());
    assertTrue(r.output().contains("tl.fma"), r.output());
    return r;
  }

  static String shape(long... d) {
    StringBuilder s = new StringBuilder("memref<");
    for (long x : d) s.append(x).append('x');
    return s.append("f32>").toString();
  }

  static String generic(int nd, String mapA, String mapB, String mapC, String ta, String tb, String tc) {
    String dims = String.join(", ", java.util.stream.IntStream.range(0, nd).mapToObj(i -> "d" + i).toList());
    String its = String.join(", ", java.util.Collections.nCopies(nd - 1, "\"parallel\"")) + ", \"reduction\"";
    return """
        func.func @main(%a: TA, %b: TB, %c: TC) {
          tl.generic {indexing_maps = [affine_map<(DIMS) -> (MA)>, affine_map<(DIMS) -> (MB)>, affine_map<(DIMS) -> (MC)>],
                      iterator_types = [ITS]}
              ins(%a, %b : TA, TB) outs(%c : TC) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = arith.mulf %x, %y : f32
            %s = arith.addf %acc, %p : f32
            tl.yield %s : f32
          }
          return
        }
        """.replace("DIMS", dims).replace("ITS", its).replace("MA", mapA).replace("MB", mapB).replace("MC", mapC)
        .replace("TA", ta).replace("TB", tb).replace("TC", tc);
  }

  @Property(tries = 12)
  void matmulEveryShapeAndTransposition(@ForAll @IntRange(min = 1, max = 20) int m, @ForAll @IntRange(min = 1, max = 13) int k,
                                        @ForAll @IntRange(min = 1, max = 70) int n, @ForAll boolean transA, @ForAll boolean transB,
                                        @ForAll long seed) {
    String module = generic(3, transA ? "d2, d0" : "d0, d2", transB ? "d1, d2" : "d2, d1", "d0, d1",
        transA ? shape(k, m) : shape(m, k), transB ? shape(n, k) : shape(k, n), shape(m, n));
    check(SMALL, module, seed);
  }

  @Property(tries = 4)
  void matmulDefaultTiles(@ForAll @IntRange(min = 1, max = 40) int m, @ForAll @IntRange(min = 1, max = 300) int k,
                          @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
    String module = """
        func.func @main(%a: TA, %b: TB, %c: TC) {
          tl.matmul ins(%a, %b : TA, TB) outs(%c : TC)
          return
        }
        """.replace("TA", shape(m, k)).replace("TB", shape(k, n)).replace("TC", shape(m, n));
    check("tl-matmul-kernel", module, seed);
  }

  /** Batched: A indexed by the batch, B broadcast (a lower-rank operand and a size-1 batch dimension). */
  @Property(tries = 6)
  void batched(@ForAll @IntRange(min = 1, max = 3) int batch, @ForAll @IntRange(min = 1, max = 9) int m,
               @ForAll @IntRange(min = 1, max = 7) int k, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll boolean broadcastB, @ForAll long seed) {
    String module = broadcastB
        ? generic(4, "d0, d1, d3", "d3, d2", "d0, d1, d2", shape(batch, m, k), shape(k, n), shape(batch, m, n))
        : generic(4, "d0, d1, d3", "0, d3, d2", "d0, d1, d2", shape(batch, m, k), shape(1, k, n), shape(batch, m, n));
    check(SMALL, module, seed);
  }

  /** A constant right operand is packed at compile time into a new constant. */
  @Test void constantRightOperand() {
    String module = """
        func.func @main(%a: memref<5x3xf32>, %c: memref<5x18xf32>) {
          %w = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0],
                                     [0.5, 0.25, -1.0, 2.0, 3.5, -4.0, 1.5, 0.0, 2.0, 7.0, -3.0, 1.0, 1.0, 1.0, 1.0, 2.0, 0.5, -2.0],
                                     [-1.0, -2.0, -3.0, -4.0, -5.0, -6.0, -7.0, -8.0, -9.0, -10.0, -11.0, -12.0, 0.0, 0.0, 1.0, 1.0, 2.0, 2.0]]> : tensor<3x18xf32>
          %b = tl.to_buffer %w : tensor<3x18xf32> to memref<3x18xf32>
          tl.matmul ins(%a, %b : memref<5x3xf32>, memref<3x18xf32>) outs(%c : memref<5x18xf32>)
          tl.dealloc %b : memref<3x18xf32>
          return
        }
        """;
    PassSemantics.Result r = check("tl-matmul-kernel", module, 3);
    assertTrue(r.output().contains("tensor<1x3x32xf32>"), r.output());
    assertFalse(r.output().contains("tl.alloc"), r.output());
  }

  /** The convolution generic convert-graph-to-tl emits (one group), with row stride and dilation; edges in channels and columns. */
  @Property(tries = 8)
  void convolution(@ForAll @IntRange(min = 1, max = 2) int n, @ForAll @IntRange(min = 1, max = 7) int m, @ForAll @IntRange(min = 1, max = 3) int c,
                   @ForAll @IntRange(min = 1, max = 4) int oh, @ForAll @IntRange(min = 1, max = 37) int ow, @ForAll @IntRange(min = 1, max = 3) int kh,
                   @ForAll @IntRange(min = 1, max = 3) int kw, @ForAll @IntRange(min = 1, max = 2) int sh, @ForAll @IntRange(min = 1, max = 2) int dil,
                   @ForAll long seed) {
    int ih = sh * (oh - 1) + dil * (kh - 1) + 1, iw = ow - 1 + dil * (kw - 1) + 1;
    String mapX = "d0, (d1 floordiv " + m + ") * " + c + " + d4, d2 * " + sh + " + d5 * " + dil + ", d3 + d6 * " + dil;
    String module = """
        func.func @main(%a: TA, %b: TB, %c: TC) {
          tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (MX)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>,
                                       affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>],
                      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
              ins(%a, %b : TA, TB) outs(%c : TC) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = arith.mulf %x, %y : f32
            %s = arith.addf %acc, %p : f32
            tl.yield %s : f32
          }
          return
        }
        """.replace("MX", mapX).replace("TA", shape(n, c, ih, iw)).replace("TB", shape(m, c, kh, kw)).replace("TC", shape(n, m, oh, ow));
    check("tl-matmul-kernel{mr=3}", module, seed);
  }

  /** A product followed by fuse's in-place epilogues (bias along columns or rows, then ReLU): applied in the kernel's stores, every k block size. */
  @Property(tries = 10)
  void matmulWithEpilogue(@ForAll @IntRange(min = 1, max = 20) int m, @ForAll @IntRange(min = 1, max = 13) int k, @ForAll @IntRange(min = 1, max = 40) int n,
                          @ForAll boolean rowBias, @ForAll long seed) {
    String product = generic(3, "d0, d2", "d2, d1", "d0, d1", shape(m, k), shape(k, n), shape(m, n));
    String module = product.replace("func.func @main(%a: TA, %b: TB, %c: TC) {".replace("TA", shape(m, k)).replace("TB", shape(k, n)).replace("TC", shape(m, n)),
        "func.func @main(%a: TA, %b: TB, %bias: TV, %c: TC) {\n  %zero = arith.constant 0.0 : f32".replace("TA", shape(m, k)).replace("TB", shape(k, n))
            .replace("TC", shape(m, n)).replace("TV", shape(rowBias ? m : n)))
        .replace("  return\n}", """
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (DB)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
              ins(%bias : TV) outs(%c : TC) {
          ^bb0(%v: f32, %acc: f32):
            %s = arith.addf %acc, %v : f32
            tl.yield %s : f32
          }
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%c : TC) {
          ^bb0(%acc: f32):
            %r = arith.maximumf %acc, %zero : f32
            tl.yield %r : f32
          }
          return
        }""".replace("DB", rowBias ? "d0" : "d1").replace("TV", shape(rowBias ? m : n)).replace("TC", shape(m, n)));
    PassSemantics.Result r = check(SMALL, module, seed);
    assertTrue(r.output().contains("arith.maximumf") && r.output().contains("vector<16xf32>"), r.output());
  }

  /**
   * tl-accumulate-reductions on window reductions (max and sum) with strides and a never-read window
   * buffer: vectorized over the output width (full runs of 16 and a masked last run; stride 2 by shuffles).
   */
  @Property(tries = 12)
  void windowReductions(@ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 1, max = 5) int oh, @ForAll @IntRange(min = 1, max = 40) int ow,
                        @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 2) int s, @ForAll boolean max, @ForAll long seed) {
    int ih = s * (oh - 1) + k, iw = s * (ow - 1) + k;
    String module = """
        func.func @main(%x: TX, %win: TW, %y: TY) {
          tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * S + d4, d3 * S + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                                       affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
                      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
              ins(%x, %win : TX, TW) outs(%y : TY) {
          ^bb0(%a: f32, %b: f32, %acc: f32):
            %m = OP %acc, %a : f32
            tl.yield %m : f32
          }
          return
        }
        """.replace("TX", shape(1, c, ih, iw)).replace("TW", shape(k, k)).replace("TY", shape(1, c, oh, ow)).replace("S", "" + s)
        .replace("OP", max ? "arith.maximumf" : "arith.addf");
    PassSemantics.Result r = assertPreserves("builtin.module(tl-accumulate-reductions)", module, seed);
    assertTrue(r.reference().completed(), "the reference run did not complete: " + r.reference());
    assertFalse(r.output().contains("tl.generic"), r.output());
    assertTrue(r.output().contains("vector<16xf32>"), "not vectorized:\n" + r.output());
    assertEquals(s == 2, r.output().contains("tl.shuffle"), r.output());
  }

  // Native runs through graph-to-llvm (which runs the pass) against the interpreter.

  @TempDir Path dir;

  int mlcRun(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("check-against-interpreter: ok"), err.toString(StandardCharsets.UTF_8));
    return code;
  }

  @Test void graphModelsRunNatively() throws Exception {
    Files.writeString(dir.resolve("mm.mlir"), """
        func.func @main(%a: tensor<37x53xf32>, %b: tensor<53x45xf32>, %x: tensor<2x9x20xf32>, %w: tensor<20x33xf32>, %g: tensor<7x20xf32>, %bias: tensor<7xf32>, %r: tensor<9x20xf32>)
            -> (tensor<37x45xf32>, tensor<2x9x33xf32>, tensor<9x7xf32>) {
          %y = "graph.matmul"(%a, %b) : (tensor<37x53xf32>, tensor<53x45xf32>) -> tensor<37x45xf32>
          %z = "graph.matmul"(%x, %w) : (tensor<2x9x20xf32>, tensor<20x33xf32>) -> tensor<2x9x33xf32>
          %o = "graph.gemm"(%r, %g, %bias) {trans_b = true, alpha = 0.5 : f32} : (tensor<9x20xf32>, tensor<7x20xf32>, tensor<7xf32>) -> tensor<9x7xf32>
          return %y, %z, %o : tensor<37x45xf32>, tensor<2x9x33xf32>, tensor<9x7xf32>
        }
        """);
    Files.writeString(dir.resolve("conv.mlir"), """
        func.func @main(%x: tensor<1x3x11x21xf32>, %w: tensor<5x3x3x3xf32>, %b: tensor<5xf32>) -> tensor<1x5x11x21xf32> {
          %y = "graph.conv2d"(%x, %w, %b) {pads = [1, 1, 1, 1]} : (tensor<1x3x11x21xf32>, tensor<5x3x3x3xf32>, tensor<5xf32>) -> tensor<1x5x11x21xf32>
          return %y : tensor<1x5x11x21xf32>
        }
        """);
    Files.writeString(dir.resolve("pool.mlir"), """
        func.func @main(%x: tensor<1x3x9x11xf32>, %z: tensor<1x2x6x70xf32>) -> (tensor<1x3x4x5xf32>, tensor<1x3x1x1xf32>, tensor<1x3x9x11xf32>, tensor<1x2x3x35xf32>, tensor<1x2x6x70xf32>) {
          %p = "graph.max_pool2d"(%x) {kernel_shape = [2, 3], strides = [2, 2]} : (tensor<1x3x9x11xf32>) -> tensor<1x3x4x5xf32>
          %g = "graph.global_avg_pool"(%x) : (tensor<1x3x9x11xf32>) -> tensor<1x3x1x1xf32>
          %s = "graph.softmax"(%x) {axis = -1 : i64} : (tensor<1x3x9x11xf32>) -> tensor<1x3x9x11xf32>
          %q = "graph.max_pool2d"(%z) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x2x6x70xf32>) -> tensor<1x2x3x35xf32>
          %a = "graph.avg_pool2d"(%z) {kernel_shape = [3, 3], pads = [1, 1, 1, 1]} : (tensor<1x2x6x70xf32>) -> tensor<1x2x6x70xf32>
          return %p, %g, %s, %q, %a : tensor<1x3x4x5xf32>, tensor<1x3x1x1xf32>, tensor<1x3x9x11xf32>, tensor<1x2x3x35xf32>, tensor<1x2x6x70xf32>
        }
        """);
    for (String f : new String[] {"mm.mlir", "conv.mlir", "pool.mlir"})
      for (int seed : new int[] {0, 1}) mlcRun(dir.resolve(f).toString(), "--random-inputs", "--seed", "" + seed, "--check-against-interpreter");
  }
}
