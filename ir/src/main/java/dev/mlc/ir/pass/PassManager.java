package dev.mlc.ir.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pipeline anchored on an op name ({@code builtin.module}, {@code func.func}; null for any op):
 * an ordered list of passes and nested pipelines. A nested pipeline runs on each op of its anchor
 * name found directly in the regions of the op its parent runs on. Passes anchored elsewhere are
 * nested implicitly, as {@code mlir-opt} does.
 */
public final class PassManager {
  private final String anchor;
  private final List<Object> entries = new ArrayList<>();

  public PassManager(String anchor) { this.anchor = anchor == null || anchor.equals("any") ? null : anchor; }

  /** The anchor op name, or null for any op. */
  public String anchor() { return anchor; }

  /** Passes and nested pipelines ({@link Pass} or {@link PassManager}), in order. */
  public List<Object> entries() { return Collections.unmodifiableList(entries); }

  public boolean isEmpty() { return entries.isEmpty(); }

  /** Adds a pass; one anchored on another op name goes into a nested pipeline for that op. */
  public PassManager addPass(Pass p) {
    String a = p.anchor();
    if (a == null || a.equals(anchor)) {
      entries.add(p);
      return this;
    }
    if (!entries.isEmpty() && entries.getLast() instanceof PassManager nested && a.equals(nested.anchor)) nested.entries.add(p);
    else nest(a).entries.add(p);
    return this;
  }

  /** Appends and returns a nested pipeline for ops named {@code opName} ({@code "any"} or null for any op). */
  public PassManager nest(String opName) {
    PassManager n = new PassManager(opName);
    entries.add(n);
    return n;
  }

  /** Appends a copy of every entry of {@code other} (a pipeline with the same anchor). */
  public void addAll(PassManager other) { entries.addAll(other.entries); }

  /** MLIR's textual pipeline syntax: {@code builtin.module(func.func(cse,canonicalize{...}))}. */
  @Override public String toString() {
    StringBuilder sb = new StringBuilder(anchor == null ? "any" : anchor).append('(');
    appendEntries(sb);
    return sb.append(')').toString();
  }

  void appendEntries(StringBuilder sb) {
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) sb.append(',');
      Object e = entries.get(i);
      sb.append(e instanceof Pass p ? PassOptions.describe(p) : e.toString());
    }
  }
}
