package dev.mlc.lit;

import java.util.Collection;

/**
 * Counts over a run: passed ({@code PASS}, {@code XFAIL}), failed ({@code FAIL}, {@code XPASS},
 * {@code UNRESOLVED}) and skipped ({@code UNSUPPORTED}).
 */
public record LitSummary(int passed, int failed, int skipped) {
  public static LitSummary of(Collection<LitResult> results) {
    int passed = 0, failed = 0, skipped = 0;
    for (LitResult r : results) {
      if (r.status().isFailure()) failed++;
      else if (r.status().isSkipped()) skipped++;
      else passed++;
    }
    return new LitSummary(passed, failed, skipped);
  }

  /** The summary line: {@code "N passed, N failed"}, then {@code ", N skipped"} when any were. */
  public String line() {
    return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }

  @Override
  public String toString() { return line(); }
}
