package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Value;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.rewrite.PatternRewriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * MLIR's sparse conditional constant propagation: runs {@link SparseConstantPropagation} over the
 * op's regions, then replaces every value known to be a constant by a constant materialized
 * through the dialect that computed it (at the start of the entry block of the closest region
 * isolated from above, one per value and type), and erases the side-effect-free ops whose results
 * were all replaced. Branches are left for {@code canonicalize} to simplify.
 */
@PassInfo(name = "sccp", summary = "Sparse Conditional Constant Propagation",
    description = "Propagates constants through operations, block arguments, region control flow and calls, "
        + "ignoring code that cannot execute, and replaces the values proven constant.")
public final class SCCPPass extends Pass {
  @Override public String displayName() { return "SCCP"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    SparseConstantPropagation solver = SparseConstantPropagation.solve(op);
    Rewriter rewriter = new Rewriter(solver, new PatternRewriter(op.context()));
    rewriter.rewrite(op.regions());
    ctx.statistic("num-replaced-values", "Number of values replaced by constants").add(rewriter.replaced);
    if (rewriter.replaced == 0) ctx.markAllPreserved();
  }

  /** Replaces the values the solver proved constant, block by block (MLIR's order). */
  private static final class Rewriter {
    private final SparseConstantPropagation solver;
    private final PatternRewriter builder;
    private final OperationFolder folder = new OperationFolder();
    private int replaced;

    Rewriter(SparseConstantPropagation solver, PatternRewriter builder) {
      this.solver = solver;
      this.builder = builder;
    }

    void rewrite(List<Region> regions) {
      Deque<Block> stack = new ArrayDeque<>();
      pushBlocks(regions, stack);
      while (!stack.isEmpty()) {
        Block block = stack.pop();
        for (Operation op : block) {
          boolean replacedAll = op.numResults() > 0;
          for (Value r : op.results()) replacedAll &= replaceWithConstant(r, op);
          if (replacedAll && GreedyRewriteDriver.isTriviallyDead(op)) {
            op.erase();
            continue;
          }
          pushBlocks(op.regions(), stack);
        }
        if (block.first() != null) for (BlockArgument a : block.arguments()) replaceWithConstant(a, block.first());
      }
    }

    private static void pushBlocks(List<Region> regions, Deque<Block> stack) {
      for (Region r : regions) for (Block b : r.blocks().reversed()) stack.push(b);
    }

    /**
     * Replaces {@code v} by a materialized constant if the solver proved it one. As in MLIR, the
     * constant is materialized even when {@code v} has no uses (it is left dead for a later cleanup).
     */
    private boolean replaceWithConstant(Value v, Operation near) {
      ConstantValue c = solver.valueOf(v);
      if (!c.isConstant()) return false;
      Value k = folder.materialize(near.context().dialect(c.dialect()), c.constant(), v.type(), near, builder);
      if (k == null) return false;
      v.replaceAllUsesWith(k);
      replaced++;
      return true;
    }
  }
}
