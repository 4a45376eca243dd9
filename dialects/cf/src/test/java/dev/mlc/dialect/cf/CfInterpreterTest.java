package dev.mlc.dialect.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.text.Parser;
import org.junit.jupiter.api.Test;

/**
 * The cf ops run by the reference interpreter, with hand-checked results; arithmetic comes from
 * the test dialect's ops, given semantics here.
 */
class CfInterpreterTest {
  private static Object[] run(String src, String fn, Object... args) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    assertNotNull(module, "the module must parse and verify");
    Interpreter in = new Interpreter(ctx)
        .with("test.constant", (i, op, a) -> new Object[] {((IntegerAttr) op.attr("value")).value().longValue()})
        .with("test.add", (i, op, a) -> new Object[] {Scalars.wrap((Long) a[0] + (Long) a[1], op.result(0).type())})
        .with("test.mul", (i, op, a) -> new Object[] {Scalars.wrap((Long) a[0] * (Long) a[1], op.result(0).type())})
        .with("test.lt", (i, op, a) -> new Object[] {(Long) a[0] < (Long) a[1] ? 1L : 0L});
    return in.call(Interpreter.findFunction(module, fn), args);
  }

  private static final String POW = """
      func.func @pow(%b: i64, %e: i64) -> i64 {
        %zero = "test.constant"() {value = 0 : i64} : () -> i64
        %one = "test.constant"() {value = 1 : i64} : () -> i64
        cf.br ^loop(%zero, %one : i64, i64)
      ^loop(%i: i64, %acc: i64):
        %more = "test.lt"(%i, %e) : (i64, i64) -> i1
        cf.cond_br %more, ^body, ^done(%acc : i64)
      ^body:
        %next = "test.mul"(%acc, %b) : (i64, i64) -> i64
        %j = "test.add"(%i, %one) : (i64, i64) -> i64
        cf.br ^loop(%j, %next : i64, i64)
      ^done(%r: i64):
        return %r : i64
      }
      """;

  @Test
  void aLoopOfBranchesComputesAPower() {
    assertEquals(1L, run(POW, "pow", 3L, 0L)[0]);
    assertEquals(243L, run(POW, "pow", 3L, 5L)[0]);
    assertEquals(1024L, run(POW, "pow", 2L, 10L)[0]);
    assertEquals(Long.MIN_VALUE, run(POW, "pow", 2L, 63L)[0], "i64 wraps");
  }

  private static final String SWITCH = """
      func.func @sw(%f: i8, %x: i32) -> i32 {
        cf.switch %f : i8, [
          default: ^other(%x : i32),
          -1: ^minus,
          200: ^other(%x : i32),
          3: ^three
        ]
      ^minus:
        %m = "test.constant"() {value = -100 : i32} : () -> i32
        return %m : i32
      ^three:
        %t = "test.constant"() {value = 3 : i32} : () -> i32
        return %t : i32
      ^other(%v: i32):
        %w = "test.add"(%v, %v) : (i32, i32) -> i32
        return %w : i32
      }
      """;

  @Test
  void switchPicksTheMatchingCaseOrTheDefault() {
    assertEquals(-100L, run(SWITCH, "sw", -1L, 7L)[0]);
    assertEquals(3L, run(SWITCH, "sw", 3L, 7L)[0]);
    assertEquals(14L, run(SWITCH, "sw", 4L, 7L)[0], "default");
    assertEquals(14L, run(SWITCH, "sw", -56L, 7L)[0], "case 200 is -56 as an i8");
  }

  @Test
  void switchOnAnUnsignedFlagMatchesItsBits() {
    String src = """
        func.func @u(%f: ui8) -> i32 {
          cf.switch %f : ui8, [
            default: ^d,
            255: ^max
          ]
        ^d:
          %z = "test.constant"() {value = 0 : i32} : () -> i32
          return %z : i32
        ^max:
          %m = "test.constant"() {value = 1 : i32} : () -> i32
          return %m : i32
        }
        """;
    assertEquals(1L, run(src, "u", 255L)[0]);
    assertEquals(0L, run(src, "u", 254L)[0]);
  }

  private static final String ASSERT = """
      func.func @check(%ok: i1) -> i1 {
        cf.assert %ok, "ok must hold"
        return %ok : i1
      }
      """;

  @Test
  void assertPassesOrFailsWithItsMessage() {
    assertEquals(1L, run(ASSERT, "check", 1L)[0]);
    InterpreterException e = assertThrows(InterpreterException.class, () -> run(ASSERT, "check", 0L));
    assertEquals("'cf.assert' op assertion failed: ok must hold", e.describe());
    assertEquals("cf.assert", e.op().name());
  }
}
