package dev.mlc.text;

import dev.mlc.ir.Operation;
import java.io.OutputStream;

/** Prints IR in MLIR's textual form. Output is deterministic. */
public final class Printer {
  private Printer() {}

  /** Prints {@code op} (usually a module) followed by a newline. */
  public static String print(Operation op, PrintOptions options) {
    AsmWriter w = new AsmWriter(null, options, op.context());
    w.printTopLevel(op);
    return w.contents();
  }

  /** Streams the text of {@code op} to {@code out} (the stream is not closed). */
  public static void print(Operation op, PrintOptions options, OutputStream out) {
    AsmWriter w = new AsmWriter(out, options, op.context());
    w.printTopLevel(op);
    w.finish();
  }
}
