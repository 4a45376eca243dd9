package dev.mlc.ir.rewrite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A set of patterns, indexed by root op name and ordered by decreasing benefit. */
public final class RewritePatternSet {
  private final List<RewritePattern> all = new ArrayList<>();
  private Map<String, List<RewritePattern>> byRoot;
  private List<RewritePattern> anyOp;

  public RewritePatternSet add(RewritePattern p) {
    all.add(p);
    byRoot = null;
    return this;
  }

  public RewritePatternSet addAll(Collection<? extends RewritePattern> ps) {
    for (RewritePattern p : ps) add(p);
    return this;
  }

  public List<RewritePattern> patterns() { return List.copyOf(all); }

  public boolean isEmpty() { return all.isEmpty(); }

  private void index() {
    if (byRoot != null) return;
    Comparator<RewritePattern> order = Comparator.comparingInt(RewritePattern::benefit).reversed();
    Map<String, List<RewritePattern>> m = new HashMap<>();
    List<RewritePattern> any = new ArrayList<>();
    for (RewritePattern p : all) {
      if (p.rootName() == null) any.add(p);
      else m.computeIfAbsent(p.rootName(), k -> new ArrayList<>()).add(p);
    }
    any.sort(order);
    for (List<RewritePattern> l : m.values()) {
      l.addAll(any);
      l.sort(order);
    }
    byRoot = m;
    anyOp = any;
  }

  /** The patterns that may match ops named {@code opName}, best first (stable for equal benefit). */
  public synchronized List<RewritePattern> forOp(String opName) {
    index();
    List<RewritePattern> l = byRoot.get(opName);
    return l != null ? l : anyOp;
  }
}
