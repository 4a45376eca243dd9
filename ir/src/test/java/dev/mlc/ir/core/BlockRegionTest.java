package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static dev.mlc.ir.core.CoreIr.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.BlockOperand;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Value;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Blocks and regions: op lists, order queries, splitting and merging, arguments, CFG edges, moving bodies. */
class BlockRegionTest {
  private final CoreIr ir = new CoreIr();

  private Operation detached(String name) {
    return Operation.create(ir.ctx.opName(name), Location.UNKNOWN, List.of(), List.of(), null, null, List.of(), 0);
  }

  @Test
  void insertBeforeAfterAppendPrepend() {
    Block blk = new Block();
    Operation a = detached("ct.a"), b = detached("ct.b"), c = detached("ct.c"), d = detached("ct.d"), e = detached("ct.e");
    blk.append(b);
    blk.prepend(a);
    blk.append(d);
    blk.insertBefore(c, d);
    blk.insertAfter(e, d);
    assertEquals(List.of("ct.a", "ct.b", "ct.c", "ct.d", "ct.e"), CoreIr.names(blk));
    assertEquals(5, blk.size());
    assertSame(a, blk.first());
    assertSame(e, blk.last());
    assertSame(c, b.nextOp());
    assertSame(b, c.prevOp());
    assertNull(a.prevOp());
    assertNull(e.nextOp());
    assertSame(blk, c.parentBlock());
  }

  @Test
  void insertingAnAttachedOpOrAtAForeignPointThrows() {
    Block one = new Block(), two = new Block();
    Operation a = detached("ct.a"), b = detached("ct.b");
    one.append(a);
    assertThrows(IllegalStateException.class, () -> two.append(a));
    assertThrows(IllegalArgumentException.class, () -> two.insertBefore(b, a));
    assertNull(b.parentBlock());
  }

  @Test
  void removeDetachesWithoutDestroying() {
    ir.func("f");
    Value x = ir.constant(1);
    Operation u = ir.use(x);
    Block entry = u.parentBlock();
    u.remove();
    assertNull(u.parentBlock());
    assertNull(u.prevOp());
    assertEquals(1, entry.size());
    assertSame(x, u.operand(0), "a removed op keeps its operands");
    assertTrue(x.hasUses());
    entry.prepend(u);
    assertEquals(List.of("ct.use", "ct.const"), CoreIr.names(entry));
  }

  @Test
  void moveBeforeAndAfterAcrossBlocks() {
    Operation f = ir.func("f");
    Operation a = ir.use(), b = ir.use();
    Block other = CoreIr.addBlock(f);
    ir.at(other);
    Operation c = ir.use();
    a.moveAfter(c);
    assertEquals(List.of(b), CoreIr.entry(f).operations());
    assertEquals(List.of(c, a), other.operations());
    b.moveBefore(c);
    assertEquals(List.of(b, c, a), other.operations());
    assertTrue(CoreIr.entry(f).isEmpty());
  }

  @Test
  void isBeforeInBlockFollowsInsertionsAfterOrderIsCached() {
    Block blk = new Block();
    Operation a = detached("ct.a"), b = detached("ct.b"), c = detached("ct.c"), d = detached("ct.d");
    blk.append(a);
    blk.append(c);
    assertTrue(a.isBeforeInBlock(c));
    blk.insertBefore(b, c);
    assertTrue(a.isBeforeInBlock(b));
    assertTrue(b.isBeforeInBlock(c));
    assertFalse(c.isBeforeInBlock(b));
    blk.append(d);
    assertTrue(c.isBeforeInBlock(d));
    assertTrue(b.isBeforeInBlock(d));
    a.remove();
    blk.append(a);
    assertTrue(d.isBeforeInBlock(a));
    assertFalse(a.isBeforeInBlock(b));
    b.moveBefore(a);
    assertTrue(d.isBeforeInBlock(b));
    assertTrue(b.isBeforeInBlock(a));
    assertEquals(List.of("ct.c", "ct.d", "ct.b", "ct.a"), CoreIr.names(blk));
    assertFalse(a.isBeforeInBlock(a), "an op is not before itself");
    assertThrows(IllegalArgumentException.class, () -> a.isBeforeInBlock(detached("ct.x")));
  }

  /** isBeforeInBlock agrees with the list order after any sequence of inserts, moves and removals. */
  @Property(tries = 150)
  void isBeforeInBlockAgreesWithListOrder(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 9999) Integer> script) {
    CoreIr t = new CoreIr();
    Block blk = new Block();
    List<Operation> model = new ArrayList<>();
    for (int step : script) {
      int kind = step % 4;
      if (kind <= 1 || model.size() < 2) {
        Operation op = Operation.create(t.ctx.opName("ct.op" + model.size()), Location.UNKNOWN, List.of(), List.of(), null, null,
            List.of(), 0);
        int at = step / 4 % (model.size() + 1);
        blk.insertBefore(op, at == model.size() ? null : model.get(at));
        model.add(at, op);
      } else if (kind == 2) {
        Operation op = model.remove(step / 4 % model.size());
        Operation anchor = model.get(step / 7 % model.size());
        if (step % 8 < 4) {
          op.moveBefore(anchor);
          model.add(model.indexOf(anchor), op);
        } else {
          op.moveAfter(anchor);
          model.add(model.indexOf(anchor) + 1, op);
        }
      } else {
        model.remove(step / 4 % model.size()).remove();
      }
      assertEquals(model, blk.operations());
      int i = step % model.size(), j = step / 5 % model.size();
      assertEquals(i < j, model.get(i).isBeforeInBlock(model.get(j)), "isBeforeInBlock of #" + i + " and #" + j);
    }
  }

  @Test
  void splitBeforeMovesTheTailIntoANewBlockRightAfter() {
    Operation f = ir.func("f");
    Operation a = ir.use(), b = ir.use(), c = ir.ret();
    Block tail0 = CoreIr.addBlock(f);
    Block entry = CoreIr.entry(f);
    assertTrue(a.isBeforeInBlock(c));
    Block tail = entry.splitBefore(b);
    assertEquals(List.of(entry, tail, tail0), f.region(0).blocks());
    assertEquals(List.of(a), entry.operations());
    assertEquals(List.of(b, c), tail.operations());
    assertSame(tail, c.parentBlock());
    assertEquals(0, tail.numArguments());
    assertTrue(b.isBeforeInBlock(c));
    assertEquals(1, tail.indexInRegion());
    assertSame(c, tail.terminator());
    assertNull(entry.terminator());
  }

  @Test
  void takeOperationsAppendsAllOpsAndLeavesArguments() {
    Operation f = ir.func("f");
    Operation a = ir.use();
    Block src = CoreIr.addBlock(f, I32);
    ir.at(src);
    Operation b = ir.use(src.argument(0)), c = ir.ret();
    CoreIr.entry(f).takeOperations(src);
    assertEquals(List.of(a, b, c), CoreIr.entry(f).operations());
    assertTrue(src.isEmpty());
    assertEquals(0, src.size());
    assertEquals(1, src.numArguments());
    assertSame(src.argument(0), b.operand(0), "uses of the arguments are not rewritten");
  }

  @Test
  void blockArgumentsAddInsertEraseRenumber() {
    Block blk = new Block();
    BlockArgument a = blk.addArgument(I32, Location.UNKNOWN);
    BlockArgument c = blk.addArgument(I64, Location.file("x", 1, 2));
    BlockArgument b = blk.insertArgument(1, I64, null);
    assertEquals(List.of(a, b, c), blk.arguments());
    assertEquals(List.of(0, 1, 2), blk.arguments().stream().map(BlockArgument::index).toList());
    assertEquals(List.of(I32, I64, I64), blk.argumentTypes());
    assertEquals(Location.UNKNOWN, b.location());
    assertEquals(Location.file("x", 1, 2), c.location());
    blk.eraseArgument(0);
    assertEquals(List.of(b, c), blk.arguments());
    assertEquals(0, b.index());
    assertEquals(1, c.index());
    blk.append(Operation.create(ir.ctx.opName("ct.use"), null, List.of(c), List.of(), null, null, List.of(), 0));
    var e = assertThrows(IllegalStateException.class, () -> blk.eraseArgument(1));
    assertEquals("cannot erase a block argument that has uses", e.getMessage());
    assertEquals(2, blk.numArguments());
    assertThrows(UnsupportedOperationException.class, () -> blk.arguments().clear());
  }

  @Test
  void predecessorsAndSuccessorsThroughBlockOperands() {
    Operation f = ir.func("f");
    Block entry = CoreIr.entry(f), left = CoreIr.addBlock(f), right = CoreIr.addBlock(f), exit = CoreIr.addBlock(f);
    Operation cond = ir.br(List.of(left, right));
    ir.at(left);
    Operation fromLeft = ir.br(exit);
    ir.at(right);
    Operation fromRight = ir.br(List.of(exit, exit));
    ir.at(exit);
    ir.ret();
    assertEquals(List.of(left, right), entry.successors());
    assertEquals(List.of(cond), left.predecessors());
    assertEquals(3, exit.predecessors().size(), "one entry per edge");
    assertEquals(1, exit.predecessors().stream().filter(p -> p == fromLeft).count());
    assertEquals(2, exit.predecessors().stream().filter(p -> p == fromRight).count());
    assertFalse(entry.hasPredecessors());
    assertEquals(List.of(), exit.successors());
    BlockOperand edge = fromRight.blockOperand(1);
    assertSame(fromRight, edge.owner());
    assertEquals(1, edge.index());
    assertSame(exit, edge.get());
    fromRight.setSuccessor(1, left);
    assertEquals(2, exit.predecessors().size());
    assertEquals(2, left.predecessors().size());
    fromRight.setSuccessors(List.of(right));
    assertEquals(List.of(fromLeft), exit.predecessors());
    assertEquals(List.of(fromRight), right.predecessors().stream().filter(p -> p == fromRight).toList());
    fromLeft.erase();
    assertFalse(exit.hasPredecessors(), "erasing a terminator removes its edges");
    assertTrue(entry.isEntryBlock());
    assertFalse(exit.isEntryBlock());
  }

  @Test
  void settingASuccessorToItsCurrentBlockKeepsOneEdge() {
    Operation f = ir.func("f");
    Block next = CoreIr.addBlock(f);
    Operation br = ir.br(next);
    br.setSuccessor(0, next);
    assertEquals(List.of(br), next.predecessors());
  }

  @Test
  void regionCloneIntoCopiesBlocksArgumentsAndEdges() {
    Operation f = ir.func("f", I32);
    Value outer = ir.constant(9);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of(), I32);
    Block first = CoreIr.entry(exec), second = CoreIr.addBlock(exec, I32);
    Value sum = ir.add(first.argument(0), outer);
    ir.br(List.of(second), sum);
    ir.at(second);
    ir.use(second.argument(0), CoreIr.entry(f).argument(0));
    ir.op("ct.yield", List.of(), List.of());

    ir.at(CoreIr.entry(f));
    Operation target = ir.op("ct.exec", List.of(), List.of(), List.of(), 1);
    IRMapping m = new IRMapping();
    exec.region(0).cloneInto(target.region(0), m);
    Region r = target.region(0);
    assertEquals(2, r.numBlocks());
    Block c1 = r.block(0), c2 = r.block(1);
    assertNotSame(first, c1);
    assertSame(c1, m.lookupOrDefault(first));
    assertSame(c1.argument(0), m.lookupOrDefault(first.argument(0)));
    assertEquals(List.of(I32), c2.argumentTypes());
    Operation clonedAdd = c1.first();
    assertSame(c1.argument(0), clonedAdd.operand(0), "values inside are remapped");
    assertSame(outer, clonedAdd.operand(1), "values defined outside are kept");
    assertEquals(List.of(c2), c1.successors());
    assertSame(clonedAdd.result(), c1.last().operand(0));
    assertSame(CoreIr.entry(f).argument(0), c2.first().operand(1));
    assertEquals(List.of(first, second), exec.region(0).blocks(), "the source is untouched");
    assertEquals(2, outer.useCount(), "the clone adds one use of the outer value");
    assertEquals(CoreIr.dump(exec).substring(CoreIr.dump(exec).indexOf('{')),
        CoreIr.dump(target).substring(CoreIr.dump(target).indexOf('{')), "the same structure");
  }

  @Test
  void takeBodyMovesEveryBlock() {
    Operation f = ir.func("f");
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Operation y = ir.op("ct.yield", List.of(), List.of());
    Block second = CoreIr.addBlock(exec);
    ir.at(CoreIr.entry(f));
    Operation target = ir.op("ct.exec", List.of(), List.of(), List.of(), 1);
    Block moved = CoreIr.entry(exec);
    target.region(0).takeBody(exec.region(0));
    assertTrue(exec.region(0).isEmpty());
    assertEquals(List.of(moved, second), target.region(0).blocks());
    assertSame(target.region(0), moved.parent());
    assertSame(target, y.parentOp());
    assertThrows(IllegalStateException.class, () -> target.region(0).takeBody(exec.region(0)), "the destination must be empty");
  }

  @Test
  void blockEraseDropsTheUsesItHolds() {
    Operation f = ir.func("f");
    Value x = ir.constant(1);
    Block dead = CoreIr.addBlock(f);
    ir.at(dead);
    ir.use(x);
    ir.br(dead);
    dead.erase();
    assertFalse(x.hasUses());
    assertEquals(List.of(CoreIr.entry(f)), f.region(0).blocks());
    assertNull(dead.parent());
    assertEquals(-1, dead.indexInRegion());
  }

  @Test
  void blockIteratorToleratesErasingTheCurrentOp() {
    ir.func("f");
    for (int i = 0; i < 4; i++) ir.use();
    Block entry = ir.b.insertionBlock();
    int seen = 0;
    for (Operation o : entry) {
      seen++;
      o.erase();
    }
    assertEquals(4, seen);
    assertTrue(entry.isEmpty());
  }
}
