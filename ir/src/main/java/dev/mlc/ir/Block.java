package dev.mlc.ir;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A list of operations with typed arguments, inside a {@link Region}. */
public final class Block implements Iterable<Operation> {
  Region parent;
  private final ArrayList<BlockArgument> arguments = new ArrayList<>(2);
  private Operation first, last;
  private int size;
  private boolean orderValid;
  BlockOperand firstUse;
  private final int hash = IdentityHashes.next();

  public Block() {}

  /** Identity semantics; the hash is a per-object random number. */
  @Override public int hashCode() { return hash; }

  public Region parent() { return parent; }

  public Operation parentOp() { return parent == null ? null : parent.parentOp(); }

  // ---- arguments ----

  public List<BlockArgument> arguments() { return java.util.Collections.unmodifiableList(arguments); }

  public int numArguments() { return arguments.size(); }

  public BlockArgument argument(int i) { return arguments.get(i); }

  public BlockArgument addArgument(Type type, Location loc) {
    BlockArgument a = new BlockArgument(this, arguments.size(), type, loc);
    arguments.add(a);
    return a;
  }

  public BlockArgument insertArgument(int index, Type type, Location loc) {
    BlockArgument a = new BlockArgument(this, index, type, loc);
    arguments.add(index, a);
    for (int i = index + 1; i < arguments.size(); i++) arguments.get(i).index = i;
    return a;
  }

  /** Erases an unused argument. */
  public void eraseArgument(int index) {
    BlockArgument a = arguments.get(index);
    if (a.hasUses()) throw new IllegalStateException("cannot erase a block argument that has uses");
    arguments.remove(index);
    for (int i = index; i < arguments.size(); i++) arguments.get(i).index = i;
  }

  public List<Type> argumentTypes() {
    List<Type> r = new ArrayList<>(arguments.size());
    for (BlockArgument a : arguments) r.add(a.type());
    return r;
  }

  // ---- operations ----

  public Operation first() { return first; }

  public Operation last() { return last; }

  public boolean isEmpty() { return first == null; }

  public int size() { return size; }

  /** The last operation, if it is a terminator by trait, or null. */
  public Operation terminator() {
    return last != null && last.hasTrait(Traits.IsTerminator.class) ? last : null;
  }

  public List<Operation> operations() {
    List<Operation> r = new ArrayList<>(size);
    for (Operation o = first; o != null; o = o.next) r.add(o);
    return r;
  }

  /** Iterates in order; the current op may be removed or erased while iterating. */
  @Override public Iterator<Operation> iterator() {
    return new Iterator<>() {
      Operation next = first;

      @Override public boolean hasNext() { return next != null; }

      @Override public Operation next() {
        if (next == null) throw new NoSuchElementException();
        Operation r = next;
        next = r.next;
        return r;
      }
    };
  }

  public void append(Operation op) { insertBefore(op, null); }

  public void prepend(Operation op) { insertBefore(op, first); }

  /** Inserts {@code op} (detached) before {@code before}, or at the end when it is null. */
  public void insertBefore(Operation op, Operation before) {
    if (op.parent != null) throw new IllegalStateException("operation is already in a block");
    if (before != null && before.parent != this) throw new IllegalArgumentException("insertion point is not in this block");
    op.parent = this;
    if (before == null) {
      op.prev = last;
      op.next = null;
      if (last != null) last.next = op;
      else first = op;
      last = op;
      if (orderValid) op.orderIndex = op.prev == null ? 0 : op.prev.orderIndex + 1;
    } else {
      op.next = before;
      op.prev = before.prev;
      if (before.prev != null) before.prev.next = op;
      else first = op;
      before.prev = op;
      orderValid = false;
    }
    size++;
  }

  public void insertAfter(Operation op, Operation after) { insertBefore(op, after.next); }

  void unlink(Operation op) {
    if (op.prev != null) op.prev.next = op.next;
    else first = op.next;
    if (op.next != null) op.next.prev = op.prev;
    else last = op.prev;
    op.prev = op.next = null;
    op.parent = null;
    size--;
  }

  void ensureOrder() {
    if (orderValid) return;
    int i = 0;
    for (Operation o = first; o != null; o = o.next) o.orderIndex = i++;
    orderValid = true;
  }

  /**
   * Splits this block before {@code at}: {@code at} and everything after it move to a new block
   * inserted right after this one, which is returned.
   */
  public Block splitBefore(Operation at) {
    Block nb = new Block();
    parent.insertAfter(nb, this);
    for (Operation o = at; o != null; ) {
      Operation n = o.next;
      o.remove();
      nb.append(o);
      o = n;
    }
    return nb;
  }

  /** Moves all ops of {@code other} to the end of this block (arguments are not touched). */
  public void takeOperations(Block other) {
    for (Operation o = other.first; o != null; ) {
      Operation n = o.next;
      o.remove();
      append(o);
      o = n;
    }
  }

  // ---- predecessors ----

  public boolean hasPredecessors() { return firstUse != null; }

  /** The terminators that branch here (one entry per edge). */
  public List<Operation> predecessors() {
    List<Operation> r = new ArrayList<>();
    for (BlockOperand u = firstUse; u != null; u = u.nextUse) r.add(u.owner);
    return r;
  }

  /** The blocks the terminator of this block branches to. */
  public List<Block> successors() {
    return last == null ? List.of() : last.successors();
  }

  public boolean isEntryBlock() { return parent != null && parent.front() == this; }

  /** Drops the uses held by the ops of this block and removes it from its region. */
  public void erase() {
    for (Operation o = first; o != null; o = o.next) o.dropAllReferences();
    if (parent != null) parent.removeBlock(this);
  }

  public void walk(java.util.function.Consumer<Operation> f) {
    for (Operation o = first; o != null; ) {
      Operation n = o.next;
      o.walk(f);
      o = n;
    }
  }

  /** Removes this block from its region without touching its ops (to move it elsewhere). */
  public void erasePreservingOps() {
    if (parent != null) parent.removeBlock(this);
  }

  /** Index of this block in its region. */
  public int indexInRegion() { return parent == null ? -1 : parent.blocks().indexOf(this); }

  @Override public String toString() { return "Block(" + size + " ops)"; }
}
