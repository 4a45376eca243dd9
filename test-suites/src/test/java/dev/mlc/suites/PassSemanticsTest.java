package dev.mlc.suites;

import static dev.mlc.suites.testing.SemanticsAssert.assertChanges;
import static dev.mlc.suites.testing.SemanticsAssert.assertPreserves;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.tools.opt.PassSemantics;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The existing passes checked by the semantics harness: each keeps what {@code @main} computes on
 * random inputs (jqwik draws the seeds), and a deliberately broken pass is caught by name.
 */
class PassSemanticsTest {
  /** Folds, identities, double negation, a duplicate computation and a dead one. */
  static final String ARITH = """
      func.func @main(%a: i32, %x: f32, %t: tensor<3xf32>) -> (i32, f32, tensor<3xf32>) {
        %two = "test.constant"() {value = 2 : i32} : () -> i32
        %three = "test.constant"() {value = 3 : i32} : () -> i32
        %five = "test.add"(%two, %three) : (i32, i32) -> i32
        %one = "test.constant"() {value = 1 : i32} : () -> i32
        %p = "test.mul"(%a, %one) : (i32, i32) -> i32
        %q = "test.add"(%p, %five) : (i32, i32) -> i32
        %dead = "test.mul"(%q, %q) : (i32, i32) -> i32
        %n = "test.negate"(%x) : (f32) -> f32
        %nn = "test.negate"(%n) : (f32) -> f32
        %s1 = "test.sub"(%nn, %x) : (f32, f32) -> f32
        %s2 = "test.sub"(%nn, %x) : (f32, f32) -> f32
        %s = "test.add"(%s1, %s2) : (f32, f32) -> f32
        %u = "test.mul"(%t, %t) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
        %v = "test.sub"(%u, %t) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
        return %q, %s, %v : i32, f32, tensor<3xf32>
      }
      """;

  /** Calls into private functions (inlining, symbol DCE), a branch and a conditional (SCCP). */
  static final String CALLS = """
      func.func @main(%a: i32, %c: i1, %x: f32) -> (i32, f32) {
        %k = "test.constant"() {value = 7 : i32} : () -> i32
        %r = func.call @scale(%a, %k) : (i32, i32) -> i32
        %t = "test.constant"() {value = true} : () -> i1
        %y = "test.if"(%t) ({
          %n = "test.negate"(%x) : (f32) -> f32
          "test.yield"(%n) : (f32) -> ()
        }, {
          "test.yield"(%x) : (f32) -> ()
        }) : (i1) -> f32
        %z = "test.if"(%c) ({
          "test.yield"(%y) : (f32) -> ()
        }, {
          %m = "test.sub"(%y, %x) : (f32, f32) -> f32
          "test.yield"(%m) : (f32) -> ()
        }) : (i1) -> f32
        "test.cond_br"(%t, %r, %a) [^bb1, ^bb1] {num_true = 1 : i64} : (i1, i32, i32) -> ()
      ^bb1(%v: i32):
        return %v, %z : i32, f32
      }
      func.func private @scale(%v: i32, %k: i32) -> i32 {
        %p = "test.mul"(%v, %k) : (i32, i32) -> i32
        %w = func.call @twice(%p) : (i32) -> i32
        return %w : i32
      }
      func.func private @twice(%v: i32) -> i32 {
        %w = "test.add"(%v, %v) : (i32, i32) -> i32
        return %w : i32
      }
      func.func private @unused(%v: i32) -> i32 {
        return %v : i32
      }
      """;

  /** A loop with an invariant computation (LICM hoists it). */
  static final String LOOP = """
      func.func @main(%a: index, %b: index) -> index {
        %c0 = "test.constant"() {value = 0 : index} : () -> index
        %c1 = "test.constant"() {value = 1 : index} : () -> index
        %c4 = "test.constant"() {value = 4 : index} : () -> index
        "test.loop"(%c0, %c4, %c1) ({
        ^bb0(%iv: index):
          %inv = "test.mul"(%a, %b) : (index, index) -> index
          %x = "test.add"(%inv, %iv) : (index, index) -> index
          "test.yield"() : () -> ()
        }) : (index, index, index) -> ()
        %r = "test.sub"(%a, %b) : (index, index) -> index
        return %r : index
      }
      """;

  static final String[] PASSES = {"canonicalize", "cse", "dce", "sccp", "loop-invariant-code-motion", "inline", "symbol-dce"};

  @Property(tries = 15)
  void everyExistingPassPreservesTheResults(@ForAll long seed) {
    for (String module : new String[] {ARITH, CALLS, LOOP})
      for (String pass : PASSES) assertPreserves(pass, module, seed);
  }

  @Property(tries = 10)
  void pipelinesPreserveTheResults(@ForAll long seed) {
    assertPreserves("inline,func.func(sccp,canonicalize,cse),symbol-dce,canonicalize", CALLS, seed);
    assertPreserves("builtin.module(func.func(canonicalize,cse,loop-invariant-code-motion,dce))", ARITH, seed);
    assertPreserves("func.func(loop-invariant-code-motion),canonicalize", LOOP, seed);
  }

  /** jqwik draws the inputs themselves: extreme integers wrap, floats include NaN and infinities. */
  @Property(tries = 30)
  void givenInputsFromJqwik(@ForAll int a, @ForAll boolean c, @ForAll float x) {
    assertPreserves("inline,func.func(sccp,canonicalize,cse),symbol-dce", CALLS, java.util.List.of(a, c, x));
  }

  @Test void givenInputsMustFitTheArguments() {
    var e = assertThrows(IllegalArgumentException.class, () -> PassSemantics.check(CALLS, "cse", java.util.List.of(1, true)));
    assertEquals("2 inputs given for 3 arguments", e.getMessage());
    SemanticsCheck.Failure f = assertChanges("test-broken-swap-sub", ARITH, 3);
    assertTrue(f.summary().endsWith("on random inputs (seed 3)"), f.summary());
    PassSemantics.Result r = PassSemantics.check(CALLS, "test-broken-swap-sub", java.util.List.of(1, false, 0.5f));
    assertTrue(r.failure().summary().endsWith("on the given inputs"), r.failure().summary());
  }

  @Test void thePassesReallyTransformedTheInput() {
    PassSemantics.Result r = assertPreserves("inline,func.func(sccp,canonicalize,cse),symbol-dce", CALLS, 1);
    assertFalse(r.output().contains("call"), r.output());
    assertFalse(r.output().contains("@unused"), r.output());
    assertTrue(java.util.regex.Pattern.compile("\"test.add\"\\(%(\\d+), %\\1\\)").matcher(r.output()).find(), "@twice inlined: " + r.output());
  }

  @Test void aBrokenPassIsCaughtByNameWithTheIrBeforeAndAfter() {
    SemanticsCheck.Failure f = assertChanges("func.func(canonicalize),test-broken-swap-sub,cse", ARITH, 3);
    assertEquals("test-broken-swap-sub", f.passName());
    assertTrue(f.summary().startsWith("pass 'test-broken-swap-sub' changed the results of '@main' on random inputs (seed 3)"), f.summary());
    assertTrue(f.irBefore().contains("\"test.sub\"(%arg1, %") || f.irBefore().contains("\"test.sub\"(%"), f.irBefore());
    assertFalse(f.irBefore().equals(f.irAfter()));
    assertTrue(f.report().contains("// -----// IR Dump Before TestBrokenSub (test-broken-swap-sub) //----- //"), f.report());
    assertTrue(f.details().contains("elements differ"), f.details());
  }

  @Test void aFaultIntroducedByAPassIsAChange() {
    // Before: e = (5 - 3) + 2 = 4. After swapping: e = (3 - 5) + 2 = 0, and the division faults.
    String m = """
        func.func @main(%a: i32) -> i32 {
          %k5 = "test.constant"() {value = 5 : i32} : () -> i32
          %k3 = "test.constant"() {value = 3 : i32} : () -> i32
          %k2 = "test.constant"() {value = 2 : i32} : () -> i32
          %d = "test.sub"(%k5, %k3) : (i32, i32) -> i32
          %e = "test.add"(%d, %k2) : (i32, i32) -> i32
          %q = "test.div"(%a, %e) : (i32, i32) -> i32
          return %q : i32
        }
        """;
    SemanticsCheck.Failure f = assertChanges("test-broken-swap-sub", m, 2);
    assertTrue(f.details().startsWith("after the pass, the interpreter faults: 'test.div' op integer division by zero (at input.mlir:7:"), f.details());
  }

  @Test void customSemanticsCanBeAddedPerTest() {
    String m = """
        func.func @main(%a: i32) -> i32 {
          %r = "test.triple"(%a) : (i32) -> i32
          return %r : i32
        }
        """;
    var opts = SemanticsCheck.Options.DEFAULT.withSeed(4);
    assertThrows(IllegalStateException.class, () -> PassSemantics.check(m, "canonicalize", opts, null));
    PassSemantics.Result r = PassSemantics.check(m, "canonicalize", opts, in -> in.with("test.triple", (i, op, a) -> new Object[] {3 * (Long) a[0]}));
    assertTrue(r.preserved(), r.report());
    assertEquals(1, r.reference().values().length);
  }

  @Test void theReasonItCannotApplyIsGiven() {
    var e = assertThrows(IllegalStateException.class, () -> PassSemantics.check("func.func @f() { return }", "cse", 0));
    assertEquals("the semantics check cannot apply: the module has no function '@main'", e.getMessage());
    String effect = """
        func.func @main() {
          "test.effect"() : () -> ()
          return
        }
        """;
    var e2 = assertThrows(IllegalStateException.class, () -> PassSemantics.check(effect, "cse", 0));
    assertTrue(e2.getMessage().contains("op 'test.effect' has no interpreter implementation"), e2.getMessage());
  }

  @Test void memrefArgumentsAreOutputsToo() {
    // A pass that changes what is stored into a memref argument is a change, even without results.
    String m = """
        func.func @main(%m: memref<2xf32>, %x: f32) {
          %c0 = "test.constant"() {value = 0 : index} : () -> index
          %y = "test.sub"(%x, %x) : (f32, f32) -> f32
          %k = "test.constant"() {value = 2.0 : f32} : () -> f32
          %z = "test.sub"(%y, %k) : (f32, f32) -> f32
          "test.store"(%z, %m, %c0) : (f32, memref<2xf32>, index) -> ()
          return
        }
        """;
    java.util.function.UnaryOperator<dev.mlc.ir.interp.Interpreter> store = in -> in.with("test.store", (i, op, a) -> {
      ((dev.mlc.ir.interp.Buffer) a[1]).store(a[0], (Long) a[2]);
      return null;
    });
    var opts = SemanticsCheck.Options.DEFAULT.withSeed(9);
    assertTrue(PassSemantics.check(m, "canonicalize,cse", opts, store).preserved());
    PassSemantics.Result r = PassSemantics.check(m, "test-broken-swap-sub", opts, store);
    assertFalse(r.preserved());
    assertTrue(r.failure().details().contains("#0[0]: expected -2.0, got 2.0"), r.failure().details());
  }

  @Test void interpreterFaultsNameTheOp() {
    String m = """
        func.func @main(%a: i32) -> i32 {
          %z = "test.constant"() {value = 0 : i32} : () -> i32
          %q = "test.div"(%a, %z) : (i32, i32) -> i32
          return %q : i32
        }
        """;
    var e = assertThrows(IllegalStateException.class, () -> PassSemantics.check(m, "cse", 0));
    assertTrue(e.getMessage().endsWith("faults: 'test.div' op integer division by zero"), e.getMessage());
    assertTrue(InterpreterException.class.getName().endsWith("InterpreterException"));
  }
}
