package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.DominanceInfo;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block dominance over CFGs (diamonds, loops, unreachable blocks) and value dominance across regions. */
class DominanceTest {
  private final CoreIr ir = new CoreIr();
  private final DominanceInfo dom = new DominanceInfo();

  @Test
  void diamond() {
    Operation f = ir.func("f");
    Block entry = CoreIr.entry(f), left = CoreIr.addBlock(f), right = CoreIr.addBlock(f), merge = CoreIr.addBlock(f);
    ir.br(List.of(left, right));
    ir.at(left);
    ir.br(merge);
    ir.at(right);
    ir.br(merge);
    ir.at(merge);
    ir.ret();
    for (Block b : List.of(entry, left, right, merge)) {
      assertTrue(dom.dominates(entry, b));
      assertTrue(dom.dominates(b, b), "every block dominates itself");
      assertTrue(dom.isReachable(b));
    }
    assertFalse(dom.dominates(left, merge));
    assertFalse(dom.dominates(right, merge));
    assertFalse(dom.dominates(left, right));
    assertFalse(dom.dominates(merge, entry));
    assertNull(dom.immediateDominator(entry));
    assertSame(entry, dom.immediateDominator(left));
    assertSame(entry, dom.immediateDominator(right));
    assertSame(entry, dom.immediateDominator(merge));
  }

  @Test
  void loop() {
    Operation f = ir.func("f");
    Block entry = CoreIr.entry(f), header = CoreIr.addBlock(f), body = CoreIr.addBlock(f), latch = CoreIr.addBlock(f),
        exit = CoreIr.addBlock(f);
    ir.br(header);
    ir.at(header);
    ir.br(List.of(body, exit));
    ir.at(body);
    ir.br(latch);
    ir.at(latch);
    ir.br(List.of(header, body));
    ir.at(exit);
    ir.ret();
    assertTrue(dom.dominates(header, body));
    assertTrue(dom.dominates(header, latch));
    assertTrue(dom.dominates(header, exit));
    assertTrue(dom.dominates(body, latch));
    assertFalse(dom.dominates(body, header), "the back edge does not make the body dominate the header");
    assertFalse(dom.dominates(latch, body));
    assertFalse(dom.dominates(body, exit));
    assertSame(entry, dom.immediateDominator(header));
    assertSame(header, dom.immediateDominator(body));
    assertSame(body, dom.immediateDominator(latch));
    assertSame(header, dom.immediateDominator(exit));
  }

  @Test
  void unreachableBlocksAreDominatedByEverything() {
    Operation f = ir.func("f");
    Block entry = CoreIr.entry(f), live = CoreIr.addBlock(f), dead = CoreIr.addBlock(f), dead2 = CoreIr.addBlock(f);
    ir.br(live);
    ir.at(live);
    Value x = ir.constant(1);
    Operation liveRet = ir.ret();
    ir.at(dead);
    Value y = ir.constant(2);
    ir.br(List.of(live, dead2));
    ir.at(dead2);
    Operation useInDead = ir.use(y);
    ir.br(dead);
    assertFalse(dom.isReachable(dead));
    assertFalse(dom.isReachable(dead2));
    assertTrue(dom.dominates(live, dead));
    assertTrue(dom.dominates(dead2, dead));
    assertTrue(dom.dominates(entry, dead2));
    assertFalse(dom.dominates(dead, live), "an unreachable block dominates no reachable block");
    assertFalse(dom.dominates(dead, entry));
    assertNull(dom.immediateDominator(dead));
    assertTrue(dom.dominates(x, useInDead), "a reachable value dominates uses in unreachable blocks");
    assertTrue(dom.dominates(y, useInDead));
    ir.at(live);
    Operation useInLive = ir.use(y);
    useInLive.moveBefore(liveRet);
    assertFalse(dom.dominates(y, useInLive));
  }

  @Test
  void blocksOfDifferentRegionsAreNotComparable() {
    Operation f = ir.func("f"), g = ir.func("g");
    assertThrows(IllegalArgumentException.class, () -> dom.dominates(CoreIr.entry(f), CoreIr.entry(g)));
  }

  @Test
  void valuesInOneBlock() {
    Operation f = ir.func("f", I32);
    Value arg = CoreIr.entry(f).argument(0);
    Value a = ir.constant(1);
    Operation user = ir.use(a, arg);
    Value b = ir.constant(2);
    assertTrue(dom.dominates(a, user));
    assertTrue(dom.dominates(arg, user));
    assertTrue(dom.dominates(arg, a.definingOp()), "a block argument dominates the whole block");
    assertFalse(dom.dominates(b, user), "a later value does not dominate");
    assertFalse(dom.dominates(a, a.definingOp()), "a result does not dominate its own op");
  }

  @Test
  void valuesAcrossBlocks() {
    Operation f = ir.func("f");
    Block left = CoreIr.addBlock(f, I32), right = CoreIr.addBlock(f), merge = CoreIr.addBlock(f);
    Value x = ir.constant(1);
    ir.br(List.of(left, right), x);
    ir.at(left);
    Value inLeft = ir.constant(2);
    ir.br(merge);
    ir.at(right);
    ir.br(merge);
    ir.at(merge);
    Operation user = ir.use(x, inLeft, left.argument(0));
    ir.ret();
    assertTrue(dom.dominates(x, user));
    assertFalse(dom.dominates(inLeft, user));
    assertFalse(dom.dominates(left.argument(0), user));
    assertTrue(dom.dominates(left.argument(0), left.last()));
  }

  @Test
  void valuesAcrossNestedRegions() {
    Operation f = ir.func("f");
    Value outer = ir.constant(1);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of(I32), I32);
    Value bodyArg = CoreIr.entry(exec).argument(0);
    Value inner = ir.constant(2);
    Operation map = ir.withRegion("ct.map", List.of(), List.of());
    Operation deepUser = ir.use(outer, inner, bodyArg);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(exec));
    ir.op("ct.yield", List.of(inner), List.of());
    ir.at(CoreIr.entry(f));
    Operation outerUser = ir.use(inner, exec.result());
    Value later = ir.constant(3);
    ir.ret();

    assertTrue(dom.dominates(outer, deepUser), "values of enclosing regions are visible inside");
    assertTrue(dom.dominates(inner, deepUser));
    assertTrue(dom.dominates(bodyArg, deepUser));
    assertTrue(dom.dominates(outer, map));
    assertFalse(dom.dominates(inner, outerUser), "values of a nested region are invisible outside");
    assertFalse(dom.dominates(exec.result(), deepUser), "a result is not visible inside its own op");
    assertTrue(dom.dominates(exec.result(), outerUser));
    assertFalse(dom.dominates(later, deepUser), "a value after the enclosing op does not dominate inside it");
    Operation otherFunc = ir.func("g");
    assertFalse(dom.dominates(outer, otherFunc), "a value does not reach an op of another tree");
  }

  @Test
  void graphRegionsHaveNoDominanceOrder() {
    ir.func("f");
    ir.withRegion("ct.graph", List.of(), List.of());
    Operation user = ir.use();
    Value later = ir.constant(1);
    ir.withRegion("zz.region", List.of(), List.of());
    Operation user2 = ir.use();
    Value later2 = ir.constant(2);
    assertTrue(dom.dominates(later, user), "uses may precede definitions in a graph region");
    assertTrue(dom.dominates(later2, user2), "regions of unregistered ops are graph regions");
    assertTrue(dom.dominates(later, user2), "a graph-region value is visible in regions nested anywhere in it");
    assertFalse(dom.dominates(later2, user), "but not outside its own region");
  }

  @Test
  void properDominanceOfOperations() {
    Operation f = ir.func("f");
    Block next = CoreIr.addBlock(f);
    Operation a = ir.use();
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Operation inside = ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(f));
    Operation b = ir.br(next);
    ir.at(next);
    Operation c = ir.ret();
    assertTrue(dom.properlyDominates(a, b));
    assertFalse(dom.properlyDominates(b, a));
    assertFalse(dom.properlyDominates(a, a), "an op does not properly dominate itself");
    assertTrue(dom.properlyDominates(a, inside), "an earlier op dominates ops nested in a later one");
    assertTrue(dom.properlyDominates(a, c), "across blocks through the dominator tree");
    assertFalse(dom.properlyDominates(c, a));
    assertFalse(dom.properlyDominates(inside, b), "a nested op does not dominate outside its region");
    assertFalse(dom.properlyDominates(exec, inside), "an op does not properly dominate what it encloses");
  }

  @Test
  void invalidateForgetsTheCfg() {
    Operation f = ir.func("f");
    Block a = CoreIr.addBlock(f), b = CoreIr.addBlock(f);
    Operation br = ir.br(a);
    ir.at(a);
    ir.br(b);
    ir.at(b);
    ir.ret();
    assertTrue(dom.dominates(a, b));
    br.setSuccessors(List.of(a, b));
    assertTrue(dom.dominates(a, b), "cached until invalidated");
    dom.invalidate();
    assertFalse(dom.dominates(a, b));
  }
}
