package dev.mlc.api;

import dev.mlc.backend.llvm.TargetOptions;
import java.nio.file.Path;

/**
 * How {@link Model#compile} compiles: the entry function ({@code main}), the on-disk cache (on by
 * default, in {@code -Dmlc.cache.dir}, {@code $MLC_CACHE_DIR}, or {@code ~/.cache/mlc/compiled}; {@code
 * cacheDir} overrides the directory), and the target (null: the host CPU with its features,
 * {@code -O2}).
 */
public record CompileOptions(String entry, boolean cache, Path cacheDir, TargetOptions target) {
  public static CompileOptions defaults() { return new CompileOptions("main", true, null, null); }

  public CompileOptions withEntry(String e) { return new CompileOptions(e, cache, cacheDir, target); }

  /** Caches compiled code in {@code dir} (and turns the cache on). */
  public CompileOptions withCacheDir(Path dir) { return new CompileOptions(entry, true, dir, target); }

  /** Compiles every time, reading and writing no cache. */
  public CompileOptions withoutCache() { return new CompileOptions(entry, false, cacheDir, target); }

  public CompileOptions withTarget(TargetOptions t) { return new CompileOptions(entry, cache, cacheDir, t); }

  /** The cache directory in effect, or null when the cache is off. */
  public Path effectiveCacheDir() { return !cache ? null : cacheDir != null ? cacheDir : CompileCache.defaultDirectory(); }
}
