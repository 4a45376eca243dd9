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
 * The scf patterns that make arith ops (as upstream: {@code arith.select}, index constants) apply
 * once an arith dialect is loaded; here a stand-in declares those ops, since arith lives in
 * another module.
 */
class SelectPatternsTest {
  /** A stand-in arith dialect with only {@code arith.select}. */
  static final class StandInArith implements Dialect {
    @Override public String namespace() { return "arith"; }

    @Override public void initialize(Registrar r) {
      r.addOp(new SelectOp());
      r.addOp(new ConstantOp());
    }

    @Override public Operation materializeConstant(dev.mlc.ir.Builder b, dev.mlc.ir.Attribute value, dev.mlc.ir.Type type, dev.mlc.ir.Location loc) {
      return b.create("arith.constant", loc, java.util.List.of(), java.util.List.of(type), dev.mlc.ir.attr.DictionaryAttr.EMPTY.with("value", value));
    }

    static final class SelectOp extends OpDef implements Traits.Pure {
      SelectOp() { super("arith.select"); }
    }

    static final class ConstantOp extends OpDef implements Traits.Pure, Traits.ConstantLike {
      ConstantOp() { super("arith.constant"); }

      @Override public boolean isInherentAttr(String n) { return n.equals("value"); }

      @Override public java.util.List<Object> fold(Operation op, java.util.List<dev.mlc.ir.Attribute> operands) { return java.util.List.of(op.attr("value")); }
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

  @Test
  void forallDimsOfOneTripGoAwayWithArithConstants() {
    String out = canonicalize("""
        func.func @a(%n: index, %m: index) {
          scf.forall (%i, %j) = (%n, 0) to (%m, 1) step (1, 1) {
            "test.op"(%i, %j) : (index, index) -> ()
          }
          return
        }
        func.func @c(%t: tensor<?xf32>) -> tensor<?xf32> {
          %r = scf.forall (%i) in (1) shared_outs(%o = %t) -> (tensor<?xf32>) {
            "test.op"(%i, %o) : (index, tensor<?xf32>) -> ()
            scf.forall.in_parallel {
            }
          }
          return %r : tensor<?xf32>
        }
        """, true);
    // As mlir-opt-19 --canonicalize prints it (arith.constant in generic form here).
    assertTrue(out.contains("""
          func.func @a(%arg0: index, %arg1: index) {
            %0 = "arith.constant"() <{value = 0 : index}> : () -> index
            scf.forall (%arg2) = (%arg0) to (%arg1) step (1) {
              "test.op"(%arg2, %0) : (index, index) -> ()
            }
            return
          }""".indent(2)), out);
    assertTrue(out.contains("""
          func.func @c(%arg0: tensor<?xf32>) -> tensor<?xf32> {
            %0 = "arith.constant"() <{value = 0 : index}> : () -> index
            "test.op"(%0, %arg0) : (index, tensor<?xf32>) -> ()
            return %arg0 : tensor<?xf32>
          }""".indent(2)), out);
  }
}
