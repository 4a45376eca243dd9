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
  /** Where the names go: the node, its hash code and its number. */
  private interface Sink {
    void put(Object node, int hash, int id);
  }

  private final NodeTable ids;

  ValueNumbering(Operation root) {
    // Two walks: the first finds the range of the nodes' hash codes, the second fills a table
    // sized for them (the walks are cheap next to printing; a table of (node, hash, id) triples
    // collected in one walk would cost more memory than the second walk costs time).
    int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE, 0};
    walk(root, (node, hash, id) -> {
      if (hash < range[0]) range[0] = hash;
      if (hash > range[1]) range[1] = hash;
      range[2]++;
    });
    ids = new NodeTable(range[0], range[1], range[2]);
    walk(root, ids::put);
  }

  /**
   * Numbers the values and blocks below {@code root} in MLIR's order. Iterative pre-order walk;
   * each frame numbers one region, starting from the counters as they stand at its op (MLIR
   * numbers depth-first and releases a region's numbers when it ends, so only the starting point
   * matters).
   */
  private static void walk(Operation root, Sink ids) {
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
   * Node to number. The IR's hash codes come from a creation counter, so the nodes of one module
   * usually have hash codes in a range not much wider than their number: then the table is
   * indexed by the hash code minus the smallest one (no probing; nodes numbered one after another
   * sit side by side), and the few nodes whose slot is taken (the counter is not synchronized, so
   * nodes made on parallel threads may share a hash code) go to a small map. Otherwise (IR whose
   * nodes were made among many others since dropped) the map holds every node.
   */
  private static final class NodeTable {
    private final int base;
    private final Object[] keys;
    private final int[] vals;
    private final IdentityIntMap spill;

    NodeTable(int min, int max, int count) {
      long width = count == 0 ? 0 : (long) max - min + 1;
      if (width > 0 && width <= 4L * count + 1024) {
        base = min;
        keys = new Object[(int) width];
        vals = new int[(int) width];
        spill = new IdentityIntMap(64);
      } else {
        base = 0;
        keys = null;
        vals = null;
        spill = new IdentityIntMap(count);
      }
    }

    void put(Object k, int hash, int v) {
      if (keys != null) {
        int i = hash - base;
        if (keys[i] == null || keys[i] == k) {
          keys[i] = k;
          vals[i] = v;
          return;
        }
      }
      spill.put(k, hash, v);
    }

    int get(Object k, int hash) {
      if (keys != null) {
        int i = hash - base;
        if (i >= 0 && i < keys.length && keys[i] == k) return vals[i];
      }
      return spill.get(k, hash);
    }
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
    int id = ids.get(b, b.hashCode());
    return id < 0 ? 0 : id;
  }

  void enterRegion(Region r) {}

  void exitRegion(Region r) {}
}
