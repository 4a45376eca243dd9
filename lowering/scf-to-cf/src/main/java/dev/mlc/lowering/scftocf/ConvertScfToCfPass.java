package dev.mlc.lowering.scftocf;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.rewrite.conversion.Conversion;
import dev.mlc.ir.rewrite.conversion.ConversionTarget;

/** MLIR's convert-scf-to-cf: structured control flow becomes blocks and cf branches. */
@PassInfo(name = "convert-scf-to-cf", summary = "Convert SCF dialect to ControlFlow dialect, replacing structured control flow with a CFG",
    description = "Lowers scf.for, scf.if, scf.while, scf.index_switch, scf.execute_region and scf.parallel (as sequential loops) "
        + "to blocks, cf.br, cf.cond_br and cf.switch, with MLIR's semantics. scf.forall is left alone (as upstream).")
public final class ConvertScfToCfPass extends Pass {
  /** The scf to cf patterns. */
  public static RewritePatternSet patterns() {
    return new RewritePatternSet()
        .add(new ScfLowerings.ForLowering())
        .add(new ScfLowerings.IfLowering())
        .add(new ScfLowerings.WhileLowering())
        .add(new ScfLowerings.IndexSwitchLowering())
        .add(new ScfLowerings.ExecuteRegionLowering())
        .add(new ScfLowerings.ParallelLowering());
  }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    ConversionTarget target = new ConversionTarget()
        .addIllegalOp("scf.for", "scf.if", "scf.while", "scf.index_switch", "scf.execute_region", "scf.parallel")
        .addLegalOp("scf.yield", "scf.condition", "scf.reduce", "scf.reduce.return")
        .addLegalDialect("cf", "arith");
    if (!Conversion.applyPartialConversion(op, target, patterns())) ctx.signalFailure();
  }
}
