package dev.mlc.lit;

import static dev.mlc.lit.LitFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LitToolTest {
  @TempDir Path root;
  private String out, err;
  private final Map<String, String> env = new HashMap<>();

  private int lit(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), root, env);
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (all.stream().noneMatch(a -> a.startsWith("--temp-dir"))) all.add("--temp-dir=" + root.resolve(".tmp"));
    int code = new LitTool().run(all, io);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  private String lastLine() {
    String[] lines = out.split("\n");
    return lines[lines.length - 1];
  }

  @BeforeEach
  void suite() {
    write(root, "suite/lit.json", "{\"name\": \"S\", \"suffixes\": [\".mlir\"], \"features\": [\"asserts\"]}");
  }

  private void mixedSuite() {
    write(root, "suite/a_pass.mlir", "// RUN: echo a | fake-echo-upper | count 1\n");
    write(root, "suite/b_fail.mlir", "// RUN: fake-stderr broken && fake-exit 2\n");
    write(root, "suite/c_xfail.mlir", "// XFAIL: *\n// RUN: false\n");
    write(root, "suite/d_unsupported.mlir", "// REQUIRES: gpu\n// RUN: false\n");
    write(root, "suite/sub/e_pass.mlir", "# RUN: true\n");
  }

  @Test
  void reportsEachTestInOrderAndEndsWithTheSummary() {
    mixedSuite();
    assertEquals(1, lit("suite", "-j", "3"));
    assertEquals("3 passed, 1 failed, 1 skipped", lastLine());
    List<String> statusLines = out.lines().filter(l -> l.matches("[A-Z]+: S :: .*")).toList();
    assertEquals(List.of(
        "PASS: S :: a_pass.mlir (1 of 5)",
        "FAIL: S :: b_fail.mlir (2 of 5)",
        "XFAIL: S :: c_xfail.mlir (3 of 5)",
        "UNSUPPORTED: S :: d_unsupported.mlir (4 of 5)",
        "PASS: S :: sub/e_pass.mlir (5 of 5)"), statusLines);
    assertTrue(out.startsWith("-- Testing: 5 tests, 3 workers --\n"), out);
    assertTrue(out.contains("******************** TEST 'S :: b_fail.mlir' FAILED ********************\nExit Code: 2\n"), out);
    assertTrue(out.contains("# executed command: fake-stderr broken\n# .---command stdout------------\n# | stdout-line\n"
        + "# `-----------------------------\n# .---command stderr------------\n# | broken\n"), out);
    assertTrue(out.contains("# error: command failed with exit status: 2"), out);
    assertTrue(out.contains("********************\nFailed Tests (1):\n  S :: b_fail.mlir\n\n3 passed"), out);
    assertFalse(out.contains("TEST 'S :: a_pass.mlir'"), "passing tests' logs are shown only with -a");
    assertEquals("", err);
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfWorkers() {
    mixedSuite();
    for (int i = 0; i < 20; i++) write(root, "suite/many/t" + i + ".mlir", "// RUN: fake-sleep " + (i * 7 % 5) + "\n");
    lit("suite", "-j1");
    String sequential = out;
    lit("suite", "-j", "8");
    assertEquals(sequential.replace("1 workers", "8 workers"), out);
  }

  @Test
  void allPassingExitsZeroWithoutSkippedCount() {
    write(root, "suite/a.mlir", "// RUN: true\n");
    write(root, "suite/b.mlir", "// RUN: echo x | count 1\n");
    assertEquals(0, lit("suite"));
    assertEquals("2 passed, 0 failed", lastLine());
  }

  @Test
  void xpassAndUnresolvedAreFailures() {
    write(root, "suite/x.mlir", "// XFAIL: asserts\n// RUN: true\n");
    write(root, "suite/y.mlir", "// nothing to run\n");
    assertEquals(1, lit("suite"));
    assertTrue(out.contains("Unexpectedly Passed Tests (1):\n  S :: x.mlir\n"), out);
    assertTrue(out.contains("Unresolved Tests (1):\n  S :: y.mlir\n"), out);
    assertEquals("0 passed, 2 failed", lastLine());
  }

  @Test
  void filtersSelectByName() {
    mixedSuite();
    assertEquals(0, lit("suite", "--filter", "pass"));
    assertEquals("2 passed, 0 failed", lastLine());
    assertEquals(0, lit("suite", "--filter-out=b_fail|d_"));
    assertEquals("3 passed, 0 failed", lastLine());
    env.put("LIT_FILTER", "sub/");
    assertEquals(0, lit("suite"));
    assertEquals("1 passed, 0 failed", lastLine());
    assertEquals(1, lit("suite", "--filter", "nomatch"));
    assertTrue(err.contains("the filter did not match any of the 5 tests"), err);
  }

  @Test
  void quietShowsOnlyFailures() {
    mixedSuite();
    assertEquals(1, lit("-q", "suite"));
    assertFalse(out.contains("PASS:"), out);
    assertFalse(out.contains("-- Testing"), out);
    assertTrue(out.startsWith("FAIL: S :: b_fail.mlir (2 of 5)\n"), out);
    assertEquals("3 passed, 1 failed, 1 skipped", lastLine());
  }

  @Test
  void showAllPrintsEveryLog() {
    mixedSuite();
    lit("-a", "suite");
    assertTrue(out.contains("******************** TEST 'S :: a_pass.mlir' RESULTS ********************\nExit Code: 0\n"), out);
    assertTrue(out.contains("Test requires the following unavailable features: gpu"), out);
  }

  @Test
  void usageErrors() {
    assertEquals(1, lit("--bogus", "suite"));
    assertTrue(err.contains("mlc-lit: error: unknown option '--bogus'"), err);
    assertEquals(1, lit());
    assertTrue(err.contains("no test paths given"), err);
    assertEquals(1, lit("-j", "zero", "suite"));
    assertEquals(1, lit("missing-dir"));
    assertTrue(err.contains("missing-dir: error: no such file or directory"), err);
    assertEquals(1, lit("suite"));
    assertTrue(err.contains("did not discover any tests"), err);
    assertEquals(0, lit("--allow-empty-runs", "suite"));
    assertEquals("0 passed, 0 failed", lastLine());
    assertEquals(0, lit("--help"));
    assertTrue(out.startsWith("USAGE: mlc-lit"), out);
  }

  @Test
  void paramsAddFeatures() {
    write(root, "suite/gpu.mlir", "// REQUIRES: gpu\n// RUN: true\n");
    assertEquals(0, lit("suite"));
    assertEquals("0 passed, 0 failed, 1 skipped", lastLine());
    assertEquals(0, lit("--param", "gpu", "suite"));
    assertEquals("1 passed, 0 failed", lastLine());
  }

  @Test
  void litRunsItselfInProcess() {
    write(root, "suite/lit.json", "{\"name\": \"S\", \"suffixes\": [\".mlir\"], \"excludes\": [\"Inputs\"]}");
    write(root, "suite/Inputs/good/lit.json", "{\"suffixes\": [\".mlir\"]}");
    write(root, "suite/Inputs/good/ok.mlir", "// RUN: true\n");
    write(root, "suite/Inputs/bad/lit.json", "{\"suffixes\": [\".mlir\"]}");
    write(root, "suite/Inputs/bad/ko.mlir", "// RUN: false\n");
    write(root, "suite/nested.mlir", """
        // RUN: mlc-lit -q %S/Inputs/good | fake-args | count 0
        // RUN: mlc-lit %S/Inputs/good > %t && diff %t %t
        // RUN: not mlc-lit -q %S/Inputs/bad > %t.bad
        // RUN: mlc-lit -q --allow-empty-runs --filter-out ko %S/Inputs/bad | count 1
        """);
    assertEquals(0, lit("suite"), out);
    assertEquals("1 passed, 0 failed", lastLine());
    assertTrue(LitRunner.create().tools().contains("mlc-lit"));
  }
}
