package dev.mlc.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import org.junit.jupiter.api.Test;

/** The scf canonicalizations keep what the interpreter computes, on inputs where they rewrite. */
class CanonicalizeSemanticsTest {
  private static final String MODULE = """
      func.func @f(%n: index, %c: i1, %x: i64) -> (i64, i64, i64, i64) {
        %zero = "test.constant"() {value = 0 : index} : () -> index
        %one = "test.constant"() {value = 1 : index} : () -> index
        %four = "test.constant"() {value = 4 : index} : () -> index
        %t = "test.constant"() {value = true} : () -> i1
        %k = "test.constant"() {value = 3 : i64} : () -> i64
        %a:3 = scf.for %i = %zero to %n step %one iter_args(%p = %x, %q = %k, %r = %x) -> (i64, i64, i64) {
          %s = "test.add"(%p, %q) : (i64, i64) -> i64
          scf.yield %s, %q, %r : i64, i64, i64
        }
        %b = scf.for %i = %zero to %four step %four iter_args(%p = %a#0) -> (i64) {
          %s = "test.mul"(%p, %k) : (i64, i64) -> i64
          scf.yield %s : i64
        }
        %d = scf.if %t -> (i64) {
          scf.yield %b : i64
        } else {
          scf.yield %x : i64
        }
        %e:2 = scf.if %c -> (i64, i64) {
          %m = "test.mul"(%d, %d) : (i64, i64) -> i64
          scf.yield %m, %x : i64, i64
        } else {
          scf.yield %d, %x : i64, i64
        }
        %w:2 = scf.while (%i = %zero, %acc = %x) : (index, i64) -> (index, i64) {
          %lt = "test.lt"(%i, %n) : (index, index) -> i1
          scf.condition(%lt) %i, %acc : index, i64
        } do {
        ^bb0(%i: index, %acc: i64):
          %j = "test.add"(%i, %one) : (index, index) -> index
          %acc2 = "test.add"(%acc, %k) : (i64, i64) -> i64
          scf.yield %j, %acc2 : index, i64
        }
        return %a#2, %e#0, %w#1, %a#1 : i64, i64, i64, i64
      }
      """;

  @Test
  void canonicalizeKeepsTheResults() {
    InterpHarness before = new InterpHarness(MODULE);
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", MODULE);
    String original = Printer.print(module, PrintOptions.DEFAULT);
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : ctx.registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(module, patterns);
    org.junit.jupiter.api.Assertions.assertTrue(Verifier.verify(module), "the canonicalized module verifies");
    String canonical = Printer.print(module, PrintOptions.DEFAULT);
    assertNotEquals(original, canonical, "the patterns rewrite this module");
    InterpHarness rewritten = new InterpHarness(canonical);
    for (long n : new long[] {0, 1, 5})
      for (long c : new long[] {0, 1})
        assertArrayEquals(before.run("f", n, c, 7L), rewritten.run("f", n, c, 7L), "n=" + n + " c=" + c + "\n" + canonical);
  }
}
