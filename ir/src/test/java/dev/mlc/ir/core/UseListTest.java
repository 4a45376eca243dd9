package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static dev.mlc.ir.core.CoreIr.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.OpResult;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Use lists of values: what creating, re-pointing, replacing and erasing operands does to them. */
class UseListTest {
  private final CoreIr ir = new CoreIr();

  @Test
  void createRegistersOneUsePerOperandMostRecentFirst() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation x = ir.add(a, c).definingOp();
    Operation y = ir.add(a, a).definingOp();
    assertEquals(3, a.useCount());
    assertEquals(List.of(y.opOperand(1), y.opOperand(0), x.opOperand(0)), a.useList());
    assertEquals(List.of(y, x), a.users(), "users are distinct");
    assertTrue(c.hasOneUse());
    assertFalse(a.hasOneUse());
    OpOperand second = x.opOperand(1);
    assertSame(x, second.owner());
    assertEquals(1, second.index());
    assertSame(c, second.get());
    assertFalse(y.result().hasUses());
    assertTrue(y.useEmpty());
    assertEquals(0, y.result().useCount());
    assertEquals(List.of(), y.result().users());
  }

  @Test
  void resultsAndArgumentsKnowTheirOwners() {
    Operation f = ir.func("f", I32, I64);
    BlockArgument arg = CoreIr.entry(f).argument(1);
    Operation pair = ir.op("ct.use", List.of(arg), List.of(I32, I64));
    OpResult r1 = pair.result(1);
    assertSame(pair, r1.owner());
    assertSame(pair, r1.definingOp());
    assertEquals(1, r1.index());
    assertSame(CoreIr.entry(f), r1.parentBlock());
    assertSame(f.region(0), r1.parentRegion());
    assertEquals(pair.location(), r1.location());
    assertNull(arg.definingOp());
    assertSame(CoreIr.entry(f), arg.owner());
    assertEquals(1, arg.index());
    assertEquals(I64, arg.type());
    assertThrows(IllegalStateException.class, pair::result, "result() needs exactly one result");
    r1.setType(I32);
    assertEquals(List.of(I32, I32), pair.resultTypes());
  }

  @Test
  void setOperandMovesTheUse() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation x = ir.add(a, c).definingOp();
    x.setOperand(1, a);
    assertFalse(c.hasUses());
    assertEquals(2, a.useCount());
    assertEquals(List.of(a, a), x.operands());
    x.setOperand(1, a);
    assertEquals(2, a.useCount(), "setting the same value again changes nothing");
    assertThrows(NullPointerException.class, () -> x.setOperand(0, null));
  }

  @Test
  void setOperandsReplacesTheWholeListAndItsUses() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation u = ir.use(a, c);
    u.setOperands(List.of(c, c, c));
    assertEquals(3, u.numOperands());
    assertFalse(a.hasUses());
    assertEquals(3, c.useCount());
    for (int i = 0; i < 3; i++) {
      assertEquals(i, u.opOperand(i).index());
      assertSame(u, u.opOperand(i).owner());
    }
    u.setOperands(List.of());
    assertEquals(0, u.numOperands());
    assertFalse(c.hasUses());
  }

  @Test
  void replaceAllUsesWithMovesEveryUse() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation x = ir.add(a, a).definingOp(), y = ir.use(a, c);
    a.replaceAllUsesWith(c);
    assertFalse(a.hasUses());
    assertEquals(List.of(c, c), x.operands());
    assertEquals(List.of(c, c), y.operands());
    assertEquals(4, c.useCount());
    c.replaceAllUsesWith(c);
    assertEquals(4, c.useCount(), "replacing a value by itself keeps its uses");
  }

  @Test
  void replaceAllUsesWithWhileIteratingTheUses() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    ir.use(a, a, a);
    for (OpOperand u : a.uses()) u.set(c);
    assertFalse(a.hasUses());
    assertEquals(3, c.useCount());
  }

  @Test
  void replaceUsesWithIfOnlyReplacesSelectedUses() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation x = ir.use(a, a), y = ir.use(a);
    a.replaceUsesWithIf(c, u -> u.index() == 0);
    assertEquals(List.of(c, a), x.operands());
    assertEquals(List.of(c), y.operands());
    assertEquals(List.of(x.opOperand(1)), a.useList());
  }

  @Test
  void replaceAllUsesExceptKeepsTheExceptedOwner() {
    ir.func("f");
    Value a = ir.constant(1), c = ir.constant(2);
    Operation x = ir.use(a, a), y = ir.use(a);
    a.replaceAllUsesExcept(c, x);
    assertEquals(List.of(a, a), x.operands());
    assertEquals(List.of(c), y.operands());
    assertEquals(List.of(x), a.users());
  }

  @Test
  void operationReplaceAllUsesWithTakesOneValuePerResult() {
    Operation f = ir.func("f", I32, I64);
    Operation pair = ir.op("ct.use", List.of(), List.of(I32, I64));
    Operation user = ir.use(pair.result(1), pair.result(0), pair.result(1));
    Block entry = CoreIr.entry(f);
    pair.replaceAllUsesWith(List.of(entry.argument(0), entry.argument(1)));
    assertTrue(pair.useEmpty());
    assertEquals(List.of(entry.argument(1), entry.argument(0), entry.argument(1)), user.operands());
    var e = assertThrows(IllegalArgumentException.class, () -> pair.replaceAllUsesWith(List.of(entry.argument(0))));
    assertEquals("expected 2 replacement values", e.getMessage());
  }

  @Test
  void eraseThrowsWhileResultsAreUsed() {
    Operation f = ir.func("f");
    Value a = ir.constant(1);
    Operation u = ir.use(a);
    var e = assertThrows(IllegalStateException.class, () -> a.definingOp().erase());
    assertEquals("cannot erase 'ct.const': its results still have uses", e.getMessage());
    assertSame(CoreIr.entry(f), a.definingOp().parentBlock(), "a failed erase leaves the op in place");
    u.erase();
    assertNull(u.parentBlock());
    assertFalse(a.hasUses(), "erasing an op drops its operands' uses");
    a.definingOp().erase();
    assertEquals(List.of(), CoreIr.names(CoreIr.entry(f)));
  }

  @Test
  void dropAllReferencesReachesNestedOpsAndSuccessors() {
    Operation f = ir.func("f");
    Value a = ir.constant(1);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    ir.use(a, a);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(f));
    Block next = CoreIr.addBlock(f);
    Operation br = ir.br(next);
    assertEquals(2, a.useCount());
    assertTrue(next.hasPredecessors());
    exec.dropAllReferences();
    assertFalse(a.hasUses());
    assertNull(CoreIr.entry(exec).first().operand(0), "dropped operands are null");
    br.dropAllReferences();
    assertFalse(next.hasPredecessors());
    assertNull(br.successor(0));
  }

  @Test
  void usersAreDistinctEvenWithRepeatedOperands() {
    ir.func("f");
    Value a = ir.constant(1);
    Operation u = ir.use(a, a, a);
    assertEquals(3, a.useCount());
    assertEquals(List.of(u), a.users());
  }

  /**
   * Random edits (setOperand, setOperands, replaceAllUsesWith, replaceUsesWithIf, erase) keep every
   * use list exactly equal to the operands that point at the value.
   */
  @Property(tries = 200)
  void useListsMirrorOperandsAfterRandomEdits(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9999) Integer> script) {
    CoreIr t = new CoreIr();
    Block entry = CoreIr.entry(t.func("f", I32, I32));
    List<Value> values = new ArrayList<>(entry.arguments());
    for (int i = 0; i < 3; i++) values.add(t.constant(i));
    List<Operation> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) users.add(t.use(values.get(i), values.get(i + 1)));
    users.add(t.op("ct.use", List.of(values.get(0)), List.of(I32)));
    values.add(users.get(4).result());
    for (int step : script) {
      Operation u = users.get(step % users.size());
      Value v = values.get(step / 7 % values.size());
      Value w = values.get(step / 11 % values.size());
      switch (step / 3 % 6) {
        case 0, 1 -> {
          if (u.numOperands() > 0) u.setOperand(step / 13 % u.numOperands(), v);
        }
        case 2 -> u.setOperands(List.of(v, w, v, w).subList(0, step / 17 % 5));
        case 3 -> w.replaceAllUsesWith(v);
        case 4 -> w.replaceUsesWithIf(v, o -> (o.index() + step) % 2 == 0);
        default -> w.replaceAllUsesExcept(v, u);
      }
    }
    for (Value v : values) {
      Set<OpOperand> expected = new HashSet<>();
      for (Operation u : users) for (int i = 0; i < u.numOperands(); i++) if (u.operand(i) == v) expected.add(u.opOperand(i));
      List<OpOperand> uses = v.useList();
      assertEquals(expected.size(), uses.size(), "no use is listed twice or missing");
      assertEquals(expected, new HashSet<>(uses));
      assertEquals(uses.size(), v.useCount());
      for (OpOperand o : uses) assertSame(v, o.get());
    }
    for (Operation u : users) if (u.useEmpty()) u.erase();
    for (Value v : values) for (OpOperand o : v.useList()) assertTrue(o.owner().parentBlock() != null, "erased ops hold no uses");
  }
}
