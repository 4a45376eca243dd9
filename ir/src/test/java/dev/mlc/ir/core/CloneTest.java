package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mlc.ir.Block;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.StringAttr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep copies through {@link IRMapping}: what is remapped, what is kept, what the mapping records. */
class CloneTest {
  private final CoreIr ir = new CoreIr();

  @Test
  void nestedRegionsAreCopiedWithInsideValuesRemappedAndOutsideValuesKept() {
    Operation f = ir.func("f", I32);
    Value arg = CoreIr.entry(f).argument(0);
    Value outer = ir.constant(5);
    Operation exec = ir.withRegion("ct.exec", List.of(outer), List.of(I32), I32);
    Value inner = ir.add(CoreIr.entry(exec).argument(0), outer);
    Operation map = ir.withRegion("ct.map", List.of(inner), List.of(I32), I32);
    Value deep = ir.add(CoreIr.entry(map).argument(0), inner);
    ir.use(deep, arg);
    ir.op("ct.yield", List.of(deep), List.of());
    ir.at(CoreIr.entry(exec));
    ir.op("ct.yield", List.of(map.result()), List.of());
    exec.setAttr("tag", StringAttr.of("x"));

    String before = CoreIr.dump(f);
    IRMapping m = new IRMapping();
    Operation copy = exec.clone(m);
    assertNull(copy.parentBlock(), "a clone is detached");
    assertEquals(before, CoreIr.dump(f), "the original is unchanged");
    assertEquals(CoreIr.dump(exec), CoreIr.dump(copy));
    assertSame(outer, copy.operand(0));
    assertEquals(StringAttr.of("x"), copy.attr("tag"));

    Block copyBody = CoreIr.entry(copy);
    Operation copyAdd = copyBody.first();
    assertSame(copyBody.argument(0), copyAdd.operand(0));
    assertSame(outer, copyAdd.operand(1));
    Operation copyMap = copyAdd.nextOp();
    assertSame(copyAdd.result(), copyMap.operand(0), "values of the cloned region are remapped");
    Operation copyDeep = CoreIr.entry(copyMap).first();
    assertSame(CoreIr.entry(copyMap).argument(0), copyDeep.operand(0));
    assertSame(copyAdd.result(), copyDeep.operand(1), "a nested region sees the cloned outer-region value");
    assertSame(arg, copyDeep.nextOp().operand(1), "values defined above the cloned op are kept");
    assertSame(copyMap.result(), copyBody.last().operand(0));

    assertSame(copy.result(), m.lookupOrDefault(exec.result()));
    assertSame(copyDeep.result(), m.lookupOrNull(deep));
    assertSame(copyBody, m.lookupOrDefault(CoreIr.entry(exec)));
    assertSame(outer, m.lookupOrDefault(outer));
    assertNull(m.lookupOrNull(outer));
    assertEquals(4, outer.useCount(), "the clone holds its own uses of outer values");
  }

  @Test
  void aPrefilledMappingRedirectsOperands() {
    Operation f = ir.func("f", I32, I32);
    Block entry = CoreIr.entry(f);
    Operation use = ir.use(entry.argument(0), entry.argument(1));
    IRMapping m = new IRMapping();
    m.map(entry.argument(0), entry.argument(1));
    Operation copy = use.clone(m);
    assertEquals(List.of(entry.argument(1), entry.argument(1)), copy.operands());
  }

  @Test
  void successorsInsideTheClonedOpAreRemappedAndOutsideOnesKept() {
    Operation f = ir.func("f");
    Block exitBlock = CoreIr.addBlock(f);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Block second = CoreIr.addBlock(exec);
    ir.br(second);
    ir.at(second);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(f));
    Operation out = ir.br(exitBlock);

    Operation copy = exec.clone();
    assertSame(copy.region(0).block(1), CoreIr.entry(copy).last().successor(0));
    assertEquals(List.of(CoreIr.entry(exec).last()), second.predecessors(), "the original block keeps only its own edge");
    Operation outCopy = out.clone();
    assertSame(exitBlock, outCopy.successor(0), "a successor outside the clone is kept");
    assertEquals(2, exitBlock.predecessors().size());
  }

  /**
   * A block may use a value defined in a block that comes later in the region's block list (the
   * later block dominates it through the CFG): the clone must use the cloned value.
   */
  @Test
  void forwardReferencesAcrossBlocksAreRemapped() {
    Operation f = ir.func("f");
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Block entry = CoreIr.entry(exec), useBlock = CoreIr.addBlock(exec), defBlock = CoreIr.addBlock(exec);
    ir.br(defBlock);
    ir.at(defBlock);
    Value x = ir.constant(3);
    ir.br(useBlock);
    ir.at(useBlock);
    Operation use = ir.use(x);
    ir.op("ct.yield", List.of(), List.of());
    assertEquals(List.of(entry, useBlock, defBlock), exec.region(0).blocks());

    IRMapping m = new IRMapping();
    Operation copy = exec.clone(m);
    Operation copiedUse = copy.region(0).block(1).first();
    assertSame(copy.region(0).block(2).first().result(), copiedUse.operand(0));
    assertNotSame(use, copiedUse);
    assertEquals(1, x.useCount(), "the original value is used only by the original op");
    assertEquals(CoreIr.dump(exec), CoreIr.dump(copy));
    ir.at(CoreIr.entry(f));
    ir.ret();
  }

  /** In a graph region an op may use a value defined after it in the same block. */
  @Test
  void forwardReferencesInGraphRegionsAreRemapped() {
    ir.func("f");
    Operation graph = ir.withRegion("ct.graph", List.of(), List.of());
    Operation user = ir.op("ct.use", List.of(), List.of());
    Value later = ir.constant(1);
    user.setOperands(List.of(later));
    Operation copy = graph.clone();
    Operation copiedUser = CoreIr.entry(copy).first();
    assertSame(CoreIr.entry(copy).last().result(), copiedUser.operand(0));
    assertEquals(1, later.useCount());
  }
}
