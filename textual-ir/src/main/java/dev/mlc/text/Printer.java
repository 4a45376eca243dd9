package dev.mlc.text;

import dev.mlc.ir.Operation;
import java.io.OutputStream;

/** Prints IR in MLIR's textual form. Output is deterministic. */
public final class Printer {
  private Printer() {}

  /** Prints {@code op} (usually a module) followed by a newline. */
  public static String print(Operation op, PrintOptions options) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static void print(Operation op, PrintOptions options, OutputStream out) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
