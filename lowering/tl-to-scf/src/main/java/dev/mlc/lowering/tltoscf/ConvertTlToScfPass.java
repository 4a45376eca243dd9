package dev.mlc.lowering.tltoscf;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers tl's loop nests and structured ops on buffers to scf loops: {@code tl.loop} to scf.for
 * nests with iter_args, {@code tl.generic} and {@code tl.matmul} to loop nests that load, compute
 * and store through the indexing maps, {@code tl.index} to induction variables. Buffer and vector
 * ops stay. Structured ops on tensors are rejected (bufferize first), leaving the IR unchanged.
 */
@PassInfo(name = "convert-tl-to-scf", summary = "Lower tl loop nests and structured ops on buffers to scf loops")
public final class ConvertTlToScfPass extends Pass {
  @PassOption(name = "parallel-loops", description = "Emit scf.parallel for the leading parallel dimensions (of loops without carried values)")
  boolean parallelLoops = false;

  static final List<String> LOWERED = List.of("tl.loop", "tl.generic", "tl.matmul");

  static RewritePatternSet patterns(boolean parallelLoops) {
    return new RewritePatternSet().add(new LoopLowering(parallelLoops)).add(new GenericLowering(parallelLoops)).add(new MatmulLowering(parallelLoops));
  }

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> rejected = new ArrayList<>();
    root.walk(o -> {
      if ((o.isa("tl.generic") || o.isa("tl.matmul")) && GenericLowering.unsupported(o) != null) rejected.add(o);
    });
    for (Operation o : rejected) o.emitOpError("cannot be lowered: " + GenericLowering.unsupported(o));
    if (!rejected.isEmpty()) {
      ctx.signalFailure();
      return;
    }
    var result = GreedyRewriteDriver.apply(root, patterns(parallelLoops), new GreedyRewriteDriver.Config(10, -1, false, false, false));
    ctx.statistic("num-lowered", "tl loop nests and structured ops lowered").add(result.rewrites());
    List<Operation> left = new ArrayList<>();
    root.walk(o -> {
      if (LOWERED.contains(o.name())) left.add(o);
    });
    for (Operation o : left) o.emitOpError("cannot be lowered: the rewrite did not converge");
    if (!left.isEmpty()) ctx.signalFailure();
  }
}
