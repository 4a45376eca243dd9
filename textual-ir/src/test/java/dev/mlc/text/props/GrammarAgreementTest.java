package dev.mlc.text.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Verifier;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Property (1): the ANTLR reference grammar accepts every generated file without a syntax error,
 * and its structural summary equals the summary of what our parser builds. Also: every
 * generated file verifies (the generator writes valid IR).
 */
class GrammarAgreementTest {
  @Provide
  Arbitrary<Program> programs() { return Program.arbitrary(40); }

  /** Why the two parsers disagree on {@code text}, or null when they agree. */
  static String disagreement(String text) {
    AntlrMlir.Result a = AntlrMlir.parse(text);
    if (!a.ok()) return "the reference grammar rejects it: " + a.errors();
    Harness.Parsed ours = Harness.parse(text);
    if (!ours.ok()) return "our parser rejects it:\n" + ours.errors();
    List<String> expected = AntlrMlir.summary(a.tree()), actual = StructuralSummary.of(ours.module());
    if (expected.equals(actual)) return null;
    return "the summaries differ:\nreference grammar:\n" + String.join("\n", expected) + "\nour parser:\n" + String.join("\n", actual);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void grammarAcceptsGeneratedMlirAndAgreesWithOurParser(@ForAll("programs") Program p) {
    String problem = Harness.withTimeout(30, () -> disagreement(p.text()));
    if (problem != null) {
      String min = Reducer.minimizeKeeping(p.text(), GrammarAgreementTest::disagreement);
      throw new AssertionError(problem + "\n\nminimized input:\n" + min + "\n(" + disagreement(min) + ")");
    }
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void generatedMlirVerifies(@ForAll("programs") Program p) {
    Harness.Parsed ours = Harness.withTimeout(30, () -> Harness.parse(p.text()));
    assertTrue(ours.ok(), ours::errors);
    boolean ok = Verifier.verify(ours.module());
    assertTrue(ok, () -> "verifier errors:\n" + ours.ctx().diagnostics().takeCollected());
  }

  @Property(tries = 50, shrinking = ShrinkingMode.OFF)
  void generatorIsDeterministic(@ForAll long seed) {
    assertEquals(MlirGenerator.generate(seed, 20), MlirGenerator.generate(seed, 20));
  }
}
