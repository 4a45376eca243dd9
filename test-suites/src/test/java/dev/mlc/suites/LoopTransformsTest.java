package dev.mlc.suites;

import static dev.mlc.suites.testing.SemanticsAssert.assertPreserves;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The loop-level passes (tile, interchange, unroll, vectorize, memory-plan) over random shapes:
 * {@code @main} interpreted before and after (results and the final contents of memref arguments
 * agree), and graph-level models with random shapes run natively through the graph-to-llvm pipeline
 * (which vectorizes and plans memory) against the interpreter.
 */
class LoopTransformsTest {
  /** Element-wise with a row broadcast, then a row sum and a row max (innermost reductions). */
  static String module(int m, int n) {
    return """
        #id = affine_map<(d0, d1) -> (d0, d1)>
        func.func @main(%a: memref<MxNxf32>, %b: memref<Nxf32>, %c: memref<MxNxf32>, %s: memref<Mxf32>, %x: memref<Mx1xf32>) {
          %t = tl.alloc() : memref<MxNxf32>
          tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id], iterator_types = ["parallel", "parallel"]}
              ins(%a, %b : memref<MxNxf32>, memref<Nxf32>) outs(%t : memref<MxNxf32>) {
          ^bb0(%u: f32, %v: f32, %o: f32):
            %p = arith.mulf %u, %v : f32
            %e = math.exp %p : f32
            tl.yield %e : f32
          }
          tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%t : memref<MxNxf32>) outs(%c : memref<MxNxf32>) {
          ^bb0(%u: f32, %o: f32):
            %z = arith.constant 1.0 : f32
            %r = arith.maximumf %u, %z : f32
            tl.yield %r : f32
          }
          tl.dealloc %t : memref<MxNxf32>
          tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
              ins(%c : memref<MxNxf32>) outs(%s : memref<Mxf32>) {
          ^bb0(%u: f32, %acc: f32):
            %r = arith.addf %acc, %u : f32
            tl.yield %r : f32
          }
          tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]}
              ins(%a : memref<MxNxf32>) outs(%x : memref<Mx1xf32>) {
          ^bb0(%u: f32, %acc: f32):
            %r = arith.maximumf %acc, %u : f32
            tl.yield %r : f32
          }
          return
        }
        """.replace("M", "" + m).replace("N", "" + n);
  }

  @Property(tries = 8)
  void tileVectorizePlan(@ForAll @IntRange(min = 1, max = 9) int m, @ForAll @IntRange(min = 1, max = 40) int n,
                         @ForAll @IntRange(min = 1, max = 5) int ti, @ForAll @IntRange(min = 1, max = 24) int tj, @ForAll long seed) {
    String src = module(m, n);
    PassSemantics.Result r = assertPreserves("builtin.module(tile{sizes=" + ti + "," + tj + "},vectorize{vector-bits=256},memory-plan,convert-tl-to-scf)", src, seed);
    assertTrue(r.reference().completed(), r.reference().toString());
    PassSemantics.Result v = assertPreserves("builtin.module(vectorize{vector-bits=512 min-trip-count=1},unroll{factor=3})", src, seed);
    assertTrue(n < 2 || v.output().contains("tl.vload"), v.output());
  }

  @Property(tries = 6)
  void interchangeAndUnroll(@ForAll @IntRange(min = 1, max = 6) int m, @ForAll @IntRange(min = 1, max = 13) int n,
                            @ForAll @IntRange(min = 2, max = 5) int factor, @ForAll long seed) {
    assertPreserves("builtin.module(interchange{permutation=1,0},convert-tl-to-scf,unroll{factor=" + factor + "})", module(m, n), seed);
  }

  record Run(int code, String out, String err) {}

  static Run mlcRun(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A graph model natively (vectorized, memory planned) against the interpreter: broadcasts, swish, softmax, reduce_sum. */
  @Property(tries = 4)
  void nativeGraphModels(@ForAll @IntRange(min = 1, max = 5) int c, @ForAll @IntRange(min = 1, max = 37) int w, @ForAll @IntRange(min = 0, max = 99) int seed)
      throws Exception {
    String src = """
        func.func @main(%x: tensor<2xCxWxf32>, %s: tensor<Cx1xf32>) -> (tensor<2xCxWxf32>, tensor<2xCx1xf32>) {
          %m = "graph.mul"(%x, %s) : (tensor<2xCxWxf32>, tensor<Cx1xf32>) -> tensor<2xCxWxf32>
          %g = "graph.sigmoid"(%m) : (tensor<2xCxWxf32>) -> tensor<2xCxWxf32>
          %w = "graph.mul"(%m, %g) : (tensor<2xCxWxf32>, tensor<2xCxWxf32>) -> tensor<2xCxWxf32>
          %y = "graph.softmax"(%w) {axis = -1 : i64} : (tensor<2xCxWxf32>) -> tensor<2xCxWxf32>
          %r = "graph.reduce_sum"(%w) {axes = [2]} : (tensor<2xCxWxf32>) -> tensor<2xCx1xf32>
          return %y, %r : tensor<2xCxWxf32>, tensor<2xCx1xf32>
        }
        """.replace("C", "" + c).replace("W", "" + w);
    Path dir = Files.createTempDirectory("loops");
    Path f = dir.resolve("m.mlir");
    Files.writeString(f, src);
    Run r = mlcRun(dir, f.toString(), "--random-inputs", "--seed", "" + seed, "--check-against-interpreter");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("check-against-interpreter: ok (2 results"), r.err());
  }
}
