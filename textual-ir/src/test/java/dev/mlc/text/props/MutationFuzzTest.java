package dev.mlc.text.props;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * Property (3): no input breaks the parser. Generated files damaged at the byte and token level,
 * and pure garbage, go to Parser.parse and, when accepted, to the verifier and the printer (see
 * {@link Robustness}): no exception or error escapes, and a rejected input has a located ERROR.
 * Also: when only the syntax is damaged, the reference grammar and our parser both reject.
 *
 * <p>The long version is {@link FuzzLongRun}.
 */
class MutationFuzzTest {
  @Provide
  Arbitrary<Program> programs() { return Program.arbitrary(30); }

  static void assertRobust(byte[] input) {
    String problem = Harness.withTimeout(30, () -> Robustness.check(input));
    if (problem == null) return;
    String text = new String(input, StandardCharsets.UTF_8);
    String min = Reducer.minimizeKeeping(text, t -> Robustness.check(t.getBytes(StandardCharsets.UTF_8)));
    throw new AssertionError(problem + "\n\ninput:\n" + text + "\n\nminimized input:\n" + min);
  }

  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void mutatedMlirNeverBreaksTheParser(@ForAll("programs") Program p, @ForAll long seed) {
    assertRobust(Mutator.mutate(p.text(), new SplittableRandom(seed)));
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void garbageNeverBreaksTheParser(@ForAll long seed) {
    assertRobust(Mutator.garbage(new SplittableRandom(seed)));
  }

  /** Moderate depths here; {@link FuzzLongRun#deepNestingAtScale} goes to 250,000. */
  @Property(tries = 30, shrinking = ShrinkingMode.OFF)
  void deepNestingIsParsedOrRejectedWithoutCrashing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2_000) int depth) {
    assertRobust(Mutator.deepNesting(new SplittableRandom(seed), depth));
  }

  /** The reference grammar accepts a superset of MLIR's syntax: what it rejects, we must reject. */
  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void ourParserRejectsWhatTheGrammarRejects(@ForAll("programs") Program p, @ForAll long seed) {
    byte[] m = Mutator.mutate(p.text(), new SplittableRandom(seed));
    AntlrMlir.Result grammar = AntlrMlir.parse(m);
    Assume.that(!grammar.ok());
    Harness.Parsed ours = Harness.withTimeout(30, () -> Harness.parse(m));
    if (ours.ok()) {
      String text = new String(m, StandardCharsets.UTF_8);
      String min = Reducer.minimize(text, t -> !AntlrMlir.accepts(t) && Harness.parse(t).ok());
      throw new AssertionError("our parser accepts what the reference grammar rejects (" + grammar.errors() + "):\n" + text
          + "\n\nminimized:\n" + min + "\n(" + AntlrMlir.parse(min).errors() + ")");
    }
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void syntaxOnlyMutationsAreRejectedByBothParsers(@ForAll("programs") Program p, @ForAll long seed) {
    String m = Mutator.syntaxOnlyMutation(p.text(), new SplittableRandom(seed));
    Assume.that(m != null);
    boolean grammar = AntlrMlir.accepts(m);
    Harness.Parsed ours = Harness.withTimeout(30, () -> Harness.parse(m));
    assertEquals(grammar, ours.ok(), () -> "reference grammar " + (grammar ? "accepts" : "rejects") + ", our parser "
        + (ours.ok() ? "accepts" : "rejects: " + ours.errors()) + "\ninput:\n" + m);
  }
}
