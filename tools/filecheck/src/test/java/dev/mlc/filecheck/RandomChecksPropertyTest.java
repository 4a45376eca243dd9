package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random check files and inputs over a small vocabulary (words, numbers, regexes, string and
 * numeric variables, every directive, the main options), run through LLVM's FileCheck-19 and
 * mlc-filecheck: both must agree on the exit code, on the first error message and in fact on every
 * byte printed (input dumps included). The default run is short; {@code -Pslow} runs the long one.
 */
class RandomChecksPropertyTest {
  /** A generated test: check text, input text, options. */
  record Scenario(String check, String input, List<String> args) {
    @Override
    public String toString() {
      return "args=" + args + "\n--- check\n" + check + "--- input\n" + input;
    }
  }

  private static final List<String> WORDS = List.of("foo", "bar", "baz", "qux", "FOO", "42", "7", "x1");
  private static final List<String> PIECES = List.of("foo", "bar", "baz", "qux", "42", "7", "{{[a-z]+}}", "{{[0-9]+}}",
      "{{.*}}", "{{ba[rz]}}", "{{f|b}}", "[[V:[a-z]+]]", "[[W:[0-9]+]]", "[[V]]", "[[W]]", "[[#N:]]", "[[#N+1]]", "[[#N]]",
      "[[#%x,H:]]", "{{^}}", "{{$}}", "x1", "[[V:ba|b]]", "{{o|oo}}[[P:o*]]", "[[Q:(f|fo)*]]");
  private static final List<String> KINDS = List.of("CHECK", "CHECK", "CHECK", "CHECK-NEXT", "CHECK-SAME", "CHECK-NOT",
      "CHECK-DAG", "CHECK-DAG", "CHECK-LABEL", "CHECK-EMPTY", "CHECK-COUNT-2", "COM");
  private static final List<String> OPTIONS = List.of("--strict-whitespace", "--match-full-lines", "--ignore-case",
      "--enable-var-scope", "--implicit-check-not=qux", "--allow-deprecated-dag-overlap", "--dump-input=never", "-v");

  @Property(tries = 200)
  void agreesWithLlvm(@ForAll("scenarios") Scenario s) {
    check(s);
  }

  @Property(tries = 20_000)
  @Tag("slow")
  void agreesWithLlvmAtLength(@ForAll("scenarios") Scenario s) {
    check(s);
  }

  private static void check(Scenario s) {
    Runs.llvmFileCheck();
    Path dir = Runs.prepare(s.check(), s.input());
    try {
      List<String> args = Runs.arguments(false, s.args());
      Runs.Outcome expected = Runs.llvm(dir, args, false);
      Runs.Outcome actual = Runs.mine(dir, args, false);
      String context = s + "\nLLVM printed:\n" + expected.stderr() + "\nmlc-filecheck printed:\n" + actual.stderr();
      assertEquals(expected.exitCode(), actual.exitCode(), () -> "exit code\n" + context);
      assertEquals(expected.firstErrorLine(), actual.firstErrorLine(), () -> "first error line\n" + context);
      assertEquals(expected.stderr(), actual.stderr(), () -> "diagnostics\n" + context);
    } finally {
      Runs.cleanUp(dir);
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", "\t");
    Arbitrary<String> inputLine = Combinators.combine(Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(4),
        separator).as((words, sep) -> String.join(sep, words));
    Arbitrary<String> input = inputLine.list().ofMinSize(1).ofMaxSize(10).map(lines -> String.join("\n", lines) + "\n");
    Arbitrary<String> pattern = Combinators.combine(Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3),
        separator).as((pieces, sep) -> String.join(sep, pieces));
    Arbitrary<String> directive = Combinators.combine(Arbitraries.of(KINDS), pattern).as(
        (kind, p) -> kind + ":" + (kind.equals("CHECK-EMPTY") ? "" : " " + p));
    Arbitrary<String> check = directive.list().ofMinSize(1).ofMaxSize(8).map(ds -> String.join("\n", ds) + "\n");
    Arbitrary<List<String>> options = Arbitraries.of(OPTIONS).set().ofMaxSize(3).map(ArrayList::new);
    return Combinators.combine(check, input, options).as(Scenario::new);
  }
}
