package dev.mlc.ir.pass;

import dev.mlc.ir.Operation;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What one run of a pass on one op can use: cached analyses, statistics, failure signalling,
 * which analyses the pass preserved, and the tool's report stream and printer.
 */
public final class PassContext {
  private final Operation op;
  private final AnalysisManager analyses;
  private final Map<String, Statistic> statistics;
  private final PrintStream output;
  private final Function<Operation, String> printer;
  private boolean failed;
  private boolean allPreserved;
  private final Set<Class<?>> preserved = new HashSet<>();

  PassContext(Operation op, AnalysisManager analyses, Map<String, Statistic> statistics, PrintStream output,
              Function<Operation, String> printer) {
    this.op = op;
    this.analyses = analyses;
    this.statistics = statistics;
    this.output = output;
    this.printer = printer;
  }

  public Operation op() { return op; }

  /**
   * Where a pass prints a report (MLIR's {@code llvm::errs()}: {@code print-op-stats},
   * {@code view-op-graph}): the tool's diagnostic stream, buffered per op and replayed in op
   * order when ops run in parallel.
   */
  public PrintStream output() { return output; }

  /** {@code op} as MLIR text, rendered by the tool's printer (the core itself cannot print). */
  public String print(Operation op) { return printer.apply(op); }

  /** Marks the run as failed: the pipeline stops after this pass. */
  public void signalFailure() { failed = true; }

  public boolean failed() { return failed; }

  /**
   * The analysis of type {@code kind} for the op, computed on first use through its constructor
   * taking the {@link Operation} and cached until a pass invalidates it.
   */
  public <A> A getAnalysis(Class<A> kind) { return analyses.get(op, kind); }

  /** Declares that the pass did not invalidate analyses of this kind. */
  public void markPreserved(Class<?> kind) { preserved.add(kind); }

  /** Declares that the pass changed nothing that analyses depend on. */
  public void markAllPreserved() { allPreserved = true; }

  boolean allPreserved() { return allPreserved; }

  Set<Class<?>> preserved() { return preserved; }

  /** A named counter reported by {@code --mlir-pass-statistics}, summed over all runs of the pass. */
  public Statistic statistic(String name, String description) {
    synchronized (statistics) {
      return statistics.computeIfAbsent(name, n -> new Statistic(n, description));
    }
  }

  /** A pass statistic: a thread-safe counter with a name and description. */
  public static final class Statistic {
    private final String name;
    private final String description;
    private final AtomicLong value = new AtomicLong();

    Statistic(String name, String description) {
      this.name = name;
      this.description = description;
    }

    public void add(long n) { value.addAndGet(n); }

    public void increment() { value.incrementAndGet(); }

    public String name() { return name; }

    public String description() { return description; }

    public long value() { return value.get(); }
  }

  static Map<String, Statistic> newStatistics() { return new LinkedHashMap<>(); }
}
