package dev.mlc.text.props;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Property (2): printing is a fixpoint. Parse generated text, print generic (P1), parse P1, print
 * (P2): P1 == P2. The custom form (PrintOptions.DEFAULT) parses to the same IR as the generic one,
 * printing with locations is a fixpoint too, and the reference grammar accepts every print.
 */
class RoundTripTest {
  private static final PrintOptions DEBUG = PrintOptions.GENERIC.withDebugInfo(true);

  @Provide
  Arbitrary<Program> programs() { return Program.arbitrary(40); }

  /** Parses {@code text}; fails the property (not the round trip) when it does not parse. */
  private static Harness.Parsed parse(String what, String text) {
    Harness.Parsed p = Harness.withTimeout(30, () -> Harness.parse(text));
    if (!p.ok()) throw new AssertionError(what + " does not parse:\n" + p.errors() + "\n" + what + ":\n" + text);
    return p;
  }

  private static String print(Harness.Parsed p, PrintOptions o) { return Harness.withTimeout(30, () -> Printer.print(p.module(), o)); }

  /** What goes wrong when {@code text} is parsed, printed with {@code first} and parsed again; null if nothing. */
  static String roundTripProblem(String text, PrintOptions first) {
    Harness.Parsed m = Harness.parse(text);
    if (!m.ok()) return null;
    String p1 = Printer.print(m.module(), first.generic() ? first : PrintOptions.GENERIC);
    String c = Printer.print(m.module(), first);
    Harness.Parsed q = Harness.parse(c);
    if (!q.ok()) return "the print does not parse:\n" + q.errors();
    String p2 = Printer.print(q.module(), first.generic() ? first : PrintOptions.GENERIC);
    return p1.equals(p2) ? null : NOT_A_FIXPOINT + "\nP1:\n" + p1 + "\nP2:\n" + p2;
  }

  private static final String NOT_A_FIXPOINT = "the print is not a fixpoint:";

  private static void check(String text, PrintOptions first) {
    Harness.Parsed m = parse("generated MLIR", text);
    String p1 = print(m, first.generic() ? first : PrintOptions.GENERIC);
    String c = print(m, first);
    Harness.Parsed q = Harness.withTimeout(30, () -> Harness.parse(c));
    if (!q.ok()) {
      String min = Reducer.minimizeKeeping(text, t -> roundTripProblem(t, first));
      throw new AssertionError("the print does not parse:\n" + q.errors() + "printed:\n" + c + "\nminimized input:\n" + min);
    }
    String p2 = print(q, first.generic() ? first : PrintOptions.GENERIC);
    if (!p1.equals(p2)) {
      String min = Reducer.minimizeKeeping(text, t -> roundTripProblem(t, first));
      assertEquals(p1, p2, () -> (first.generic() ? "" : "custom form:\n" + c + "\n") + "minimized input:\n" + min);
    }
    assertEquals(StructuralSummary.of(m.module()), StructuralSummary.of(q.module()), "the print changed the structure");
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void genericPrintIsAFixpoint(@ForAll("programs") Program p) { check(p.text(), PrintOptions.GENERIC); }

  @Property(tries = 100, shrinking = ShrinkingMode.OFF)
  void customFormParsesToTheSameIrAsTheGenericForm(@ForAll("programs") Program p) { check(p.text(), PrintOptions.DEFAULT); }

  @Property(tries = 100, shrinking = ShrinkingMode.OFF)
  void printWithLocationsIsAFixpoint(@ForAll("programs") Program p) { check(p.text(), DEBUG); }

  @Property(tries = 100, shrinking = ShrinkingMode.OFF)
  void referenceGrammarAcceptsEveryPrint(@ForAll("programs") Program p) {
    Harness.Parsed m = parse("generated MLIR", p.text());
    for (PrintOptions o : new PrintOptions[] {PrintOptions.GENERIC, PrintOptions.DEFAULT, DEBUG}) {
      String printed = print(m, o);
      String problem = GrammarAgreementTest.disagreement(printed);
      if (problem != null) throw new AssertionError("print with " + o + ": " + problem + "\nprinted:\n" + printed);
    }
  }
}
