package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A large input against a few hundred checks of every kind (its speed is measured by
 * bench/filecheck.sh, not asserted here): each search
 * starts where the previous one ended, CHECK-NOT only looks at the skipped region, and patterns
 * are compiled once.
 */
class LargeInputTest {
  private static final int LINES = 100_000;
  private static final int BLOCKS = 100;

  private static String input() {
    StringBuilder b = new StringBuilder(LINES * 32);
    for (int i = 0; i < LINES; i++) {
      if (i % (LINES / BLOCKS) == 0) b.append("function f").append(i / (LINES / BLOCKS)).append(":\n");
      b.append("  line ").append(i).append(": value = ").append(i * 7 % 1000).append(" reg r").append(i % 32).append('\n');
    }
    return b.toString();
  }

  private static String checks() {
    StringBuilder b = new StringBuilder();
    int perBlock = LINES / BLOCKS;
    for (int k = 0; k < BLOCKS; k++) {
      int first = k * perBlock;
      b.append("CHECK-LABEL: function f").append(k).append(":\n");
      b.append("CHECK-NEXT: line [[#L").append(k).append(":]]: value = [[V").append(k).append(":[0-9]+]]\n");
      b.append("CHECK-NOT: error\n");
      b.append("CHECK-DAG: line [[#L").append(k).append("+2]]: value\n");
      b.append("CHECK-DAG: line [[#L").append(k).append("+1]]: value\n");
      b.append("CHECK: line ").append(first + perBlock / 2).append(": {{.*}} = {{[0-9]+}}\n");
      b.append("CHECK-SAME: reg {{r[0-9]+$}}\n");
    }
    b.append("CHECK: line ").append(LINES - 1).append(":\n");
    return b.toString();
  }

  @Test
  void hundredThousandLinesAgainstSevenHundredChecks() {
    String input = input();
    String checks = checks();
    Options options = Options.builder().implicitCheckNot("{{panic|abort}}").enableVarScope(true).build();
    FileCheck.check(checks, input, options); // warm up the JIT
    Result r = FileCheck.check(checks, input, options);
    assertEquals(0, r.exitCode(), r.diagnostics());
  }

  @Test
  void failingCheckAtTheEndOfALargeInputIsReportedQuickly() {
    String input = input();
    Result r = FileCheck.check("CHECK: function f0:\nCHECK: no such line\n", input, Options.defaults());
    assertEquals(1, r.exitCode());
    assertTrue(r.diagnostics().contains("error: CHECK: expected string not found in input"), r.diagnostics());
  }
}
