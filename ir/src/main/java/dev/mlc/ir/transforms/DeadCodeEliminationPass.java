package dev.mlc.ir.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;

/**
 * Trivial dead code elimination (MLIR's {@code trivial-dce}, once {@code dce}): erases unused
 * side-effect-free ops until none is left (a dead chain goes in one run) and blocks unreachable
 * from their region's entry. No liveness analysis: dead use-def cycles stay. This is the greedy
 * rewrite driver with no patterns and no folding.
 */
@PassInfo(name = "dce", summary = "Remove trivially dead operations and blocks",
    description = "Erases side-effect-free operations whose results are unused, repeatedly, and blocks unreachable from the entry "
        + "of their region. Does not run a liveness analysis and does not remove dead use-def cycles.")
public final class DeadCodeEliminationPass extends Pass {
  @PassOption(name = "remove-blocks", description = "Remove unreachable blocks")
  boolean removeBlocks = true;

  @Override public String displayName() { return "DeadCodeElimination"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    var result = GreedyRewriteDriver.apply(op, new RewritePatternSet(),
        new GreedyRewriteDriver.Config(-1, -1, false, false, removeBlocks));
    ctx.statistic("num-dce'd", "Number of operations DCE'd").add(result.rewrites());
    if (!result.changed()) ctx.markAllPreserved();
  }
}
