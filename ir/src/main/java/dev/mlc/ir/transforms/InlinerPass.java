package dev.mlc.ir.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.analysis.CallGraph;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** MLIR's inliner pass, run on a symbol table op (usually the module); see {@link Inliner}. */
@PassInfo(name = "inline", summary = "Inline function calls",
    description = "Inlines calls to callables with bodies, callees first over the call graph's strongly connected components, "
        + "simplifying each callable with the default pipeline between rounds; recursive calls stay; "
        + "private callables left unreferenced are erased.")
public final class InlinerPass extends Pass {
  @PassOption(name = "default-pipeline", description = "The optimizer pipeline run on callables between inlining rounds (empty: none)")
  String defaultPipeline = "canonicalize";

  @PassOption(name = "max-iterations", description = "Maximum number of simplify-and-inline rounds per call graph SCC")
  int maxIterations = 4;

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    if (!SymbolTable.isSymbolTable(op)) {
      op.emitOpError("was scheduled to run under the inliner, but does not define a symbol table");
      ctx.signalFailure();
      return;
    }
    PassRegistry registry = PassRegistry.load(InlinerPass.class.getClassLoader());
    try {
      PipelineParser.parse(registry, defaultPipeline, null);
    } catch (IllegalArgumentException e) {
      op.emitError("inliner: " + e.getMessage());
      ctx.signalFailure();
      return;
    }
    Map<String, PassManager> pipelines = new HashMap<>();
    PassExecutor.Config config = PassExecutor.Config.defaults(o -> "").withThreads(1).withVerifyEach(false);
    Predicate<Operation> simplify = callable -> defaultPipeline.isBlank() || new PassExecutor(config).run(
        pipelines.computeIfAbsent(callable.name(), name -> PipelineParser.parse(registry, defaultPipeline, name)), callable);
    Inliner inliner = new Inliner(op, ctx.getAnalysis(CallGraph.class), simplify, maxIterations);
    if (!inliner.run()) ctx.signalFailure();
    ctx.statistic("num-inlined-calls", "Number of inlined calls").add(inliner.numInlined());
    ctx.statistic("num-erased-callables", "Number of dead private callables erased").add(inliner.numErased());
  }
}
