package dev.mlc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.ResourceTable;
import dev.mlc.ir.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parallel parse of large module bodies gives exactly the IR of the sequential parse, and
 * declines (so that the sequential parse runs and reports) whenever a chunk cannot stand alone.
 */
class ParallelParseTest {
  /** Parallel from 1 KiB on, so that small test inputs take the parallel path. */
  private static final ParserConfig PARALLEL = ParserConfig.DEFAULT.withParallelMinBytes(1 << 10);
  private static final ParserConfig SEQUENTIAL = ParserConfig.DEFAULT.withParallelMinBytes(Integer.MAX_VALUE);

  /** What a parse produced: the printed module (generic, with locations) or the diagnostics. */
  private record Outcome(String printed, List<String> diagnostics, String resources) {}

  private static MLContext context() {
    MLContext ctx = new MLContext();
    ctx.allowUnregisteredDialects(true);
    return ctx;
  }

  private static Outcome outcome(MLContext ctx, Operation m) {
    List<String> ds = new ArrayList<>();
    for (Diagnostic d : ctx.diagnostics().takeCollected()) {
      ds.add(d.severity() + " " + d.location() + " " + d.message());
      for (Diagnostic n : d.notes()) ds.add("  " + n.severity() + " " + n.location() + " " + n.message());
    }
    String printed = m == null ? null : Printer.print(m, PrintOptions.GENERIC.withDebugInfo(true)) + Printer.print(m, PrintOptions.DEFAULT);
    StringBuilder resources = new StringBuilder();
    ctx.resources().entries().forEach((dialect, entries) -> entries.forEach((key, value) -> resources.append(dialect).append('.').append(key)
        .append(" = ").append(value instanceof ResourceTable.Blob b ? b.alignment() + ":" + HexFormat.of().formatHex(b.data()) : value).append('\n')));
    return new Outcome(printed, ds, resources.toString());
  }

  private static Outcome parse(String text, ParserConfig config) {
    MLContext ctx = context();
    return outcome(ctx, Parser.parse(ctx, "in.mlir", text.getBytes(StandardCharsets.UTF_8), config));
  }

  /** The parallel parse itself, with four threads whatever the machine has; null when it declines. */
  private static Outcome parallelOnly(String text) {
    MLContext ctx = context();
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Operation m = ParallelParse.tryParse(ctx, "in.mlir", b, 0, b.length, 1, PARALLEL, 4);
    return m == null ? null : outcome(ctx, m);
  }

  /** A body of {@code n} functions with nested regions, block arguments, attributes and locations. */
  static String functions(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("  // function ").append(i).append(" with \"quotes\" { in a comment\n");
      sb.append("  \"test.func\"() ({\n");
      sb.append("  ^bb0(%a: i32, %b: f32):\n");
      sb.append("    %0 = \"test.add\"(%a, %a) {note = \"a } brace (in a string\\\"\"} : (i32, i32) -> i32 loc(\"f.c\":").append(i).append(":3)\n");
      sb.append("    \"test.if\"(%0) ({\n      \"test.yield\"(%b) : (f32) -> ()\n    }) : (i32) -> ()\n");
      sb.append("    \"test.return\"(%0) : (i32) -> ()\n");
      sb.append("  }) {sym_name = \"f").append(i).append("\", dims = [").append(i).append(", 2]} : () -> ()\n");
      sb.append("  \"test.global\"() {value = ").append(i).append(" : i64} : () -> ()\n");
    }
    return sb.toString();
  }

  private static void assertSameAsSequential(String text) {
    Outcome seq = parse(text, SEQUENTIAL);
    Outcome par = parse(text, PARALLEL);
    assertEquals(seq, par);
  }

  @Test
  void customModuleParsesInParallelToTheSameIr() {
    assertParallelTakesItAndAgrees("module {\n" + functions(200) + "}\n");
  }

  /** The parallel parse accepts {@code text} and builds what the sequential parse builds. */
  private static void assertParallelTakesItAndAgrees(String text) {
    Outcome seq = parse(text, SEQUENTIAL);
    assertNotNull(seq.printed(), seq.diagnostics().toString());
    Outcome par = parallelOnly(text);
    assertNotNull(par, "the parallel parse declined a module it should take");
    assertEquals(seq, par);
    assertSameAsSequential(text);
  }

  @Test
  void genericModuleWithTrailingAttributesParsesInParallelToTheSameIr() {
    assertParallelTakesItAndAgrees("// leading comment\n\"builtin.module\"() ({\n" + functions(150) + "}) {test.tag = \"x\"} : () -> () loc(\"m.mlir\":1:1)\n");
  }

  @Test
  void valueUsedAcrossChunksFallsBackToTheSequentialParse() {
    String text = "module {\n  %early = \"test.const\"() : () -> i64\n" + functions(150) + "  \"test.use\"(%early) : (i64) -> ()\n}\n";
    assertNull(parallelOnly(text));
    assertSameAsSequential(text);
    // And a use before the definition (the module body is a graph region).
    String forward = "module {\n  \"test.use\"(%late) : (i64) -> ()\n" + functions(150) + "  %late = \"test.const\"() : () -> i64\n}\n";
    assertNull(parallelOnly(forward));
    assertSameAsSequential(forward);
  }

  @Test
  void topLevelNameRedefinedInALaterRegionGivesTheSequentialDiagnostic() {
    // The top-level %0 is visible in the later functions' regions, whose own %0 is a redefinition.
    String text = "module {\n  %0 = \"test.const\"() : () -> i64\n" + functions(150) + "}\n";
    assertDeclinedWithTheSequentialDiagnostic(text);
  }

  @Test
  void nameDefinedInTwoChunksGivesTheSequentialDiagnostic() {
    String text = "module {\n  %dup = \"test.const\"() : () -> i64\n" + functions(150) + "  %dup = \"test.const\"() : () -> i64\n}\n";
    assertDeclinedWithTheSequentialDiagnostic(text);
  }

  /** Invalid input: the parallel parse declines, and the result is the sequential parse's errors. */
  private static void assertDeclinedWithTheSequentialDiagnostic(String text) {
    assertNull(parallelOnly(text));
    Outcome par = parse(text, PARALLEL);
    assertNull(par.printed());
    assertFalse(par.diagnostics().isEmpty());
    assertEquals(parse(text, SEQUENTIAL), par);
  }

  @Test
  void syntaxErrorInAChunkGivesTheSequentialDiagnostic() {
    String body = functions(150);
    int mid = body.indexOf("\"test.return\"", body.length() / 2);
    String text = "module {\n" + body.substring(0, mid) + "\"test.return\"(%0 : (i32) -> ()\n" + body.substring(body.indexOf('\n', mid) + 1) + "}\n";
    assertDeclinedWithTheSequentialDiagnostic(text);
  }

  @Test
  void opsContinuedOnLinesAtDepthZeroParseAsOneOp() {
    StringBuilder sb = new StringBuilder("module {\n");
    for (int i = 0; i < 400; i++) {
      sb.append("  \"test.const\"()\n    {value = ").append(i).append("}\n    : () -> ()\n");
      sb.append("  \"test.op\"()\n    : () -> ()\n    loc(\"x\":").append(i).append(":1)\n");
    }
    String text = sb.append("}\n").toString();
    assertSameAsSequential(text);
  }

  @Test
  void aliasesAndResourcesAroundTheModuleAreLeftToTheSequentialParse() {
    String body = functions(150).replace("loc(\"f.c\":", "loc(#loc) // ").replace("  \"test.use\"", "  \"test.use\"");
    String locAliasAfter = "module {\n" + body + "}\n#loc = loc(\"aliased.c\":7:7)\n";
    assertNull(parallelOnly(locAliasAfter));
    assertSameAsSequential(locAliasAfter);

    String aliasBefore = "#map = affine_map<(d0) -> (d0)>\nmodule {\n" + functions(150).replace("dims = [", "map = #map, dims = [") + "}\n";
    assertNull(parallelOnly(aliasBefore));
    assertSameAsSequential(aliasBefore);

    String resources = "module {\n" + functions(150).replace("{value = 3 : i64}", "{value = dense_resource<blob1> : tensor<2xi32>}")
        + "}\n{-#\n  dialect_resources: {\n    builtin: {\n      blob1: \"0x040000000100000002000000\"\n    }\n  }\n#-}\n";
    assertNull(parallelOnly(resources));
    Outcome seq = parse(resources, SEQUENTIAL);
    assertNotNull(seq.printed(), seq.diagnostics().toString());
    assertEquals(seq, parse(resources, PARALLEL));
  }

  @Test
  void aModuleHoldingOneHugeOpIsParsedSequentially() {
    StringBuilder sb = new StringBuilder("module {\n  \"test.func\"() ({\n");
    for (int i = 0; i < 2000; i++) sb.append("    %").append(i).append(" = \"test.const\"() {value = ").append(i).append("} : () -> i64\n");
    String text = sb.append("  }) : () -> ()\n  \"test.small\"() : () -> ()\n}\n").toString();
    assertNull(parallelOnly(text));
    assertSameAsSequential(text);
  }

  @Test
  void implicitModulesAndSmallInputsAreParsedSequentially() {
    String implicit = functions(150);
    assertNull(parallelOnly(implicit));
    assertSameAsSequential(implicit);
    String small = "module {\n" + functions(2) + "}\n";
    MLContext ctx = context();
    byte[] b = small.getBytes(StandardCharsets.UTF_8);
    assertNull(ParallelParse.tryParse(ctx, "in.mlir", b, 0, b.length, 1, SEQUENTIAL, 4));
  }

  /**
   * Every conformance corpus case, embedded in the middle of a large module body, parses (or fails)
   * the same way in parallel as sequentially.
   */
  @Test
  void corpusCasesEmbeddedInALargeModuleParseAsSequentially() throws java.io.IOException {
    String padding = functions(40);
    int cases = 0, parsed = 0;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../test-suites/conformance/corpus"))) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".mlir")).sorted().toList()) {
        for (String c : java.nio.file.Files.readString(f).split("(?m)^// -----\\s*$")) {
          String text = "module {\n" + padding + c + "\n" + padding + "}\n";
          Outcome seq = parse(text, SEQUENTIAL);
          assertEquals(seq, parse(text, PARALLEL), f.getFileName() + " case:\n" + c);
          cases++;
          if (seq.printed() != null) parsed++;
        }
      }
    }
    assertTrue(cases > 100, "corpus not found or nearly empty: " + cases + " cases");
    assertTrue(parsed > cases / 2, "only " + parsed + " of " + cases + " embedded cases parse");
  }
}
