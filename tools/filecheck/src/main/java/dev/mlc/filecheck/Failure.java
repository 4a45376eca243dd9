package dev.mlc.filecheck;

/**
 * Why an expression, a substitution or a command-line definition failed: LLVM's {@code
 * ErrorDiagnostic}, {@code UndefVarError} and {@code OverflowError}.
 */
sealed interface Failure {
  /** An error message at a place in a buffer. */
  record AtLocation(SourceFile file, int pos, String message) implements Failure {
    @Override
    public void log(Diagnostics out) {
      out.print(file, pos, Diagnostics.Severity.ERROR, message);
    }
  }

  /** Use of a variable that has no value; {@code name} is where the use is written. */
  record UndefinedVariable(TextRef name) implements Failure {
    @Override
    public void log(Diagnostics out) {
      out.raw(message());
    }

    String message() { return "undefined variable: " + name.str(); }

    /** The same error, as a diagnostic pointing at the use. */
    AtLocation located() { return new AtLocation(name.file(), name.start(), message()); }
  }

  /** A value that does not fit its format (negative for an unsigned one), or a division by zero. */
  record Overflow() implements Failure {
    @Override
    public void log(Diagnostics out) {
      out.raw("overflow error");
    }
  }

  /** Prints this error as LLVM's {@code Error::log} does (no trailing newline for plain messages). */
  void log(Diagnostics out);

  /** Prints errors as {@code logAllUnhandledErrors}: each one followed by a newline. */
  static void logAll(Iterable<? extends Failure> failures, Diagnostics out) {
    for (Failure f : failures) {
      f.log(out);
      out.raw("\n");
    }
  }

  /** An exception carrying one or more failures (LLVM's joined {@code Error}). */
  final class Exception extends java.lang.Exception {
    private final transient java.util.List<Failure> failures;

    Exception(java.util.List<Failure> failures) {
      super(null, null, false, false);
      this.failures = java.util.List.copyOf(failures);
    }

    Exception(Failure failure) {
      this(java.util.List.of(failure));
    }

    /** An error located at the start of {@code where}. */
    static Exception at(TextRef where, String message) {
      return new Exception(new AtLocation(where.file(), where.start(), message));
    }

    java.util.List<Failure> failures() { return failures; }
  }
}
