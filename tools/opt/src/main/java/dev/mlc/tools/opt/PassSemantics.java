package dev.mlc.tools.opt;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.util.function.UnaryOperator;

/**
 * The semantics-check harness for pass tests, on MLIR text: parses a module, interprets its entry
 * on seeded random inputs, runs a pipeline checking the results after every pass
 * ({@link SemanticsCheck}), and says which pass changed them, with the IR before and after it.
 *
 * <pre>{@code
 * PassSemantics.Result r = PassSemantics.check(moduleText, "func.func(canonicalize,cse)", seed);
 * if (!r.preserved()) fail(r.report());
 * }</pre>
 *
 * <p>Dialects, passes and interpreter implementations are those visible to this class's class
 * loader (the test class path); {@code configure} can add implementations with
 * {@link Interpreter#with}. The pipeline is MLIR's textual syntax, anchored on
 * {@code builtin.module} when it is a bare list.
 */
public final class PassSemantics {
  private PassSemantics() {}

  /**
   * What happened.
   *
   * @param failure the first pass that changed the results, or null
   * @param output the IR after the pipeline (after the failing pass, when one failed)
   * @param reference the reference outcome, before the pipeline
   */
  public record Result(SemanticsCheck.Failure failure, String output, SemanticsCheck.Outcome reference) {
    public boolean preserved() { return failure == null; }

    /** A readable report: the failure with the IR before and after the pass, or the output. */
    public String report() { return failure != null ? failure.report() : "every pass preserved the results; output:\n" + output; }
  }

  /** Checks {@code pipeline} on {@code module} with the entry {@code @main} and inputs of {@code seed}. */
  public static Result check(String module, String pipeline, long seed) {
    return check(module, pipeline, SemanticsCheck.Options.DEFAULT.withSeed(seed), null);
  }

  /** Checks {@code pipeline} on {@code module} with the entry {@code @main} and the given inputs (see {@link SemanticsCheck.Options#withInputs}). */
  public static Result check(String module, String pipeline, java.util.List<?> inputs) {
    return check(module, pipeline, SemanticsCheck.Options.DEFAULT.withInputs(inputs), null);
  }

  /**
   * Checks {@code pipeline} on {@code module}. Throws {@link IllegalArgumentException} when the
   * module does not parse or verify or the pipeline does not parse, and
   * {@link IllegalStateException} when the check cannot apply (with the reason) or a pass fails.
   */
  public static Result check(String module, String pipeline, SemanticsCheck.Options options, UnaryOperator<Interpreter> configure) {
    ClassLoader loader = PassSemantics.class.getClassLoader();
    MLContext ctx = MLContext.withAllDialects(loader);
    Operation op = Parser.parse(ctx, "input.mlir", module);
    if (op == null || !Verifier.verify(op)) {
      StringBuilder sb = new StringBuilder("the input module is invalid:");
      for (var d : ctx.diagnostics().takeCollected()) sb.append('\n').append(d);
      throw new IllegalArgumentException(sb.toString());
    }
    PassManager pm = PipelineParser.parse(PassRegistry.load(loader), pipeline, "builtin.module");
    java.util.function.Function<MLContext, Interpreter> factory = c -> {
      Interpreter in = SemanticsCheck.defaultInterpreter(c, options.maxSteps());
      return configure == null ? in : configure.apply(in);
    };
    java.util.function.Function<Operation, String> printer = o -> Printer.print(o, PrintOptions.DEFAULT);
    SemanticsCheck.Prepared p = SemanticsCheck.prepare(op, options, factory, printer);
    if (p.check() == null) throw new IllegalStateException("the semantics check cannot apply: " + p.reason());
    SemanticsCheck.Failure f = SemanticsCheck.check(op, pm, p.check());
    return new Result(f, printer.apply(op), p.check().reference());
  }
}
