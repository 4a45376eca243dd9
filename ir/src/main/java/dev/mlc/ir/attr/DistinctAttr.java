package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code distinct[N]<attr>}: an attribute that is equal only to itself, wrapping another. The
 * number in the text identifies it within one file; the printer renumbers in order of appearance.
 */
public final class DistinctAttr implements Attribute {
  private static final AtomicLong IDS = new AtomicLong();
  private final Attribute referenced;
  private final long id = IDS.incrementAndGet();

  public DistinctAttr(Attribute referenced) { this.referenced = referenced; }

  /** The wrapped attribute ({@link UnitAttr} for {@code distinct[N]<>}). */
  public Attribute referenced() { return referenced; }

  @Override public int hashCode() { return Long.hashCode(id); }

  @Override public boolean equals(Object o) { return o == this; }

  @Override public String toString() { return "distinct#" + id + "<" + referenced + ">"; }
}
