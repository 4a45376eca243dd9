package dev.mlc.dialect.tl.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.text.Parser;
import org.junit.jupiter.api.Test;

/**
 * Runs tl programs through the reference interpreter and checks hand-computed results. Scalar
 * arithmetic in bodies uses the test dialect's {@code test.constant}, {@code test.add} and
 * {@code test.mul}, given semantics here (so these tests need no other dialect's interpreter).
 */
class TlInterpreterTest {
  static final FloatType F32 = FloatType.F32;

  static Object[] run(String src, String fn, Object... args) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    assertNotNull(module, "parse failed");
    assertTrue(Verifier.verify(module), "verification failed");
    Interpreter in = new Interpreter(ctx)
        .with("test.constant", (i, op, a) -> new Object[] {op.attr("value") instanceof IntegerAttr n ? (Object) n.value().longValue()
            : (Object) ((FloatAttr) op.attr("value")).value()})
        .with("test.add", (i, op, a) -> new Object[] {a[0] instanceof Double x ? (Object) (x + (Double) a[1]) : (Object) ((Long) a[0] + (Long) a[1])})
        .with("test.mul", (i, op, a) -> new Object[] {a[0] instanceof Double x ? (Object) (x * (Double) a[1]) : (Object) ((Long) a[0] * (Long) a[1])});
    return in.call(Interpreter.findFunction(module, fn), args);
  }

  static String fails(String src, String fn, Object... args) {
    return assertThrows(InterpreterException.class, () -> run(src, fn, args)).describe();
  }

  static Tensor f32(long[] shape, double... v) { return Tensor.ofDoubles(F32, shape, v); }

  static final String MATMUL_GENERIC = """
      func.func @mm(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>, %c: tensor<2x2xf32>) -> tensor<2x2xf32> {
        %r = tl.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                         iterator_types = ["parallel", "parallel", "reduction"]}
            ins(%a, %b : tensor<2x3xf32>, tensor<3x2xf32>) outs(%c : tensor<2x2xf32>) {
        ^bb0(%x: f32, %y: f32, %acc: f32):
          %p = "test.mul"(%x, %y) : (f32, f32) -> f32
          %s = "test.add"(%acc, %p) : (f32, f32) -> f32
          tl.yield %s : f32
        } -> tensor<2x2xf32>
        return %r : tensor<2x2xf32>
      }
      """;

  @Test
  void matmulAsGenericOnTensors() {
    Tensor a = f32(new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
    Tensor b = f32(new long[] {3, 2}, 7, 8, 9, 10, 11, 12);
    Tensor c = f32(new long[] {2, 2}, 1, 0, 0, 1);
    Tensor r = (Tensor) run(MATMUL_GENERIC, "mm", a, b, c)[0];
    // [1 2 3; 4 5 6] x [7 8; 9 10; 11 12] = [58 64; 139 154], plus the identity accumulator.
    assertArrayEquals(new double[] {59, 64, 139, 155}, r.doubles());
    assertArrayEquals(new double[] {1, 0, 0, 1}, c.doubles(), "the init tensor is a value and stays unchanged");
  }

  @Test
  void matmulAsGenericOnBuffersAndNamedMatmulAgree() {
    String src = """
        func.func @mm(%ta: tensor<2x3xf32>, %tb: tensor<3x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
          %a = tl.to_buffer %ta : tensor<2x3xf32> to memref<2x3xf32>
          %b = tl.to_buffer %tb : tensor<3x2xf32> to memref<3x2xf32>
          %c = tl.alloc() : memref<2x2xf32>
          %d = tl.alloc() : memref<2x2xf32>
          %zero = "test.constant"() {value = 0.0 : f32} : () -> f32
          tl.fill %zero, %c : memref<2x2xf32>
          tl.fill %zero, %d : memref<2x2xf32>
          tl.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                      iterator_types = ["parallel", "parallel", "reduction"]}
              ins(%a, %b : memref<2x3xf32>, memref<3x2xf32>) outs(%c : memref<2x2xf32>) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = "test.mul"(%x, %y) : (f32, f32) -> f32
            %s = "test.add"(%acc, %p) : (f32, f32) -> f32
            tl.yield %s : f32
          }
          tl.matmul ins(%a, %b : memref<2x3xf32>, memref<3x2xf32>) outs(%d : memref<2x2xf32>)
          %r1 = tl.to_tensor %c : memref<2x2xf32> to tensor<2x2xf32>
          %r2 = tl.to_tensor %d : memref<2x2xf32> to tensor<2x2xf32>
          return %r1, %r2 : tensor<2x2xf32>, tensor<2x2xf32>
        }
        """;
    Object[] r = run(src, "mm", f32(new long[] {2, 3}, 1, 2, 3, 4, 5, 6), f32(new long[] {3, 2}, 7, 8, 9, 10, 11, 12));
    assertArrayEquals(new double[] {58, 64, 139, 154}, ((Tensor) r[0]).doubles());
    assertArrayEquals(new double[] {58, 64, 139, 154}, ((Tensor) r[1]).doubles());
  }

  @Test
  void convolutionWindowAsGeneric() {
    String src = """
        func.func @conv(%in: tensor<6xf32>, %w: tensor<3xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
          %r = tl.generic {indexing_maps = [affine_map<(i, k) -> (i + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>],
                           iterator_types = ["parallel", "reduction"]}
              ins(%in, %w : tensor<6xf32>, tensor<3xf32>) outs(%init : tensor<4xf32>) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = "test.mul"(%x, %y) : (f32, f32) -> f32
            %s = "test.add"(%acc, %p) : (f32, f32) -> f32
            tl.yield %s : f32
          } -> tensor<4xf32>
          return %r : tensor<4xf32>
        }
        """;
    // out[i] = in[i] * 1 + in[i + 1] * 0 + in[i + 2] * -1, plus the initial 0.5.
    Tensor r = (Tensor) run(src, "conv", f32(new long[] {6}, 1, 2, 4, 8, 16, 32), f32(new long[] {3}, 1, 0, -1), f32(new long[] {4}, 0.5, 0.5, 0.5, 0.5))[0];
    assertArrayEquals(new double[] {-2.5, -5.5, -11.5, -23.5}, r.doubles());
  }

  @Test
  void loopNestSumsABuffer() {
    String src = """
        func.func @sum(%t: tensor<3x4xi32>, %lb0: index, %lb1: index, %ub0: index, %ub1: index, %step: index) -> i32 {
          %m = tl.to_buffer %t : tensor<3x4xi32> to memref<3x4xi32>
          %zero = "test.constant"() {value = 0 : i32} : () -> i32
          %s = tl.loop (%i, %j) = (%lb0, %lb1) to (%ub0, %ub1) step (%step, %step) iterators ["parallel", "reduction"] iter_args(%acc = %zero) -> (i32) {
            %x = tl.load %m[%i, %j] : memref<3x4xi32>
            %y = "test.add"(%acc, %x) : (i32, i32) -> i32
            tl.yield %y : i32
          }
          return %s : i32
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {3, 4}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertEquals(78L, run(src, "sum", t, 0L, 0L, 3L, 4L, 1L)[0]);
    // Steps of 2 from (0, 1) visit rows 0, 2 and columns 1, 3: 2 + 4 + 10 + 12.
    assertEquals(28L, run(src, "sum", t, 0L, 1L, 3L, 4L, 2L)[0]);
    assertEquals("'tl.load' op out-of-bounds access: index [0, 4] into buffer of shape [3, 4]", fails(src, "sum", t, 0L, 0L, 3L, 5L, 1L));
  }

  @Test
  void emptyIterationSpaceReturnsTheInitialValues() {
    String src = """
        func.func @f(%lb: index, %ub: index, %c1: index, %init: f32) -> f32 {
          %s = tl.loop (%i) = (%lb) to (%ub) step (%c1) iterators ["reduction"] iter_args(%acc = %init) -> (f32) {
            %y = "test.add"(%acc, %acc) : (f32, f32) -> f32
            tl.yield %y : f32
          }
          return %s : f32
        }
        """;
    assertEquals(1.5, run(src, "f", 5L, 5L, 1L, 1.5)[0]);
    assertEquals(12.0, run(src, "f", 0L, 3L, 1L, 1.5)[0]);
    assertTrue(fails(src, "f", 0L, 3L, 0L, 1.5).startsWith("'tl.loop' op step must be positive"));
  }

  @Test
  void stridedSubviewWritesIntoItsParent() {
    String src = """
        func.func @f(%c0: index, %c1: index, %one: f32, %zero: f32) -> tensor<4x4xf32> {
          %m = tl.alloc() : memref<4x4xf32>
          tl.fill %zero, %m : memref<4x4xf32>
          %s = tl.subview %m[1, 0] [2, 2] [2, 2] : memref<4x4xf32> to memref<2x2xf32, strided<[8, 2], offset: 4>>
          tl.store %one, %s[%c0, %c0] : memref<2x2xf32, strided<[8, 2], offset: 4>>
          tl.store %one, %s[%c1, %c1] : memref<2x2xf32, strided<[8, 2], offset: 4>>
          %t = tl.to_tensor %m : memref<4x4xf32> to tensor<4x4xf32>
          return %t : tensor<4x4xf32>
        }
        """;
    Tensor t = (Tensor) run(src, "f", 0L, 1L, 1.0, 0.0)[0];
    // View element (0, 0) is parent (1, 0); view element (1, 1) is parent (1 + 2, 0 + 2) = (3, 2).
    assertArrayEquals(new double[] {0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}, t.doubles());
  }

  @Test
  void rankReducedColumnViewSumsEveryOtherRow() {
    String src = """
        func.func @f(%t: tensor<4x3xi32>, %j: index, %c0: index, %c1: index, %c2: index) -> i32 {
          %m = tl.to_buffer %t : tensor<4x3xi32> to memref<4x3xi32>
          %col = tl.subview %m[0, %j] [2, 1] [2, 1] : memref<4x3xi32> to memref<2xi32, strided<[6], offset: ?>>
          %zero = "test.constant"() {value = 0 : i32} : () -> i32
          %s = tl.loop (%i) = (%c0) to (%c2) step (%c1) iterators ["reduction"] iter_args(%acc = %zero) -> (i32) {
            %x = tl.load %col[%i] : memref<2xi32, strided<[6], offset: ?>>
            %y = "test.add"(%acc, %x) : (i32, i32) -> i32
            tl.yield %y : i32
          }
          return %s : i32
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {4, 3}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    // Column 1, rows 0 and 2: 2 + 8; column 2: 3 + 9.
    assertEquals(10L, run(src, "f", t, 1L, 0L, 1L, 2L)[0]);
    assertEquals(12L, run(src, "f", t, 2L, 0L, 1L, 2L)[0]);
    assertTrue(fails(src, "f", t, 3L, 0L, 1L, 2L).startsWith("'tl.subview' op subview out of bounds along dimension 1: offset 3"));
  }

  @Test
  void reinterpretCastViewsTheAllocationTransposed() {
    String src = """
        func.func @f(%t: tensor<6xi32>, %off: index, %i: index, %j: index) -> (tensor<3x2xi32>, i32) {
          %m = tl.to_buffer %t : tensor<6xi32> to memref<6xi32>
          %tr = tl.reinterpret_cast %m to offset: [0], sizes: [3, 2], strides: [1, 3] : memref<6xi32> to memref<3x2xi32, strided<[1, 3]>>
          %r = tl.to_tensor %tr : memref<3x2xi32, strided<[1, 3]>> to tensor<3x2xi32>
          %tail = tl.reinterpret_cast %m to offset: [%off], sizes: [2, 2], strides: [2, 1] : memref<6xi32> to memref<2x2xi32, strided<[2, 1], offset: ?>>
          %x = tl.load %tail[%i, %j] : memref<2x2xi32, strided<[2, 1], offset: ?>>
          return %r, %x : tensor<3x2xi32>, i32
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {6}, 0, 1, 2, 3, 4, 5);
    Object[] r = run(src, "f", t, 2L, 1L, 1L);
    // The 2x3 row-major matrix [0 1 2; 3 4 5] read as its 3x2 transpose.
    assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, ((Tensor) r[0]).longs());
    assertEquals(5L, r[1], "offset 2, element (1, 1): 2 + 2 + 1");
    assertEquals("'tl.reinterpret_cast' op view reaches elements 3 to 6 of an allocation of 6", fails(src, "f", t, 3L, 0L, 0L));
  }

  @Test
  void tensorSlicesExtractAndInsert() {
    String src = """
        func.func @f(%t: tensor<3x4xi32>, %i: index) -> (tensor<2x2xi32>, tensor<4xi32>, tensor<3x4xi32>) {
          %s = tl.extract_slice %t[%i, 0] [2, 2] [1, 2] : tensor<3x4xi32> to tensor<2x2xi32>
          %row = tl.extract_slice %t[2, 0] [1, 4] [1, 1] : tensor<3x4xi32> to tensor<4xi32>
          %u = tl.insert_slice %s into %t[0, 1] [2, 2] [2, 1] : tensor<2x2xi32> into tensor<3x4xi32>
          return %s, %row, %u : tensor<2x2xi32>, tensor<4xi32>, tensor<3x4xi32>
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {3, 4}, 0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23);
    Object[] r = run(src, "f", t, 1L);
    // Rows 1..2, columns 0 and 2.
    assertArrayEquals(new long[] {10, 12, 20, 22}, ((Tensor) r[0]).longs());
    assertArrayEquals(new long[] {20, 21, 22, 23}, ((Tensor) r[1]).longs());
    // Written at rows 0 and 2, columns 1..2.
    assertArrayEquals(new long[] {0, 10, 12, 3, 10, 11, 12, 13, 20, 20, 22, 23}, ((Tensor) r[2]).longs());
    assertArrayEquals(new long[] {0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23}, t.longs(), "tensors are values");
    assertEquals("'tl.extract_slice' op slice out of bounds along dimension 0: offset 2 + (size 2 - 1) * stride 1 >= 3", fails(src, "f", t, 2L));
  }

  @Test
  void gatherWithTensorExtractInAGenericBody() {
    String src = """
        func.func @gather(%data: tensor<5xf32>, %idx: tensor<3xindex>, %init: tensor<3xf32>) -> tensor<3xf32> {
          %r = tl.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
              ins(%idx : tensor<3xindex>) outs(%init : tensor<3xf32>) {
          ^bb0(%k: index, %o: f32):
            %x = tl.extract %data[%k] : tensor<5xf32>
            tl.yield %x : f32
          } -> tensor<3xf32>
          return %r : tensor<3xf32>
        }
        """;
    Tensor data = f32(new long[] {5}, 10, 11, 12, 13, 14);
    Tensor init = f32(new long[] {3}, 0, 0, 0);
    Tensor idx = Tensor.ofLongs(dev.mlc.ir.type.IndexType.INSTANCE, new long[] {3}, 4, 0, 2);
    assertArrayEquals(new double[] {14, 10, 12}, ((Tensor) run(src, "gather", data, idx, init)[0]).doubles());
    Tensor bad = Tensor.ofLongs(dev.mlc.ir.type.IndexType.INSTANCE, new long[] {3}, 4, 5, 2);
    assertEquals("'tl.extract' op index [5] is out of bounds for tensor of shape [5]", fails(src, "gather", data, bad, init));
  }

  @Test
  void collapseAndExpandShapes() {
    String src = """
        func.func @f(%t: tensor<2x3xi32>, %n: index, %i: index) -> (tensor<6xi32>, i32) {
          %c = tl.collapse_shape %t [[0, 1]] : tensor<2x3xi32> into tensor<6xi32>
          %m = tl.to_buffer %c : tensor<6xi32> to memref<6xi32>
          %d = tl.cast %m : memref<6xi32> to memref<?xi32>
          %e = tl.expand_shape %d [[0, 1]] output_shape [%n, 2] : memref<?xi32> into memref<?x2xi32>
          %x = tl.load %e[%i, %i] : memref<?x2xi32>
          return %c, %x : tensor<6xi32>, i32
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
    Object[] r = run(src, "f", t, 3L, 1L);
    assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, ((Tensor) r[0]).longs());
    assertArrayEquals(new long[] {6}, ((Tensor) r[0]).shape());
    assertEquals(4L, r[1], "element (1, 1) of the 3x2 view");
    assertEquals("'tl.expand_shape' op cannot expand dimension 0 of size 6 into sizes [4, 2]", fails(src, "f", t, 4L, 1L));
  }

  @Test
  void dynamicSubviewOutOfBoundsIsAnError() {
    String src = """
        func.func @f(%o: index) {
          %m = tl.alloc() : memref<8xf32>
          %s = tl.subview %m[%o] [4] [2] : memref<8xf32> to memref<4xf32, strided<[2], offset: ?>>
          return
        }
        """;
    run(src, "f", 1L);
    assertEquals("'tl.subview' op subview out of bounds along dimension 0: offset 2 + (size 4 - 1) * stride 2 >= 8", fails(src, "f", 2L));
  }

  @Test
  void outOfBoundsLoadNamesTheOp() {
    String src = """
        func.func @f(%i: index) -> f32 {
          %m = tl.alloc() : memref<4xf32>
          %v = tl.load %m[%i] : memref<4xf32>
          return %v : f32
        }
        """;
    String m = fails(src, "f", 4L);
    assertEquals("'tl.load' op out-of-bounds access: index [4] into buffer of shape [4]", m);
    assertTrue(fails(src, "f", -1L).contains("out-of-bounds access: index [-1]"));
  }

  @Test
  void readOfUninitializedMemory() {
    String src = """
        func.func @f(%i: index, %v: f32) -> f32 {
          %m = tl.alloc() : memref<4xf32>
          tl.store %v, %m[%i] : memref<4xf32>
          %c0 = "test.constant"() {value = 0 : index} : () -> index
          %x = tl.load %m[%c0] : memref<4xf32>
          return %x : f32
        }
        """;
    assertEquals(2.5, run(src, "f", 0L, 2.5)[0]);
    String m = fails(src, "f", 1L, 2.5);
    assertTrue(m.startsWith("'tl.load' op read of uninitialized memory at index [0] of buffer allocated at tl.alloc at test.mlir:2:"), m);
  }

  @Test
  void useAfterDeallocAndDoubleFree() {
    String src = """
        func.func @f(%i: index, %v: f32) {
          %m = tl.alloc() : memref<4xf32>
          tl.dealloc %m : memref<4xf32>
          tl.store %v, %m[%i] : memref<4xf32>
          return
        }
        func.func @g() {
          %m = tl.alloc() : memref<4xf32>
          tl.dealloc %m : memref<4xf32>
          tl.dealloc %m : memref<4xf32>
          return
        }
        func.func @h() {
          %m = tl.alloca() : memref<4xf32>
          tl.dealloc %m : memref<4xf32>
          return
        }
        """;
    assertTrue(fails(src, "f", 0L, 1.0).startsWith("'tl.store' op use of buffer allocated at tl.alloc at test.mlir:2:"));
    assertTrue(fails(src, "f", 0L, 1.0).endsWith("after it was freed"));
    assertTrue(fails(src, "g").startsWith("'tl.dealloc' op buffer allocated at tl.alloc at test.mlir:8:"));
    assertEquals("'tl.dealloc' op cannot free a stack allocation (from tl.alloca)", fails(src, "h"));
  }

  @Test
  void dynamicAllocDimReshapeCastAndCopy() {
    String src = """
        func.func @f(%n: index, %t: tensor<2x3xi64>) -> (index, tensor<6xi64>) {
          %m = tl.alloc(%n) : memref<2x?xi64>
          %d = tl.dim %m, 1 : memref<2x?xi64>
          %src = tl.to_buffer %t : tensor<2x3xi64> to memref<2x3xi64>
          %c = tl.cast %m : memref<2x?xi64> to memref<2x3xi64>
          tl.copy %src, %c : memref<2x3xi64> to memref<2x3xi64>
          %flat = tl.reshape %c : memref<2x3xi64> to memref<6xi64>
          %r = tl.to_tensor %flat : memref<6xi64> to tensor<6xi64>
          return %d, %r : index, tensor<6xi64>
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(64), new long[] {2, 3}, 1, -2, 3, -4, 5, -6);
    Object[] r = run(src, "f", 3L, t);
    assertEquals(3L, r[0]);
    assertArrayEquals(new long[] {1, -2, 3, -4, 5, -6}, ((Tensor) r[1]).longs());
    assertTrue(fails(src, "f", 4L, t).startsWith("'tl.cast' op cannot cast a value of shape [2, 4] to "));
    assertEquals("'tl.alloc' op negative size -1 for dimension 1", fails(src, "f", -1L, t));
  }

  @Test
  void copyKeepsUninitializedElementsUninitialized() {
    String src = """
        func.func @f(%v: f32, %i: index) -> f32 {
          %a = tl.alloc() : memref<2xf32>
          %b = tl.alloc() : memref<2xf32>
          %c0 = "test.constant"() {value = 0 : index} : () -> index
          tl.store %v, %a[%c0] : memref<2xf32>
          tl.store %v, %b[%c0] : memref<2xf32>
          %c1 = "test.constant"() {value = 1 : index} : () -> index
          tl.store %v, %b[%c1] : memref<2xf32>
          tl.copy %a, %b : memref<2xf32> to memref<2xf32>
          %x = tl.load %b[%i] : memref<2xf32>
          return %x : f32
        }
        """;
    assertEquals(1.5, run(src, "f", 1.5, 0L)[0]);
    assertTrue(fails(src, "f", 1.5, 1L).startsWith("'tl.load' op read of uninitialized memory at index [1]"));
  }

  @Test
  void genericWithIndexScalarInputAndBroadcast() {
    String src = """
        func.func @f(%s: i32, %init: tensor<2x3xi32>) -> tensor<2x3xi32> {
          %r = tl.generic {indexing_maps = [affine_map<(i, j) -> ()>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
              ins(%s : i32) outs(%init : tensor<2x3xi32>) {
          ^bb0(%x: i32, %o: i32):
            %i = tl.index 0 : index
            %j = tl.index 1 : index
            %ten = "test.constant"() {value = 10 : index} : () -> index
            %a = "test.mul"(%i, %ten) : (index, index) -> index
            %b = "test.add"(%a, %j) : (index, index) -> index
            tl.yield %x : i32
          } -> tensor<2x3xi32>
          return %r : tensor<2x3xi32>
        }
        """;
    Tensor init = Tensor.zeros(IntegerType.of(32), 2, 3);
    assertArrayEquals(new long[] {7, 7, 7, 7, 7, 7}, ((Tensor) run(src, "f", 7L, init)[0]).longs());
  }

  @Test
  void genericMapsReadTransposedAndOutputsNeedNotBeInitialized() {
    String src = """
        func.func @f(%t: tensor<2x3xf32>) -> tensor<3x2xf32> {
          %out = tl.alloc() : memref<3x2xf32>
          %in = tl.to_buffer %t : tensor<2x3xf32> to memref<2x3xf32>
          tl.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
              ins(%in : memref<2x3xf32>) outs(%out : memref<3x2xf32>) {
          ^bb0(%x: f32, %o: f32):
            tl.yield %x : f32
          }
          %r = tl.to_tensor %out : memref<3x2xf32> to tensor<3x2xf32>
          return %r : tensor<3x2xf32>
        }
        """;
    Tensor r = (Tensor) run(src, "f", f32(new long[] {2, 3}, 1, 2, 3, 4, 5, 6))[0];
    assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, r.doubles());
  }

  @Test
  void genericReadingAnUninitializedOutputIsAnError() {
    String src = """
        func.func @f() {
          %out = tl.alloc() : memref<2xf32>
          tl.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%out : memref<2xf32>) {
          ^bb0(%o: f32):
            %d = "test.add"(%o, %o) : (f32, f32) -> f32
            tl.yield %d : f32
          }
          return
        }
        """;
    assertTrue(fails(src, "f").startsWith("'tl.generic' op read of uninitialized memory at index [0]"));
  }

  @Test
  void vectorLoadStoreMaskBroadcastFma() {
    String src = """
        func.func @f(%t: tensor<6xf32>, %mask: vector<4xi1>, %pass: vector<4xf32>, %i: index, %s: f32) -> (vector<4xf32>, vector<4xf32>, tensor<6xf32>) {
          %m = tl.to_buffer %t : tensor<6xf32> to memref<6xf32>
          %v = tl.vload %m[%i], %mask, %pass : memref<6xf32>, vector<4xf32>
          %b = tl.broadcast %s : f32 to vector<4xf32>
          %f = tl.fma %v, %b, %b : vector<4xf32>
          tl.vstore %f, %m[%i], %mask : memref<6xf32>, vector<4xf32>
          %r = tl.to_tensor %m : memref<6xf32> to tensor<6xf32>
          return %v, %f, %r : vector<4xf32>, vector<4xf32>, tensor<6xf32>
        }
        """;
    Tensor t = f32(new long[] {6}, 1, 2, 3, 4, 5, 6);
    Tensor mask = Tensor.ofLongs(IntegerType.of(1), new long[] {4}, 1, 1, 1, 0);
    Tensor pass = f32(new long[] {4}, -1, -1, -1, -1);
    // Lanes 0..2 read elements 3..5; lane 3 would be element 6 (out of bounds) but is masked off.
    Object[] r = run(src, "f", t, mask, pass, 3L, 2.0);
    assertArrayEquals(new double[] {4, 5, 6, -1}, ((Tensor) r[0]).doubles());
    assertArrayEquals(new double[] {10, 12, 14, 0}, ((Tensor) r[1]).doubles());
    assertArrayEquals(new double[] {1, 2, 3, 10, 12, 14}, ((Tensor) r[2]).doubles());
    Tensor all = Tensor.ofLongs(IntegerType.of(1), new long[] {4}, 1, 1, 1, 1);
    assertEquals("'tl.vload' op out-of-bounds access: index [6] into buffer of shape [6]", fails(src, "f", t, all, pass, 3L, 2.0));
  }

  @Test
  void vload2dCoversTrailingDimensions() {
    String src = """
        func.func @f(%t: tensor<3x4xi32>, %i: index, %j: index) -> vector<2x2xi32> {
          %m = tl.to_buffer %t : tensor<3x4xi32> to memref<3x4xi32>
          %v = tl.vload %m[%i, %j] : memref<3x4xi32>, vector<2x2xi32>
          return %v : vector<2x2xi32>
        }
        """;
    Tensor t = Tensor.ofLongs(IntegerType.of(32), new long[] {3, 4}, 0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23);
    assertArrayEquals(new long[] {11, 12, 21, 22}, ((Tensor) run(src, "f", t, 1L, 1L)[0]).longs());
  }

  @Test
  void reductionsOverIntsAndFloats() {
    String src = """
        func.func @f(%v: vector<4xi8>, %w: vector<4xf32>, %acc: f32) -> (i8, i8, i8, i8, i8, f32, f32, f32, f32) {
          %a = tl.reduction <add>, %v : vector<4xi8> into i8
          %b = tl.reduction <minsi>, %v : vector<4xi8> into i8
          %c = tl.reduction <minui>, %v : vector<4xi8> into i8
          %d = tl.reduction <maxui>, %v : vector<4xi8> into i8
          %e = tl.reduction <xor>, %v : vector<4xi8> into i8
          %f = tl.reduction <add>, %w, %acc : vector<4xf32> into f32
          %g = tl.reduction <maximumf>, %w : vector<4xf32> into f32
          %h = tl.reduction <maxnumf>, %w : vector<4xf32> into f32
          %k = tl.reduction <mul>, %w : vector<4xf32> into f32
          return %a, %b, %c, %d, %e, %f, %g, %h, %k : i8, i8, i8, i8, i8, f32, f32, f32, f32
        }
        """;
    Tensor v = Tensor.ofLongs(IntegerType.of(8), new long[] {4}, 100, 100, -1, 3);
    Tensor w = f32(new long[] {4}, 1.5, Double.NaN, -2, 4);
    Object[] r = run(src, "f", v, w, 10.0);
    assertEquals((long) (byte) (100 + 100 - 1 + 3), r[0], "i8 addition wraps: 202 -> -54");
    assertEquals(-1L, r[1]);
    assertEquals(3L, r[2], "unsigned min: -1 is 255");
    assertEquals(-1L, r[3], "unsigned max is 255, i.e. -1 as i8");
    assertEquals((long) (100 ^ 100 ^ -1 ^ 3), r[4]);
    assertTrue(Double.isNaN((Double) r[5]));
    assertTrue(Double.isNaN((Double) r[6]), "maximumf propagates NaN");
    assertEquals(4.0, r[7], "maxnumf ignores NaN");
    assertTrue(Double.isNaN((Double) r[8]));
    Tensor w2 = f32(new long[] {4}, 1.5, 0.25, -2, 4);
    assertEquals(13.75, run(src, "f", v, w2, 10.0)[5]);
    assertEquals(-3.0, run(src, "f", v, w2, 10.0)[8]);
  }

  @Test
  void extractInsertOuterProductAndBroadcastOfVectors() {
    String src = """
        func.func @f(%a: vector<2xf32>, %b: vector<3xf32>, %i: index, %s: f32) -> (f32, vector<3xf32>, vector<2x3xf32>, vector<2x3xf32>) {
          %e = tl.extract %a[%i] : vector<2xf32>
          %n = tl.insert %s, %b[%i] : vector<3xf32>
          %o = tl.outerproduct %a, %b : vector<2xf32>, vector<3xf32>
          %acc = tl.broadcast %b : vector<3xf32> to vector<2x3xf32>
          %p = tl.outerproduct %a, %b, %acc : vector<2xf32>, vector<3xf32>
          return %e, %n, %o, %p : f32, vector<3xf32>, vector<2x3xf32>, vector<2x3xf32>
        }
        """;
    Tensor a = f32(new long[] {2}, 2, 3), b = f32(new long[] {3}, 1, 10, 100);
    Object[] r = run(src, "f", a, b, 1L, -7.0);
    assertEquals(3.0, r[0]);
    assertArrayEquals(new double[] {1, -7, 100}, ((Tensor) r[1]).doubles());
    assertArrayEquals(new double[] {2, 20, 200, 3, 30, 300}, ((Tensor) r[2]).doubles());
    assertArrayEquals(new double[] {3, 30, 300, 4, 40, 400}, ((Tensor) r[3]).doubles());
    assertEquals("'tl.extract' op index [2] is out of bounds for vector of shape [2]", fails(src, "f", a, b, 2L, -7.0));
  }

  @Test
  void transposeAndShapeCast() {
    String src = """
        func.func @f(%v: vector<2x3xi32>) -> (vector<3x2xi32>, vector<6xi32>) {
          %t = tl.transpose %v, [1, 0] : vector<2x3xi32> to vector<3x2xi32>
          %s = tl.shape_cast %t : vector<3x2xi32> to vector<6xi32>
          return %t, %s : vector<3x2xi32>, vector<6xi32>
        }
        """;
    Object[] r = run(src, "f", Tensor.ofLongs(IntegerType.of(32), new long[] {2, 3}, 1, 2, 3, 4, 5, 6));
    assertArrayEquals(new long[] {1, 4, 2, 5, 3, 6}, ((Tensor) r[0]).longs());
    assertArrayEquals(new long[] {3, 2}, ((Tensor) r[0]).shape());
    assertArrayEquals(new long[] {1, 4, 2, 5, 3, 6}, ((Tensor) r[1]).longs());
  }

  @Test
  void contractIsAVectorMatmul() {
    String src = """
        func.func @f(%a: vector<2x3xf32>, %b: vector<3x2xf32>, %acc: vector<2x2xf32>) -> vector<2x2xf32> {
          %r = tl.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                            iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %acc : vector<2x3xf32>, vector<3x2xf32> into vector<2x2xf32>
          return %r : vector<2x2xf32>
        }
        """;
    Tensor r = (Tensor) run(src, "f", f32(new long[] {2, 3}, 1, 2, 3, 4, 5, 6), f32(new long[] {3, 2}, 7, 8, 9, 10, 11, 12), f32(new long[] {2, 2}, 1, 1, 1, 1))[0];
    assertArrayEquals(new double[] {59, 65, 140, 155}, r.doubles());
  }

  @Test
  void fmaRoundsOnceAndEmptyTensorHasItsShape() {
    String src = """
        func.func @f(%a: vector<1xf32>, %n: index) -> (vector<1xf32>, index) {
          %r = tl.fma %a, %a, %a : vector<1xf32>
          %t = tl.empty(%n) : tensor<?x2xf32>
          %d = tl.dim %t, 0 : tensor<?x2xf32>
          return %r, %d : vector<1xf32>, index
        }
        """;
    Object[] r = run(src, "f", f32(new long[] {1}, 3), 5L);
    assertArrayEquals(new double[] {12}, ((Tensor) r[0]).doubles());
    assertEquals(5L, r[1]);
  }

  @Test
  void bufferValuesAreViewsSharingMemory() {
    String src = """
        func.func @f(%v: f32, %c0: index) -> f32 {
          %m = tl.alloc() : memref<2x2xf32>
          %flat = tl.reshape %m : memref<2x2xf32> to memref<4xf32>
          %c3 = "test.constant"() {value = 3 : index} : () -> index
          %c1 = "test.constant"() {value = 1 : index} : () -> index
          tl.store %v, %flat[%c3] : memref<4xf32>
          %x = tl.load %m[%c1, %c1] : memref<2x2xf32>
          return %x : f32
        }
        """;
    assertEquals(0.1f, ((Double) run(src, "f", 0.1, 0L)[0]).floatValue());
    assertTrue(run(src, "f", 0.1, 0L)[0] instanceof Double d && d == (double) 0.1f, "stored values are rounded to f32");
  }
}
