package dev.mlc.ir.interfaces;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import java.util.List;

/** Implemented by the definitions of loop ops (for loop-invariant code motion). */
public interface LoopLikeOpInterface {
  /** The regions that form the loop body (executed repeatedly). */
  List<Region> loopRegions(Operation loop);

  /** Whether the loop may execute zero times (then only speculatable ops may be hoisted). */
  default boolean mayExecuteZeroTimes(Operation loop) { return true; }
}
