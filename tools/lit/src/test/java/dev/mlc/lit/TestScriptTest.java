package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestScriptTest {
  @Test
  void runLinesWithAnyCommentMarker() throws Exception {
    TestScript s = TestScript.parse("""
        // RUN: a %s
        # RUN: b
        ; RUN: c
        /// RUN: d
        func.func @f()  // RUN: not-a-directive
        // CHECK: RUN: not-a-directive-either
        """);
    assertEquals(List.of(new TestScript.RunLine(1, "a %s"), new TestScript.RunLine(2, "b"),
        new TestScript.RunLine(3, "c"), new TestScript.RunLine(4, "d")), s.runLines());
  }

  @Test
  void continuationsJoinRunLines() throws Exception {
    TestScript s = TestScript.parse("""
        // RUN: mlc-opt %s \\
        // RUN:   --canonicalize \\
        // RUN: | FileCheck %s
        // RUN: echo done
        """);
    assertEquals(2, s.runLines().size());
    // As lit: the backslash goes, the text around it stays, spaces included.
    assertEquals(new TestScript.RunLine(1, "mlc-opt %s    --canonicalize  | FileCheck %s"), s.runLines().get(0));
    assertEquals(4, s.runLines().get(1).line());
  }

  @Test
  void unterminatedContinuation() {
    TestScript.ScriptException e = assertThrows(TestScript.ScriptException.class, () -> TestScript.parse("// RUN: a \\\n"));
    assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
  }

  @Test
  void featureDirectivesAccumulate() throws Exception {
    TestScript s = TestScript.parse("""
        // REQUIRES: asserts, linux
        // REQUIRES: x && !y
        // UNSUPPORTED: windows
        // XFAIL: *
        // ALLOW_RETRIES: 2
        // RUN: true
        """);
    assertEquals(List.of("asserts", "linux", "x && !y"), s.requires());
    assertEquals(List.of("windows"), s.unsupported());
    assertEquals(List.of("*"), s.xfails());
    assertEquals(2, s.allowRetries());
  }

  @Test
  void endStopsTheScan() throws Exception {
    TestScript s = TestScript.parse("// RUN: a\n// END.\n// RUN: b\n");
    assertEquals(1, s.runLines().size());
  }

  @Test
  void malformedDirectives() {
    assertThrows(TestScript.ScriptException.class, () -> TestScript.parse("// REQUIRES: a,,b\n"));
    assertThrows(TestScript.ScriptException.class, () -> TestScript.parse("// ALLOW_RETRIES: many\n"));
  }
}
