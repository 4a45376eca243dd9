package dev.mlc.dialect.tl.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import org.junit.jupiter.api.Test;

/** Printing of malformed tl ops, and the docs every op carries. */
class TlPrintingTest {
  @Test
  void malformedOpsPrintInGenericFormWithoutDiagnostics() {
    MLContext ctx = MLContext.withAllDialects();
    // Neither op verifies (the subview lacks its static lists, the transpose its permutation).
    Operation m = Parser.parse(ctx, "bad.mlir", """
        func.func @f(%m: memref<8xf32>, %v: vector<2x2xf32>) {
          %s = "tl.subview"(%m) : (memref<8xf32>) -> memref<8xf32>
          %t = "tl.transpose"(%v) : (vector<2x2xf32>) -> vector<2x2xf32>
          return
        }
        """);
    assertNotNull(m);
    int errors = ctx.diagnostics().errorCount();
    String text = Printer.print(m, PrintOptions.DEFAULT);
    assertTrue(text.contains("\"tl.subview\"(%arg0) : (memref<8xf32>) -> memref<8xf32>"), text);
    assertTrue(text.contains("\"tl.transpose\"(%arg1) : (vector<2x2xf32>) -> vector<2x2xf32>"), text);
    assertEquals(errors, ctx.diagnostics().errorCount(), "checking printability reports nothing");
  }

  @Test
  void everyOpHasASummaryAndAnExample() {
    MLContext ctx = MLContext.withAllDialects();
    int n = 0;
    for (OpDef d : ctx.registeredOps()) {
      if (!d.dialectNamespace().equals("tl")) continue;
      n++;
      assertFalse(d.summary().isBlank(), d.name());
      assertFalse(d.summary().contains("\n"), d.name() + ": one line");
      assertTrue(d.description().contains("```mlir\n") && d.description().contains(d.name()), d.name() + ": an IR example using the op");
    }
    assertEquals(36, n);
  }
}
