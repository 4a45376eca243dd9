package dev.mlc.lowering.tollvm;

import dev.mlc.ir.pass.PassRegistry.PipelineDef;
import dev.mlc.ir.pass.PipelineProvider;
import java.util.List;

/**
 * The named pipeline {@code graph-to-llvm}: a graph-level module (or one already in tl, scf, cf)
 * all the way to the llvm dialect, ready to translate and JIT. {@code mlc-opt --graph-to-llvm},
 * {@code --pass-pipeline='builtin.module(graph-to-llvm)'}; {@code mlc-run} runs it for native code.
 */
public final class GraphToLlvmPipeline implements PipelineProvider {
  public static final String NAME = "graph-to-llvm";

  /** The passes, in order (canonicalize and cse clean up the loop bounds and index arithmetic before the control flow is flattened). */
  public static final String PIPELINE = "fold-batch-norm,convert-layout,fuse,convert-graph-to-tl,convert-tl-to-scf,canonicalize,cse,convert-scf-to-cf,convert-to-llvm";

  @Override public List<PipelineDef> pipelines() {
    return List.of(new PipelineDef(NAME, "Lower graph (and tl, scf, cf, arith, math, func) to the llvm dialect", PIPELINE));
  }
}
