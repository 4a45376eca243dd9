package dev.mlc.lit;

/** The outcome of one test, as lit names it. */
public enum LitStatus {
  /** The RUN lines succeeded. */
  PASS,
  /** A RUN line failed. */
  FAIL,
  /** A RUN line failed in a test marked {@code XFAIL}: expected, counts as passed. */
  XFAIL,
  /** The RUN lines succeeded in a test marked {@code XFAIL}: counts as a failure. */
  XPASS,
  /** Not run: a {@code REQUIRES} feature is missing, or an {@code UNSUPPORTED} one present. */
  UNSUPPORTED,
  /** Could not be run: no RUN line, a malformed directive, an unreadable file. A failure. */
  UNRESOLVED;

  /** Whether this outcome fails the run. */
  public boolean isFailure() { return this == FAIL || this == XPASS || this == UNRESOLVED; }

  /** Whether the test was skipped rather than run. */
  public boolean isSkipped() { return this == UNSUPPORTED; }
}
