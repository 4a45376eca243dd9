package dev.mlc.lit;

import java.time.Duration;

/**
 * The outcome of one test.
 *
 * @param test the test
 * @param status its outcome
 * @param output lit's log of the run: each RUN line after substitution, each command executed,
 *     the output of commands not redirected, and the exit status of failing ones; for a test that
 *     did not run, the reason
 * @param elapsed the wall time it took
 */
public record LitResult(LitTest test, LitStatus status, String output, Duration elapsed) {
  /** Whether this result fails the run ({@code FAIL}, {@code XPASS}, {@code UNRESOLVED}). */
  public boolean isFailure() { return status.isFailure(); }

  /** The one-line status, lit style: {@code "FAIL: suite :: dir/test.mlir"}. */
  public String statusLine() { return status + ": " + test.name(); }

  /**
   * The full report, as lit prints it for a failing test: a banner naming the test and the
   * outcome, the log, a closing line.
   */
  public String report() {
    String banner = switch (status) {
      case FAIL, XPASS, UNRESOLVED -> "FAILED";
      default -> "RESULTS";
    };
    StringBuilder sb = new StringBuilder();
    sb.append("******************** TEST '").append(test.name()).append("' ").append(banner).append(" ********************\n");
    sb.append(output);
    if (!output.isEmpty() && !output.endsWith("\n")) sb.append('\n');
    sb.append("********************\n");
    return sb.toString();
  }
}
