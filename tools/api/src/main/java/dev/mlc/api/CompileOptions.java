package dev.mlc.api;

import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import java.nio.file.Path;

/**
 * How {@link Model#compile} compiles: the entry function ({@code main}), the on-disk cache (on by
 * default, in {@code -Dmlc.cache.dir}, {@code $MLC_CACHE_DIR}, or {@code ~/.cache/mlc/compiled}; {@code
 * cacheDir} overrides the directory), and the target (null: the host CPU with its features,
 * {@code -O2}), and the named lowering pipeline ({@code graph-to-llvm}; {@code graph-to-llvm-parallel}
 * runs parallel loops on the parallel runtime, whose thread count the calling thread sets with
 * {@code ParallelRuntime.setThreads}, docs/parallel-runtime.md), and a tuning database (null: none;
 * only read when given: docs/tuning.md) with the thread count whose entries apply; its content is
 * part of the compile cache's key.
 */
public record CompileOptions(String entry, boolean cache, Path cacheDir, TargetOptions target, String pipeline, Path tuningDb, int tuningThreads) {
  public CompileOptions(String entry, boolean cache, Path cacheDir, TargetOptions target, String pipeline) { this(entry, cache, cacheDir, target, pipeline, null, 1); }

  public static CompileOptions defaults() { return new CompileOptions("main", true, null, null, GraphToLlvmPipeline.NAME); }

  /** Gives {@code tl-matmul-kernel} the tuning database {@code db} (null: none); its entries for the target and {@code threads} apply. */
  public CompileOptions withTuningDb(Path db, int threads) { return new CompileOptions(entry, cache, cacheDir, target, pipeline, db, threads); }

  public CompileOptions withEntry(String e) { return new CompileOptions(e, cache, cacheDir, target, pipeline, tuningDb, tuningThreads); }

  /** Caches compiled code in {@code dir} (and turns the cache on). */
  public CompileOptions withCacheDir(Path dir) { return new CompileOptions(entry, true, dir, target, pipeline, tuningDb, tuningThreads); }

  /** Compiles every time, reading and writing no cache. */
  public CompileOptions withoutCache() { return new CompileOptions(entry, false, cacheDir, target, pipeline, tuningDb, tuningThreads); }

  public CompileOptions withTarget(TargetOptions t) { return new CompileOptions(entry, cache, cacheDir, t, pipeline, tuningDb, tuningThreads); }

  /** Lowers with the registered pipeline named {@code name} (it must end in the llvm dialect). */
  public CompileOptions withPipeline(String name) { return new CompileOptions(entry, cache, cacheDir, target, name, tuningDb, tuningThreads); }

  /** The cache directory in effect, or null when the cache is off. */
  public Path effectiveCacheDir() { return !cache ? null : cacheDir != null ? cacheDir : CompileCache.defaultDirectory(); }
}
