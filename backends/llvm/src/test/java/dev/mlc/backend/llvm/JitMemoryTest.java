package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.ir.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Compiling, running and closing many modules frees their native memory; modules compile on many threads. */
class JitMemoryTest {
  /** The resident set size of this process in KiB (Linux), or -1 elsewhere. */
  static long rssKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status")))
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** A small module whose function computes {@code x * k + k} with a loop-free body. */
  static String module(int k) {
    return """
        llvm.func @f%d(%%x: i64) -> i64 {
          %%k = llvm.mlir.constant(%d : i64) : i64
          %%0 = llvm.mul %%x, %%k : i64
          %%1 = llvm.add %%0, %%k : i64
          llvm.return %%1 : i64
        }""".formatted(k, k);
  }

  static void compileAndRun(int k) {
    Operation m = TranslationTest.parse(module(k));
    try (JitModule j = JitModule.compile(m, TargetOptions.host())) {
      assertEquals(3L * k + k, (Long) j.function("f" + k).invoke(3L));
    }
  }

  @Test void nativeMemoryDoesNotGrowWithoutBound() {
    // Warm-up: LLVM's global state, JIT-compiled Java, the Java heap's pages touched once.
    for (int i = 0; i < 150; i++) compileAndRun(i);
    System.gc();
    long before = rssKiB();
    int n = 250;
    for (int i = 0; i < n; i++) compileAndRun(1000 + i);
    System.gc();
    long after = rssKiB();
    Assumptions.assumeTrue(before > 0, "no /proc/self/status: RSS cannot be measured here");
    long growth = after - before;
    System.out.println("JitMemoryTest: RSS " + before + " -> " + after + " KiB over " + n + " modules");
    // A leaked LLJIT with its context, module and code costs about 740 KiB: 250 of them would be
    // about 180 MiB. What remains is noise from the Java heap and allocator.
    assertTrue(growth < 48 * 1024, "RSS grew by " + growth + " KiB over " + n + " modules (" + before + " -> " + after + ")");
  }

  @Test void modulesCompileAndRunConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int k = 5000 + i;
        fs.add(pool.submit(() -> compileAndRun(k)));
      }
      for (Future<?> f : fs) f.get();
      // One module called from many threads at once.
      Operation m = TranslationTest.parse(module(7));
      try (JitModule j = JitModule.compile(m, TargetOptions.host())) {
        NativeFunction f = j.function("f7");
        List<Future<Long>> rs = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          long x = t;
          rs.add(pool.submit(() -> {
            long s = 0;
            for (int r = 0; r < 1000; r++) s += (Long) f.invoke(x);
            return s;
          }));
        }
        for (int t = 0; t < 16; t++) assertEquals(1000L * (7L * t + 7), rs.get(t).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
