package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Java API: {@link FileCheck#check}, {@link Options} and {@link Result}. */
class FileCheckApiTest {
  @Test
  void passingCheckHasExitCodeZeroAndNoOutput() {
    Result r = FileCheck.check("CHECK: hello\nCHECK-NEXT: world\n", "hello\nworld\n", Options.defaults());
    assertTrue(r.passed());
    assertEquals(0, r.exitCode());
    assertEquals("", r.diagnostics());
  }

  @Test
  void failureNamesTheCheckLineAndWhereTheScanWent() {
    Result r = FileCheck.check("t.mlir", "// CHECK: foo\n", "out", "bar\n", Options.defaults());
    assertFalse(r.passed());
    assertEquals(1, r.exitCode());
    assertEquals("""
        t.mlir:1:11: error: CHECK: expected string not found in input
        // CHECK: foo
                  ^
        out:1:1: note: scanning from here
        bar
        ^
        """, r.diagnostics());
  }

  @Test
  void unusableCheckFileExitsWithTwo() {
    Result r = FileCheck.check("no directives here\n", "x\n", Options.defaults());
    assertEquals(2, r.exitCode());
    assertEquals("error: no check strings found with prefix 'CHECK:'\n", r.diagnostics());
  }

  @Test
  void optionsReachTheChecker() {
    Options o = Options.builder().checkPrefixes("MY").ignoreCase(true).define("NAME=world").define("#N=41").build();
    assertTrue(FileCheck.check("MY: HELLO [[NAME]] [[#N+1]]\n", "hello world 42\n", o).passed());
    assertFalse(FileCheck.check("MY: HELLO [[NAME]] [[#N+1]]\n", "hello world 43\n", o).passed());
  }

  @Test
  void badDefinitionIsReportedBeforeReadingTheCheckFile() {
    Result r = FileCheck.check("CHECK: x\n", "x\n", Options.builder().define("NOEQUALS").build());
    assertEquals(2, r.exitCode());
    assertEquals("Missing equal sign in command-line definition '-DNOEQUALS'\n", r.diagnostics());
  }

  @Test
  void nonAsciiTextRoundTripsThroughDiagnostics() {
    Result r = FileCheck.check("CHECK: café\n", "thé\n", Options.defaults());
    assertEquals(1, r.exitCode());
    assertTrue(r.diagnostics().contains("CHECK: café\n"), r.diagnostics());
    assertTrue(r.diagnostics().contains("thé\n"), r.diagnostics());
  }

  @Test
  void columnsCountBytesAsLlvmDoes() {
    Result r = FileCheck.check("CHECK: é [[X]]\n", "é x\n", Options.defaults());
    // "CHECK: é [[X]]": X is the 13th byte of the line (é takes two bytes in UTF-8).
    assertTrue(r.diagnostics().startsWith("check:1:13: error: undefined variable: X\n"), r.diagnostics());
  }

  @Test
  void emptyInputNeedsAllowEmpty() {
    assertEquals(2, FileCheck.check("CHECK-NOT: x\n", "", Options.defaults()).exitCode());
    assertEquals(0, FileCheck.check("CHECK-NOT: x\n", "", Options.builder().allowEmpty(true).build()).exitCode());
  }

  @Test
  void inputDumpOnFailureWhenRequested() {
    Options o = Options.builder().dumpInput(Options.DumpInput.FAIL).build();
    Result r = FileCheck.check("CHECK: a\n", "b\n", o);
    assertTrue(r.diagnostics().contains("""
        Input was:
        <<<<<<
                 1: b\s
        check:1     X~ error: no match found
        >>>>>>
        """), r.diagnostics());
  }

  @Test
  void builderRoundTrips() {
    Options o = Options.builder().checkPrefixes("A", "B").commentPrefixes("C").implicitCheckNot("bad").strictWhitespace(true)
        .matchFullLines(true).allowUnusedPrefixes(true).enableVarScope(true).allowDeprecatedDagOverlap(true).verbose(true)
        .veryVerbose(true).dumpInput(Options.DumpInput.ALWAYS).dumpInputFilter(Options.DumpInputFilter.ANNOTATION)
        .dumpInputContext(2).build();
    assertEquals(o, o.toBuilder().build());
    assertEquals(java.util.List.of("A", "B"), o.checkPrefixes());
    assertEquals(Options.DumpInputFilter.ANNOTATION, o.effectiveDumpInputFilter());
    assertEquals(Options.DumpInputFilter.ALL, Options.builder().dumpInput(Options.DumpInput.ALWAYS).build().effectiveDumpInputFilter());
    assertEquals(Options.DumpInputFilter.ERROR, Options.defaults().effectiveDumpInputFilter());
  }
}
