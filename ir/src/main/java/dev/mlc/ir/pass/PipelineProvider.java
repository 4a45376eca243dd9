package dev.mlc.ir.pass;

import java.util.List;

/**
 * Named pass pipelines a module contributes (found through {@link java.util.ServiceLoader}, like
 * passes: list the class in {@code META-INF/services/dev.mlc.ir.pass.PipelineProvider}).
 * {@link PassRegistry#addAll} registers them next to the passes.
 */
public interface PipelineProvider {
  /** The pipelines, e.g. {@code new PipelineDef("graph-to-llvm", "...", "convert-graph-to-tl,...")}. */
  List<PassRegistry.PipelineDef> pipelines();
}
