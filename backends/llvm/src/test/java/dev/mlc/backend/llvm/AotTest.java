package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.dialect.llvm.interp.LlvmInterpreter;
import dev.mlc.dialect.llvm.interp.Memory;
import dev.mlc.dialect.llvm.interp.Pointer;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.type.FloatType;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Object files, C headers and shared libraries, linked with gcc and checked against the interpreter. */
class AotTest {
  static final int N = 37;

  static float x(int i) { return (float) Math.cos(i) * 2; }

  static float out(int i) { return i * 0.25f - 3; }

  /** The interpreter's saxpy over the same data as the C driver: {sum, out[0..N)}. */
  static double[] interpreted(Operation m, float a) {
    Interpreter in = new Interpreter(TranslationTest.CTX);
    Memory mem = LlvmInterpreter.memory(in);
    Pointer px = mem.allocate(4L * N, "x"), po = mem.allocate(4L * N, "out");
    for (int i = 0; i < N; i++) {
      mem.store(px.plus(4L * i), FloatType.F32, (double) x(i));
      mem.store(po.plus(4L * i), FloatType.F32, (double) out(i));
    }
    double[] r = new double[N + 1];
    r[0] = (Double) in.call(Interpreter.findFunction(m, "saxpy"), (double) a, px, po, (long) N)[0];
    for (int i = 0; i < N; i++) r[i + 1] = (Double) mem.load(po.plus(4L * i), FloatType.F32);
    return r;
  }

  @Test void headerDeclaresTheEntryPoints() {
    Operation m = TranslationTest.parse(JitDifferentialTest.SAXPY + """

        llvm.func internal @helper() { llvm.return }
        llvm.func @flag(%b: i1, %c: i8, %d: f64) -> i1 { llvm.return %b : i1 }
        llvm.func @ext(i32) -> i32
        """);
    String h = Aot.header(m, "demo", List.of());
    assertTrue(h.contains("float saxpy(float arg0, void *arg1, void *arg2, int64_t arg3);"), h);
    assertTrue(h.contains("bool flag(bool arg0, int8_t arg1, double arg2);"), h);
    assertFalse(h.contains("helper"), h);
    assertFalse(h.contains("ext("), h);
    assertTrue(h.contains("#ifndef DEMO_H"), h);
  }

  @Test void cDriverLinkedWithTheObjectFileMatchesTheInterpreter(@TempDir Path dir) throws Exception {
    String cc = Aot.cCompiler();
    Assumptions.assumeTrue(cc != null, "skipped: no C compiler (gcc, or $CC) on this machine to link the driver with");
    Operation m = TranslationTest.parse(JitDifferentialTest.SAXPY);
    List<Path> files = Aot.compile(m, TargetOptions.host(), dir, "saxpy");
    assertTrue(Files.exists(dir.resolve("saxpy.o")) && Files.exists(dir.resolve("saxpy.h")) && Files.exists(dir.resolve("libsaxpy.so")), files.toString());
    Files.writeString(dir.resolve("driver.c"), """
        #include <math.h>
        #include <stdio.h>
        #include "saxpy.h"
        int main(void) {
          float x[%d], out[%d];
          for (int i = 0; i < %d; i++) { x[i] = (float) cos(i) * 2; out[i] = i * 0.25f - 3; }
          float s = saxpy(1.5f, x, out, %d);
          printf("%%.9g\\n", s);
          for (int i = 0; i < %d; i++) printf("%%.9g\\n", out[i]);
          return 0;
        }
        """.formatted(N, N, N, N, N));
    Path exe = dir.resolve("driver");
    Aot.run(List.of(cc, "-O1", "-o", exe.toString(), dir.resolve("driver.c").toString(), dir.resolve("saxpy.o").toString(), "-lm"));
    Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
    String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(0, p.waitFor());
    double[] expect = interpreted(m, 1.5f);
    assertEquals(N + 1, lines.length);
    for (int i = 0; i <= N; i++) assertEquals((float) expect[i], Float.parseFloat(lines[i]), 0f, "line " + i);
  }

  @Test void sharedLibraryLoadsAndRuns(@TempDir Path dir) throws Throwable {
    Assumptions.assumeTrue(Aot.cCompiler() != null, "skipped: no C compiler (gcc, or $CC) on this machine to link the shared library with");
    Operation m = TranslationTest.parse(JitDifferentialTest.SAXPY);
    Aot.compile(m, TargetOptions.host(), dir, "saxpy");
    try (Arena arena = Arena.ofConfined()) {
      SymbolLookup lib = SymbolLookup.libraryLookup(dir.resolve("libsaxpy.so"), arena);
      MethodHandle f = Linker.nativeLinker().downcallHandle(lib.find("saxpy").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_FLOAT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
      MemorySegment xs = arena.allocate(4L * N, 16), os = arena.allocate(4L * N, 16);
      for (int i = 0; i < N; i++) {
        xs.setAtIndex(ValueLayout.JAVA_FLOAT, i, x(i));
        os.setAtIndex(ValueLayout.JAVA_FLOAT, i, out(i));
      }
      float s = (float) f.invokeExact(-0.75f, xs, os, (long) N);
      double[] expect = interpreted(m, -0.75f);
      assertEquals((float) expect[0], s, 0f);
      for (int i = 0; i < N; i++) assertEquals((float) expect[i + 1], os.getAtIndex(ValueLayout.JAVA_FLOAT, i), 0f);
    }
  }

  @Test void untranslatableModulesAreExceptionsWithTheirErrors(@TempDir Path dir) {
    Operation m = TranslationTest.parse("func.func @f() {\n  return\n}");
    BackendException e = assertThrows(BackendException.class, () -> Aot.compile(m, TargetOptions.host(), dir, "bad"));
    assertTrue(e.getMessage().contains("test.mlir:1:1: 'func.func' op cannot be translated"), e.getMessage());
    assertThrows(BackendException.class, () -> Aot.header(TranslationTest.parse("llvm.func @v(%x: vector<4xf32>) {\n  llvm.return\n}"), "v", List.of()));
  }
}
