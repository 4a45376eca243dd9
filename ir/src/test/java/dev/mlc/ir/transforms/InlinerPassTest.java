package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.MiniDialect.I32;
import static dev.mlc.ir.transforms.MiniDialect.call;
import static dev.mlc.ir.transforms.MiniDialect.entry;
import static dev.mlc.ir.transforms.MiniDialect.func;
import static dev.mlc.ir.transforms.MiniDialect.op;
import static dev.mlc.ir.transforms.MiniDialect.ret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.pass.PassOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlinerPassTest {
  private final MLContext ctx = MiniDialect.context();
  private final Operation module = MiniDialect.module(ctx);

  private static InlinerPass inliner(String options) {
    InlinerPass p = new InlinerPass();
    PassOptions.apply(p, options);
    return p;
  }

  private List<String> messages() { return ctx.diagnostics().takeCollected().stream().map(Diagnostic::message).toList(); }

  @Test void inlinesAndErasesTheDeadPrivateCallee() {
    Operation callee = func(module, "callee", true, List.of(I32), List.of(I32), false);
    Value a = entry(callee).argument(0);
    ret(entry(callee), List.of(op(entry(callee), "mini.add", List.of(a, a), List.of(I32)).result()));
    Operation main = func(module, "main", false, List.of(I32), List.of(I32), false);
    Operation c = call(entry(main), "callee", List.of(entry(main).argument(0)), List.of(I32));
    ret(entry(main), List.of(c.result()));
    assertTrue(MiniDialect.run(inliner("default-pipeline=''"), module), messages().toString());
    assertNull(callee.parentBlock());
    assertEquals(List.of("mini.add", "mini.return"), entry(main).operations().stream().map(Operation::name).toList());
  }

  private static Operation fn(Operation module, String name, boolean isPrivate, String... callees) {
    Operation f = func(module, name, isPrivate, List.of(), List.of(), false);
    for (String c : callees) call(entry(f), c, List.of(), List.of());
    ret(entry(f), List.of());
    return f;
  }

  /**
   * b calls into the cycle a <-> c. Each round inlines c, then a, into b (the inline history stops
   * it there), doubling b's calls to c; a and c are left alone (recursive). Returns b's calls after
   * {@code rounds} rounds.
   */
  private static long callsAfterRounds(int rounds) {
    Operation module = MiniDialect.module(MiniDialect.context());
    fn(module, "a", false, "c", "c");
    Operation b = fn(module, "b", false, "c");
    fn(module, "c", true, "a");
    assertTrue(MiniDialect.run(inliner("default-pipeline='' max-iterations=" + rounds), module));
    return entry(b).operations().stream().filter(o -> o.isa("mini.call")).count();
  }

  @Test void maxIterationsBoundsTheRoundsAndEachRoundStartsAFreshHistory() {
    assertEquals(2, callsAfterRounds(1));
    assertEquals(4, callsAfterRounds(2));
  }

  @Test void privateCallablesOnlyReferencedByEachOtherAreErased() {
    Operation even = fn(module, "even", true, "odd");
    Operation odd = fn(module, "odd", true, "even");
    Operation kept = fn(module, "kept", true, "kept");
    fn(module, "main", false, "kept");
    assertTrue(MiniDialect.run(inliner("default-pipeline=''"), module));
    assertNull(even.parentBlock());
    assertNull(odd.parentBlock());
    assertNotNull(kept.parentBlock(), "a recursive callee that live code calls stays");
  }

  @Test void failsOnOpsWithoutSymbolTableAndOnBadPipelines() {
    Operation f = func(module, "f", false, List.of(), List.of(), false);
    ret(entry(f), List.of());
    assertFalse(MiniDialect.run(inliner(""), f));
    assertTrue(messages().contains("'mini.func' op was scheduled to run under the inliner, but does not define a symbol table"));
    assertFalse(MiniDialect.run(inliner("default-pipeline=no-such-pass"), module));
    assertTrue(messages().stream().anyMatch(m -> m.contains("'no-such-pass' does not refer to a registered pass")));
  }
}
