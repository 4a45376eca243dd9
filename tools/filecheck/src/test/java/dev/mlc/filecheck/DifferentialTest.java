package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/cases/} through LLVM's FileCheck-19 and through
 * mlc-filecheck: the exit codes must agree, and so must the diagnostics (all of them, or for
 * {@code compare: first-error} cases the first {@code FILE:LINE:COL: error:} line). Fails, rather
 * than skips, when FileCheck-19 is not installed.
 */
class DifferentialTest {
  static Stream<DifferentialCase> cases() {
    return DifferentialCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithLlvm(DifferentialCase c) {
    Runs.llvmFileCheck();
    Path dir = Runs.prepare(c.check(), c.input());
    try {
      List<String> args = Runs.arguments(c.stdin(), c.args());
      Runs.Outcome expected = Runs.llvm(dir, args, c.stdin());
      Runs.Outcome actual = Runs.mine(dir, args, c.stdin());
      String context = "LLVM printed:\n" + expected.stderr() + "\nmlc-filecheck printed:\n" + actual.stderr();
      assertEquals(expected.exitCode(), actual.exitCode(), () -> "exit code\n" + context);
      if (c.exact()) assertEquals(expected.stderr(), actual.stderr(), "diagnostics");
      else assertEquals(expected.firstErrorLine(), actual.firstErrorLine(), () -> "first error line\n" + context);
    } finally {
      Runs.cleanUp(dir);
    }
  }

  @org.junit.jupiter.api.Test
  void thereAreEnoughCases() {
    long n = cases().count();
    org.junit.jupiter.api.Assertions.assertTrue(n >= 80, "expected at least 80 differential cases, found " + n);
  }
}
