package dev.mlc.api;

/**
 * How one specialization of a model was compiled: the milliseconds spent specializing and lowering
 * with the pipeline, and in LLVM (translation, optimization, code generation), and whether the
 * on-disk cache had it (then lowering and LLVM were skipped and {@code loadMs} is the time to read
 * and link the cached object).
 */
public record CompileStats(boolean cacheHit, double lowerMs, double llvmMs, double loadMs) {
  /** {@code cache: hit}, {@code cache: miss} or {@code cache: off}, for --bench output. */
  public String describe(boolean cacheEnabled) { return "cache: " + (cacheHit ? "hit" : cacheEnabled ? "miss" : "off"); }
}
