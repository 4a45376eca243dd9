package dev.mlc.filecheck;

/**
 * The outcome of a FileCheck run.
 *
 * @param exitCode FileCheck's exit status: 0 when all checks pass, 1 when one fails, 2 when the
 *     check file or the options are unusable
 * @param diagnostics everything FileCheck printed on standard error
 */
public record Result(int exitCode, String diagnostics) {
  /** Whether every check passed. */
  public boolean passed() {
    return exitCode == 0;
  }
}
