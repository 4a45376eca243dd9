package dev.mlc.ir;

/** Successor slot {@link #index()} of a terminator: one use of a block. */
public final class BlockOperand {
  final Operation owner;
  final int index;
  Block block;
  BlockOperand prevUse, nextUse;

  BlockOperand(Operation owner, int index, Block block) {
    this.owner = owner;
    this.index = index;
    set(block);
  }

  public Operation owner() { return owner; }

  public int index() { return index; }

  public Block get() { return block; }

  public void set(Block b) {
    if (b == block && (b == null || prevUse != null || b.firstUse == this)) return;
    if (block != null) {
      if (prevUse != null) prevUse.nextUse = nextUse;
      else block.firstUse = nextUse;
      if (nextUse != null) nextUse.prevUse = prevUse;
      prevUse = nextUse = null;
    }
    block = b;
    if (b != null) {
      nextUse = b.firstUse;
      if (b.firstUse != null) b.firstUse.prevUse = this;
      b.firstUse = this;
    }
  }
}
