package dev.mlc.ir.rewrite;

import dev.mlc.ir.Block;
import dev.mlc.ir.DominanceInfo;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies patterns and folding to the ops nested in a root op until nothing changes (MLIR's
 * greedy driver): a worklist of ops, dead pure ops erased, ops folded through their hooks, then
 * patterns tried best-benefit first; ops a rewrite creates or touches go back on the worklist.
 * Sweeps repeat until a sweep changes nothing or the iteration bound is reached.
 */
public final class GreedyRewriteDriver {
  /**
   * @param maxIterations sweeps over the whole region before giving up (MLIR's default 10; -1 unbounded)
   * @param maxRewrites bound on rewrites in total (-1 unbounded)
   * @param topDown visit ops in pre-order (true) or post-order (false, MLIR's default)
   * @param fold try op folders
   * @param regionSimplification erase blocks unreachable from their region's entry
   */
  public record Config(int maxIterations, long maxRewrites, boolean topDown, boolean fold, boolean regionSimplification) {
    public static final Config DEFAULT = new Config(10, -1, false, true, true);
  }

  /** What a run did. */
  public record Result(boolean converged, int iterations, long rewrites, boolean changed) {}

  private final RewritePatternSet patterns;
  private final Config config;
  private final PatternRewriter rewriter;
  private final OperationFolder folder = new OperationFolder();
  private final ArrayDeque<Operation> worklist = new ArrayDeque<>();
  private final Set<Operation> inWorklist = new HashSet<>();
  private final PatternLog log = PatternLog.global();
  private String lastFailure;
  private long rewrites;

  private GreedyRewriteDriver(Operation root, RewritePatternSet patterns, Config config) {
    this.patterns = patterns;
    this.config = config;
    this.rewriter = new PatternRewriter(root.context());
    rewriter.setListener(new PatternRewriter.Listener() {
      @Override public void operationInserted(Operation op) { addNested(op); }

      @Override public void operationReplaced(Operation op, List<? extends Value> values) {
        for (Value v : op.results()) for (var u : v.useList()) add(u.owner());
      }

      @Override public void operationErased(Operation op) {
        folder.notifyErased(op);
        inWorklist.remove(op);
        for (Value v : op.operands()) {
          Operation d = v.definingOp();
          if (d != null) add(d);
        }
      }

      @Override public void operationModified(Operation op) { add(op); }

      @Override public void matchFailure(Operation op, String reason) { lastFailure = reason; }
    });
  }

  /** Greedily applies {@code patterns} (and folding) to everything nested in {@code root}. */
  public static Result apply(Operation root, RewritePatternSet patterns, Config config) {
    return new GreedyRewriteDriver(root, patterns, config).run(root);
  }

  public static Result apply(Operation root, RewritePatternSet patterns) { return apply(root, patterns, Config.DEFAULT); }

  private void add(Operation op) {
    if (op.parentBlock() != null && inWorklist.add(op)) worklist.addLast(op);
  }

  private void addNested(Operation op) { op.walk(this::add); }

  private Result run(Operation root) {
    boolean changedAny = false;
    int iteration = 0;
    boolean changed = true;
    boolean limitHit = false;
    while (changed && !limitHit && (config.maxIterations() < 0 || iteration < config.maxIterations())) {
      iteration++;
      changed = false;
      List<Operation> initial = new ArrayList<>();
      for (Region r : root.regions()) {
        if (config.topDown()) r.walkPreOrder(initial::add);
        else r.walk(initial::add);
      }
      for (Operation op : initial) add(op);
      while (!worklist.isEmpty()) {
        if (config.maxRewrites() >= 0 && rewrites >= config.maxRewrites()) {
          limitHit = true;
          break;
        }
        Operation op = worklist.pollFirst();
        inWorklist.remove(op);
        if (op.parentBlock() == null || !root.isAncestorOf(op)) continue;
        if (process(op)) {
          changed = true;
          rewrites++;
        }
      }
      if (config.regionSimplification() && eraseUnreachableBlocks(root)) changed = true;
      changedAny |= changed;
    }
    return new Result(!changed && !limitHit, iteration, rewrites, changedAny);
  }

  private boolean process(Operation op) {
    if (isTriviallyDead(op)) {
      rewriter.eraseOp(op);
      return true;
    }
    if (config.fold() && folder.tryToFold(op, rewriter)) return true;
    for (RewritePattern p : patterns.forOp(op.name())) {
      lastFailure = null;
      rewriter.setInsertionPoint(op);
      var loc = op.location();
      boolean applied = p.matchAndRewrite(op, rewriter);
      if (log != null) log.record(p, op, loc, applied, lastFailure);
      if (applied) return true;
    }
    return false;
  }

  /** Pure, unused, and (if it has regions) nothing inside with side effects. */
  public static boolean isTriviallyDead(Operation op) {
    if (!op.useEmpty() || op.hasTrait(Traits.IsTerminator.class) || op.parentBlock() == null) return false;
    return wouldBeTriviallyDead(op);
  }

  /** Whether {@code op} has no side effects, its nested ops included. */
  public static boolean wouldBeTriviallyDead(Operation op) {
    if (!op.hasTrait(Traits.Pure.class) && !op.hasTrait(Traits.NoMemoryEffect.class)) return false;
    for (Region r : op.regions())
      for (Block b : r.blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp())
          if (!o.hasTrait(Traits.IsTerminator.class) && !wouldBeTriviallyDead(o)) return false;
    return true;
  }

  private boolean eraseUnreachableBlocks(Operation root) {
    boolean[] changed = {false};
    List<Region> regions = new ArrayList<>();
    root.walkPreOrder(o -> regions.addAll(o.regions()));
    for (Region r : regions) {
      if (r.numBlocks() < 2) continue;
      Operation p = r.parentOp();
      if (p == null || !p.isRegistered() || p.def().isGraphRegion(r.indexInParent())) continue;
      DominanceInfo dom = new DominanceInfo();
      List<Block> dead = new ArrayList<>();
      for (Block b : r.blocks()) if (b != r.front() && !dom.isReachable(b)) dead.add(b);
      if (dead.isEmpty()) continue;
      // Values of unreachable blocks are only used in unreachable blocks (dominance): drop all
      // references first, then erase.
      for (Block b : dead) for (Operation o : b.operations()) {
        o.walk(inner -> {
          folder.notifyErased(inner);
          inWorklist.remove(inner);
        });
        o.dropAllReferences();
      }
      for (Block b : dead) b.erase();
      changed[0] = true;
    }
    return changed[0];
  }
}
