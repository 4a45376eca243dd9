package dev.mlc.suites.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.tools.opt.PassSemantics;

/**
 * JUnit assertions over {@link PassSemantics}, for pass tests: the pipeline must keep what
 * {@code @main} computes on the random inputs of a seed (give the seed from jqwik with
 * {@code @ForAll long seed} to try many inputs).
 */
public final class SemanticsAssert {
  private SemanticsAssert() {}

  /** Fails, with the IR before and after the offending pass, unless every pass of {@code pipeline} preserves the results. */
  public static PassSemantics.Result assertPreserves(String pipeline, String module, long seed) {
    PassSemantics.Result r = PassSemantics.check(module, pipeline, seed);
    if (!r.preserved()) fail("pipeline '" + pipeline + "' changed the results:\n" + r.report());
    return r;
  }

  /** {@link #assertPreserves(String, String, long)} on given inputs (jqwik {@code @ForAll} values, one per argument of {@code @main}). */
  public static PassSemantics.Result assertPreserves(String pipeline, String module, java.util.List<?> inputs) {
    PassSemantics.Result r = PassSemantics.check(module, pipeline, inputs);
    if (!r.preserved()) fail("pipeline '" + pipeline + "' changed the results on inputs " + inputs + ":\n" + r.report());
    return r;
  }

  /** Fails unless some pass of {@code pipeline} changes the results; returns the first such pass's report. */
  public static SemanticsCheck.Failure assertChanges(String pipeline, String module, long seed) {
    PassSemantics.Result r = PassSemantics.check(module, pipeline, seed);
    if (r.preserved()) fail("expected pipeline '" + pipeline + "' to change the results, but it kept them; output:\n" + r.output());
    return r.failure();
  }
}
