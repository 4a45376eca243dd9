package dev.mlc.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.func.ir.FuncDialect;
import dev.mlc.dialect.scf.ir.ScfDialect;
import dev.mlc.dialect.test.ir.TestDialect;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import org.junit.jupiter.api.Test;

/**
 * The scf.if patterns that make {@code arith.select} (as upstream) apply once an arith dialect
 * with that op is loaded; here a stand-in declares it, since arith lives in another module.
 */
class SelectPatternsTest {
  /** A stand-in arith dialect with only {@code arith.select}. */
  static final class StandInArith implements Dialect {
    @Override public String namespace() { return "arith"; }

    @Override public void initialize(Registrar r) {
      r.addOp(new SelectOp());
    }

    static final class SelectOp extends OpDef implements Traits.Pure {
      SelectOp() { super("arith.select"); }
    }
  }

  private static String canonicalize(String src, boolean withArith) {
    MLContext ctx = new MLContext();
    ctx.loadDialect(new FuncDialect());
    ctx.loadDialect(new ScfDialect());
    ctx.loadDialect(new TestDialect());
    if (withArith) ctx.loadDialect(new StandInArith());
    Operation module = Parser.parse(ctx, "test.mlir", src);
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : ctx.registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(module, patterns);
    return Printer.print(module, PrintOptions.DEFAULT);
  }

  private static final String IF = """
      func.func @f(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32) {
        %r:3 = scf.if %c -> (i32, i32, i32) {
          %x = "test.op"(%a) : (i32) -> i32
          scf.yield %a, %x, %b : i32, i32, i32
        } else {
          scf.yield %b, %b, %b : i32, i32, i32
        }
        return %r#0, %r#1, %r#2 : i32, i32, i32
      }
      """;

  @Test
  void outsideValuesBecomeSelectsWhenArithIsLoaded() {
    String out = canonicalize(IF, true);
    assertTrue(out.contains("%0 = \"arith.select\"(%arg0, %arg1, %arg2) : (i1, i32, i32) -> i32"), out);
    assertTrue(out.contains("%1 = scf.if %arg0 -> (i32) {"), out);
    assertTrue(out.contains("return %0, %1, %arg2 : i32, i32, i32"), out);
  }

  @Test
  void withoutArithTheIfKeepsItsResults() {
    String out = canonicalize(IF, false);
    assertTrue(out.contains("%0:2 = scf.if %arg0 -> (i32, i32) {"), out);
    assertEquals(-1, out.indexOf("arith.select"), out);
  }
}
