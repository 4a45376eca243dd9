package dev.mlc.lit;

import static dev.mlc.lit.LitFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LitRunnerTest {
  @TempDir Path root;

  private LitRunner runner;

  @BeforeEach
  void setUp() {
    runner = LitRunner.builder().tempRoot(root.resolve(".tmp")).build();
  }

  private LitResult runOne(String content) {
    write(root, "lit.json", "{\"name\": \"T\", \"suffixes\": [\".mlir\"], \"features\": [\"asserts\"]}");
    Path file = write(root, "t.mlir", content);
    return runner.run(runner.discover(List.of(file)).getFirst());
  }

  @Test
  void passAndFail() {
    assertEquals(LitStatus.PASS, runOne("// RUN: echo hi | fake-echo-upper | count 1\n").status());
    LitResult r = runOne("""
        // RUN: true
        // RUN: echo %s | fake-exit 3 out
        // RUN: echo never
        """);
    assertEquals(LitStatus.FAIL, r.status());
    assertTrue(r.isFailure());
    String out = r.output();
    assertTrue(out.startsWith("Exit Code: 3\n"), out);
    assertTrue(out.contains("# RUN: at line 2\necho " + root.resolve("t.mlir") + " | fake-exit 3 out\n"), out);
    assertTrue(out.contains("# executed command: fake-exit 3 out\n# .---command stdout------------\n# | out\n"), out);
    assertTrue(out.contains("# error: command failed with exit status: 3"), out);
    assertFalse(out.contains("never"), "stops at the first failing RUN line: " + out);
    assertTrue(r.report().startsWith("******************** TEST 'T :: t.mlir' FAILED ********************\n"), r.report());
    assertEquals("FAIL: T :: t.mlir", r.statusLine());
  }

  @Test
  void xfailAndXpass() {
    assertEquals(LitStatus.XFAIL, runOne("// XFAIL: *\n// RUN: false\n").status());
    LitResult xpass = runOne("// XFAIL: *\n// RUN: true\n");
    assertEquals(LitStatus.XPASS, xpass.status());
    assertTrue(xpass.isFailure());
    assertTrue(xpass.output().contains("should have failed"), xpass.output());
    assertEquals(LitStatus.XFAIL, runOne("// XFAIL: windows, asserts && !windows\n// RUN: false\n").status());
    assertEquals(LitStatus.FAIL, runOne("// XFAIL: windows\n// RUN: false\n").status());
    assertEquals(LitStatus.PASS, runOne("// XFAIL: windows\n// RUN: true\n").status());
  }

  @Test
  void requiresAndUnsupported() {
    LitResult missing = runOne("// REQUIRES: asserts, linux-only, gpu\n// RUN: true\n");
    assertEquals(LitStatus.UNSUPPORTED, missing.status());
    assertEquals("Test requires the following unavailable features: linux-only, gpu\n", missing.output());
    assertEquals(LitStatus.PASS, runOne("// REQUIRES: asserts && !windows\n// RUN: true\n").status());
    assertEquals(LitStatus.PASS, runOne("// REQUIRES: windows || asserts\n// REQUIRES: (asserts)\n// RUN: true\n").status());
    assertEquals(LitStatus.UNSUPPORTED, runOne("// REQUIRES: asserts\n// REQUIRES: !asserts\n// RUN: true\n").status());
    LitResult unsupported = runOne("// UNSUPPORTED: windows, asserts || darwin\n// RUN: false\n");
    assertEquals(LitStatus.UNSUPPORTED, unsupported.status());
    assertTrue(unsupported.output().contains("asserts || darwin"), unsupported.output());
    assertEquals(LitStatus.PASS, runOne("// UNSUPPORTED: windows\n// RUN: true\n").status());
    assertEquals(LitStatus.UNRESOLVED, runOne("// REQUIRES: asserts &&\n// RUN: true\n").status());
  }

  @Test
  void featuresFromToolsDetectorsAndTheBuilder() {
    assertTrue(runner.features().contains("fake-echo-upper"), "every registered tool is a feature");
    assertTrue(runner.features().contains("fake-detected"), "detector services are consulted");
    assertEquals(LitStatus.PASS, runOne("// REQUIRES: fake-echo-upper, fake-detected, mlc-lit\n// RUN: true\n").status());
    LitRunner custom = LitRunner.builder().feature("extra").features(() -> Set.of("hooked")).build();
    write(root, "lit.json", "{\"suffixes\": [\".mlir\"]}");
    Path file = write(root, "u.mlir", "// REQUIRES: extra, hooked\n// RUN: true\n");
    assertEquals(LitStatus.PASS, custom.run(custom.discover(List.of(file)).getFirst()).status());
    assertEquals(LitStatus.UNSUPPORTED, runner.run(runner.discover(List.of(file)).getFirst()).status());
  }

  @Test
  void noRunLineOrBadDirectivesAreUnresolved() {
    LitResult r = runOne("// CHECK: nothing to run\n");
    assertEquals(LitStatus.UNRESOLVED, r.status());
    assertEquals("Test has no 'RUN:' line\n", r.output());
    assertEquals(LitStatus.UNRESOLVED, runOne("// RUN: echo \\\n").status());
  }

  @Test
  void shellErrorsFailEvenWhenXfail() {
    LitResult r = runOne("// XFAIL: *\n// RUN: echo 'unterminated\n");
    assertEquals(LitStatus.FAIL, r.status());
    assertTrue(r.output().contains("shell parser error on RUN line at line 2: missing closing quote"), r.output());
  }

  @Test
  void unknownCommandFailsAndIsNamed() {
    LitResult r = runOne("// RUN: echo x | mlc-nonexistent --flag\n");
    assertEquals(LitStatus.FAIL, r.status());
    assertTrue(r.output().contains("'mlc-nonexistent': command not found"), r.output());
    assertTrue(r.output().contains("exit status: 127"), r.output());
  }

  @Test
  void continuationLinesEndToEnd() {
    LitResult r = runOne("""
        // RUN: fake-args a \\
        // RUN:   "b c" \\
        // RUN:   | count 2
        """);
    assertEquals(LitStatus.PASS, r.status(), r.output());
    assertTrue(r.output().contains("# RUN: at line 1\nfake-args a    \"b c\"    | count 2\n"), r.output());
  }

  @Test
  void substitutionsFromConfigurationAndTempPaths() {
    write(root, "lit.json", """
        {
          // comments are allowed
          "suffixes": [".mlir"],
          "substitutions": {"%inputs": "%S/Inputs", "%upper": "fake-echo-upper"},
          "environment": {"LIT_TEST_VAR": "from-config"},
        }
        """);
    write(root, "Inputs/data.txt", "line one\nline two\n");
    Path file = write(root, "t.mlir", """
        // RUN: cat %inputs/data.txt | %upper > %t
        // RUN: echo LINE ONE > %t.expected && echo LINE TWO >> %t.expected
        // RUN: diff %t %t.expected
        // RUN: fake-env LIT_TEST_VAR | count 1
        // RUN: fake-env LIT_TEST_VAR > %T/env.txt && echo LIT_TEST_VAR=from-config | diff - %T/env.txt
        // RUN: echo 100%% | fake-args %% | count 1
        """);
    LitResult r = runner.run(runner.discover(List.of(file)).getFirst());
    assertEquals(LitStatus.PASS, r.status(), r.output());
  }

  @Test
  void tempPathsAreUniqueAndCleanedAfterPassing() throws Exception {
    Path tmp = root.resolve("tmp-root");
    LitRunner keep = LitRunner.builder().tempRoot(tmp).build();
    write(root, "suite/lit.json", "{\"suffixes\": [\".mlir\"]}");
    String body = "// RUN: not cat %t\n// RUN: echo %s > %t\n// RUN: fake-env --cwd > %t.cwd\n";
    write(root, "suite/a/t.mlir", body);
    write(root, "suite/b/t.mlir", body);
    write(root, "suite/c/fails.mlir", "// RUN: echo %s > %t\n// RUN: false\n");
    List<LitTest> tests = keep.discover(List.of(root.resolve("suite")));
    List<LitResult> results = keep.runAll(tests, 3, r -> { });
    assertEquals(List.of(LitStatus.PASS, LitStatus.PASS, LitStatus.FAIL), results.stream().map(LitResult::status).toList(),
        results.toString());
    try (Stream<Path> left = Files.list(tmp)) {
      List<Path> dirs = left.toList();
      assertEquals(1, dirs.size(), "only the failing test's temporary directory is kept: " + dirs);
      Path failed = dirs.getFirst();
      assertTrue(failed.getFileName().toString().startsWith("c_fails.mlir."), failed.toString());
      assertEquals(root.resolve("suite/c/fails.mlir") + "\n", Files.readString(failed.resolve("fails.mlir.tmp")));
    }

    LitRunner keepAll = LitRunner.builder().tempRoot(root.resolve("tmp2")).keepTemps(true).build();
    keepAll.runAll(keepAll.discover(List.of(root.resolve("suite/a"), root.resolve("suite/b"))), 2, r -> { });
    try (Stream<Path> left = Files.list(root.resolve("tmp2"))) {
      List<Path> dirs = left.sorted().toList();
      assertEquals(2, dirs.size());
      assertNotEquals(Files.readString(dirs.get(0).resolve("t.mlir.tmp")), Files.readString(dirs.get(1).resolve("t.mlir.tmp")));
      assertEquals(dirs.get(0) + "\n", Files.readString(dirs.get(0).resolve("t.mlir.tmp.cwd")), "the working directory is %T");
    }
  }

  @Test
  void configLookupWalksUpAndLayers() {
    write(root, "lit.json", """
        {"name": "Top", "suffixes": [".mlir"], "features": ["a"], "excludes": ["Inputs"],
         "substitutions": {"%x": "X", "%y": "Y"}}
        """);
    write(root, "sub/lit.json", "{\"features\": [\"b\"], \"substitutions\": {\"%y\": \"Y2\"}, \"suffixes\": [\".td\"]}");
    write(root, "other/lit.json", "{\"name\": \"Other\", \"unsupported\": true}");
    LitConfig top = runner.configFor(root.resolve("deeper/still"));
    assertEquals(root.toAbsolutePath().normalize(), top.root());
    assertEquals(Set.of("a"), top.features());
    LitConfig sub = runner.configFor(root.resolve("sub/x"));
    assertEquals("Top", sub.name());
    assertEquals(root.toAbsolutePath().normalize(), sub.root());
    assertEquals(Set.of("a", "b"), sub.features());
    assertEquals(List.of(".td"), sub.suffixes());
    assertEquals(Set.of("Inputs"), sub.excludes());
    assertEquals("X", sub.substitutions().get("%x"));
    assertEquals("Y2", sub.substitutions().get("%y"));
    assertEquals("Top :: sub/x/t.td", sub.testName(root.resolve("sub/x/t.td")));
    LitConfig other = runner.configFor(root.resolve("other"));
    assertEquals("Other :: t.mlir", other.testName(root.resolve("other/t.mlir")));
    assertTrue(other.unsupported());

    write(root, "other/t.mlir", "// RUN: false\n");
    assertEquals(LitStatus.UNSUPPORTED, runner.run(runner.discover(List.of(root.resolve("other"))).getFirst()).status());
  }

  @Test
  void invalidConfigurationsAreReported() {
    write(root, "lit.json", "{\"suffixes\": [\".mlir\"],\n \"bogus\": 1}");
    LitException e = assertThrows(LitException.class, () -> LitRunner.create().discover(List.of(root)));
    assertTrue(e.getMessage().contains("lit.json: error: unknown key 'bogus'"), e.getMessage());
    write(root, "lit.json", "{\"suffixes\": \".mlir\"}");
    e = assertThrows(LitException.class, () -> LitRunner.create().discover(List.of(root)));
    assertTrue(e.getMessage().contains("'suffixes' must be a list of strings"), e.getMessage());
    write(root, "lit.json", "{\"suffixes\": [\".mlir\"]\n  \"x\": 1}");
    e = assertThrows(LitException.class, () -> LitRunner.create().discover(List.of(root)));
    assertTrue(e.getMessage().matches("(?s).*lit\\.json:2:\\d+: error: invalid JSON: .*"), e.getMessage());
  }

  @Test
  void discoveryUsesSuffixesAndExcludes() {
    write(root, "lit.json", "{\"suffixes\": [\".mlir\", \".ll\"], \"excludes\": [\"Inputs\", \"skip.mlir\"]}");
    write(root, "a.mlir", "// RUN: true\n");
    write(root, "b.txt", "// RUN: true\n");
    write(root, "c.ll", "; RUN: true\n");
    write(root, "skip.mlir", "// RUN: true\n");
    write(root, "Inputs/in.mlir", "// RUN: false\n");
    write(root, "nested/Inputs/in.mlir", "// RUN: false\n");
    write(root, "nested/d.mlir", "// RUN: true\n");
    write(root, ".hidden/e.mlir", "// RUN: true\n");
    write(root, "nested/Output/f.mlir", "// RUN: true\n");
    List<String> names = runner.discover(List.of(root)).stream().map(LitTest::name).toList();
    String suite = root.getFileName().toString();
    assertEquals(List.of(suite + " :: a.mlir", suite + " :: c.ll", suite + " :: nested/d.mlir"), names);

    // Explicit files are tests whatever their name; duplicates are dropped; order is by path.
    List<LitTest> explicit = runner.discover(List.of(root.resolve("nested/d.mlir"), root.resolve("b.txt"), root.resolve("nested")));
    assertEquals(List.of(suite + " :: b.txt", suite + " :: nested/d.mlir"), explicit.stream().map(LitTest::name).toList());

    assertThrows(LitException.class, () -> runner.discover(List.of(root.resolve("missing"))));
  }

  @Test
  void directoriesWithoutConfigurationHoldNoTests(@TempDir Path bare) {
    write(bare, "a.mlir", "// RUN: true\n");
    assertEquals(List.of(), runner.discover(List.of(bare)));
    List<LitTest> explicit = runner.discover(List.of(bare.resolve("a.mlir")));
    assertEquals("a.mlir", explicit.getFirst().name());
    assertEquals(LitStatus.PASS, runner.run(explicit.getFirst()).status());
  }

  @Test
  void parallelRunsAreDeterministic() {
    write(root, "lit.json", "{\"suffixes\": [\".mlir\"]}");
    List<String> expected = new ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 40; i++) {
      String name = String.format("t%02d.mlir", i);
      boolean fail = i % 7 == 3;
      write(root, name, "// RUN: fake-sleep " + random.nextInt(30) + (fail ? " && false" : "") + "\n");
      expected.add((fail ? "FAIL" : "PASS") + ": " + root.getFileName() + " :: " + name);
    }
    List<LitTest> tests = runner.discover(List.of(root));
    for (int jobs : new int[] {1, 8}) {
      List<String> streamed = Collections.synchronizedList(new ArrayList<>());
      List<LitResult> results = runner.runAll(tests, jobs, r -> streamed.add(r.statusLine()));
      assertEquals(expected, streamed, "streamed in path order with " + jobs + " jobs");
      assertEquals(expected, results.stream().map(LitResult::statusLine).toList());
      assertEquals("34 passed, 6 failed", LitSummary.of(results).line());
    }
  }

  @Test
  void retriesAreHonoured() {
    Path marker = root.resolve("marker");
    String body = "// RUN: not mkdir " + marker + "\n";
    assertEquals(LitStatus.FAIL, runOne(body).status());
    marker.toFile().delete();
    assertEquals(LitStatus.PASS, runOne("// ALLOW_RETRIES: 1\n" + body).status());
  }

  @Test
  void testsRunOnALargeStack() {
    assertEquals(LitStatus.PASS, runOne("// RUN: fake-deep 1000000 | count 1\n").status());
  }

  @Test
  void explicitToolsJoinAndOverrideServices() {
    Tool quiet = new Tool() {
      @Override public String name() { return "fake-exit"; }
      @Override public List<String> aliases() { return List.of("always-ok"); }
      @Override public int run(List<String> args, ToolIO io) { return 0; }
    };
    LitRunner custom = LitRunner.builder().tempRoot(root.resolve(".tmp")).tool(quiet).build();
    write(root, "lit.json", "{\"suffixes\": [\".mlir\"]}");
    Path file = write(root, "t.mlir", "// RUN: fake-exit 3 && always-ok && fake-echo-upper x | count 1\n");
    assertEquals(LitStatus.PASS, custom.run(custom.discover(List.of(file)).getFirst()).status());
    assertEquals(LitStatus.FAIL, runner.run(runner.discover(List.of(file)).getFirst()).status());
    LitRunner bare = LitRunner.builder().loadServices(false).tool(() -> quiet).build();
    assertEquals(Set.of("fake-exit"), bare.tools().names());
  }

  @Test
  void summaryLine() {
    assertEquals("3 passed, 0 failed", new LitSummary(3, 0, 0).line());
    assertEquals("1 passed, 2 failed, 4 skipped", new LitSummary(1, 2, 4).line());
  }
}
