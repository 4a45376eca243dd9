package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.TinyIr.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsePassTest {
  @Test
  void multiResultOpsMergeWithAllTheirResults() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 1);
    Value x = f.argument(0);
    Operation p = ir.op("t.pair", List.of(x), List.of(I32, I32), 0);
    Operation q = ir.op("t.pair", List.of(x), List.of(I32, I32), 0);
    Operation use = ir.op("t.effect", List.of(p.result(0), p.result(1), q.result(0), q.result(1)), List.of(), 0);
    ir.run(new CsePass());
    assertEquals(List.of("t.pair", "t.effect"), TinyIr.names(f));
    assertEquals(List.of(p.result(0), p.result(1), p.result(0), p.result(1)), use.operands());
    assertEquals(1, ir.statistic("num-cse'd"));
  }

  @Test
  void operandOrderMattersUnlessCommutative() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 2);
    Value x = f.argument(0), y = f.argument(1);
    Value s1 = ir.op1("t.sub", x, y), s2 = ir.op1("t.sub", y, x), s3 = ir.op1("t.sub", x, y);
    Value a1 = ir.op1("t.add", x, y), a2 = ir.op1("t.add", y, x);
    Operation use = ir.op("t.effect", List.of(s1, s2, s3, a1, a2), List.of(), 0);
    ir.run(new CsePass());
    assertEquals(List.of(s1, s2, s1, a1, a1), use.operands());
  }

  @Test
  void pureOpsWithEquivalentRegionsMerge() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 1);
    Value x = f.argument(0);
    Operation m1 = map(ir, x, false), m2 = map(ir, x, false), m3 = map(ir, x, true);
    Operation use = ir.op("t.effect", List.of(m1.result(0), m2.result(0), m3.result(0)), List.of(), 0);
    ir.run(new CsePass());
    assertEquals(List.of(m1.result(0), m1.result(0), m3.result(0)), use.operands());
    assertEquals(List.of("t.map", "t.map", "t.effect"), TinyIr.names(f));
  }

  /** {@code t.map(x) ({^bb0(a): yield sub(a, x) or sub(x, a)})}, the inner op using an outer value. */
  private static Operation map(TinyIr ir, Value x, boolean swapped) {
    Operation m = ir.op("t.map", List.of(x), List.of(I32), 1);
    Block body = ir.b.createBlock(m.region(0), List.of(I32), Location.UNKNOWN);
    Value a = body.argument(0);
    Value d = swapped ? ir.op1("t.sub", x, a) : ir.op1("t.sub", a, x);
    ir.op("t.yield", List.of(d), List.of(), 0);
    ir.b.setInsertionPointToEnd(m.parentBlock());
    return m;
  }

  @Test
  void keptOpTakesTheLocationOfTheMergedOneWhenItHasNone() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 1);
    Value x = f.argument(0);
    Value a = ir.op1("t.sub", x, x), b = ir.op1("t.sub", x, x);
    b.definingOp().setLocation(Location.file("m.mlir", 3, 4));
    ir.op("t.effect", List.of(a, b), List.of(), 0);
    ir.run(new CsePass());
    assertEquals(Location.file("m.mlir", 3, 4), a.definingOp().location());
  }

  @Test
  void equivalenceHashIgnoresCommutativeOperandOrder() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 2);
    Operation a = ir.op1("t.add", f.argument(0), f.argument(1)).definingOp();
    Operation b = ir.op1("t.add", f.argument(1), f.argument(0)).definingOp();
    Operation s = ir.op1("t.sub", f.argument(0), f.argument(1)).definingOp();
    Operation t = ir.op1("t.sub", f.argument(1), f.argument(0)).definingOp();
    assertEquals(OperationEquivalence.hash(a), OperationEquivalence.hash(b));
    assertTrue(OperationEquivalence.isEquivalent(a, b));
    assertFalse(OperationEquivalence.isEquivalent(s, t));
    assertFalse(OperationEquivalence.isEquivalent(a, s));
  }

  @Test
  void unchangedIrReportsNothing() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 1);
    ir.op("t.effect", List.of(ir.op1("t.sub", f.argument(0), f.argument(0))), List.of(), 0);
    ir.run(new CsePass());
    assertEquals(0, ir.statistic("num-cse'd"));
    assertEquals(0, ir.statistic("num-dce'd"));
    assertEquals(List.of("t.sub", "t.effect"), TinyIr.names(f));
  }
}
