package dev.mlc.ir.pass;

import dev.mlc.ir.Block;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a {@link PassManager} on an op. Owns what passes must not do themselves: verification after
 * each pass, IR dumps, timing, statistics, running isolated ops in parallel with deterministic
 * output, and the crash reproducer.
 */
public final class PassExecutor {
  /**
   * How to run.
   *
   * @param printer renders an op as MLIR text (the core cannot print; tools pass the printer in)
   */
  public record Config(boolean verifyEach, int threads, Set<String> printBefore, Set<String> printAfter,
                       boolean printBeforeAll, boolean printAfterAll, boolean printAfterChange, boolean printAfterFailure,
                       boolean printModuleScope, PrintStream dumpStream, Function<Operation, String> printer,
                       java.nio.file.Path crashReproducer) {
    public static Config defaults(Function<Operation, String> printer) {
      return new Config(true, Runtime.getRuntime().availableProcessors(), Set.of(), Set.of(), false, false, false, false, false,
          System.err, printer, null);
    }

    public Config withThreads(int n) {
      return new Config(verifyEach, n, printBefore, printAfter, printBeforeAll, printAfterAll, printAfterChange, printAfterFailure,
          printModuleScope, dumpStream, printer, crashReproducer);
    }

    public Config withVerifyEach(boolean v) {
      return new Config(v, threads, printBefore, printAfter, printBeforeAll, printAfterAll, printAfterChange, printAfterFailure,
          printModuleScope, dumpStream, printer, crashReproducer);
    }

    boolean dumpsAny() {
      return printBeforeAll || printAfterAll || printAfterChange || printAfterFailure || !printBefore.isEmpty() || !printAfter.isEmpty();
    }
  }

  /** A node of the timing tree: a pass or a nested pipeline, with summed wall time. */
  public static final class Timing {
    public final String name;
    public long nanos;
    public final Map<Object, Timing> children = new LinkedHashMap<>();

    Timing(String name) { this.name = name; }

    synchronized Timing child(Object key, String name) { return children.computeIfAbsent(key, k -> new Timing(name)); }

    synchronized void add(long n) { nanos += n; }
  }

  /**
   * A hook around every pass run (MLIR's PassInstrumentation), for checks that belong to the pass
   * manager rather than to passes, such as the semantics check. With more than one thread it may
   * be called concurrently for isolated ops; instrumentations that look at the whole IR must run
   * with one thread.
   */
  public interface Instrumentation {
    /** Before {@code pass} runs on {@code op}. */
    default void runBeforePass(Pass pass, Operation op) {}

    /**
     * After {@code pass} ran on {@code op}, succeeded and (with verify-each) verified. Returning
     * false fails the pipeline; the instrumentation has reported why.
     */
    default boolean runAfterPass(Pass pass, Operation op) { return true; }
  }

  private final Config config;
  private final List<Instrumentation> instrumentations = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Timing rootTiming = new Timing("root");
  private final Map<Pass, Map<String, PassContext.Statistic>> statistics = new LinkedHashMap<>();
  private final AnalysisManager analyses = new AnalysisManager();
  private Operation topLevel;
  private ExecutorService pool;

  public PassExecutor(Config config) { this.config = config; }

  public Timing timing() { return rootTiming; }

  /** Adds an instrumentation, called in the order added. */
  public PassExecutor addInstrumentation(Instrumentation i) {
    instrumentations.add(i);
    return this;
  }

  /** Per pass instance (in pipeline order), its statistics by name. */
  public Map<Pass, Map<String, PassContext.Statistic>> statistics() { return statistics; }

  /**
   * Runs {@code pm} on {@code op}; returns false after a pass failed (its diagnostics and an error
   * naming it were reported) or verification failed.
   */
  public boolean run(PassManager pm, Operation op) {
    topLevel = op;
    String crashSnapshot = config.crashReproducer() != null ? config.printer().apply(op) : null;
    if (pm.anchor() != null && !op.isa(pm.anchor())) {
      op.emitError("can't run '" + pm.anchor() + "' pass manager on '" + op.name() + "' op");
      op.context().diagnostics().flush();
      return false;
    }
    registerStatistics(pm);
    try {
      boolean ok = runPipeline(pm, op, rootTiming);
      if (!ok && crashSnapshot != null) writeReproducer(pm, crashSnapshot);
      op.context().diagnostics().flush();
      return ok;
    } finally {
      if (pool != null) pool.shutdownNow();
    }
  }

  private void registerStatistics(PassManager pm) {
    for (Object e : pm.entries()) {
      if (e instanceof Pass p) statistics.put(p, PassContext.newStatistics());
      else registerStatistics((PassManager) e);
    }
  }

  private boolean runPipeline(PassManager pm, Operation op, Timing parent) {
    for (Object e : pm.entries()) {
      if (e instanceof Pass p) {
        if (!runPass(p, op, parent.child(p, p.displayName()))) return false;
      } else {
        PassManager nested = (PassManager) e;
        Timing t = parent.child(nested, "'" + (nested.anchor() == null ? "any" : nested.anchor()) + "' Pipeline");
        if (!runNested(nested, op, t)) return false;
      }
    }
    return true;
  }

  private boolean runNested(PassManager nested, Operation op, Timing timing) {
    List<Operation> targets = new ArrayList<>();
    for (Region r : op.regions())
      for (Block b : r.blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp())
          if (nested.anchor() == null || o.isa(nested.anchor())) targets.add(o);
    if (targets.isEmpty()) return true;
    boolean parallel = config.threads() > 1 && targets.size() > 1 && !config.printModuleScope()
        && targets.stream().allMatch(o -> o.hasTrait(Traits.IsolatedFromAbove.class));
    long t0 = System.nanoTime();
    try {
      if (!parallel) {
        // Every op runs even after one fails, so the output matches a parallel run exactly.
        boolean all = true;
        for (Operation o : targets) all &= runPipeline(nested, o, timing);
        return all;
      }
      return runParallel(nested, targets, timing);
    } finally {
      timing.add(System.nanoTime() - t0);
    }
  }

  /** Runs on isolated ops in parallel; diagnostics and IR dumps are replayed in op order. */
  private boolean runParallel(PassManager nested, List<Operation> targets, Timing timing) {
    if (pool == null) {
      java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
      pool = Executors.newFixedThreadPool(config.threads(), r -> {
        Thread t = new Thread(null, r, "mlc-pass-" + n.incrementAndGet(), 512L << 20);
        t.setDaemon(true);
        return t;
      });
    }
    MLContext ctx = targets.get(0).context();
    List<Future<Object[]>> futures = new ArrayList<>();
    for (Operation o : targets) {
      futures.add(pool.submit(() -> {
        boolean[] ok = new boolean[1];
        java.io.ByteArrayOutputStream dumps = new java.io.ByteArrayOutputStream();
        List<Diagnostic> ds = ctx.diagnostics().captureOnThisThread(() -> {
          DUMP.set(new PrintStream(dumps, true, java.nio.charset.StandardCharsets.UTF_8));
          try {
            ok[0] = runPipeline(nested, o, timing);
          } finally {
            DUMP.remove();
          }
        });
        return new Object[] {ok[0], ds, dumps.toByteArray()};
      }));
    }
    boolean all = true;
    for (Future<Object[]> f : futures) {
      Object[] r;
      try {
        r = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) throw re;
        if (c instanceof Error er) throw er;
        throw new IllegalStateException(c);
      }
      config.dumpStream().write((byte[]) r[2], 0, ((byte[]) r[2]).length);
      @SuppressWarnings("unchecked") List<Diagnostic> ds = (List<Diagnostic>) r[1];
      ctx.diagnostics().replay(ds);
      all &= (boolean) r[0];
    }
    config.dumpStream().flush();
    return all;
  }

  private static final ThreadLocal<PrintStream> DUMP = new ThreadLocal<>();

  private PrintStream dumpStream() {
    PrintStream p = DUMP.get();
    return p != null ? p : config.dumpStream();
  }

  private boolean runPass(Pass p, Operation op, Timing timing) {
    String name = p.name();
    if (p.anchor() != null && !op.isa(p.anchor())) {
      op.emitError("pass '" + name + "' is anchored on '" + p.anchor() + "' and cannot run on '" + op.name() + "'");
      return false;
    }
    if (!p.canScheduleOn(op)) {
      op.emitError("pass '" + name + "' cannot be scheduled on '" + op.name() + "'");
      return false;
    }
    if (config.printBeforeAll() || config.printBefore().contains(name)) dump("Before", p, op);
    String before = config.printAfterChange() ? config.printer().apply(dumpTarget(op)) : null;
    for (Instrumentation i : instrumentations) i.runBeforePass(p, op);
    PassContext pc = new PassContext(op, analyses, statistics.computeIfAbsent(p, k -> PassContext.newStatistics()),
        dumpStream(), config.printer());
    long t0 = System.nanoTime();
    int errorsBefore = op.context().diagnostics().visibleErrorCount();
    try {
      p.runOnOperation(op, pc);
    } catch (RuntimeException | StackOverflowError e) {
      op.emitError("pass '" + name + "' crashed: " + e + " -- this is a bug in the pass; please report it"
          + (Boolean.getBoolean("mlc.debug") ? "" : " (rerun with --debug for the Java stack trace)"));
      if (Boolean.getBoolean("mlc.debug")) e.printStackTrace(config.dumpStream());
      pc.signalFailure();
    } finally {
      timing.add(System.nanoTime() - t0);
    }
    analyses.invalidate(op, pc.allPreserved(), pc.preserved());
    if (pc.failed()) {
      // As MLIR: a pass that reported its own error needs no second one (which would also upset
      // --verify-diagnostics); a silent failure is named here.
      if (op.context().diagnostics().visibleErrorCount() == errorsBefore) op.emitError("pass '" + name + "' failed on '" + op.name() + "'");
      if (config.printAfterFailure()) dump("Failed", p, op);
      return false;
    }
    if (config.verifyEach() && !Verifier.verify(op)) {
      op.emitError("verification failed after pass '" + name + "'");
      if (config.printAfterFailure()) dump("Failed", p, op);
      return false;
    }
    if (config.printAfterAll() || config.printAfter().contains(name)) dump("After", p, op);
    else if (before != null && !before.equals(config.printer().apply(dumpTarget(op)))) dump("After", p, op);
    for (Instrumentation i : instrumentations) if (!i.runAfterPass(p, op)) return false;
    return true;
  }

  private Operation dumpTarget(Operation op) { return config.printModuleScope() ? topLevel : op; }

  private void dump(String when, Pass p, Operation op) {
    PrintStream out = dumpStream();
    out.print("// -----// IR Dump " + when + " " + p.displayName() + " (" + p.name() + ") //----- //\n");
    out.print(config.printer().apply(dumpTarget(op)));
    out.print("\n");
    out.flush();
  }

  private void writeReproducer(PassManager pm, String snapshot) {
    StringBuilder sb = new StringBuilder(snapshot);
    sb.append("\n{-#\n  external_resources: {\n    mlir_reproducer: {\n      pipeline: \"")
        .append(pm.toString().replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\",\n      disable_threading: true,\n      verify_each: ").append(config.verifyEach()).append("\n    }\n  }\n#-}\n");
    try {
      java.nio.file.Files.writeString(config.crashReproducer(), sb.toString());
      config.dumpStream().println("note: pipeline failed; reproducer written to " + config.crashReproducer()
          + " (run it with: mlc-opt --run-reproducer " + config.crashReproducer() + ")");
    } catch (java.io.IOException e) {
      config.dumpStream().println("error: could not write the crash reproducer to " + config.crashReproducer() + ": " + e.getMessage());
    }
  }

  /** MLIR's execution time report; {@code root} may be null when no pass ran. */
  public static String formatTiming(Timing root, long totalNanos, Map<String, Long> phasesBefore, Map<String, Long> phasesAfter) {
    StringBuilder sb = new StringBuilder();
    sb.append("===-------------------------------------------------------------------------===\n");
    sb.append("                         ... Execution time report ...\n");
    sb.append("===-------------------------------------------------------------------------===\n");
    sb.append(String.format("  Total Execution Time: %.4f seconds%n%n", totalNanos / 1e9));
    sb.append("  ----Wall Time----  ----Name----\n");
    for (var e : phasesBefore.entrySet()) line(sb, e.getValue(), totalNanos, e.getKey(), 0);
    if (root != null) for (Timing t : root.children.values()) timingTree(sb, t, totalNanos, 0);
    for (var e : phasesAfter.entrySet()) line(sb, e.getValue(), totalNanos, e.getKey(), 0);
    line(sb, totalNanos, totalNanos, "Total", 0);
    return sb.toString();
  }

  private static void timingTree(StringBuilder sb, Timing t, long total, int depth) {
    line(sb, t.nanos, total, t.name, depth);
    for (Timing c : t.children.values()) timingTree(sb, c, total, depth + 1);
  }

  private static void line(StringBuilder sb, long nanos, long total, String name, int depth) {
    sb.append(String.format("  %8.4f (%5.1f%%)  %s%s%n", nanos / 1e9, total == 0 ? 0.0 : 100.0 * nanos / total, "  ".repeat(depth), name));
  }

  /** MLIR's pass statistics report. */
  public String formatStatistics(PassManager pm) {
    StringBuilder sb = new StringBuilder();
    sb.append("===-------------------------------------------------------------------------===\n");
    sb.append("                         ... Pass statistics report ...\n");
    sb.append("===-------------------------------------------------------------------------===\n");
    statsTree(sb, pm, 0);
    return sb.toString();
  }

  private void statsTree(StringBuilder sb, PassManager pm, int depth) {
    for (Object e : pm.entries()) {
      if (e instanceof PassManager n) {
        sb.append("  ".repeat(depth)).append("'").append(n.anchor() == null ? "any" : n.anchor()).append("' Pipeline\n");
        statsTree(sb, n, depth + 1);
      } else {
        Pass p = (Pass) e;
        sb.append("  ".repeat(depth)).append(p.displayName()).append('\n');
        for (PassContext.Statistic s : statistics.getOrDefault(p, Map.of()).values())
          sb.append("  ".repeat(depth + 1)).append("(S) ").append(s.value()).append(' ').append(s.name()).append(" - ").append(s.description()).append('\n');
      }
    }
  }
}
