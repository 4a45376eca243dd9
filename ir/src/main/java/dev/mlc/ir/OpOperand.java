package dev.mlc.ir;

/** Operand slot {@link #index()} of an operation: one use of a value. */
public final class OpOperand {
  final Operation owner;
  Value value;
  OpOperand prevUse, nextUse;

  OpOperand(Operation owner, int index, Value value) {
    this.owner = owner;
    this.value = value;
    if (value != null) value.addUse(this);
  }

  public Operation owner() { return owner; }

  /** The operand number (found by a scan of the owner's operands: operand lists are short). */
  public int index() {
    for (int i = 0, n = owner.numOperands(); i < n; i++) if (owner.opOperand(i) == this) return i;
    return -1;
  }

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
