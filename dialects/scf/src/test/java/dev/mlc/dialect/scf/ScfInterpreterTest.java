package dev.mlc.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.InterpreterException;
import org.junit.jupiter.api.Test;

/** The scf ops run by the reference interpreter, with hand-checked results. */
class ScfInterpreterTest {
  private static final String SUM = """
      func.func @sum(%lb: index, %ub: index, %step: index) -> index {
        %zero = "test.constant"() {value = 0 : index} : () -> index
        %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %zero) -> (index) {
          "test.record"(%i) : (index) -> ()
          %n = "test.add"(%acc, %i) : (index, index) -> index
          scf.yield %n : index
        }
        return %r : index
      }
      """;

  @Test
  void forSumsItsInductionVariable() {
    InterpHarness h = new InterpHarness(SUM);
    assertEquals(0 + 1 + 2 + 3 + 4, h.runLong("sum", 0L, 5L, 1L));
    h.trace.setLength(0);
    assertEquals(2 + 5 + 8, h.runLong("sum", 2L, 10L, 3L));
    assertEquals("2 5 8 ", h.trace.toString());
  }

  @Test
  void forWithZeroTripsReturnsItsInits() {
    InterpHarness h = new InterpHarness(SUM);
    assertEquals(0, h.runLong("sum", 5L, 5L, 1L));
    assertEquals(0, h.runLong("sum", 7L, -3L, 2L));
    assertEquals("", h.trace.toString());
  }

  @Test
  void forComparesSignedBounds() {
    InterpHarness h = new InterpHarness(SUM);
    assertEquals(-3 + -2 + -1, h.runLong("sum", -3L, 0L, 1L));
  }

  @Test
  void forWithNonPositiveStepIsAnError() {
    InterpHarness h = new InterpHarness(SUM);
    InterpreterException e = assertThrows(InterpreterException.class, () -> h.run("sum", 0L, 4L, 0L));
    assertEquals("'scf.for' op step must be positive, got 0", e.describe());
  }

  @Test
  void forOnNarrowIntegersStopsBeforeTheInductionVariableOverflows() {
    InterpHarness h = new InterpHarness("""
        func.func @count(%lb: i8, %ub: i8, %step: i8) -> i32 {
          %zero = "test.constant"() {value = 0 : i32} : () -> i32
          %one = "test.constant"() {value = 1 : i32} : () -> i32
          %r = scf.for %i = %lb to %ub step %step iter_args(%n = %zero) -> (i32) : i8 {
            %m = "test.add"(%n, %one) : (i32, i32) -> i32
            scf.yield %m : i32
          }
          return %r : i32
        }
        """);
    assertEquals(3, h.runLong("count", 100L, 127L, 10L)); // 100, 110, 120; 130 wraps
    assertEquals(256 / 2 - 64, h.runLong("count", -128L, 0L, 2L));
  }

  @Test
  void factorialWithWhile() {
    InterpHarness h = new InterpHarness("""
        func.func @fact(%n: i64) -> i64 {
          %one = "test.constant"() {value = 1 : i64} : () -> i64
          %r:2 = scf.while (%i = %one, %acc = %one) : (i64, i64) -> (i64, i64) {
            %more = "test.lt"(%n, %i) : (i64, i64) -> i1
            %one2 = "test.constant"() {value = 1 : i1} : () -> i1
            %le = "test.add"(%more, %one2) : (i1, i1) -> i1
            scf.condition(%le) %i, %acc : i64, i64
          } do {
          ^bb0(%i: i64, %acc: i64):
            %next = "test.mul"(%acc, %i) : (i64, i64) -> i64
            %j = "test.add"(%i, %one) : (i64, i64) -> i64
            scf.yield %j, %next : i64, i64
          }
          return %r#1 : i64
        }
        """);
    assertEquals(1, h.runLong("fact", 0L));
    assertEquals(1, h.runLong("fact", 1L));
    assertEquals(120, h.runLong("fact", 5L));
    assertEquals(3628800, h.runLong("fact", 10L));
    assertEquals(2432902008176640000L, h.runLong("fact", 20L));
  }

  @Test
  void nestedIfsPickTheirRegions() {
    InterpHarness h = new InterpHarness("""
        func.func @sign(%x: i32) -> i32 {
          %zero = "test.constant"() {value = 0 : i32} : () -> i32
          %neg = "test.lt"(%x, %zero) : (i32, i32) -> i1
          %r = scf.if %neg -> (i32) {
            %m = "test.constant"() {value = -1 : i32} : () -> i32
            scf.yield %m : i32
          } else {
            %pos = "test.lt"(%zero, %x) : (i32, i32) -> i1
            %s = scf.if %pos -> (i32) {
              %p = "test.constant"() {value = 1 : i32} : () -> i32
              scf.yield %p : i32
            } else {
              scf.yield %zero : i32
            }
            scf.yield %s : i32
          }
          scf.if %neg {
            "test.record"(%x) : (i32) -> ()
          }
          return %r : i32
        }
        """);
    assertEquals(-1, h.runLong("sign", -7L));
    assertEquals(0, h.runLong("sign", 0L));
    assertEquals(1, h.runLong("sign", 42L));
    assertEquals("-7 ", h.trace.toString());
  }

  @Test
  void parallelRunsIterationsInRowMajorOrderAndReduces() {
    InterpHarness h = new InterpHarness("""
        func.func @p(%n: index, %m: index) -> (index, index) {
          %zero = "test.constant"() {value = 0 : index} : () -> index
          %one = "test.constant"() {value = 1 : index} : () -> index
          %ten = "test.constant"() {value = 10 : index} : () -> index
          %r:2 = scf.parallel (%i, %j) = (%zero, %zero) to (%n, %m) step (%one, %one) init (%zero, %one) -> (index, index) {
            %t = "test.mul"(%i, %ten) : (index, index) -> index
            %v = "test.add"(%t, %j) : (index, index) -> index
            "test.record"(%v) : (index) -> ()
            %w = "test.add"(%j, %one) : (index, index) -> index
            scf.reduce(%v, %w : index, index) {
            ^bb0(%a: index, %b: index):
              %s = "test.add"(%a, %b) : (index, index) -> index
              scf.reduce.return %s : index
            }, {
            ^bb0(%a: index, %b: index):
              %s = "test.mul"(%a, %b) : (index, index) -> index
              scf.reduce.return %s : index
            }
          }
          return %r#0, %r#1 : index, index
        }
        """);
    assertArrayEquals(new Object[] {0L + 1 + 2 + 10 + 11 + 12, 36L}, h.run("p", 2L, 3L));
    assertEquals("0 1 2 10 11 12 ", h.trace.toString());
    assertArrayEquals(new Object[] {0L, 1L}, h.run("p", 0L, 3L), "no iterations: the inits");
  }

  @Test
  void forallRunsEveryPointOfItsSpace() {
    InterpHarness h = new InterpHarness("""
        func.func @fa(%n: index, %lb: index, %t: tensor<2xf32>) -> tensor<2xf32> {
          %ten = "test.constant"() {value = 10 : index} : () -> index
          scf.forall (%i, %j) in (2, %n) {
            %t10 = "test.mul"(%i, %ten) : (index, index) -> index
            %v = "test.add"(%t10, %j) : (index, index) -> index
            "test.record"(%v) : (index) -> ()
          }
          scf.forall (%i) = (%lb) to (9) step (3) {
            "test.record"(%i) : (index) -> ()
          }
          %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<2xf32>) {
            scf.forall.in_parallel {
            }
          }
          return %r : tensor<2xf32>
        }
        """);
    Object t = tensor2();
    Object[] r = h.run("fa", 3L, 1L, t);
    assertEquals("0 1 2 10 11 12 1 4 7 ", h.trace.toString());
    org.junit.jupiter.api.Assertions.assertSame(t, r[0], "the shared output comes back");
    h.trace.setLength(0);
    h.run("fa", 0L, 9L, tensor2());
    assertEquals("", h.trace.toString(), "empty spaces run nothing");
  }

  private static Object tensor2() {
    return dev.mlc.ir.interp.Tensor.ofDoubles(dev.mlc.ir.type.FloatType.F32, new long[] {2}, 1.5, -2.0);
  }

  @Test
  void indexSwitchAndExecuteRegion() {
    InterpHarness h = new InterpHarness("""
        func.func @s(%i: index, %c: i1) -> i32 {
          %r = scf.index_switch %i -> i32
          case 2 {
            %a = "test.constant"() {value = 20 : i32} : () -> i32
            scf.yield %a : i32
          }
          case -1 {
            %b = "test.constant"() {value = -10 : i32} : () -> i32
            scf.yield %b : i32
          }
          default {
            %e = scf.execute_region -> i32 {
              cf.cond_br %c, ^bb1, ^bb2
            ^bb1:
              %x = "test.constant"() {value = 1 : i32} : () -> i32
              scf.yield %x : i32
            ^bb2:
              %y = "test.constant"() {value = 2 : i32} : () -> i32
              scf.yield %y : i32
            }
            scf.yield %e : i32
          }
          return %r : i32
        }
        """);
    assertEquals(20, h.runLong("s", 2L, 0L));
    assertEquals(-10, h.runLong("s", -1L, 0L));
    assertEquals(1, h.runLong("s", 7L, 1L));
    assertEquals(2, h.runLong("s", 7L, 0L));
  }

  @Test
  void anInfiniteWhileHitsTheStepLimit() {
    InterpHarness h = new InterpHarness("""
        func.func @forever() {
          %t = "test.constant"() {value = true} : () -> i1
          scf.while : () -> () {
            scf.condition(%t)
          } do {
            scf.yield
          }
          return
        }
        """, new dev.mlc.ir.interp.Interpreter.Options(1000, 10));
    InterpreterException e = assertThrows(InterpreterException.class, () -> h.run("forever"));
    assertTrue(e.getMessage().startsWith("step limit of 1000 ops exceeded"), e.getMessage());
  }
}
