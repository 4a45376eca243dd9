package dev.mlc.text;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.OpResult;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Value;
import java.util.ArrayDeque;

/**
 * Names the values and blocks below an op as MLIR's printer does: op results {@code %N} (one
 * number per op, {@code %N#i} for multi-result ops), entry-block arguments {@code %argN}, other
 * block arguments {@code %N}, blocks {@code ^bbN} per region. A region's numbers are released when
 * it ends.
 */
final class ValueNumbering {
  private final IdentityIntMap ids;

  ValueNumbering(Operation root) {
    ids = new IdentityIntMap(estimateNames(root));
    // Iterative pre-order walk; each frame numbers one region, starting from the counters as they
    // stand at its op (MLIR numbers depth-first and releases a region's numbers when it ends, so
    // only the starting point matters).
    int nextValue = 0;
    if (root.numResults() > 0) ids.put(root, root.hashCode(), nextValue++);
    ArrayDeque<Region> regions = new ArrayDeque<>();
    IntStack counters = new IntStack();
    pushRegions(regions, counters, root, nextValue, 0);
    while (!regions.isEmpty()) {
      Region r = regions.pop();
      int a = counters.pop();
      int v = counters.pop();
      int nb = r.numBlocks();
      for (int bi = 0; bi < nb; bi++) {
        Block b = r.block(bi);
        ids.put(b, b.hashCode(), bi);
        for (int ai = 0; ai < b.numArguments(); ai++) {
          BlockArgument arg = b.argument(ai);
          ids.put(arg, arg.hashCode(), bi == 0 ? a++ : v++);
        }
      }
      for (int bi = 0; bi < nb; bi++) {
        for (Operation o = r.block(bi).first(); o != null; o = o.nextOp()) {
          if (o.numResults() > 0) ids.put(o, o.hashCode(), v++);
          if (o.numRegions() > 0) pushRegions(regions, counters, o, v, a);
        }
      }
    }
  }

  /**
   * Nested regions continue the enclosing numbering (also below isolated-from-above ops), so a
   * name never shadows one that is visible where it is printed: the parser keeps enclosing names
   * visible in every region, as MLIR's does.
   */
  private static void pushRegions(ArrayDeque<Region> regions, IntStack counters, Operation op, int v, int a) {
    for (int i = op.numRegions() - 1; i >= 0; i--) {
      regions.push(op.region(i));
      counters.push(v);
      counters.push(a);
    }
  }

  /**
   * A guess at how many names there are, from the size of the top two levels (a full count would
   * cost a traversal of the whole IR); the table grows if the guess is short.
   */
  private static int estimateNames(Operation root) {
    long n = 16;
    for (int i = 0; i < root.numRegions(); i++)
      for (int bi = 0; bi < root.region(i).numBlocks(); bi++) {
        Block b = root.region(i).block(bi);
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          n++;
          for (int j = 0; j < o.numRegions(); j++)
            for (int k = 0; k < o.region(j).numBlocks(); k++) n += 3L * (o.region(j).block(k).size() + o.region(j).block(k).numArguments());
        }
      }
    return (int) Math.min(n, 1 << 26);
  }

  /** A stack of ints without boxing. */
  private static final class IntStack {
    private int[] a = new int[64];
    private int n;

    void push(int v) {
      if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int pop() { return a[--n]; }
  }

  /** The number an op's results are named with ({@code %N}), or -1 if the op was not numbered. */
  int opId(Operation op) { return ids.get(op, op.hashCode()); }

  /** The number of a block argument ({@code %argN} for entry blocks, {@code %N} otherwise), or -1. */
  int argId(BlockArgument a) { return ids.get(a, a.hashCode()); }

  int blockId(Block b) {
    int id = ids.get(b);
    return id < 0 ? 0 : id;
  }

  void enterRegion(Region r) {}

  void exitRegion(Region r) {}
}
