package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.DominanceInfo;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * MLIR's {@code cse}: an op equivalent ({@link OperationEquivalence}) to a side-effect-free op
 * that dominates it is replaced by that op. Known ops live in a scoped table: one scope per block
 * along the dominator tree of each region, nested regions seeing the ops of their parents; regions
 * of ops that are (or, unregistered, may be) isolated from above start empty. Ops with effects,
 * terminators and ops with multi-block regions are never merged; unused effect-free ops met on
 * the way are erased. In graph regions only uses not yet visited are redirected.
 */
@PassInfo(name = "cse", summary = "Eliminate common sub-expressions",
    description = "Replaces side-effect-free operations by equivalent ones that dominate them, using a scoped hash table along "
        + "the dominator tree, and erases trivially dead operations met on the way.")
public final class CsePass extends Pass {
  @Override public String displayName() { return "CSE"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    Driver d = new Driver();
    for (Region r : op.regions()) d.simplifyRegion(new KnownOps(), r);
    for (Operation dead : d.toErase.reversed()) dead.erase();
    ctx.statistic("num-cse'd", "Number of operations CSE'd").add(d.numCse);
    ctx.statistic("num-dce'd", "Number of operations DCE'd").add(d.numDce);
    if (d.toErase.isEmpty()) ctx.markAllPreserved();
  }

  /** One run: the ops to erase at the end (in visiting order) and the counts. */
  private static final class Driver {
    final DominanceInfo dominance = new DominanceInfo();
    final List<Operation> toErase = new ArrayList<>();
    long numCse, numDce;

    void simplifyRegion(KnownOps known, Region region) {
      if (region.isEmpty()) return;
      boolean ssa = hasSsaDominance(region);
      if (region.hasOneBlock()) {
        int scope = known.scope();
        simplifyBlock(known, region.front(), ssa);
        known.exit(scope);
        return;
      }
      if (!ssa) return; // no order to visit the blocks of a multi-block graph region in
      Map<Block, List<Block>> children = dominatorTreeChildren(region);
      record Node(Block block, Iterator<Block> children, int scope) {}
      ArrayDeque<Node> stack = new ArrayDeque<>();
      stack.push(new Node(region.front(), children.getOrDefault(region.front(), List.of()).iterator(), known.scope()));
      simplifyBlock(known, region.front(), true);
      while (!stack.isEmpty()) {
        Node n = stack.peek();
        if (!n.children().hasNext()) {
          known.exit(n.scope());
          stack.pop();
          continue;
        }
        Block child = n.children().next();
        stack.push(new Node(child, children.getOrDefault(child, List.of()).iterator(), known.scope()));
        simplifyBlock(known, child, true);
      }
    }

    private Map<Block, List<Block>> dominatorTreeChildren(Region region) {
      Map<Block, List<Block>> children = new IdentityHashMap<>();
      for (Block b : region.blocks()) {
        Block idom = b == region.front() || !dominance.isReachable(b) ? null : dominance.immediateDominator(b);
        if (idom != null) children.computeIfAbsent(idom, k -> new ArrayList<>()).add(b);
      }
      return children;
    }

    private void simplifyBlock(KnownOps known, Block block, boolean ssa) {
      for (Operation op = block.first(); op != null; op = op.nextOp()) {
        if (op.numRegions() > 0) {
          // Ops known outside must not be used inside an op that is (or may be) isolated from above.
          boolean isolated = !op.isRegistered() || op.hasTrait(Traits.IsolatedFromAbove.class);
          KnownOps inner = isolated ? new KnownOps() : known;
          for (Region r : op.regions()) simplifyRegion(inner, r);
        }
        simplifyOperation(known, op, ssa);
      }
    }

    private void simplifyOperation(KnownOps known, Operation op, boolean ssa) {
      if (op.hasTrait(Traits.IsTerminator.class)) return;
      if (GreedyRewriteDriver.isTriviallyDead(op)) {
        toErase.add(op);
        numDce++;
        return;
      }
      for (Region r : op.regions()) if (r.numBlocks() > 1) return;
      if (!GreedyRewriteDriver.wouldBeTriviallyDead(op)) return; // has (or may have) side effects
      Operation existing = known.lookup(op);
      if (existing == null) {
        known.insert(op);
        return;
      }
      if (ssa) {
        op.replaceAllUsesWith(existing.results());
        toErase.add(op);
      } else {
        // A use that came earlier may belong to a known op, whose table key must not change.
        for (int i = 0; i < op.numResults(); i++)
          op.result(i).replaceUsesWithIf(existing.result(i), u -> known.lookup(u.owner()) == null);
        if (op.useEmpty()) toErase.add(op);
      }
      if (existing.location() == Location.UNKNOWN && op.location() != Location.UNKNOWN) existing.setLocation(op.location());
      numCse++;
    }

    /** MLIR's default: regions of unregistered ops are SSACFG regions. */
    private static boolean hasSsaDominance(Region region) {
      Operation p = region.parentOp();
      return p == null || !p.isRegistered() || !p.def().isGraphRegion(region.indexInParent());
    }
  }

  /** MLIR's scoped hash table of known ops: entries added since {@link #scope()} go on {@link #exit}. */
  private static final class KnownOps {
    private record Key(Operation op, int hash) {
      Key(Operation op) { this(op, OperationEquivalence.hash(op)); }

      @Override public boolean equals(Object o) { return o instanceof Key k && OperationEquivalence.isEquivalent(op, k.op); }

      @Override public int hashCode() { return hash; }
    }

    private final Map<Key, Operation> table = new HashMap<>();
    private final List<Key> added = new ArrayList<>();

    Operation lookup(Operation op) { return table.get(new Key(op)); }

    void insert(Operation op) {
      Key k = new Key(op);
      table.put(k, op);
      added.add(k);
    }

    int scope() { return added.size(); }

    void exit(int scope) {
      while (added.size() > scope) table.remove(added.removeLast());
    }
  }
}
