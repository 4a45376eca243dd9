package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.NativeFunction;
import dev.mlc.backend.llvm.ParallelRuntime;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.type.FloatType;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Parallel loops on the JIT's thread pool: scf.parallel outlined by outline-parallel-loops (grain
 * forced to one iteration so that even these small loops are split), lowered to llvm, JIT-compiled
 * and run with 1, 2 and 3 threads; every run is bitwise equal to the reference interpreter. A stress
 * test calls one compiled function from several Java threads at once, each with its own buffers and
 * thread count.
 */
class ParallelLoopsJitTest {
  static final MLContext CTX = MLContext.withAllDialects(ParallelLoopsJitTest.class.getClassLoader());
  static final String PIPELINE = "builtin.module(outline-parallel-loops{grain-work=1},convert-scf-to-cf,convert-to-llvm)";

  /**
   * b[i, j] = a[i, j] * a[i, j] + (i * 1000 + j) over a 2-D parallel loop; c[p, q, r] from a 3-D loop with a reduction
   * loop and a nested parallel loop inside; then b[i, j] += s[i mod 4, j] with s a buffer allocated here (filled by
   * another parallel loop; passed to the outlined body as a noalias pointer).
   */
  static final String SRC = """
      func.func @main(%a: memref<?x33xf32>, %b: memref<?x33xf32>, %c: memref<?x5x3xf32>) {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c2 = arith.constant 2 : index
        %c3 = arith.constant 3 : index
        %c5 = arith.constant 5 : index
        %c33 = arith.constant 33 : index
        %k1000 = arith.constant 1000 : index
        %n = tl.dim %a, 0 : memref<?x33xf32>
        scf.parallel (%i, %j) = (%c0, %c0) to (%n, %c33) step (%c1, %c1) {
          %x = tl.load %a[%i, %j] : memref<?x33xf32>
          %sq = arith.mulf %x, %x : f32
          %t = arith.muli %i, %k1000 : index
          %u = arith.addi %t, %j : index
          %ui = arith.index_cast %u : index to i64
          %uf = arith.sitofp %ui : i64 to f32
          %y = arith.addf %sq, %uf : f32
          tl.store %y, %b[%i, %j] : memref<?x33xf32>
          scf.reduce
        }
        %z = arith.constant 0.0 : f32
        scf.parallel (%p, %q, %r) = (%c0, %c0, %c0) to (%n, %c5, %c3) step (%c1, %c2, %c1) {
          %s = scf.for %k = %c0 to %c33 step %c1 iter_args(%acc = %z) -> (f32) {
            %v = tl.load %a[%p, %k] : memref<?x33xf32>
            %w = arith.mulf %v, %acc : f32
            %w2 = arith.addf %w, %v : f32
            scf.yield %w2 : f32
          }
          scf.parallel (%e) = (%c0) to (%c1) step (%c1) {
            tl.store %s, %c[%p, %q, %r] : memref<?x5x3xf32>
            scf.reduce
          }
          scf.reduce
        }
        %c4 = arith.constant 4 : index
        %s = tl.alloc() {alignment = 64 : i64} : memref<4x33xf32>
        scf.parallel (%i, %j) = (%c0, %c0) to (%c4, %c33) step (%c1, %c1) {
          %x = tl.load %a[%c0, %j] : memref<?x33xf32>
          %ii = arith.index_cast %i : index to i64
          %fi = arith.sitofp %ii : i64 to f32
          %y = arith.mulf %x, %fi : f32
          tl.store %y, %s[%i, %j] : memref<4x33xf32>
          scf.reduce
        }
        scf.parallel (%i, %j) = (%c0, %c0) to (%n, %c33) step (%c1, %c1) {
          %i4 = arith.remui %i, %c4 : index
          %x = tl.load %s[%i4, %j] : memref<4x33xf32>
          %y = tl.load %b[%i, %j] : memref<?x33xf32>
          %sum = arith.addf %x, %y : f32
          tl.store %sum, %b[%i, %j] : memref<?x33xf32>
          scf.reduce
        }
        tl.dealloc %s : memref<4x33xf32>
        return
      }""";

  static Operation lower() {
    Operation m = Parser.parse(CTX, "parallel.mlir", SRC);
    assertNotNull(m, "parse failed");
    PassManager pm = PipelineParser.parse(PassRegistry.load(ParallelLoopsJitTest.class.getClassLoader()), PIPELINE, "builtin.module");
    assertTrue(new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT))).run(pm, m), "the pipeline failed");
    List<String> left = new ArrayList<>();
    m.walk(op -> { if (op != m && !op.name().startsWith("llvm.")) left.add(op.name()); });
    assertEquals(List.of(), left, "ops left after lowering:\n" + Printer.print(m, PrintOptions.DEFAULT));
    return m;
  }

  /** Inputs exact in float (so that a C driver makes the same ones). */
  static float input(int i, int j, int seed) { return (((i * 33 + j) * 37 + seed * 11) % 101 - 50) / 64f; }

  /** The interpreter's results (b then c) for {@code rows} rows, as raw float bits. */
  static int[][] interpret(Operation original, int rows, int seed) {
    Buffer a = Buffer.allocate(FloatType.F32, new long[] {rows, 33}, true, "a");
    Buffer b = Buffer.allocate(FloatType.F32, new long[] {rows, 33}, true, "b");
    Buffer c = Buffer.allocate(FloatType.F32, new long[] {rows, 5, 3}, true, "c");
    for (int i = 0; i < rows; i++) for (int j = 0; j < 33; j++) a.store((double) input(i, j, seed), i, j);
    for (int i = 0; i < rows; i++) for (int q = 0; q < 5; q++) for (int r = 0; r < 3; r++) c.store(-1.0, i, q, r);
    new Interpreter(CTX).call(Interpreter.findFunction(original, "main"), a, b, c);
    int[] bb = new int[rows * 33], cc = new int[rows * 15];
    for (int i = 0; i < rows; i++) for (int j = 0; j < 33; j++) bb[i * 33 + j] = Float.floatToRawIntBits(((Number) b.load(i, j)).floatValue());
    for (int i = 0; i < rows; i++) for (int q = 0; q < 5; q++) for (int r = 0; r < 3; r++)
      cc[i * 15 + q * 3 + r] = Float.floatToRawIntBits(((Number) c.load(i, q, r)).floatValue());
    return new int[][] {bb, cc};
  }

  /** The native results (b then c), as raw float bits. */
  static int[][] runNative(NativeFunction f, int rows, int seed) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment a = arena.allocate(4L * rows * 33, 64), b = arena.allocate(4L * rows * 33, 64), c = arena.allocate(4L * rows * 15, 64);
      for (int i = 0; i < rows; i++) for (int j = 0; j < 33; j++) a.setAtIndex(ValueLayout.JAVA_FLOAT, i * 33L + j, input(i, j, seed));
      for (int k = 0; k < rows * 15; k++) c.setAtIndex(ValueLayout.JAVA_FLOAT, k, -1f);
      f.invoke(a, a, 0L, (long) rows, 33L, 33L, 1L, b, b, 0L, (long) rows, 33L, 33L, 1L, c, c, 0L, (long) rows, 5L, 3L, 15L, 3L, 1L);
      int[] bb = new int[rows * 33], cc = new int[rows * 15];
      for (int k = 0; k < bb.length; k++) bb[k] = b.getAtIndex(ValueLayout.JAVA_INT, k);
      for (int k = 0; k < cc.length; k++) cc[k] = c.getAtIndex(ValueLayout.JAVA_INT, k);
      return new int[][] {bb, cc};
    }
  }

  @Test void oneTwoAndThreeThreadsMatchTheInterpreterBitForBit() {
    Operation original = Parser.parse(CTX, "parallel.mlir", SRC);
    int before = ParallelRuntime.parallelRegions();
    try (JitModule jit = JitModule.compile(lower(), TargetOptions.host())) {
      NativeFunction f = jit.function("main");
      for (int rows : new int[] {1, 2, 7, 40}) {
        int[][] expect = interpret(original, rows, rows);
        for (int threads : new int[] {1, 2, 3}) {
          int[][] got = ParallelRuntime.withThreads(threads, () -> runNative(f, rows, rows));
          assertArrayEquals(expect[0], got[0], "b for rows=" + rows + ", threads=" + threads);
          assertArrayEquals(expect[1], got[1], "c for rows=" + rows + ", threads=" + threads);
        }
      }
    }
    assertTrue(ParallelRuntime.parallelRegions() > before, "some regions ran on more than one thread");
  }

  @Test void manyCallsFromSeveralJavaThreadsAtOnce() throws Exception {
    Operation original = Parser.parse(CTX, "parallel.mlir", SRC);
    int[][][] expect = new int[4][][];
    for (int s = 0; s < 4; s++) expect[s] = interpret(original, 9 + s, s);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (JitModule jit = JitModule.compile(lower(), TargetOptions.host())) {
      NativeFunction f = jit.function("main");
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          for (int k = 0; k < 60; k++) {
            int threads = 1 + (k + seed) % 3;
            int[][] got = ParallelRuntime.withThreads(threads, () -> runNative(f, 9 + seed, seed));
            assertArrayEquals(expect[seed][0], got[0], "b of caller " + seed + ", call " + k);
            assertArrayEquals(expect[seed][1], got[1], "c of caller " + seed + ", call " + k);
          }
          return null;
        }));
      }
      for (Future<?> d : done) d.get();
    } finally {
      pool.shutdown();
    }
  }

  static final String DRIVER = """
      #include <stdio.h>
      #include <stdint.h>
      #include <string.h>
      #include <math.h>
      #include "model.h"
      #define ROWS 11
      int main(void) {
        static float a[ROWS * 33], b[ROWS * 33], c[ROWS * 15];
        for (int i = 0; i < ROWS; i++)
          for (int j = 0; j < 33; j++) a[i * 33 + j] = (((i * 33 + j) * 37 + 5 * 11) % 101 - 50) / 64.0f;
        for (int k = 0; k < ROWS * 15; k++) c[k] = -1.0f;
        main_(a, a, 0, ROWS, 33, 33, 1, b, b, 0, ROWS, 33, 33, 1, c, c, 0, ROWS, 5, 3, 15, 3, 1);
        for (int k = 0; k < ROWS * 33; k++) { uint32_t u; memcpy(&u, &b[k], 4); printf("%u\\n", u); }
        for (int k = 0; k < ROWS * 15; k++) { uint32_t u; memcpy(&u, &c[k], 4); printf("%u\\n", u); }
        return 0;
      }
      """;

  /**
   * AOT: the object file linked with the C runtime (mlc_runtime.c, POSIX threads) by gcc, run with
   * MLC_NUM_THREADS=1, 2, 3; the outputs are bitwise the interpreter's. Skipped without a C compiler.
   */
  @Test void aotWithTheCRuntimeMatchesTheInterpreter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String cc = dev.mlc.backend.llvm.Aot.cCompiler();
    org.junit.jupiter.api.Assumptions.assumeTrue(cc != null, "skipped: no C compiler (gcc, or $CC) on this machine to link the driver with");
    Operation lowered = lower();
    // The C driver calls the entry main_ (main is the C program's own): rename the llvm function.
    for (Operation op : lowered.region(0).front())
      if (op.attr("sym_name") instanceof dev.mlc.ir.attr.StringAttr n && n.value().equals("main"))
        op.setAttr("sym_name", dev.mlc.ir.attr.StringAttr.of("main_"));
    List<java.nio.file.Path> files = dev.mlc.backend.llvm.Aot.compile(lowered, TargetOptions.host(), dir, "model");
    assertTrue(files.contains(dir.resolve(dev.mlc.backend.llvm.Aot.RUNTIME_SOURCE)), "the runtime's source is written: " + files);
    java.nio.file.Files.writeString(dir.resolve("driver.c"), DRIVER);
    dev.mlc.backend.llvm.Aot.run(List.of(cc, "-O2", "-pthread", "-o", dir.resolve("driver").toString(), dir.resolve("driver.c").toString(),
        dir.resolve("model.o").toString(), dir.resolve(dev.mlc.backend.llvm.Aot.RUNTIME_SOURCE).toString(), "-lm"));
    int[][] expect = interpret(Parser.parse(CTX, "parallel.mlir", SRC), 11, 5);
    for (String threads : new String[] {"1", "2", "3"}) {
      ProcessBuilder pb = new ProcessBuilder(dir.resolve("driver").toString()).redirectErrorStream(true);
      pb.environment().put("MLC_NUM_THREADS", threads);
      Process p = pb.start();
      List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      assertEquals(0, p.waitFor(), "driver exit with " + threads + " threads");
      int[] b = new int[11 * 33], c = new int[11 * 15];
      for (int k = 0; k < b.length; k++) b[k] = (int) Long.parseLong(lines.get(k));
      for (int k = 0; k < c.length; k++) c[k] = (int) Long.parseLong(lines.get(b.length + k));
      assertArrayEquals(expect[0], b, "b with " + threads + " threads");
      assertArrayEquals(expect[1], c, "c with " + threads + " threads");
    }
  }
}
