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

  /** The range and number of the nodes' hash codes (what the first walk finds). */
  private static final class Range implements Sink {
    int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE, count;

    @Override public void put(Object node, int hash, int id) {
      if (hash < min) min = hash;
      if (hash > max) max = hash;
      count++;
    }

    void add(Range o) {
      min = Math.min(min, o.min);
      max = Math.max(max, o.max);
      count += o.count;
    }
  }

  /** Blocks with at least this many ops have the regions of their ops numbered on several threads. */
  static final int PARALLEL_MIN_OPS = 4096;

  private final NodeTable ids;
  private final int threads;
  private final int parallelMinOps;
  private java.util.concurrent.ExecutorService pool;

  ValueNumbering(Operation root) { this(root, Math.min(Runtime.getRuntime().availableProcessors(), 8), PARALLEL_MIN_OPS); }

  /** Numbers the IR below {@code root}, on up to {@code threads} threads below blocks of {@code parallelMinOps} ops or more. */
  ValueNumbering(Operation root, int threads, int parallelMinOps) {
    this.threads = threads;
    this.parallelMinOps = parallelMinOps;
    // Two walks: the first finds the range of the nodes' hash codes, the second fills a table
    // sized for them (a table of (node, hash, id) triples collected in one walk would cost more
    // memory than the second walk costs time).
    try {
      Range range = new Range();
      walk(root, range, Range::new, part -> range.add((Range) part));
      NodeTable table = new NodeTable(range.min, range.max, range.count);
      walk(root, table, () -> table, part -> {});
      ids = table;
    } finally {
      if (pool != null) pool.shutdownNow();
      pool = null;
    }
  }

  /**
   * Numbers the values and blocks below {@code root} in MLIR's order into {@code ids}. The regions
   * of the ops of a large block are numbered by tasks, each into a sink from {@code newPart} that
   * {@code merge} takes when the task is done.
   */
  private void walk(Operation root, Sink ids, java.util.function.Supplier<Sink> newPart,
                    java.util.function.Consumer<Sink> merge) {
    int v = 0;
    if (root.numResults() > 0) ids.put(root, root.hashCode(), v++);
    walkRegions(root, v, 0, ids, newPart, merge, threads > 1);
  }

  /**
   * Numbers the regions of {@code op}, starting from value counter {@code v} and entry-argument
   * counter {@code a}. Iterative pre-order walk; each frame numbers one region, starting from the
   * counters as they stand at its op (MLIR numbers depth-first and releases a region's numbers
   * when it ends, so only the starting point matters, and regions may be numbered in any order).
   */
  private void walkRegions(Operation op, int v0, int a0, Sink ids, java.util.function.Supplier<Sink> newPart,
                           java.util.function.Consumer<Sink> merge, boolean mayFork) {
    walkRegions(op, v0, a0, ids, newPart, merge, mayFork, new ArrayDeque<>(), new IntStack());
  }

  /** {@link #walkRegions}, with the work stacks given (empty; they are empty again on return). */
  private void walkRegions(Operation op, int v0, int a0, Sink ids, java.util.function.Supplier<Sink> newPart,
                           java.util.function.Consumer<Sink> merge, boolean mayFork, ArrayDeque<Region> regions, IntStack counters) {
    pushRegions(regions, counters, op, v0, a0);
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
        Block b = r.block(bi);
        boolean fork = mayFork && b.size() >= parallelMinOps;
        // The ops with regions and their start counters (grown as found: a long block of plain
        // ops, such as one large function body, has none).
        Operation[] forked = null;
        int[] forkedCounters = null;
        int nf = 0;
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (o.numResults() > 0) ids.put(o, o.hashCode(), v++);
          if (o.numRegions() == 0) continue;
          if (!fork) {
            pushRegions(regions, counters, o, v, a);
            continue;
          }
          if (forked == null || nf == forked.length) {
            int cap = forked == null ? 64 : Math.min(b.size(), forked.length * 2);
            forked = forked == null ? new Operation[cap] : java.util.Arrays.copyOf(forked, cap);
            forkedCounters = forkedCounters == null ? new int[2 * cap] : java.util.Arrays.copyOf(forkedCounters, 2 * cap);
          }
          forked[nf] = o;
          forkedCounters[2 * nf] = v;
          forkedCounters[2 * nf + 1] = a;
          nf++;
        }
        if (nf > 0) walkInParallel(forked, forkedCounters, nf, newPart, merge);
      }
    }
  }

  /** Numbers the regions of {@code ops[0..n)} (with their start counters) in contiguous slices on the pool. */
  private void walkInParallel(Operation[] ops, int[] counters, int n, java.util.function.Supplier<Sink> newPart,
                              java.util.function.Consumer<Sink> merge) {
    if (pool == null) {
      java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
      pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
        // Deeply nested IR: the walk is iterative, but keep the stack of the other IR threads.
        Thread t = new Thread(null, r, "mlc-number-" + made.incrementAndGet(), 512L << 20);
        t.setDaemon(true);
        return t;
      });
    }
    int slices = Math.min(n, threads * 4);
    java.util.List<java.util.concurrent.Future<Sink>> parts = new java.util.ArrayList<>(slices);
    for (int g = 0; g < slices; g++) {
      int from = (int) ((long) n * g / slices), to = (int) ((long) n * (g + 1) / slices);
      parts.add(pool.submit(() -> {
        Sink mine = newPart.get();
        ArrayDeque<Region> regions = new ArrayDeque<>();
        IntStack stack = new IntStack();
        for (int i = from; i < to; i++) walkRegions(ops[i], counters[2 * i], counters[2 * i + 1], mine, newPart, merge, false, regions, stack);
        return mine;
      }));
    }
    try {
      for (java.util.concurrent.Future<Sink> f : parts) merge.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while numbering values", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
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
  private static final class NodeTable implements Sink {
    private static final java.lang.invoke.VarHandle KEYS = java.lang.invoke.MethodHandles.arrayElementVarHandle(Object[].class);
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

    /** Safe on several threads at once for distinct nodes (tasks number disjoint parts of the IR). */
    @Override public void put(Object k, int hash, int v) {
      if (keys != null) {
        int i = hash - base;
        if (KEYS.compareAndSet(keys, i, (Object) null, k) || keys[i] == k) {
          vals[i] = v;
          return;
        }
      }
      synchronized (spill) {
        spill.put(k, hash, v);
      }
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
