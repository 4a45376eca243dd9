package dev.mlc.backend.llvm;

/**
 * What to compile for and how: the target triple, CPU and features (the host's by default),
 * the optimization level ({@code -1}: no LLVM pass pipeline at all, as {@code mlir-translate};
 * {@code 0..3}: LLVM's {@code default<O0..O3>}, which also sets the code generator's level), and
 * whether code is position-independent (needed for shared libraries; on by default), and whether
 * op locations become DWARF line tables ({@code debugInfo}: a DISubprogram per function, a
 * DILocation per instruction; off by default).
 */
public record TargetOptions(String triple, String cpu, String features, int optLevel, boolean pic, boolean debugInfo) {
  public TargetOptions {
    if (optLevel < -1 || optLevel > 3) throw new IllegalArgumentException("optimization level must be 0 to 3, got " + optLevel);
  }

  /** The host's triple, CPU and features, {@code -O2}, PIC. */
  public static TargetOptions host() {
    Native.init();
    return new TargetOptions(Native.hostTriple(), Native.hostCpu(), Native.hostFeatures(), 2, true, false);
  }

  /** A generic x86-64 target (no host-specific features): for output that is the same on every machine. */
  public static TargetOptions generic() {
    Native.init();
    return new TargetOptions(Native.hostTriple(), "generic", "", 2, true, false);
  }

  public TargetOptions withOptLevel(int level) { return new TargetOptions(triple, cpu, features, level, pic, debugInfo); }

  public TargetOptions withCpu(String c) { return new TargetOptions(triple, c, features, optLevel, pic, debugInfo); }

  public TargetOptions withFeatures(String f) { return new TargetOptions(triple, cpu, f, optLevel, pic, debugInfo); }

  public TargetOptions withDebugInfo(boolean on) { return new TargetOptions(triple, cpu, features, optLevel, pic, on); }

  /** The code generator's level for this optimization level (none: {@code -O2}'s). */
  int codeGenLevel() { return optLevel < 0 ? 2 : optLevel; }
}
