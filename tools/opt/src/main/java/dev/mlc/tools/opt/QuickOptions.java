package dev.mlc.tools.opt;

import java.util.List;

/**
 * Reads the plain command lines that most runs use (on/off flags, {@code -o FILE}, one input file)
 * without picocli. Picocli builds its model of the options by reflection and, compiled for Java 5,
 * cannot be kept in the JVM's ahead-of-time cache, so it costs a few hundred milliseconds of every
 * run; this reader gives the same {@link MlcOpt.Options} for the command lines it accepts and
 * declines (returns false) everything else, which picocli then reads (with its diagnostics,
 * {@code --help}, {@code @file} arguments and so on).
 */
final class QuickOptions {
  private QuickOptions() {}

  /** Fills {@code o} from {@code args} (pass flags removed) and returns true, or returns false leaving {@code o} to be discarded. */
  static boolean read(List<String> args, MlcOpt.Options o) {
    boolean sawInput = false, sawOutput = false;
    long seen = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-o")) {
        if (sawOutput || i + 1 == args.size()) return false;
        String v = args.get(++i);
        if (!plainValue(v)) return false;
        o.output = v;
        sawOutput = true;
        continue;
      }
      if (a.startsWith("-") && !a.equals("-")) {
        int flag = FLAGS.indexOf(a);
        if (flag < 0) return false;
        long bit = 1L << flag;
        if ((seen & bit) != 0) return false; // picocli rejects a repeated option
        seen |= bit;
        set(o, a);
        continue;
      }
      if (sawInput || !plainValue(a)) return false;
      o.input = a;
      sawInput = true;
    }
    return true;
  }

  /** A value picocli takes as it is: not empty, not option-like, not an {@code @file} to expand. */
  private static boolean plainValue(String v) {
    return v.equals("-") || (!v.isEmpty() && v.charAt(0) != '-' && v.charAt(0) != '@');
  }

  /** The on/off flags read here (at most 64). */
  static final List<String> FLAGS = List.of("--mlir-print-op-generic", "--allow-unregistered-dialect", "--verify-diagnostics",
      "--mlir-print-debuginfo", "--no-verify-each", "--mlir-print-ir-before-all", "--mlir-print-ir-after-all",
      "--mlir-print-ir-after-change", "--mlir-print-ir-after-failure", "--mlir-print-ir-module-scope", "--mlir-timing",
      "--mlir-pass-statistics", "--mlir-disable-threading", "--run-reproducer", "--no-implicit-module", "--check-semantics",
      "--no-check-semantics", "--debug-patterns-summary-only", "--list-passes", "--debug");

  private static void set(MlcOpt.Options o, String flag) {
    switch (flag) {
      case "--mlir-print-op-generic" -> o.generic = true;
      case "--allow-unregistered-dialect" -> o.allowUnregistered = true;
      case "--verify-diagnostics" -> o.verifyDiagnostics = true;
      case "--mlir-print-debuginfo" -> o.debugInfo = true;
      case "--no-verify-each" -> o.noVerifyEach = true;
      case "--mlir-print-ir-before-all" -> o.printBeforeAll = true;
      case "--mlir-print-ir-after-all" -> o.printAfterAll = true;
      case "--mlir-print-ir-after-change" -> o.printAfterChange = true;
      case "--mlir-print-ir-after-failure" -> o.printAfterFailure = true;
      case "--mlir-print-ir-module-scope" -> o.printModuleScope = true;
      case "--mlir-timing" -> o.timing = true;
      case "--mlir-pass-statistics" -> o.statistics = true;
      case "--mlir-disable-threading" -> o.disableThreading = true;
      case "--run-reproducer" -> o.runReproducer = true;
      case "--no-implicit-module" -> o.noImplicitModule = true;
      case "--check-semantics" -> o.checkSemantics = true;
      case "--no-check-semantics" -> o.noCheckSemantics = true;
      case "--debug-patterns-summary-only" -> o.debugPatternsSummaryOnly = true;
      case "--list-passes" -> o.listPasses = true;
      case "--debug" -> o.standard.debug = true;
      default -> throw new IllegalArgumentException(flag);
    }
  }
}
