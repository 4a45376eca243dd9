package dev.mlc.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dominance over the blocks of SSACFG regions (Cooper, Harvey and Kennedy's iterative algorithm,
 * computed lazily per region), and over values and operations across nested regions. Blocks not
 * reachable from their region's entry are dominated by every block, as in MLIR.
 */
public final class DominanceInfo {
  private static final class RegionInfo {
    final Map<Block, Integer> rpoIndex = new IdentityHashMap<>();
    int[] idom;
    List<Block> rpo;
  }

  private final Map<Region, RegionInfo> regions = new IdentityHashMap<>();

  private RegionInfo info(Region r) {
    RegionInfo ri = regions.get(r);
    if (ri != null) return ri;
    ri = new RegionInfo();
    List<Block> rpo = reversePostOrder(r);
    for (int i = 0; i < rpo.size(); i++) ri.rpoIndex.put(rpo.get(i), i);
    int[] idom = new int[rpo.size()];
    java.util.Arrays.fill(idom, -1);
    if (!rpo.isEmpty()) idom[0] = 0;
    List<List<Integer>> preds = new ArrayList<>();
    for (Block b : rpo) {
      List<Integer> ps = new ArrayList<>();
      for (Operation p : b.predecessors()) {
        Integer pi = ri.rpoIndex.get(p.parentBlock());
        if (pi != null) ps.add(pi);
      }
      preds.add(ps);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 1; i < rpo.size(); i++) {
        int nd = -1;
        for (int p : preds.get(i)) {
          if (idom[p] == -1) continue;
          nd = nd == -1 ? p : intersect(idom, p, nd);
        }
        if (nd != idom[i]) {
          idom[i] = nd;
          changed = true;
        }
      }
    }
    ri.idom = idom;
    ri.rpo = rpo;
    regions.put(r, ri);
    return ri;
  }

  private static int intersect(int[] idom, int a, int b) {
    while (a != b) {
      while (a > b) a = idom[a];
      while (b > a) b = idom[b];
    }
    return a;
  }

  private static List<Block> reversePostOrder(Region r) {
    List<Block> post = new ArrayList<>();
    if (r.isEmpty()) return post;
    Map<Block, Boolean> seen = new IdentityHashMap<>();
    // Iterative DFS: stack of (block, next successor index).
    List<Block> stack = new ArrayList<>();
    List<Integer> idx = new ArrayList<>();
    stack.add(r.front());
    idx.add(0);
    seen.put(r.front(), true);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      Block b = stack.get(top);
      List<Block> succ = b.successors();
      int i = idx.get(top);
      if (i < succ.size()) {
        idx.set(top, i + 1);
        Block s = succ.get(i);
        if (s.parent() == r && seen.put(s, true) == null) {
          stack.add(s);
          idx.add(0);
        }
      } else {
        post.add(b);
        stack.remove(top);
        idx.remove(top);
      }
    }
    java.util.Collections.reverse(post);
    return post;
  }

  /** Whether block {@code b} is reachable from the entry of its region. */
  public boolean isReachable(Block b) { return b.parent() == null || info(b.parent()).rpoIndex.containsKey(b); }

  /** Whether {@code a} dominates {@code b} (blocks of the same region; every block dominates itself). */
  public boolean dominates(Block a, Block b) {
    if (a == b) return true;
    if (a.parent() != b.parent()) throw new IllegalArgumentException("blocks are in different regions");
    RegionInfo ri = info(a.parent());
    Integer bi = ri.rpoIndex.get(b);
    if (bi == null) return true;
    Integer ai = ri.rpoIndex.get(a);
    if (ai == null) return false;
    int x = bi;
    while (x != 0 && x != ai) {
      int n = ri.idom[x];
      if (n == x || n < 0) return false;
      x = n;
    }
    return x == ai;
  }

  /** The immediate dominator of {@code b}, or null for the entry or an unreachable block. */
  public Block immediateDominator(Block b) {
    RegionInfo ri = info(b.parent());
    Integer i = ri.rpoIndex.get(b);
    if (i == null || i == 0) return null;
    return ri.rpo.get(ri.idom[i]);
  }

  /** {@code op}, or the ancestor of {@code op} whose parent region is {@code region}; null if none. */
  public static Operation ancestorInRegion(Region region, Operation op) {
    for (Operation o = op; o != null; o = o.parentOp()) if (o.parentRegion() == region) return o;
    return null;
  }

  // The last region asked about (consecutive checks are almost always in the same region).
  private Region lastRegion;
  private boolean lastRegionIsGraph;

  private boolean isGraphRegion(Region r) {
    if (r != lastRegion) {
      lastRegionIsGraph = r.isGraphRegion();
      lastRegion = r;
    }
    return lastRegionIsGraph;
  }

  /** Whether {@code value} is available at {@code user}: defined before it, in a dominating position. */
  public boolean dominates(Value value, Operation user) {
    Block defBlock = value.parentBlock();
    if (defBlock == null) return false;
    Region region = defBlock.parent();
    Operation anc = ancestorInRegion(region, user);
    if (anc == null) return false;
    if (isGraphRegion(region)) return true;
    if (value instanceof OpResult r) {
      Operation def = r.owner();
      if (anc == def) return false;
      if (anc.parentBlock() == defBlock) return isGraphRegion(region) || def.isBeforeInBlock(anc);
      return isGraphRegion(region) || dominates(defBlock, anc.parentBlock());
    }
    return anc.parentBlock() == defBlock || isGraphRegion(region) || dominates(defBlock, anc.parentBlock());
  }

  /** Whether {@code a} properly dominates {@code b} (a different op, before it on every path). */
  public boolean properlyDominates(Operation a, Operation b) {
    if (a == b) return false;
    Block ab = a.parentBlock();
    if (ab == null) return false;
    Operation anc = ancestorInRegion(ab.parent(), b);
    if (anc == null) return false;
    if (anc == a) return false;
    if (anc.parentBlock() == ab) return a.isBeforeInBlock(anc);
    return dominates(ab, anc.parentBlock());
  }

  /** Forgets cached results (after the CFG changed). */
  public void invalidate() {
    regions.clear();
    lastRegion = null;
  }
}
