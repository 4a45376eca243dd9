package dev.mlc.ir;

/** Operand slot {@link #index()} of an operation: one use of a value. */
public final class OpOperand {
  final Operation owner;
  final int index;
  Value value;
  OpOperand prevUse, nextUse;

  OpOperand(Operation owner, int index, Value value) {
    this.owner = owner;
    this.index = index;
    this.value = value;
    if (value != null) value.addUse(this);
  }

  public Operation owner() { return owner; }

  public int index() { return index; }

  public Value get() { return value; }

  /** Points this operand at another value, updating both use lists. */
  public void set(Value v) {
    if (v == value) return;
    if (value != null) value.removeUse(this);
    value = v;
    if (v != null) v.addUse(this);
  }

  void drop() { set(null); }
}
