package dev.mlc.lit;

import static dev.mlc.lit.LitFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 500 small test files: in-process execution makes this a matter of seconds, not minutes. */
class ManyTestsTest {
  @TempDir Path root;

  @Test
  void fiveHundredTestsAllPass() {
    write(root, "lit.json", "{\"name\": \"Many\", \"suffixes\": [\".mlir\"], \"substitutions\": {\"%up\": \"fake-echo-upper\"}}");
    for (int i = 0; i < 500; i++) {
      write(root, "d" + (i % 10) + "/t" + i + ".mlir", """
          // RUN: echo test %s | %up | count 1
          // RUN: fake-args a "b c" %t | count 3 && not fake-exit 1
          // RUN: echo @N@ > %t && fake-echo-upper < %t > %t.up && cat %t.up | count 1
          // RUN: fake-stderr note 2>&1 | count 2
          """.replace("@N@", Integer.toString(i)));
    }
    LitRunner runner = LitRunner.create();
    List<LitTest> tests = runner.discover(List.of(root));
    assertEquals(500, tests.size());
    List<LitResult> results = runner.runAll(tests, Runtime.getRuntime().availableProcessors(), r -> { });
    assertEquals(List.of(), results.stream().filter(LitResult::isFailure).map(LitResult::report).toList());
    assertEquals("500 passed, 0 failed", LitSummary.of(results).line());
  }
}
