package dev.mlc.suites;

import static dev.mlc.suites.testing.SemanticsAssert.assertPreserves;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.tools.opt.PassSemantics;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Differential tests of {@code convert-tl-to-scf}: {@code @main} interpreted before and after the
 * lowering on seeded random inputs (results and the final contents of memref arguments) must agree,
 * for every kind of loop nest and structured op, with scf.for nests and with scf.parallel.
 */
class TlToScfSemanticsTest {
  static final String[] PIPELINES = {"convert-tl-to-scf", "convert-tl-to-scf{parallel-loops=true}"};

  /** Checks both pipelines on {@code module} and that the check really ran and the tl loop ops are gone. */
  static void check(String module, long seed) {
    for (String p : PIPELINES) {
      PassSemantics.Result r = assertPreserves("builtin.module(" + p + ")", module, seed);
      assertTrue(r.reference().completed(), "the reference run did not complete: " + r.reference());
      for (String op : new String[] {"tl.loop", "tl.generic", "tl.matmul", "tl.index"}) assertFalse(r.output().contains(op), op + " left:\n" + r.output());
      assertTrue(r.output().contains("scf.for") || r.output().contains("scf.parallel"), r.output());
    }
  }

  static String matmulGeneric(int m, int k, int n) {
    return """
        func.func @main(%a: memref<MxKxf32>, %b: memref<KxNxf32>, %c: memref<MxNxf32>) {
          tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                      iterator_types = ["parallel", "parallel", "reduction"]}
              ins(%a, %b : memref<MxKxf32>, memref<KxNxf32>) outs(%c : memref<MxNxf32>) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = arith.mulf %x, %y : f32
            %s = arith.addf %acc, %p : f32
            tl.yield %s : f32
          }
          return
        }
        """.replace("M", "" + m).replace("K", "" + k).replace("N", "" + n);
  }

  @Property(tries = 15)
  void matmulAsGeneric(@ForAll @IntRange(min = 1, max = 5) int m, @ForAll @IntRange(min = 1, max = 5) int k,
                       @ForAll @IntRange(min = 1, max = 5) int n, @ForAll long seed) {
    check(matmulGeneric(m, k, n), seed);
  }

  /** A 2-D convolution with stride and dilation: in[s*i + d*k, s*j + d*l] * w[k, l] accumulated into out[i, j]. */
  @Property(tries = 15)
  void convolutionWindow(@ForAll @IntRange(min = 1, max = 4) int oh, @ForAll @IntRange(min = 1, max = 4) int ow,
                         @ForAll @IntRange(min = 1, max = 3) int kh, @ForAll @IntRange(min = 1, max = 3) int kw,
                         @ForAll @IntRange(min = 1, max = 2) int stride, @ForAll @IntRange(min = 1, max = 2) int dil, @ForAll long seed) {
    int ih = stride * (oh - 1) + dil * (kh - 1) + 1, iw = stride * (ow - 1) + dil * (kw - 1) + 1;
    String module = """
        func.func @main(%in: memref<IHxIWxf32>, %w: memref<KHxKWxf32>, %out: memref<OHxOWxf32>) {
          tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0 * S + d2 * D, d1 * S + d3 * D)>, affine_map<(d0, d1, d2, d3) -> (d2, d3)>,
                                       affine_map<(d0, d1, d2, d3) -> (d0, d1)>],
                      iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
              ins(%in, %w : memref<IHxIWxf32>, memref<KHxKWxf32>) outs(%out : memref<OHxOWxf32>) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = arith.mulf %x, %y : f32
            %s = arith.addf %acc, %p : f32
            tl.yield %s : f32
          }
          return
        }
        """.replace("IH", "" + ih).replace("IW", "" + iw).replace("KH", "" + kh).replace("KW", "" + kw).replace("OH", "" + oh)
        .replace("OW", "" + ow).replace("S", "" + stride).replace("D", "" + dil);
    check(module, seed);
  }

  /** Row sums (a reduction over the inner dimension), a full max reduction into a rank-0 buffer, an integer sum. */
  @Property(tries = 10)
  void reductions(@ForAll long seed) {
    check("""
        func.func @main(%x: memref<5x7xf32>, %rows: memref<5xf32>, %all: memref<f32>, %n: memref<3x4xi32>, %isum: memref<4xi32>) -> f32 {
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
              ins(%x : memref<5x7xf32>) outs(%rows : memref<5xf32>) {
          ^bb0(%e: f32, %acc: f32):
            %s = arith.addf %acc, %e : f32
            tl.yield %s : f32
          }
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]}
              ins(%x : memref<5x7xf32>) outs(%all : memref<f32>) {
          ^bb0(%e: f32, %acc: f32):
            %m = arith.maximumf %acc, %e : f32
            tl.yield %m : f32
          }
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
              ins(%n : memref<3x4xi32>) outs(%isum : memref<4xi32>) {
          ^bb0(%e: i32, %acc: i32):
            %s = arith.addi %acc, %e : i32
            tl.yield %s : i32
          }
          %r = tl.load %all[] : memref<f32>
          return %r : f32
        }
        """, seed);
  }

  /** A 2-D loop nest with a reduction iter_arg, steps other than one and a dynamic bound. */
  @Property(tries = 10)
  void loopNestWithIterArgs(@ForAll long seed) {
    check("""
        func.func @main(%buf: memref<6x5xf32>, %n: index) -> (f32, index) {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %c2 = arith.constant 2 : index
          %c5 = arith.constant 5 : index
          %c6 = arith.constant 6 : index
          %ub = arith.minsi %n, %c5 : index
          %zero = arith.constant 0.0 : f32
          %r:2 = tl.loop (%i, %j) = (%c1, %c0) to (%c6, %ub) step (%c2, %c1) iterators ["parallel", "reduction"] iter_args(%acc = %zero, %k = %c0) -> (f32, index) {
            %x = tl.load %buf[%i, %j] : memref<6x5xf32>
            %s = arith.addf %acc, %x : f32
            %t = arith.addi %k, %j : index
            tl.yield %s, %t : f32, index
          }
          return %r#0, %r#1 : f32, index
        }
        """, seed);
  }

  /** A bias broadcast along rows (a constant 0 index), a scalar input, tl.index, and an output that is written, never read. */
  @Property(tries = 10)
  void broadcastWithConstantIndex(@ForAll long seed) {
    check("""
        func.func @main(%v: memref<4x3xf32>, %bias: memref<1x3xf32>, %k: f32, %out: memref<4x3xf32>) {
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>],
                      iterator_types = ["parallel", "parallel"]}
              ins(%v, %bias, %k : memref<4x3xf32>, memref<1x3xf32>, f32) outs(%out : memref<4x3xf32>) {
          ^bb0(%x: f32, %b: f32, %s: f32, %o: f32):
            %j = tl.index 1 : index
            %ji = arith.index_cast %j : index to i32
            %f = arith.sitofp %ji : i32 to f32
            %t = arith.addf %x, %b : f32
            %u = arith.mulf %t, %s : f32
            %w = arith.addf %u, %f : f32
            tl.yield %w : f32
          }
          return
        }
        """, seed);
  }

  /** tl.matmul on floats and integers, and a transposed access with mod/floordiv/ceildiv index maps. */
  @Property(tries = 10)
  void matmulAndDivisionMaps(@ForAll long seed) {
    check("""
        func.func @main(%a: memref<3x4xf32>, %b: memref<4x2xf32>, %c: memref<3x2xf32>, %ia: memref<2x3xi16>, %ib: memref<3x3xi16>, %ic: memref<2x3xi16>,
                        %x: memref<8xf32>, %y: memref<4x4xf32>) {
          tl.matmul ins(%a, %b : memref<3x4xf32>, memref<4x2xf32>) outs(%c : memref<3x2xf32>)
          tl.matmul ins(%ia, %ib : memref<2x3xi16>, memref<3x3xi16>) outs(%ic : memref<2x3xi16>)
          tl.generic {indexing_maps = [affine_map<(d0, d1) -> ((d0 * 3 + d1 - 5) mod 8)>, affine_map<(d0, d1) -> (d1 floordiv 2 + d0 ceildiv 2)>,
                                       affine_map<(d0, d1) -> (d1, d0)>],
                      iterator_types = ["parallel", "parallel"]}
              ins(%x, %x : memref<8xf32>, memref<8xf32>) outs(%y : memref<4x4xf32>) {
          ^bb0(%e: f32, %f: f32, %o: f32):
            %p = arith.mulf %e, %f : f32
            %q = arith.subf %p, %o : f32
            tl.yield %q : f32
          }
          return
        }
        """, seed);
  }

  /** A tiled matmul: a tl.loop over T x T tiles of C (T dividing the sizes) around a tl.generic on strided subviews. */
  @Property(tries = 10)
  void tiledMatmul(@ForAll @IntRange(min = 1, max = 3) int tile, @ForAll @IntRange(min = 1, max = 2) int mt,
                   @ForAll @IntRange(min = 1, max = 2) int nt, @ForAll @IntRange(min = 1, max = 4) int k, @ForAll long seed) {
    int m = tile * mt, n = tile * nt;
    check("""
        func.func @main(%a: memref<MxKxf32>, %b: memref<KxNxf32>, %c: memref<MxNxf32>) {
          %c0 = arith.constant 0 : index
          %ct = arith.constant T : index
          %cm = arith.constant M : index
          %cn = arith.constant N : index
          tl.loop (%i, %j) = (%c0, %c0) to (%cm, %cn) step (%ct, %ct) iterators ["parallel", "parallel"] {
            %sa = tl.subview %a[%i, 0] [T, K] [1, 1] : memref<MxKxf32> to memref<TxKxf32, strided<[K, 1], offset: ?>>
            %sb = tl.subview %b[0, %j] [K, T] [1, 1] : memref<KxNxf32> to memref<KxTxf32, strided<[N, 1], offset: ?>>
            %sc = tl.subview %c[%i, %j] [T, T] [1, 1] : memref<MxNxf32> to memref<TxTxf32, strided<[N, 1], offset: ?>>
            tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                        iterator_types = ["parallel", "parallel", "reduction"]}
                ins(%sa, %sb : memref<TxKxf32, strided<[K, 1], offset: ?>>, memref<KxTxf32, strided<[N, 1], offset: ?>>)
                outs(%sc : memref<TxTxf32, strided<[N, 1], offset: ?>>) {
            ^bb0(%x: f32, %y: f32, %acc: f32):
              %p = arith.mulf %x, %y : f32
              %s = arith.addf %acc, %p : f32
              tl.yield %s : f32
            }
          }
          return
        }
        """.replace("M", "" + m).replace("N", "" + n).replace("K", "" + k).replace("T", "" + tile), seed);
  }
}
