package dev.mlc.ir.rewrite;

import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Answers "why did my pattern not apply?": records every pattern attempt (pattern, op, location,
 * outcome and the reason given to {@link PatternRewriter#notifyMatchFailure}), optionally streaming
 * one line per attempt, and summarizes per pattern at the end. Filters select patterns and ops by
 * name (substring match). Thread-safe.
 */
public final class PatternLog {
  private final PrintStream stream;
  private final Predicate<String> patternFilter;
  private final Predicate<String> opFilter;
  private final boolean perAttempt;
  private final Map<String, Stats> stats = new TreeMap<>();

  private static final class Stats {
    long applied, failed;
    final Map<String, Long> reasons = new LinkedHashMap<>();
  }

  /**
   * @param stream where lines go
   * @param patternFilters substrings of pattern names to log (empty: all)
   * @param opFilters substrings of op names to log (empty: all)
   * @param perAttempt whether to print a line per attempt (otherwise only the summary)
   */
  public PatternLog(PrintStream stream, List<String> patternFilters, List<String> opFilters, boolean perAttempt) {
    this.stream = stream;
    this.patternFilter = n -> patternFilters.isEmpty() || patternFilters.stream().anyMatch(n::contains);
    this.opFilter = n -> opFilters.isEmpty() || opFilters.stream().anyMatch(n::contains);
    this.perAttempt = perAttempt;
  }

  boolean wants(RewritePattern p, Operation op) { return patternFilter.test(p.name()) && opFilter.test(op.name()); }

  /** Records one attempt of {@code p} on {@code op} (the drivers call it). */
  public synchronized void record(RewritePattern p, Operation op, Location loc, boolean applied, String reason) {
    if (!wants(p, op)) return;
    Stats s = stats.computeIfAbsent(p.name(), k -> new Stats());
    if (applied) s.applied++;
    else {
      s.failed++;
      s.reasons.merge(reason == null ? "(no reason given)" : reason, 1L, Long::sum);
    }
    if (perAttempt) {
      Location.FileLineCol f = loc.fileLocation();
      String where = f == null ? "<unknown>" : f.file() + ":" + f.line() + ":" + f.column();
      stream.println("[pattern] " + where + ": '" + op.name() + "': " + p.name() + ": "
          + (applied ? "applied" : "failed" + (reason == null ? " (no reason given)" : ": " + reason)));
    }
  }

  /** Prints, per pattern, the number of successes and failures and the most common reasons. */
  public synchronized void printSummary() {
    if (stats.isEmpty()) return;
    stream.println("===-------------------------------------------------------------------------===");
    stream.println("                         ... Pattern application report ...");
    stream.println("===-------------------------------------------------------------------------===");
    for (var e : stats.entrySet()) {
      Stats s = e.getValue();
      stream.printf("  %s: %d applied, %d failed%n", e.getKey(), s.applied, s.failed);
      List<Map.Entry<String, Long>> rs = new ArrayList<>(s.reasons.entrySet());
      rs.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
      for (int i = 0; i < Math.min(5, rs.size()); i++) stream.printf("    %6d x %s%n", rs.get(i).getValue(), rs.get(i).getKey());
      if (rs.size() > 5) stream.printf("    ... %d more distinct reasons%n", rs.size() - 5);
    }
  }

  private static volatile PatternLog global;

  /** The log the drivers report to (set by tools from {@code --debug-patterns}); null when off. */
  public static PatternLog global() { return global; }

  public static void setGlobal(PatternLog log) { global = log; }
}
