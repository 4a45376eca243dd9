package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.lit.LitResult;
import dev.mlc.lit.LitRunner;
import dev.mlc.lit.LitSummary;
import dev.mlc.lit.LitTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every lit test under {@code test-suites/lit} in-process (mlc-opt, mlc-filecheck and the
 * other tools are on the class path), one JUnit test per file, and prints lit's summary line.
 */
class LitSuiteTest {
  private static final Map<Path, LitResult> RESULTS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> litTests() {
    LitRunner runner = LitRunner.builder().tempRoot(Path.of("target/lit-tmp")).build();
    List<LitTest> tests = runner.discover(List.of(Path.of("lit")));
    assertFalse(tests.isEmpty(), "no lit tests found under test-suites/lit");
    // Run them all in parallel first (as mlc-lit does), then report one JUnit test per file.
    List<LitResult> results = runner.runAll(tests, Runtime.getRuntime().availableProcessors(), r -> RESULTS.put(r.test().path(), r));
    return results.stream().map(r -> DynamicTest.dynamicTest(r.test().name(), r.test().path().toUri(), () -> {
      if (r.isFailure()) fail(r.report());
      Assumptions.assumeFalse(r.status().isSkipped(), () -> r.statusLine());
    }));
  }

  @AfterAll
  static void summary() {
    if (!RESULTS.isEmpty()) System.out.println("lit: " + LitSummary.of(RESULTS.values()).line());
  }
}
