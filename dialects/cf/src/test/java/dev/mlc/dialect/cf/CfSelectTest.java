package dev.mlc.dialect.cf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.cf.ir.CfDialect;
import dev.mlc.dialect.func.ir.FuncDialect;
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
 * {@code cond_br %c, ^a(x), ^a(y)} becomes {@code br ^a(select(%c, x, y))} once an arith dialect
 * with {@code arith.select} is loaded (a stand-in here: arith lives in another module), as upstream.
 */
class CfSelectTest {
  static final class StandInArith implements Dialect {
    @Override public String namespace() { return "arith"; }

    @Override public void initialize(Registrar r) { r.addOp(new SelectOp()); }

    static final class SelectOp extends OpDef implements Traits.Pure {
      SelectOp() { super("arith.select"); }
    }
  }

  @Test
  void differingOperandsOfOneSuccessorBecomeASelect() {
    MLContext ctx = new MLContext();
    ctx.loadDialect(new FuncDialect());
    ctx.loadDialect(new CfDialect());
    ctx.loadDialect(new TestDialect());
    ctx.loadDialect(new StandInArith());
    Operation module = Parser.parse(ctx, "test.mlir", """
        func.func @f(%c: i1, %a: i32, %b: i32) {
          cf.cond_br %c, ^bb1(%a, %a : i32, i32), ^bb1(%b, %a : i32, i32)
        ^bb1(%x: i32, %y: i32):
          "test.op"(%x, %y) : (i32, i32) -> ()
          return
        }
        """);
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : ctx.registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(module, patterns);
    String out = Printer.print(module, PrintOptions.DEFAULT);
    assertTrue(out.contains("%0 = \"arith.select\"(%arg0, %arg1, %arg2) : (i1, i32, i32) -> i32"), out);
    assertTrue(out.contains("\"test.op\"(%0, %arg1) : (i32, i32) -> ()"), out);
  }
}
