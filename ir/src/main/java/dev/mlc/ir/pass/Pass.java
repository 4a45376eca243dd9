package dev.mlc.ir.pass;

import dev.mlc.ir.Operation;

/**
 * A transformation or analysis run on one operation (its anchor), found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.mlc.ir.pass.Pass}). A pass class
 * carries {@link PassInfo}; its only fields are {@link PassOption}s, so one configured instance can
 * run on many ops at once (functions in parallel). Per-run state lives in locals and in
 * {@link PassContext}: analyses, statistics and failure.
 */
public abstract class Pass {
  /** Transforms {@code op}; report problems as diagnostics and call {@link PassContext#signalFailure}. */
  public abstract void runOnOperation(Operation op, PassContext ctx);

  /** Whether this pass may run on {@code op} (beyond the anchor name); false makes the run fail. */
  public boolean canScheduleOn(Operation op) { return true; }

  public final PassInfo info() {
    PassInfo i = getClass().getAnnotation(PassInfo.class);
    if (i == null) throw new IllegalStateException("pass " + getClass().getName() + " lacks @PassInfo");
    return i;
  }

  /** The command-line name ({@code canonicalize}). */
  public final String name() { return info().name(); }

  /** The anchor op name, or null for any op. */
  public final String anchor() {
    String a = info().anchor();
    return a.isEmpty() ? null : a;
  }

  /** A human-readable name for reports: the class name without a {@code Pass} suffix. */
  public String displayName() {
    String s = getClass().getSimpleName();
    return s.endsWith("Pass") && s.length() > 4 ? s.substring(0, s.length() - 4) : s;
  }

  /** This pass with its options as the pipeline syntax writes it: {@code name{key=value ...}}. */
  @Override public String toString() { return PassOptions.describe(this); }
}
