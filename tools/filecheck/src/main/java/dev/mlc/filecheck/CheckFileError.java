package dev.mlc.filecheck;

/**
 * The check file or the command line is unusable. The diagnostics have already been printed; the
 * exception only carries the exit code (2, except for the one case where FileCheck exits with 1).
 */
final class CheckFileError extends Exception {
  private final int exitCode;

  CheckFileError(int exitCode) {
    super(null, null, false, false);
    this.exitCode = exitCode;
  }

  CheckFileError() {
    this(2);
  }

  int exitCode() { return exitCode; }
}
