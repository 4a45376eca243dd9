package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.text.Parser;
import dev.mlc.text.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * End to end: functions in func + arith + math + scf are lowered with convert-scf-to-cf and
 * convert-to-llvm, JIT-compiled, and their results compared with the interpreter running the
 * original IR on several inputs.
 */
class LowerToLlvmJitTest {
  static final MLContext CTX = MLContext.withAllDialects(LowerToLlvmJitTest.class.getClassLoader());
  static final String PIPELINE = "builtin.module(convert-scf-to-cf,convert-to-llvm)";

  /** The IR lowered to the llvm dialect; fails when the pipeline fails or leaves other dialects. */
  static Operation lower(String src) {
    Operation m = Parser.parse(CTX, "e2e.mlir", src);
    assertNotNull(m, "parse failed");
    PassManager pm = PipelineParser.parse(PassRegistry.load(LowerToLlvmJitTest.class.getClassLoader()), PIPELINE, "builtin.module");
    assertTrue(new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, dev.mlc.text.PrintOptions.DEFAULT))).run(pm, m), "the pipeline failed");
    List<String> left = new ArrayList<>();
    m.walk(op -> { if (op != m && !op.name().startsWith("llvm.")) left.add(op.name()); });
    assertEquals(List.of(), left, "ops left after lowering:\n" + Printer.print(m, dev.mlc.text.PrintOptions.DEFAULT));
    return m;
  }

  /**
   * Runs {@code fn} of {@code src} in the interpreter (arguments as the interpreter wants them) and
   * natively (arguments converted by {@code toNative}), for every input, and compares the results
   * as doubles within {@code tol} (relative, absolute near zero).
   */
  static void check(String src, String fn, List<Object[]> inputs, Function<Object[], Object[]> toNative, double tol) {
    check(src, fn, inputs, toNative, tol, false);
  }

  /** As above; with {@code interpretLowered}, the interpreter also runs the lowered llvm function (index and integers as i64/i32 Longs). */
  static void check(String src, String fn, List<Object[]> inputs, Function<Object[], Object[]> toNative, double tol, boolean interpretLowered) {
    Operation original = Parser.parse(CTX, "e2e.mlir", src);
    Operation lowered = lower(src);
    if (interpretLowered)
      for (Object[] in : inputs) {
        Object expect = new Interpreter(CTX).call(Interpreter.findFunction(original, fn), in)[0];
        Object got = new Interpreter(CTX).call(Interpreter.findFunction(lowered, fn), in)[0];
        assertEquals(((Number) expect).doubleValue(), ((Number) got).doubleValue(), 0, fn + java.util.Arrays.toString(in) + " interpreted after lowering");
      }
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host())) {
      for (Object[] in : inputs) {
        Object expect = new Interpreter(CTX).call(Interpreter.findFunction(original, fn), in)[0];
        Object got = jit.function(fn).invoke(toNative.apply(in));
        double e = ((Number) expect).doubleValue(), g = ((Number) got).doubleValue();
        String what = fn + java.util.Arrays.toString(in) + ": interpreter " + expect + ", native " + got;
        if (Double.isNaN(e)) assertTrue(Double.isNaN(g), what);
        else assertEquals(e, g, tol * Math.max(1, Math.abs(e)), what);
      }
    }
  }

  static final String LOOP = """
      func.func @loop(%n: index, %x: f32, %y: i32) -> f32 {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c16 = arith.constant 16 : index
        %k = arith.remui %n, %c16 : index
        %r = scf.for %i = %c0 to %k step %c1 iter_args(%acc = %x) -> (f32) {
          %ii = arith.index_cast %i : index to i32
          %f = arith.sitofp %ii : i32 to f32
          %s = math.sin %f : f32
          %e = math.exp %s : f32
          %m = arith.maxsi %ii, %y : i32
          %mf = arith.sitofp %m : i32 to f32
          %t = arith.mulf %e, %mf : f32
          %odd = arith.andi %ii, %y : i32
          %c0i = arith.constant 0 : i32
          %z = arith.cmpi eq, %odd, %c0i : i32
          %a = scf.if %z -> (f32) {
            %p = arith.addf %acc, %t : f32
            scf.yield %p : f32
          } else {
            %q = arith.subf %acc, %t : f32
            scf.yield %q : f32
          }
          scf.yield %a : f32
        }
        return %r : f32
      }""";

  @Test void loopWithIfAndMath() {
    List<Object[]> in = List.of(new Object[] {0L, 1.5, 3L}, new Object[] {7L, -2.0, -4L}, new Object[] {15L, 0.25, 5L},
        new Object[] {100L, 3.0, 0L}, new Object[] {12345L, -0.5, 1L});
    check(LOOP, "loop", in, a -> new Object[] {a[0], (float) (double) (Double) a[1], (int) (long) (Long) a[2]}, 1e-5);
  }

  static final String GCD = """
      func.func @gcd(%x: i32, %y: i32) -> i32 {
        %c0 = arith.constant 0 : i32
        %xa = math.absi %x : i32
        %ya = math.absi %y : i32
        %r:2 = scf.while (%a = %xa, %b = %ya) : (i32, i32) -> (i32, i32) {
          %ne = arith.cmpi ne, %b, %c0 : i32
          scf.condition(%ne) %a, %b : i32, i32
        } do {
        ^bb0(%a: i32, %b: i32):
          %m = arith.remsi %a, %b : i32
          scf.yield %b, %m : i32, i32
        }
        return %r#0 : i32
      }""";

  @Test void whileLoop() {
    List<Object[]> in = List.of(new Object[] {12L, 18L}, new Object[] {-35L, 14L}, new Object[] {0L, 9L}, new Object[] {7L, 0L},
        new Object[] {1071L, 462L});
    check(GCD, "gcd", in, a -> new Object[] {(int) (long) (Long) a[0], (int) (long) (Long) a[1]}, 0, true);
  }

  static final String SWITCH = """
      func.func @sw(%i: index, %x: f64) -> f64 {
        %r = scf.index_switch %i -> f64
        case 0 {
          %c = arith.constant 10.0 : f64
          scf.yield %c : f64
        }
        case 3 {
          %y = math.tanh %x : f64
          scf.yield %y : f64
        }
        case 5 {
          %y = math.erf %x : f64
          %z = math.sqrt %x : f64
          %w = arith.addf %y, %z : f64
          scf.yield %w : f64
        }
        default {
          %y = math.powf %x, %x : f64
          %n = arith.negf %y : f64
          scf.yield %n : f64
        }
        return %r : f64
      }""";

  @Test void indexSwitchAndLibmCalls() {
    List<Object[]> in = new ArrayList<>();
    for (long i : new long[] {0, 1, 3, 5, 9})
      for (double x : new double[] {0.0, 0.5, 2.0, -1.25}) in.add(new Object[] {i, x});
    check(SWITCH, "sw", in, a -> a, 1e-12);
  }

  static final String PARALLEL = """
      func.func @tri(%n: index) -> i64 {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c2 = arith.constant 2 : index
        %z = arith.constant 0 : i64
        %m = arith.minui %n, %c1 : index
        %ub = arith.addi %n, %m : index
        %r = scf.parallel (%i, %j) = (%c0, %c0) to (%ub, %c2) step (%c1, %c1) init (%z) -> i64 {
          %ij = arith.muli %i, %j : index
          %v = arith.index_cast %ij : index to i64
          scf.reduce(%v : i64) {
          ^bb0(%a: i64, %b: i64):
            %s = arith.addi %a, %b : i64
            scf.reduce.return %s : i64
          }
        }
        return %r : i64
      }""";

  @Test void parallelLoopWithReduction() {
    List<Object[]> in = List.of(new Object[] {0L}, new Object[] {1L}, new Object[] {10L}, new Object[] {1000L});
    check(PARALLEL, "tri", in, a -> a, 0, true);
  }

  static final String BUFFERS = """
      func.func @scale(%m: memref<?x4xf32>, %out: memref<?x4xf32>, %a: f32) -> f32 {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c4 = arith.constant 4 : index
        %z = arith.constant 0.0 : f32
        %n = tl.dim %m, 0 : memref<?x4xf32>
        %tmp = tl.alloc(%n) {alignment = 64 : i64} : memref<?x4xf32>
        %row = tl.alloca() : memref<4xf32>
        %sum = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (f32) {
          %r = scf.for %j = %c0 to %c4 step %c1 iter_args(%acc2 = %acc) -> (f32) {
            %v = tl.load %m[%i, %j] : memref<?x4xf32>
            %w = arith.mulf %v, %a : f32
            tl.store %w, %tmp[%i, %j] : memref<?x4xf32>
            tl.store %w, %row[%j] : memref<4xf32>
            %s = arith.addf %acc2, %w : f32
            scf.yield %s : f32
          }
          %vec = tl.vload %row[%c0] : memref<4xf32>, vector<4xf32>
          %sq = arith.mulf %vec, %vec : vector<4xf32>
          tl.vstore %sq, %out[%i, %c0] : memref<?x4xf32>, vector<4xf32>
          scf.yield %r : f32
        }
        scf.for %i = %c0 to %n step %c1 {
          %t = tl.load %tmp[%i, %c1] : memref<?x4xf32>
          tl.store %t, %out[%i, %c1] : memref<?x4xf32>
        }
        tl.dealloc %tmp : memref<?x4xf32>
        return %sum : f32
      }""";

  /** A loop over buffers passed through the memref calling convention (allocated, aligned, offset, sizes, strides). */
  @Test void loopOverBuffersThroughTheMemrefConvention() {
    Operation original = Parser.parse(CTX, "e2e.mlir", BUFFERS);
    Operation lowered = lower(BUFFERS);
    var f32 = dev.mlc.ir.type.FloatType.F32;
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host()); var arena = java.lang.foreign.Arena.ofConfined()) {
      for (int rows : new int[] {1, 3, 7}) {
        for (double a : new double[] {0.5, -3.0}) {
          var in = dev.mlc.ir.interp.Buffer.allocate(f32, new long[] {rows, 4}, true, "in");
          var out = dev.mlc.ir.interp.Buffer.allocate(f32, new long[] {rows, 4}, true, "out");
          var inSeg = arena.allocate(4L * rows * 4, 64);
          var outSeg = arena.allocate(4L * rows * 4, 64);
          for (int i = 0; i < rows; i++)
            for (int j = 0; j < 4; j++) {
              float v = (float) Math.sin(i * 4 + j + a) * 10;
              in.store((double) v, i, j);
              out.store(0.0, i, j);
              inSeg.setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i * 4L + j, v);
            }
          double expect = ((Number) new Interpreter(CTX).call(Interpreter.findFunction(original, "scale"), in, out, a)[0]).doubleValue();
          float got = (Float) jit.function("scale").invoke(inSeg, inSeg, 0L, (long) rows, 4L, 4L, 1L,
              outSeg, outSeg, 0L, (long) rows, 4L, 4L, 1L, (float) a);
          assertEquals(expect, got, 1e-4 * Math.max(1, Math.abs(expect)), "sum for rows=" + rows + ", a=" + a);
          for (int i = 0; i < rows; i++)
            for (int j = 0; j < 4; j++) {
              double e = ((Number) out.load(i, j)).doubleValue();
              float g = outSeg.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i * 4L + j);
              assertEquals(e, g, 1e-4 * Math.max(1, Math.abs(e)), "out[" + i + "][" + j + "] for rows=" + rows);
            }
        }
      }
    }
  }

  static final String VECTORS = """
      func.func @vec(%m: memref<?x8xf32>, %x: f32, %i: index) -> f32 {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %n = tl.dim %m, 0 : memref<?x8xf32>
        %tmp = tl.alloc(%n) : memref<?x8xf32>
        tl.copy %m, %tmp : memref<?x8xf32> to memref<?x8xf32>
        %row = tl.subview %tmp[%i, 0] [1, 8] [1, 1] : memref<?x8xf32> to memref<1x8xf32, strided<[8, 1], offset: ?>>
        %v = tl.vload %row[%c0, %c0] : memref<1x8xf32, strided<[8, 1], offset: ?>>, vector<8xf32>
        %b = tl.broadcast %x : f32 to vector<8xf32>
        %f = tl.fma %v, %b, %b : vector<8xf32>
        %e = tl.extract %f[%c1] : vector<8xf32>
        %g = tl.insert %x, %f[%c0] : vector<8xf32>
        %s = tl.reduction <add>, %g, %e : vector<8xf32> into f32
        %buf = tl.alloca() : memref<8xf32>
        tl.fill %s, %buf : memref<8xf32>
        %l = tl.load %buf[%c1] : memref<8xf32>
        tl.dealloc %tmp : memref<?x8xf32>
        return %l : f32
      }""";

  /** copy (memcpy), subview, vload, broadcast, fma, extract, insert, reduction with an accumulator, alloca and fill. */
  @Test void vectorOpsOverViews() {
    Operation original = Parser.parse(CTX, "e2e.mlir", VECTORS);
    Operation lowered = lower(VECTORS);
    var f32 = dev.mlc.ir.type.FloatType.F32;
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host()); var arena = java.lang.foreign.Arena.ofConfined()) {
      for (int rows : new int[] {1, 2, 5})
        for (long i = 0; i < rows; i++)
          for (double x : new double[] {0.5, -1.75}) {
            var in = dev.mlc.ir.interp.Buffer.allocate(f32, new long[] {rows, 8}, true, "in");
            var seg = arena.allocate(4L * rows * 8, 64);
            for (int r = 0; r < rows; r++)
              for (int c = 0; c < 8; c++) {
                float v = (float) Math.cos(r * 8 + c) * 3;
                in.store((double) v, r, c);
                seg.setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, r * 8L + c, v);
              }
            double expect = ((Number) new Interpreter(CTX).call(Interpreter.findFunction(original, "vec"), in, x, i)[0]).doubleValue();
            float got = (Float) jit.function("vec").invoke(seg, seg, 0L, (long) rows, 8L, 8L, 1L, (float) x, i);
            assertEquals(expect, got, 1e-5 * Math.max(1, Math.abs(expect)), "vec(rows=" + rows + ", x=" + x + ", i=" + i + ")");
          }
    }
  }

  /** What the pipeline prints is accepted by mlir-opt-19 (skipped where it is not installed). */
  @Test void upstreamAcceptsTheLoweredIR() throws Exception {
    try {
      new ProcessBuilder("mlir-opt-19", "--version").redirectErrorStream(true).start().waitFor();
    } catch (java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("mlir-opt-19 is not installed");
    }
    for (String src : List.of(LOOP, GCD, SWITCH, PARALLEL, BUFFERS, VECTORS, VECTOR_MATH, STRIDED)) {
      String text = Printer.print(lower(src), dev.mlc.text.PrintOptions.DEFAULT);
      Process p = new ProcessBuilder("mlir-opt-19", "-").redirectErrorStream(true).start();
      try (var w = p.getOutputStream()) {
        w.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), "mlir-opt-19 rejects:\n" + text + "\n" + out);
    }
  }

  static final String VECTOR_MATH = """
      func.func @vsin(%m: memref<8xf64>) -> f64 {
        %c0 = arith.constant 0 : index
        %c4 = arith.constant 4 : index
        %v = tl.vload %m[%c0] : memref<8xf64>, vector<4xf64>
        %s = math.sin %v : vector<4xf64>
        %e = math.erf %s : vector<4xf64>
        tl.vstore %e, %m[%c4] : memref<8xf64>, vector<4xf64>
        %r = tl.reduction <add>, %e : vector<4xf64> into f64
        return %r : f64
      }""";

  /** Library functions on vectors are scalarized (one call per lane); the buffer written in place matches too. */
  @Test void vectorLibmCalls() {
    Operation original = Parser.parse(CTX, "e2e.mlir", VECTOR_MATH);
    Operation lowered = lower(VECTOR_MATH);
    var f64 = dev.mlc.ir.type.FloatType.F64;
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host()); var arena = java.lang.foreign.Arena.ofConfined()) {
      for (double scale : new double[] {0.1, 1.0, -2.5}) {
        var in = dev.mlc.ir.interp.Buffer.allocate(f64, new long[] {8}, true, "m");
        var seg = arena.allocate(8L * 8, 64);
        for (int i = 0; i < 8; i++) {
          in.store(i * scale, i);
          seg.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i, i * scale);
        }
        double expect = ((Number) new Interpreter(CTX).call(Interpreter.findFunction(original, "vsin"), in)[0]).doubleValue();
        double got = (Double) jit.function("vsin").invoke(seg, seg, 0L, 8L, 1L);
        assertEquals(expect, got, 1e-12 * Math.max(1, Math.abs(expect)), "vsin(scale=" + scale + ")");
        for (int i = 0; i < 8; i++) {
          double e = ((Number) in.load(i)).doubleValue(), g = seg.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i);
          assertEquals(e, g, 1e-12 * Math.max(1, Math.abs(e)), "m[" + i + "] for scale=" + scale);
        }
      }
    }
  }

  static final String STRIDED = """
      func.func @strided(%m: memref<4x4xf32>, %x: f32) -> f32 {
        %c1 = arith.constant 1 : index
        %s = tl.subview %m[1, 1] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1], offset: 5>>
        tl.fill %x, %s : memref<2x2xf32, strided<[4, 1], offset: 5>>
        %t = tl.subview %m[0, 0] [2, 2] [2, 2] : memref<4x4xf32> to memref<2x2xf32, strided<[8, 2]>>
        tl.copy %s, %t : memref<2x2xf32, strided<[4, 1], offset: 5>> to memref<2x2xf32, strided<[8, 2]>>
        %r = tl.load %m[%c1, %c1] : memref<4x4xf32>
        return %r : f32
      }""";

  /** fill and copy through strided views (a loop addressing every element through the descriptors). */
  @Test void fillAndCopyThroughStridedViews() {
    Operation original = Parser.parse(CTX, "e2e.mlir", STRIDED);
    Operation lowered = lower(STRIDED);
    var f32 = dev.mlc.ir.type.FloatType.F32;
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host()); var arena = java.lang.foreign.Arena.ofConfined()) {
      for (double x : new double[] {7.0, -0.5}) {
        var in = dev.mlc.ir.interp.Buffer.allocate(f32, new long[] {4, 4}, true, "m");
        var seg = arena.allocate(4L * 16, 64);
        for (int i = 0; i < 16; i++) {
          in.store((double) i, i / 4, i % 4);
          seg.setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i, (float) i);
        }
        double expect = ((Number) new Interpreter(CTX).call(Interpreter.findFunction(original, "strided"), in, x)[0]).doubleValue();
        float got = (Float) jit.function("strided").invoke(seg, seg, 0L, 4L, 4L, 4L, 1L, (float) x);
        assertEquals(expect, got, 0, "strided(" + x + ")");
        for (int i = 0; i < 16; i++)
          assertEquals(((Number) in.load(i / 4, i % 4)).doubleValue(), seg.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i), 0, "m[" + i + "]");
      }
    }
  }
}
