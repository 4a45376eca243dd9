package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static dev.mlc.ir.core.CoreIr.entry;
import static dev.mlc.ir.core.CoreIr.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.GreedyRewriteDriver.Config;
import dev.mlc.ir.rewrite.GreedyRewriteDriver.Result;
import dev.mlc.ir.rewrite.PatternLog;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The greedy driver: folding and constant materialization, dead-op removal, pattern order, bounds, and the pattern log. */
class GreedyDriverTest {
  private final CoreIr ir = new CoreIr();

  private static final RewritePatternSet NO_PATTERNS = new RewritePatternSet();

  private static IntegerAttr i32(long v) { return IntegerAttr.of(I32, v); }

  private static Object constantValue(Value v) { return v.definingOp().attr("value"); }

  @Test
  void foldsConstantsThroughTheFoldHookAndMaterializesTheResult() {
    Operation f = ir.func("f");
    Value sum = ir.add(ir.constant(1), ir.constant(2));
    Operation use = ir.use(ir.add(sum, ir.constant(4)));
    ir.ret();
    Result r = GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertEquals(List.of("ct.const", "ct.use", "ct.ret"), names(entry(f)));
    assertEquals(i32(7), constantValue(use.operand(0)));
    assertSame(entry(f).first(), use.operand(0).definingOp());
    assertTrue(r.converged());
    assertTrue(r.changed());
    assertEquals(2, r.iterations(), "one sweep that changes, one that finds nothing");
  }

  @Test
  void aFoldMayReturnAnExistingValue() {
    Operation f = ir.func("f", I32);
    Operation use = ir.use(ir.add(entry(f).argument(0), ir.constant(0)));
    ir.ret();
    GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertSame(entry(f).argument(0), use.operand(0));
    assertEquals(List.of("ct.use", "ct.ret"), names(entry(f)), "the zero constant died with the add");
  }

  @Test
  void constantsAreHoistedToTheEntryOfTheNearestIsolatedRegion() {
    Operation f = ir.func("f");
    Operation first = ir.use();
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Value inner = ir.constant(5);
    Operation innerUse = ir.use(inner, ir.add(ir.constant(1), ir.constant(2)));
    ir.op("ct.yield", List.of(), List.of());
    ir.at(entry(f));
    ir.ret();
    GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertEquals(List.of("ct.const", "ct.const", "ct.use", "ct.exec", "ct.ret"), names(entry(f)));
    assertEquals(List.of("ct.use", "ct.yield"), names(entry(exec)));
    assertSame(entry(f), innerUse.operand(0).definingOp().parentBlock());
    assertSame(entry(f), innerUse.operand(1).definingOp().parentBlock());
    assertEquals(i32(5), constantValue(innerUse.operand(0)));
    assertEquals(i32(3), constantValue(innerUse.operand(1)));
    assertSame(first, entry(f).operations().get(2), "constants go before the first non-constant op");
  }

  @Test
  void equalConstantsAreDeduplicatedPerIsolatedRegion() {
    Operation f = ir.func("f");
    Operation u1 = ir.use(ir.constant(7));
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Operation u2 = ir.use(ir.constant(7), ir.constant(7, CoreIr.I64));
    ir.op("ct.yield", List.of(), List.of());
    ir.at(entry(f));
    Operation iso = ir.withRegion("ct.iso", List.of(), List.of());
    Operation u3 = ir.use(ir.constant(7));
    ir.at(entry(f));
    ir.ret();
    GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertSame(u1.operand(0), u2.operand(0), "one constant per value and type");
    assertEquals(CoreIr.I64, u2.operand(1).type());
    assertEquals(3, CoreIr.find(f, "ct.const").size(), "i32 7 and i64 7 in f, i32 7 in the isolated op");
    assertSame(entry(iso), u3.operand(0).definingOp().parentBlock(), "constants do not leave an isolated region");
    assertEquals(List.of("ct.use", "ct.yield"), names(entry(exec)));
  }

  @Test
  void deadPureOpsAreRemovedTransitively() {
    Operation f = ir.func("f", I32);
    Value x = entry(f).argument(0);
    Value a = ir.add(x, x);
    ir.add(a, x);
    Operation effect = ir.use(x);
    Operation keptMap = ir.withRegion("ct.map", List.of(), List.of(I32));
    ir.use(x);
    ir.op("ct.yield", List.of(x), List.of());
    ir.at(entry(f));
    Operation deadMap = ir.withRegion("ct.map", List.of(), List.of(I32));
    ir.op("ct.yield", List.of(ir.add(x, x)), List.of());
    ir.at(entry(f));
    ir.ret();
    assertFalse(GreedyRewriteDriver.isTriviallyDead(keptMap), "a pure op with a side effect inside is not dead");
    assertTrue(GreedyRewriteDriver.isTriviallyDead(deadMap));
    assertFalse(GreedyRewriteDriver.isTriviallyDead(effect));
    assertFalse(GreedyRewriteDriver.isTriviallyDead(a.definingOp()), "a used op is not dead");
    GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertEquals(List.of("ct.use", "ct.map", "ct.ret"), names(entry(f)));
  }

  @Test
  void unreachableBlocksAreErasedUnlessRegionSimplificationIsOff() {
    Operation f = ir.func("f");
    ir.ret();
    Block dead = CoreIr.addBlock(f, I32);
    ir.at(dead);
    ir.use(dead.argument(0));
    ir.br(dead);
    GreedyRewriteDriver.apply(ir.module, NO_PATTERNS, new Config(10, -1, false, true, false));
    assertEquals(2, f.region(0).numBlocks());
    Result r = GreedyRewriteDriver.apply(ir.module, NO_PATTERNS);
    assertEquals(1, f.region(0).numBlocks());
    assertTrue(r.changed());
  }

  @Test
  void foldingCanBeTurnedOff() {
    Operation f = ir.func("f");
    ir.use(ir.add(ir.constant(1), ir.constant(2)));
    ir.ret();
    Result r = GreedyRewriteDriver.apply(ir.module, NO_PATTERNS, new Config(10, -1, false, false, true));
    assertEquals(List.of("ct.const", "ct.const", "ct.add", "ct.use", "ct.ret"), names(entry(f)));
    assertFalse(r.changed());
    assertEquals(0, r.rewrites());
  }

  @Test
  void patternsAreTriedBestBenefitFirst() {
    ir.func("f");
    ir.use();
    ir.ret();
    List<String> tried = new ArrayList<>();
    RewritePatternSet patterns = new RewritePatternSet();
    for (int benefit : new int[] {1, 5, 3}) {
      patterns.add(RewritePattern.of("p" + benefit, "ct.use", benefit, (op, rw) -> {
        tried.add("p" + benefit);
        return false;
      }));
    }
    patterns.add(RewritePattern.of("any4", null, 4, (op, rw) -> {
      if (op.isa("ct.use")) tried.add("any4");
      return false;
    }));
    Result r = GreedyRewriteDriver.apply(ir.module, patterns);
    assertEquals(List.of("p5", "any4", "p3", "p1"), tried);
    assertFalse(r.changed());
    assertTrue(r.converged());
    assertEquals(1, r.iterations());
  }

  @Test
  void theFirstPatternThatAppliesWins() {
    ir.func("f");
    Operation u = ir.use();
    ir.ret();
    RewritePatternSet patterns = new RewritePatternSet()
        .add(RewritePattern.of("low", "ct.use", 1, (op, rw) -> {
          throw new AssertionError("a lower-benefit pattern ran after a match");
        }))
        .add(RewritePattern.of("mark", "ct.use", 2, (op, rw) -> {
          if (op.hasAttr("done")) return true;
          rw.modifyOpInPlace(op, () -> op.setAttr("done", UnitAttr.INSTANCE));
          return true;
        }));
    Result r = GreedyRewriteDriver.apply(ir.module, patterns, new Config(3, 20, false, true, true));
    assertTrue(u.hasAttr("done"));
    assertFalse(r.converged(), "a pattern that always claims success never converges");
  }

  @Test
  void topDownSeedsTheWorklistInPreOrder() {
    ir.func("f");
    ir.withRegion("ct.exec", List.of(), List.of());
    ir.op("ct.yield", List.of(), List.of());
    ir.at(ir.b.insertionBlock().parentOp().parentBlock());
    ir.ret();
    for (boolean topDown : new boolean[] {false, true}) {
      List<String> order = new ArrayList<>();
      RewritePatternSet all = new RewritePatternSet().add(RewritePattern.of("record", null, 1, (op, rw) -> {
        order.add(op.name());
        return false;
      }));
      GreedyRewriteDriver.apply(ir.module, all, new Config(1, -1, topDown, true, true));
      assertEquals(topDown ? List.of("ct.func", "ct.exec", "ct.yield", "ct.ret") : List.of("ct.yield", "ct.exec", "ct.ret", "ct.func"),
          order, topDown ? "pre-order" : "post-order");
    }
  }

  @Test
  void maxIterationsBoundsTheSweepsAndConvergenceIsReported() {
    ir.func("f");
    ir.use(ir.add(ir.constant(1), ir.constant(2)));
    ir.ret();
    Result once = GreedyRewriteDriver.apply(ir.module, NO_PATTERNS, new Config(1, -1, false, true, true));
    assertFalse(once.converged(), "the only sweep changed something, so convergence is unknown");
    assertEquals(1, once.iterations());
    assertTrue(once.changed());
    Result again = GreedyRewriteDriver.apply(ir.module, NO_PATTERNS, new Config(1, -1, false, true, true));
    assertTrue(again.converged());
    assertFalse(again.changed());
    assertEquals(0, again.rewrites());
  }

  @Test
  void hittingMaxRewritesIsNotConvergence() {
    ir.func("f");
    Operation u = ir.use();
    ir.ret();
    RewritePatternSet forever = new RewritePatternSet().add(RewritePattern.of("toggle", "ct.use", 1, (op, rw) -> {
      rw.modifyOpInPlace(op, () -> op.setAttr("on", op.hasAttr("on") ? null : UnitAttr.INSTANCE));
      return true;
    }));
    Result r = GreedyRewriteDriver.apply(ir.module, forever, new Config(10, 5, false, true, true));
    assertEquals(5, r.rewrites());
    assertTrue(r.changed());
    assertFalse(r.converged(), "work was left when the rewrite limit stopped the driver");
    assertTrue(u.hasAttr("on"), "five toggles");
  }

  @Test
  void patternLogRecordsNamesOutcomesAndReasons() {
    ir.func("f");
    ir.use();
    ir.ret();
    RewritePatternSet patterns = new RewritePatternSet()
        .add(RewritePattern.of("MarkOnce", "ct.use", 2, (op, rw) -> {
          if (op.hasAttr("done")) return rw.notifyMatchFailure(op, "already marked");
          rw.modifyOpInPlace(op, () -> op.setAttr("done", UnitAttr.INSTANCE));
          return true;
        }))
        .add(RewritePattern.of("Never", "ct.use", 1, (op, rw) -> false))
        .add(RewritePattern.of("OnRet", "ct.ret", 1, (op, rw) -> rw.notifyMatchFailure(op, "returns stay")));
    String all = withLog(List.of(), List.of(), true, () -> GreedyRewriteDriver.apply(ir.module, patterns));
    assertTrue(all.contains("[pattern] core.mlir:2:1: 'ct.use': MarkOnce: applied\n"), all);
    assertTrue(all.contains("[pattern] core.mlir:2:1: 'ct.use': MarkOnce: failed: already marked\n"), all);
    assertTrue(all.contains("[pattern] core.mlir:2:1: 'ct.use': Never: failed (no reason given)\n"), all);
    assertTrue(all.contains("[pattern] core.mlir:3:1: 'ct.ret': OnRet: failed: returns stay\n"), all);
    assertTrue(all.contains("  MarkOnce: 1 applied, 2 failed\n"), all);
    assertTrue(all.contains("         2 x already marked\n"), all);
    assertTrue(all.contains("  Never: 0 applied, 2 failed\n"), all);
    assertTrue(all.contains("         2 x (no reason given)\n"), all);
    assertTrue(all.contains("  OnRet: 0 applied, 2 failed\n"), all);
    assertTrue(all.indexOf("  MarkOnce:") < all.indexOf("  Never:") && all.indexOf("  Never:") < all.indexOf("  OnRet:"),
        "the summary is sorted by pattern name");

    CoreIr other = new CoreIr();
    other.func("f");
    other.use();
    other.ret();
    String filtered = withLog(List.of("Mark"), List.of("ct.use"), false, () -> GreedyRewriteDriver.apply(other.module, patterns));
    assertFalse(filtered.contains("[pattern]"), "no per-attempt lines when not asked for");
    assertTrue(filtered.contains("  MarkOnce: 1 applied, 2 failed\n"), filtered);
    assertFalse(filtered.contains("Never"), filtered);
    assertFalse(filtered.contains("OnRet"), filtered);
  }

  private static String withLog(List<String> patternFilters, List<String> opFilters, boolean perAttempt, Runnable run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PatternLog log = new PatternLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), patternFilters, opFilters, perAttempt);
    PatternLog.setGlobal(log);
    try {
      run.run();
    } finally {
      PatternLog.setGlobal(null);
    }
    log.printSummary();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
