package dev.mlc.backend.llvm;

/**
 * What to compile for and how: the target triple, CPU and features (the host's by default),
 * the optimization level ({@code -1}: no LLVM pass pipeline at all, as {@code mlir-translate};
 * {@code 0..3}: LLVM's {@code default<O0..O3>}, which also sets the code generator's level), and
 * whether code is position-independent (needed for shared libraries; on by default), and whether
 * op locations become DWARF line tables ({@code debugInfo}: a DISubprogram per function, a
 * DILocation per instruction; off by default), and the vector width LLVM should prefer
 * ({@code preferVectorWidth}: e.g. 512 to use all of AVX-512's registers where LLVM's cost model
 * for the host CPU would stop at 256 bits; 0 for the CPU's default), set on every function.
 */
public record TargetOptions(String triple, String cpu, String features, int optLevel, boolean pic, boolean debugInfo, int preferVectorWidth) {
  public TargetOptions {
    if (optLevel < -1 || optLevel > 3) throw new IllegalArgumentException("optimization level must be 0 to 3, got " + optLevel);
    if (preferVectorWidth < 0 || preferVectorWidth != 0 && Integer.bitCount(preferVectorWidth) != 1)
      throw new IllegalArgumentException("the preferred vector width must be a power of two (bits), got " + preferVectorWidth);
  }

  /** The host's triple, CPU and features, {@code -O2}, PIC. */
  public static TargetOptions host() {
    Native.init();
    return new TargetOptions(Native.hostTriple(), Native.hostCpu(), Native.hostFeatures(), 2, true, false, 0);
  }

  /** A generic x86-64 target (no host-specific features): for output that is the same on every machine. */
  public static TargetOptions generic() {
    Native.init();
    return new TargetOptions(Native.hostTriple(), "generic", "", 2, true, false, 0);
  }

  public TargetOptions withOptLevel(int level) { return new TargetOptions(triple, cpu, features, level, pic, debugInfo, preferVectorWidth); }

  public TargetOptions withCpu(String c) { return new TargetOptions(triple, c, features, optLevel, pic, debugInfo, preferVectorWidth); }

  public TargetOptions withFeatures(String f) { return new TargetOptions(triple, cpu, f, optLevel, pic, debugInfo, preferVectorWidth); }

  public TargetOptions withDebugInfo(boolean on) { return new TargetOptions(triple, cpu, features, optLevel, pic, on, preferVectorWidth); }

  public TargetOptions withPreferVectorWidth(int bits) { return new TargetOptions(triple, cpu, features, optLevel, pic, debugInfo, bits); }

  /** The code generator's level for this optimization level (none: {@code -O2}'s). */
  int codeGenLevel() { return optLevel < 0 ? 2 : optLevel; }
}
