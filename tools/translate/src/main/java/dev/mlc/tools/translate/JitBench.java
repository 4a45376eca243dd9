package dev.mlc.tools.translate;

import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.TargetOptions;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.text.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Compiles, runs and closes N small modules with the JIT in one process, printing the resident
 * memory every N/10 modules and the time per module: native memory must stay flat (bench/jit-leak.sh):
 * the growth over the second half is what is kept per module (a leaked LLJIT costs about 740 KiB).
 */
public final class JitBench {
  private JitBench() {}

  static long rssKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status")))
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    MLContext ctx = MLContext.withAllDialects(JitBench.class.getClassLoader());
    TargetOptions opts = TargetOptions.host();
    long start = System.nanoTime(), first = -1;
    for (int i = 0; i < n; i++) {
      String src = """
          llvm.func @f(%%p: !llvm.ptr, %%n: i64) -> f64 {
            %%c0 = llvm.mlir.constant(0 : i64) : i64
            %%c1 = llvm.mlir.constant(1 : i64) : i64
            %%z = llvm.mlir.constant(0.0 : f64) : f64
            %%k = llvm.mlir.constant(%d.0 : f64) : f64
            llvm.br ^h(%%c0, %%z : i64, f64)
          ^h(%%i: i64, %%acc: f64):
            %%more = llvm.icmp "slt" %%i, %%n : i64
            llvm.cond_br %%more, ^b, ^e
          ^b:
            %%q = llvm.getelementptr %%p[%%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
            %%v = llvm.load %%q : !llvm.ptr -> f64
            %%m = llvm.intr.fma(%%v, %%k, %%acc) : (f64, f64, f64) -> f64
            %%i2 = llvm.add %%i, %%c1 : i64
            llvm.br ^h(%%i2, %%m : i64, f64)
          ^e:
            llvm.return %%acc : f64
          }""".formatted(i);
      Operation m = Parser.parse(ctx, "bench", src);
      try (JitModule j = JitModule.compile(m, opts); java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
        java.lang.foreign.MemorySegment data = a.allocate(8 * 16, 8);
        for (int k = 0; k < 16; k++) data.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, k, k);
        double r = (Double) j.function("f").invoke(data, 16L);
        if (r != 120.0 * i) throw new AssertionError("module " + i + " computed " + r);
      }
      if (i == n / 2 - 1) first = rssKiB();
      if ((i + 1) % Math.max(1, n / 10) == 0)
        System.out.printf(Locale.ROOT, "modules=%d rss_kib=%d ms_per_module=%.2f%n", i + 1, rssKiB(), (System.nanoTime() - start) / 1e6 / (i + 1));
    }
    long last = rssKiB();
    System.out.printf(Locale.ROOT, "jit-leak: %d modules, RSS at half-way: %d KiB, at the end: %d KiB, growth over the second half: %d KiB (%.1f KiB per module)%n",
        n, first, last, last - first, (last - first) / (double) Math.max(1, n - n / 2));
  }
}
