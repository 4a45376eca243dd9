package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;

/** MLIR's {@code strip-debuginfo}: every op and block argument location becomes {@code loc(unknown)}. */
@PassInfo(name = "strip-debuginfo", summary = "Strip debug info from all operations",
    description = "Strips the IR of any location information, by replacing all operation and block argument locations with unknown.")
public final class StripDebugInfoPass extends Pass {
  @Override public String displayName() { return "StripDebugInfo"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    op.walk(o -> {
      o.setLocation(Location.UNKNOWN);
      for (Region r : o.regions())
        for (Block b : r.blocks())
          for (BlockArgument a : b.arguments()) a.setLocation(Location.UNKNOWN);
    });
  }
}
