package dev.mlc.dialect.func.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.text.Parser;
import org.junit.jupiter.api.Test;

/** The interpreter engine driven through func: calls, recursion, branches, faults with locations. */
class FuncInterpreterTest {
  /** sum(n) = n == 0 ? 0 : n + sum(n - 1), with test-dialect arithmetic given semantics here. */
  private static final String SUM = """
      func.func @sum(%n: i64) -> i64 {
        %zero = "test.constant"() {value = 0 : i64} : () -> i64
        %one = "test.constant"() {value = -1 : i64} : () -> i64
        %c = "test.eq"(%n, %zero) : (i64, i64) -> i1
        "test.cond_br"(%c) [^done, ^rec] {num_true = 0 : i64} : (i1) -> ()
      ^done:
        return %zero : i64
      ^rec:
        %m = "test.add"(%n, %one) : (i64, i64) -> i64
        %s = call @sum(%m) : (i64) -> i64
        %r = "test.add"(%n, %s) : (i64, i64) -> i64
        return %r : i64
      }
      func.func @main(%n: i64) -> (i64, i64) {
        %s = call @sum(%n) : (i64) -> i64
        return %s, %n : i64, i64
      }
      """;

  private static Interpreter interpreter(MLContext ctx) {
    return new Interpreter(ctx)
        .with("test.constant", (in, op, a) -> new Object[] {op.attr("value", IntegerAttr.class).value().longValue()})
        .with("test.add", (in, op, a) -> new Object[] {Scalars.wrap((Long) a[0] + (Long) a[1], op.result(0).type())})
        .with("test.eq", (in, op, a) -> new Object[] {a[0].equals(a[1]) ? 1L : 0L})
        .with("test.cond_br", (in, op, a) -> {
          in.branch((Long) a[0] != 0 ? 0 : 1);
          return OpSemantics.NONE;
        });
  }

  @Test void recursionAndBranches() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "sum.mlir", SUM);
    Interpreter in = interpreter(ctx);
    assertArrayEquals(new Object[] {5050L, 100L}, in.call(Interpreter.findFunction(module, "main"), 100L));
    assertTrue(in.steps() > 500);
  }

  @Test void unboundedRecursionIsAnErrorNotACrash() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "sum.mlir", SUM);
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> interpreter(ctx).call(Interpreter.findFunction(module, "main"), -1L));
    assertTrue(e.describe().contains("call depth"), e.describe());
    assertEquals("func.call", e.op().name());
  }

  @Test void missingSemanticsNameTheOpAndItsLocation() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "m.mlir", """
        func.func @main(%x: i32) -> i32 {
          %y = "test.unknown_thing"(%x) : (i32) -> i32
          return %y : i32
        }
        """);
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), 1L));
    assertEquals("'test.unknown_thing' op no interpreter implementation for this op", e.describe());
    assertTrue(e.op().location().toString().contains("m.mlir"), e.op().location().toString());
  }

  @Test void wrongValueKindsFromASemanticsAreCaughtAtTheOp() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "m.mlir", """
        func.func @main(%x: i32) -> f32 {
          %y = "test.bad"(%x) : (i32) -> f32
          return %y : f32
        }
        """);
    Interpreter in = new Interpreter(ctx).with("test.bad", (i, op, a) -> new Object[] {a[0]});
    InterpreterException e = assertThrows(InterpreterException.class, () -> in.call(Interpreter.findFunction(module, "main"), 1L));
    assertTrue(e.getMessage().contains("must be a float"), e.getMessage());
  }

  @Test void stepBudgetStopsEndlessLoops() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "m.mlir", """
        func.func @main() {
          "test.br"() [^loop] : () -> ()
        ^loop:
          "test.br"() [^loop] : () -> ()
        }
        """);
    Interpreter in = new Interpreter(ctx, new Interpreter.Options(1000, 10)).with("test.br", (i, op, a) -> {
      i.branch(0, a);
      return OpSemantics.NONE;
    });
    InterpreterException e = assertThrows(InterpreterException.class, () -> in.call(Interpreter.findFunction(module, "main")));
    assertTrue(e.getMessage().contains("step limit"), e.getMessage());
  }

  @Test void conversionCastsBridgePartlyLoweredIr() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "m.mlir", """
        func.func @main(%t: tensor<2xf32>, %i: index) -> (tensor<2xf32>, i64, i8) {
          %m = "builtin.unrealized_conversion_cast"(%t) : (tensor<2xf32>) -> memref<2xf32>
          %u = "builtin.unrealized_conversion_cast"(%m) : (memref<2xf32>) -> tensor<2xf32>
          %j = "builtin.unrealized_conversion_cast"(%i) : (index) -> i64
          %k = "builtin.unrealized_conversion_cast"(%i) : (index) -> i8
          return %u, %j, %k : tensor<2xf32>, i64, i8
        }
        """);
    dev.mlc.ir.interp.Tensor t = dev.mlc.ir.interp.Tensor.ofDoubles(dev.mlc.ir.type.FloatType.F32, new long[] {2}, 1.5, -2);
    Object[] r = new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), t, 300L);
    assertArrayEquals(new Object[] {t, 300L, 44L}, r);
  }

  @Test void conversionCastsBetweenUnrelatedValuesAreErrors() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "m.mlir", """
        func.func @main(%x: f32) -> i32 {
          %y = "builtin.unrealized_conversion_cast"(%x) : (f32) -> i32
          return %y : i32
        }
        """);
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), 1.0));
    assertEquals("'builtin.unrealized_conversion_cast' op cannot interpret a conversion cast from f32 to i32", e.describe());
  }
}
