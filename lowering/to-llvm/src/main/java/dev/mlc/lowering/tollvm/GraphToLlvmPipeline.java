package dev.mlc.lowering.tollvm;

import dev.mlc.ir.pass.PassRegistry.PipelineDef;
import dev.mlc.ir.pass.PipelineProvider;
import java.util.List;

/**
 * The named pipeline {@code graph-to-llvm}: a graph-level module (or one already in tl, scf, cf)
 * all the way to the llvm dialect, ready to translate and JIT. {@code mlc-opt --graph-to-llvm},
 * {@code --pass-pipeline='builtin.module(graph-to-llvm)'}; {@code mlc-run} runs it for native code.
 * {@code graph-to-llvm-parallel} is the same with the parallel dimensions of loop nests run on the
 * parallel runtime (docs/parallel-runtime.md); {@code mlc-run --threads N} with N above one runs it.
 */
public final class GraphToLlvmPipeline implements PipelineProvider {
  public static final String NAME = "graph-to-llvm";

  /**
   * The passes, in order: fold-batch-norm and fuse work on the graph (docs/fusion.md);
   * tl-matmul-kernel turns f32 matrix products and convolutions into packed, register-tiled vector
   * kernels (docs/contraction-kernels.md); vectorize turns the remaining element-wise and
   * contiguous reduction generics into vector loops, tl-accumulate-reductions keeps the
   * accumulators of what is left (strided pooling windows, reduce ops) in registers, memory-plan
   * puts the temporaries in one arena (docs/loop-transforms.md); canonicalize and cse clean up the
   * loop bounds and index arithmetic before the control flow is flattened.
   */
  public static final String PIPELINE = "fold-batch-norm,fuse,convert-graph-to-tl,tl-matmul-kernel,vectorize,tl-accumulate-reductions,memory-plan,convert-tl-to-scf,canonicalize,cse,convert-scf-to-cf,convert-to-llvm";

  public static final String PARALLEL_NAME = "graph-to-llvm-parallel";

  /** As {@link #PIPELINE}, with scf.parallel loops outlined into calls of the parallel runtime. */
  public static final String PARALLEL_PIPELINE =
      PIPELINE.replace("convert-tl-to-scf,", "convert-tl-to-scf{parallel-loops=true},").replace("convert-scf-to-cf,", "outline-parallel-loops,convert-scf-to-cf,");

  /**
   * The pipeline text that {@code mlc-run --profile} runs after {@code profile-graph-ops}: the named
   * pipeline ({@link #NAME} or {@link #PARALLEL_NAME}) without {@code fuse} (each graph op keeps a
   * loop nest of its own, so its time is its own) and with {@code profile-instrument} right after
   * {@code convert-graph-to-tl}.
   */
  public static String profiled(String name) {
    String text = name.equals(PARALLEL_NAME) ? PARALLEL_PIPELINE : PIPELINE;
    return text.replace("fuse,", "").replace("convert-graph-to-tl,", "convert-graph-to-tl," + ProfileGraphOpsPass.INSTRUMENT + ",");
  }

  @Override public List<PipelineDef> pipelines() {
    return List.of(new PipelineDef(NAME, "Lower graph (and tl, scf, cf, arith, math, func) to the llvm dialect", PIPELINE),
        new PipelineDef(PARALLEL_NAME, "As graph-to-llvm, with parallel loops run on the parallel runtime (mlc_parallel_for)", PARALLEL_PIPELINE));
  }
}
