package dev.mlc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Printing large blocks on several threads gives the bytes of a sequential print. */
class ParallelPrintTest {
  private static final PrintOptions[] ALL = {
    PrintOptions.DEFAULT, PrintOptions.GENERIC, PrintOptions.DEFAULT.withDebugInfo(true), PrintOptions.GENERIC.withDebugInfo(true)
  };

  private static Operation parse(String text) {
    MLContext ctx = new MLContext();
    ctx.allowUnregisteredDialects(true);
    Operation m = Parser.parse(ctx, "in.mlir", text.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
    assertNotNull(m, () -> ctx.diagnostics().takeCollected().toString());
    return m;
  }

  private static String print(Operation m, PrintOptions o, boolean parallel) {
    AsmWriter w = parallel ? AsmWriter.parallelFrom(1, null, o, m.context()) : AsmWriter.sequential(null, o, m.context());
    w.printTopLevel(m);
    return w.contents();
  }

  /** Streamed to a sink, where large group buffers bypass the writer's own buffer. */
  private static String printStreamed(Operation m, PrintOptions o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AsmWriter w = AsmWriter.parallelFrom(1, bytes, o, m.context());
    w.printTopLevel(m);
    w.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertSameAsSequential(String text) {
    Operation m = parse(text);
    for (PrintOptions o : ALL) {
      String sequential = print(m, o, false);
      assertEquals(sequential, print(m, o, true), o.toString());
      assertEquals(sequential, printStreamed(m, o), o.toString());
    }
  }

  @Test
  void largeBodyPrintsAsSequentially() {
    // Top-level values used far from their definitions, across the printing groups.
    StringBuilder sb = new StringBuilder("module {\n  %first = \"test.const\"() : () -> i64\n");
    sb.append(ParallelParseTest.functions(2000).replace("\"test.global\"() {value = 7 : i64} : () -> ()", "%v7 = \"test.const\"() : () -> i64"));
    sb.append("  \"test.use\"(%first, %v7) : (i64, i64) -> ()\n}\n");
    assertSameAsSequential(sb.toString());
  }

  @Test
  void largeFunctionBodyPrintsAsSequentially() {
    // One block of many ops (some with regions), each using earlier ones and the entry block's arguments.
    StringBuilder sb = new StringBuilder("\"test.func\"() ({\n^bb0(%a: f32, %b: f32):\n  %0 = \"test.add\"(%a, %b) : (f32, f32) -> f32\n");
    for (int i = 1; i < 5000; i++) {
      sb.append("  %").append(i).append(" = \"test.mul\"(%").append(i - 1).append(", %").append(i / 2).append(") : (f32, f32) -> f32\n");
      if (i % 997 == 0) sb.append("  \"test.if\"(%").append(i).append(") ({\n    \"test.yield\"(%a) : (f32) -> ()\n  }) : (f32) -> ()\n");
    }
    sb.append("  \"test.return\"(%4999) : (f32) -> ()\n}) : () -> ()\n");
    assertSameAsSequential(sb.toString());
  }

  @Test
  void distinctAttributesAndResourcesKeepTheirOrder() {
    StringBuilder sb = new StringBuilder("module attributes {test.first = distinct[0]<\"m\">} {\n");
    for (int i = 0; i < 300; i++) {
      sb.append("  \"test.op\"() {d = distinct[").append(i + 1).append("]<").append(i).append(" : i32>, r = dense_resource<blob")
          .append(i % 7).append("> : tensor<1xi32>} : () -> ()\n");
      if (i % 50 == 0) sb.append("  \"test.plain\"() : () -> ()\n".repeat(100));
    }
    sb.append("}\n{-#\n  dialect_resources: {\n    builtin: {\n");
    for (int i = 0; i < 7; i++) sb.append(i > 0 ? ",\n" : "").append("      blob").append(i).append(": \"0x0400000001000000\"");
    sb.append("\n    }\n  }\n#-}\n");
    assertSameAsSequential(sb.toString());
    String resourcesOnly = sb.toString().replaceAll("d = distinct\\[\\d+\\]<\\d+ : i32>, ", "").replace("attributes {test.first = distinct[0]<\"m\">} ", "");
    assertSameAsSequential(resourcesOnly);
  }

  @Test
  void corpusCasesInALargeBodyPrintAsSequentially() throws java.io.IOException {
    String padding = ParallelParseTest.functions(10);
    int cases = 0;
    try (var files = Files.list(Path.of("../test-suites/conformance/corpus"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".mlir")).sorted().toList()) {
        for (String c : Files.readString(f).split("(?m)^// -----\\s*$")) {
          MLContext ctx = new MLContext();
          ctx.allowUnregisteredDialects(true);
          String text = "module {\n" + padding + c + "\n" + padding + "}\n";
          Operation m = Parser.parse(ctx, "in.mlir", text.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
          if (m == null) continue; // cases that are invalid inside a module body
          for (PrintOptions o : ALL) assertEquals(print(m, o, false), print(m, o, true), f.getFileName() + " " + o + ":\n" + c);
          cases++;
        }
      }
    }
    assertTrue(cases > 100, "corpus not found or nearly empty, or its cases do not parse in a module: " + cases + " cases");
  }
}
