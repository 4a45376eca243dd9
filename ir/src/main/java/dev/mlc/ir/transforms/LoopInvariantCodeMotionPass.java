package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.WalkResult;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's loop-invariant code motion: for every op with {@link LoopLikeOpInterface}, innermost
 * first (so what leaves an inner loop can leave the outer one too), moves before the loop each op
 * of a loop region that is free of side effects and speculatable ({@link Traits.Pure}, or
 * {@link Traits.ConditionallySpeculatable} and speculatable where it is; nested ops
 * included) and uses only values defined outside the loop (or inside itself). Users of a hoisted
 * op are tried again, so chains of invariant ops move together, in an order that keeps dominance.
 */
@PassInfo(name = "loop-invariant-code-motion", summary = "Hoist loop invariant instructions outside of the loop")
public final class LoopInvariantCodeMotionPass extends Pass {
  @Override public String displayName() { return "LoopInvariantCodeMotion"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    List<Operation> loops = new ArrayList<>();
    op.walk(o -> {
      if (o.def() instanceof LoopLikeOpInterface) loops.add(o);
    });
    int moved = 0;
    for (Operation loop : loops) moved += moveLoopInvariantCode(loop);
    ctx.statistic("num-hoisted", "Number of ops hoisted out of loops").add(moved);
    if (moved == 0) ctx.markAllPreserved();
  }

  /** Hoists the invariant ops of {@code loop}'s loop regions before it; returns how many moved. */
  public static int moveLoopInvariantCode(Operation loop) {
    int moved = 0;
    for (Region region : ((LoopLikeOpInterface) loop.def()).loopRegions(loop)) {
      ArrayDeque<Operation> worklist = new ArrayDeque<>();
      for (Block b : region.blocks()) for (Operation o : b) worklist.add(o);
      while (!worklist.isEmpty()) {
        Operation op = worklist.poll();
        if (op.parentRegion() != region || !GreedyRewriteDriver.wouldBeTriviallyDead(op) || !canBeHoisted(op, loop)) continue;
        op.moveBefore(loop);
        moved++;
        for (Value r : op.results()) for (Operation user : r.users()) if (user.parentRegion() == region) worklist.add(user);
      }
    }
    return moved;
  }

  /**
   * Not a terminator, speculatable (nested ops included), and every value used in {@code op} is
   * defined outside the loop or inside {@code op}.
   */
  private static boolean canBeHoisted(Operation op, Operation loop) {
    if (op.hasTrait(Traits.IsTerminator.class)) return false;
    return op.walkInterruptible(child -> {
      if (!child.hasTrait(Traits.IsTerminator.class) && !isSpeculatable(child)) return WalkResult.INTERRUPT;
      for (Value v : child.operands()) {
        Operation definer = v.parentRegion().parentOp();
        if (!op.isAncestorOf(definer) && loop.isAncestorOf(definer)) return WalkResult.INTERRUPT;
      }
      return WalkResult.ADVANCE;
    }) != WalkResult.INTERRUPT;
  }

  /** Conditionally speculatable ops when their definition says so (even if also Pure); other Pure ops always. */
  private static boolean isSpeculatable(Operation op) {
    if (op.def() instanceof Traits.ConditionallySpeculatable c) return c.isSpeculatable(op);
    return op.hasTrait(Traits.Pure.class);
  }
}
