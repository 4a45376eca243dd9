package dev.mlc.ir;

/** Result number {@link #index()} of an operation. */
public final class OpResult extends Value {
  final Operation owner;
  final int index;

  OpResult(Operation owner, int index, Type type) {
    super(type);
    this.owner = owner;
    this.index = index;
  }

  public Operation owner() { return owner; }

  public int index() { return index; }

  @Override public Operation definingOp() { return owner; }

  @Override public Block parentBlock() { return owner.parentBlock(); }

  @Override public Location location() { return owner.location(); }

  @Override public String toString() { return "OpResult#" + index + " of " + owner.name(); }
}
