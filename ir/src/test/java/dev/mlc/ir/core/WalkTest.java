package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.WalkResult;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three walks: post-order, pre-order and interruptible, including erasure of the visited op. */
class WalkTest {
  private final CoreIr ir = new CoreIr();
  private Operation func;

  /**
   * <pre>
   * ct.func @f {                  // f
   *   a                           // ct.use {n = 0}
   *   ct.exec {                   // x
   *     ^0: b; ct.br ^1           // ct.use {n = 1}
   *     ^1: ct.map { c; yield }   // m, ct.use {n = 2}
   *         ct.yield
   *   }
   *   d; ct.ret                   // ct.use {n = 3}
   * }
   * </pre>
   */
  @BeforeEach
  void build() {
    func = ir.func("f");
    tagged(0);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    tagged(1);
    var second = CoreIr.addBlock(exec);
    ir.br(second);
    ir.at(second);
    ir.withRegion("ct.map", List.of(), List.of());
    tagged(2);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(second);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(func));
    tagged(3);
    ir.ret();
  }

  private void tagged(int n) { ir.op("ct.use", List.of(), List.of(), List.of(), 0, new NamedAttribute("n", IntegerAttr.of(CoreIr.I32, n))); }

  private static String label(Operation o) {
    return o.attr("n") instanceof IntegerAttr n ? "use" + n.longValue() : o.name().substring(3);
  }

  @Test
  void postOrderVisitsNestedOpsBeforeTheirParent() {
    List<String> seen = new ArrayList<>();
    func.walk(o -> seen.add(label(o)));
    assertEquals(List.of("use0", "use1", "br", "use2", "yield", "map", "yield", "exec", "use3", "ret", "func"), seen);
  }

  @Test
  void preOrderVisitsParentsFirst() {
    List<String> seen = new ArrayList<>();
    func.walkPreOrder(o -> seen.add(label(o)));
    assertEquals(List.of("func", "use0", "exec", "use1", "br", "map", "use2", "yield", "yield", "use3", "ret"), seen);
  }

  @Test
  void skipLeavesOutTheRegionsOfThatOpOnly() {
    List<String> seen = new ArrayList<>();
    WalkResult r = func.walkInterruptible(o -> {
      seen.add(label(o));
      return o.isa("ct.exec") ? WalkResult.SKIP : WalkResult.ADVANCE;
    });
    assertEquals(WalkResult.ADVANCE, r);
    assertEquals(List.of("func", "use0", "exec", "use3", "ret"), seen);
  }

  @Test
  void interruptStopsTheWholeWalk() {
    List<String> seen = new ArrayList<>();
    WalkResult r = func.walkInterruptible(o -> {
      seen.add(label(o));
      return label(o).equals("use2") ? WalkResult.INTERRUPT : WalkResult.ADVANCE;
    });
    assertEquals(WalkResult.INTERRUPT, r);
    assertEquals(List.of("func", "use0", "exec", "use1", "br", "map", "use2"), seen);
  }

  @Test
  void interruptOnTheRootReturnsAtOnce() {
    List<String> seen = new ArrayList<>();
    assertEquals(WalkResult.INTERRUPT, func.walkInterruptible(o -> {
      seen.add(label(o));
      return WalkResult.INTERRUPT;
    }));
    assertEquals(List.of("func"), seen);
  }

  @Test
  void postOrderWalkMayEraseTheVisitedOp() {
    List<String> seen = new ArrayList<>();
    func.walk(o -> {
      seen.add(label(o));
      if (o.isa("ct.use")) o.erase();
    });
    assertEquals(List.of("use0", "use1", "br", "use2", "yield", "map", "yield", "exec", "use3", "ret", "func"), seen);
    List<String> left = new ArrayList<>();
    func.walk(o -> left.add(label(o)));
    assertEquals(List.of("br", "yield", "map", "yield", "exec", "ret", "func"), left);
  }

  @Test
  void postOrderWalkMayEraseAnOpWithRegions() {
    func.walk(o -> {
      if (o.isa("ct.map")) o.erase();
    });
    assertTrue(CoreIr.find(func, "ct.map").isEmpty());
    assertEquals(3, CoreIr.find(func, "ct.use").size());
  }

  @Test
  void interruptibleWalkMayEraseTheVisitedOpWhenItSkipsIt() {
    List<String> seen = new ArrayList<>();
    func.walkInterruptible(o -> {
      seen.add(label(o));
      if (o.isa("ct.exec")) {
        o.erase();
        return WalkResult.SKIP;
      }
      return WalkResult.ADVANCE;
    });
    assertEquals(List.of("func", "use0", "exec", "use3", "ret"), seen);
    assertEquals(List.of("ct.use", "ct.use", "ct.ret"), CoreIr.names(CoreIr.entry(func)));
  }

  @Test
  void preOrderWalkMayEraseALeafItVisits() {
    List<String> seen = new ArrayList<>();
    func.walkPreOrder(o -> {
      seen.add(label(o));
      if (o.isa("ct.use")) o.erase();
    });
    assertEquals(List.of("func", "use0", "exec", "use1", "br", "map", "use2", "yield", "yield", "use3", "ret"), seen);
    assertTrue(CoreIr.find(func, "ct.use").isEmpty());
  }

  @Test
  void regionWalksCoverEveryBlock() {
    Operation exec = CoreIr.find(func, "ct.exec").get(0);
    List<String> post = new ArrayList<>(), pre = new ArrayList<>();
    exec.region(0).walk(o -> post.add(label(o)));
    exec.region(0).walkPreOrder(o -> pre.add(label(o)));
    assertEquals(List.of("use1", "br", "use2", "yield", "map", "yield"), post);
    assertEquals(List.of("use1", "br", "map", "use2", "yield", "yield"), pre);
  }
}
