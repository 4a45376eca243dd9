package dev.mlc.ir.transforms;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.List;

/** MLIR's canonicalizer: folds, removes dead ops, and applies every registered op's canonicalization patterns. */
@PassInfo(name = "canonicalize", summary = "Canonicalize operations",
    description = "Applies op folders and the canonicalization patterns of every registered op greedily until a fixpoint.")
public final class CanonicalizerPass extends Pass {
  @PassOption(name = "top-down", description = "Seed the worklist in pre-order")
  boolean topDown = true;

  @PassOption(name = "max-iterations", description = "Maximum sweeps over the IR (-1: unbounded)")
  int maxIterations = 10;

  @PassOption(name = "max-num-rewrites", description = "Maximum rewrites in total (-1: unbounded)")
  long maxNumRewrites = -1;

  @PassOption(name = "region-simplify", description = "Erase unreachable blocks")
  boolean regionSimplify = true;

  @PassOption(name = "test-convergence", description = "Fail if the rewrite does not converge within max-iterations")
  boolean testConvergence = false;

  @PassOption(name = "disable-patterns", description = "Names of patterns not to apply")
  List<String> disabledPatterns = List.of();

  @PassOption(name = "enable-patterns", description = "Only apply these patterns (empty: all)")
  List<String> enabledPatterns = List.of();

  @Override public String displayName() { return "Canonicalizer"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    RewritePatternSet all = new RewritePatternSet();
    for (OpDef d : op.context().registeredOps()) d.addCanonicalizationPatterns(all);
    RewritePatternSet patterns = new RewritePatternSet();
    for (RewritePattern p : all.patterns()) {
      if (disabledPatterns.contains(p.name())) continue;
      if (!enabledPatterns.isEmpty() && !enabledPatterns.contains(p.name())) continue;
      patterns.add(p);
    }
    var result = GreedyRewriteDriver.apply(op, patterns,
        new GreedyRewriteDriver.Config(maxIterations, maxNumRewrites, topDown, true, regionSimplify));
    ctx.statistic("num-rewrites", "Number of rewrites (folds, erasures and patterns) applied").add(result.rewrites());
    if (testConvergence && !result.converged()) {
      op.emitError("canonicalizer failed to converge within " + maxIterations + " iterations");
      ctx.signalFailure();
    }
    if (!result.changed()) ctx.markAllPreserved();
  }
}
