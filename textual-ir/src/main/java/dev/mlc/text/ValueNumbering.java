package dev.mlc.text;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.OpResult;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import java.util.ArrayDeque;

/**
 * Names the values and blocks below an op as MLIR's printer does: op results {@code %N} (one
 * number per op, {@code %N#i} for multi-result ops), entry-block arguments {@code %argN}, other
 * block arguments {@code %N}, blocks {@code ^bbN} per region. A region's numbers are released when
 * it ends; isolated-from-above ops start again from zero.
 */
final class ValueNumbering {
  interface NameSink {
    void write(String prefix, long id, int resultNo);
  }

  private final IdentityIntMap ids = new IdentityIntMap();

  ValueNumbering(Operation root) {
    // Iterative pre-order walk; each frame numbers one region.
    int nextValue = 0, nextArg = 0;
    if (root.numResults() > 0) ids.put(root, nextValue++);
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    pushRegions(stack, root, nextValue, nextArg);
    while (!stack.isEmpty()) {
      Object[] f = stack.pop();
      Region r = (Region) f[0];
      int v = (int) f[1], a = (int) f[2];
      int blockNo = 0;
      for (Block b : r.blocks()) {
        ids.put(b, blockNo++);
        boolean entry = b == r.front();
        for (BlockArgument arg : b.arguments()) ids.put(arg, entry ? a++ : v++);
      }
      // Ops in order; nested regions are numbered after this region's ops would be, but with the
      // counters as they stand at the op (MLIR numbers depth-first; the numbers a nested region
      // uses are released afterwards, so only the starting point matters).
      for (Block b : r.blocks()) {
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (o.numResults() > 0) ids.put(o, v++);
          if (o.numRegions() > 0) pushRegions(stack, o, v, a);
        }
      }
    }
  }

  private static void pushRegions(ArrayDeque<Object[]> stack, Operation op, int v, int a) {
    boolean isolated = op.hasTrait(Traits.IsolatedFromAbove.class);
    for (int i = op.numRegions() - 1; i >= 0; i--) {
      stack.push(new Object[] {op.region(i), isolated ? 0 : v, isolated ? 0 : a});
    }
  }

  /** The name an op's results are defined under ({@code %N}, without a result number). */
  void printDefinition(Operation op, NameSink sink) {
    int id = ids.get(op);
    if (id < 0) sink.write("<<UNKNOWN SSA VALUE>>", -1, -1);
    else sink.write("%", id, -1);
  }

  void print(Value v, NameSink sink) {
    if (v instanceof OpResult r) {
      Operation owner = r.owner();
      int id = ids.get(owner);
      if (id < 0) {
        sink.write("<<UNKNOWN SSA VALUE>>", -1, -1);
        return;
      }
      sink.write("%", id, owner.numResults() > 1 ? r.index() : -1);
    } else {
      BlockArgument a = (BlockArgument) v;
      int id = ids.get(a);
      if (id < 0) {
        sink.write("<<UNKNOWN SSA VALUE>>", -1, -1);
        return;
      }
      sink.write(a.owner().isEntryBlock() ? "%arg" : "%", id, -1);
    }
  }

  int blockId(Block b) {
    int id = ids.get(b);
    return id < 0 ? 0 : id;
  }

  void enterRegion(Region r) {}

  void exitRegion(Region r) {}
}
