package dev.mlc.ir.rewrite;

import dev.mlc.ir.Operation;

/**
 * A rewrite of ops named {@link #rootName()} (or any op when null). The first line of a pattern's
 * documentation states its algebra, e.g. {@code transpose(transpose(x, p), q) -> transpose(x, p∘q)}.
 * {@link #matchAndRewrite} either changes nothing and returns false, preferably through
 * {@link PatternRewriter#notifyMatchFailure} with the reason, or rewrites through the rewriter and
 * returns true.
 */
public abstract class RewritePattern {
  private final String rootName;
  private final int benefit;

  protected RewritePattern(String rootName, int benefit) {
    this.rootName = rootName;
    this.benefit = benefit;
  }

  protected RewritePattern(String rootName) { this(rootName, 1); }

  /** The op name this pattern matches, or null for any op. */
  public final String rootName() { return rootName; }

  /** Higher benefit patterns are tried first. */
  public final int benefit() { return benefit; }

  /** The pattern's name in logs and failure reports (the class name by default). */
  public String name() {
    String n = getClass().getSimpleName();
    return n.isEmpty() ? getClass().getName() : n;
  }

  public abstract boolean matchAndRewrite(Operation op, PatternRewriter rewriter);

  /** The body of a pattern given as a lambda. */
  @FunctionalInterface
  public interface Body {
    boolean matchAndRewrite(Operation op, PatternRewriter rewriter);
  }

  /** A pattern from a lambda: handy for simple 1:1 rewrites and table-driven pattern sets. */
  public static RewritePattern of(String name, String rootName, int benefit, Body body) {
    return new RewritePattern(rootName, benefit) {
      @Override public String name() { return name; }

      @Override public boolean matchAndRewrite(Operation op, PatternRewriter rewriter) { return body.matchAndRewrite(op, rewriter); }
    };
  }

  @Override public String toString() { return name() + (rootName == null ? "" : " on '" + rootName + "'"); }
}
