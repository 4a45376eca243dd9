package dev.mlc.text.props;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What must hold for any input, however broken: our parser returns normally; when it fails it
 * reports an ERROR located in the buffer; when it succeeds, the verifier and the printer return
 * normally, the generic print parses again and printing that gives the same text.
 */
final class Robustness {
  private Robustness() {}

  /** Whether the parser accepted the input, and the first violated rule (null when all hold). */
  record Outcome(boolean accepted, String failure) {}

  /** The first violated rule for {@code input}, or null when all hold. */
  static String check(byte[] input) { return run(input).failure(); }

  static Outcome run(byte[] input) {
    Harness.Parsed p;
    try {
      p = Harness.parse(input);
    } catch (Throwable t) {
      return new Outcome(false, "Parser.parse threw " + stack(t));
    }
    if (!p.ok()) return new Outcome(false, p.hasLocatedError() ? null
        : "Parser.parse returned null without an ERROR located in the buffer: " + p.diagnostics());
    return new Outcome(true, checkAccepted(p));
  }

  private static String checkAccepted(Harness.Parsed p) {
    Operation m = p.module();
    String generic;
    try {
      Verifier.verify(m);
      p.ctx().diagnostics().takeCollected();
    } catch (Throwable t) {
      return "Verifier.verify threw " + stack(t);
    }
    try {
      generic = Printer.print(m, PrintOptions.GENERIC);
      Printer.print(m, PrintOptions.DEFAULT);
      Printer.print(m, PrintOptions.GENERIC.withDebugInfo(true));
    } catch (Throwable t) {
      return "Printer.print threw " + stack(t);
    }
    Harness.Parsed q;
    try {
      q = Harness.parse(generic);
    } catch (Throwable t) {
      return "Parser.parse threw on printed IR " + stack(t) + "\nprinted:\n" + generic;
    }
    if (!q.ok()) return "the generic print of accepted input does not parse:\n" + q.errors() + "printed:\n" + generic;
    String again = Printer.print(q.module(), PrintOptions.GENERIC);
    if (!again.equals(generic)) return "the generic print of accepted input is not a fixpoint:\nP1:\n" + generic + "P2:\n" + again;
    return null;
  }

  static String stack(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
  }
}
