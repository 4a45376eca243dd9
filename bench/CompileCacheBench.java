import dev.mlc.api.CompileOptions;
import dev.mlc.api.Model;
import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.ObjectCache;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where to key the compile cache, measured: for each model, the milliseconds of a start with no
 * cache, with the backend's ObjectCache (keyed by LLVM IR: lowering and translation still run), and
 * with the embedding API's cache (keyed by the module before lowering: both skipped). Each variant
 * is run REPS times in one JVM after a warm-up, and the median is printed.
 *
 * Run: java -cp 'tools/dist/target/lib/*' --enable-native-access=ALL-UNNAMED bench/CompileCacheBench.java examples/mlp.mlir examples/cnn.mlir
 */
public class CompileCacheBench {
  static final int REPS = 5;

  public static void main(String[] args) throws Exception {
    TargetOptions target = TargetOptions.host();
    System.out.printf("%-22s %12s %12s %14s %14s %14s%n", "model", "lower_ms", "no_cache_ms", "ir_key_hit_ms", "api_miss_ms", "api_hit_ms");
    for (String file : args) {
      byte[] src = Files.readAllBytes(Path.of(file));
      Path dir = Files.createTempDirectory("mlc-cache-bench");
      ObjectCache objects = new ObjectCache(dir.resolve("ir"));
      double[] lower = new double[REPS], none = new double[REPS], irHit = new double[REPS], apiMiss = new double[REPS], apiHit = new double[REPS];
      for (int r = -1; r < REPS; r++) { // r = -1: warm-up (JIT of the compiler itself, LLVM's first use)
        int k = Math.max(r, 0);
        MLContext ctx = MLContext.withAllDialects(CompileCacheBench.class.getClassLoader());
        Operation m = Parser.parse(ctx, file, new String(src));
        long t0 = System.nanoTime();
        Operation low = m.clone();
        lowerInPlace(low);
        long t1 = System.nanoTime();
        lower[k] = (t1 - t0) / 1e6;
        try (JitModule j = JitModule.compile(low, target)) {
          none[k] = (System.nanoTime() - t0) / 1e6;
        }
        try (JitModule j = JitModule.compile(low, target, objects)) {} // fills the IR-keyed cache
        long t2 = System.nanoTime();
        Operation again = m.clone();
        lowerInPlace(again);
        try (JitModule j = JitModule.compile(again, target, objects)) {
          irHit[k] = (System.nanoTime() - t2) / 1e6;
        }
        Path apiDir = dir.resolve("api" + r);
        long t3 = System.nanoTime();
        try (Model mm = Model.compile(m, CompileOptions.defaults().withCacheDir(apiDir))) {
          apiMiss[k] = (System.nanoTime() - t3) / 1e6;
        }
        long t4 = System.nanoTime();
        try (Model mm = Model.compile(m, CompileOptions.defaults().withCacheDir(apiDir))) {
          apiHit[k] = (System.nanoTime() - t4) / 1e6;
          if (!mm.lastCompileStats().cacheHit()) throw new IllegalStateException("expected a hit");
        }
      }
      System.out.printf("%-22s %12.1f %12.1f %14.1f %14.1f %14.1f%n", Path.of(file).getFileName(), median(lower), median(none), median(irHit), median(apiMiss), median(apiHit));
    }
  }

  static void lowerInPlace(Operation m) {
    var pm = PipelineParser.parse(PassRegistry.load(CompileCacheBench.class.getClassLoader()), GraphToLlvmPipeline.NAME, "builtin.module");
    if (!new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1)).run(pm, m))
      throw new IllegalStateException("lowering failed");
  }

  static double median(double[] a) {
    double[] s = a.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
