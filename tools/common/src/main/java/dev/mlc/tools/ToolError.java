package dev.mlc.tools;

/** An error the user can fix, reported as {@code <tool>: error: <message>} with exit code 1 (see {@link ToolCommand#guard}). */
public final class ToolError extends RuntimeException {
  public ToolError(String message) { super(message, null, false, false); }

  /** A failure already reported (as located diagnostics): the tool exits with code 1 and says nothing more. */
  public static final class Reported extends RuntimeException {
    public Reported() { super(null, null, false, false); }
  }
}
