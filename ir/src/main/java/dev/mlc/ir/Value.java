package dev.mlc.ir;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * An SSA value: the result of an operation ({@link OpResult}) or an argument of a block
 * ({@link BlockArgument}). Keeps the list of its uses.
 */
public abstract sealed class Value permits OpResult, BlockArgument {
  Type type;
  OpOperand firstUse;

  Value(Type type) { this.type = java.util.Objects.requireNonNull(type, "value type"); }

  public final Type type() { return type; }

  /** Changes the type in place (callers keep the IR valid). */
  public final void setType(Type t) { this.type = java.util.Objects.requireNonNull(t); }

  /** The operation defining this value, or null for a block argument. */
  public abstract Operation definingOp();

  /** The block in which this value is defined. */
  public abstract Block parentBlock();

  public abstract Location location();

  public final Region parentRegion() {
    Block b = parentBlock();
    return b == null ? null : b.parent();
  }

  public final boolean hasUses() { return firstUse != null; }

  public final boolean hasOneUse() { return firstUse != null && firstUse.nextUse == null; }

  /** The uses, most recent first. Safe against removal of the current use while iterating. */
  public final Iterable<OpOperand> uses() {
    return () -> new Iterator<>() {
      OpOperand next = firstUse;

      @Override public boolean hasNext() { return next != null; }

      @Override public OpOperand next() {
        if (next == null) throw new NoSuchElementException();
        OpOperand r = next;
        next = r.nextUse;
        return r;
      }
    };
  }

  public final List<OpOperand> useList() {
    List<OpOperand> r = new ArrayList<>();
    for (OpOperand u = firstUse; u != null; u = u.nextUse) r.add(u);
    return r;
  }

  public final int useCount() {
    int n = 0;
    for (OpOperand u = firstUse; u != null; u = u.nextUse) n++;
    return n;
  }

  /** The distinct operations using this value. */
  public final List<Operation> users() {
    List<Operation> r = new ArrayList<>();
    for (OpOperand u = firstUse; u != null; u = u.nextUse) if (!r.contains(u.owner)) r.add(u.owner);
    return r;
  }

  /** Makes every use of this value use {@code other} instead. */
  public final void replaceAllUsesWith(Value other) {
    if (other == this) return;
    while (firstUse != null) firstUse.set(other);
  }

  /** Replaces the uses for which {@code pred} holds. */
  public final void replaceUsesWithIf(Value other, Predicate<OpOperand> pred) {
    if (other == this) return;
    OpOperand u = firstUse;
    while (u != null) {
      OpOperand n = u.nextUse;
      if (pred.test(u)) u.set(other);
      u = n;
    }
  }

  /** Replaces every use except those owned by {@code except}. */
  public final void replaceAllUsesExcept(Value other, Operation except) {
    replaceUsesWithIf(other, u -> u.owner != except);
  }

  final void addUse(OpOperand u) {
    u.prevUse = null;
    u.nextUse = firstUse;
    if (firstUse != null) firstUse.prevUse = u;
    firstUse = u;
  }

  final void removeUse(OpOperand u) {
    if (u.prevUse != null) u.prevUse.nextUse = u.nextUse;
    else firstUse = u.nextUse;
    if (u.nextUse != null) u.nextUse.prevUse = u.prevUse;
    u.prevUse = u.nextUse = null;
  }
}
