package dev.mlc.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** A list of blocks owned by an operation. */
public final class Region {
  private Operation parentOp;
  private final ArrayList<Block> blocks = new ArrayList<>(1);

  /** A region owned by {@code parentOp} (null for a detached region used while building). */
  public Region(Operation parentOp) { this.parentOp = parentOp; }

  public Operation parentOp() { return parentOp; }

  /** Makes a detached region (built before its op) a region of {@code op}. */
  void adoptBy(Operation op) {
    if (parentOp != null) throw new IllegalStateException("region already belongs to '" + parentOp.name() + "'");
    parentOp = op;
  }

  /** The index of this region among its parent op's regions (-1 when detached). */
  public int indexInParent() {
    if (parentOp == null) return -1;
    for (int i = 0; i < parentOp.numRegions(); i++) if (parentOp.region(i) == this) return i;
    return -1;
  }

  /**
   * Whether this is a graph region (no dominance requirement): a region of an unregistered op, or
   * one its op's definition declares so. Detached regions are SSACFG.
   */
  public boolean isGraphRegion() {
    if (parentOp == null) return false;
    OpDef d = parentOp.def();
    return d == null || d.isGraphRegion(indexInParent());
  }

  public List<Block> blocks() { return Collections.unmodifiableList(blocks); }

  public boolean isEmpty() { return blocks.isEmpty(); }

  public int numBlocks() { return blocks.size(); }

  public Block front() { return blocks.isEmpty() ? null : blocks.get(0); }

  public Block block(int i) { return blocks.get(i); }

  public boolean hasOneBlock() { return blocks.size() == 1; }

  public Block addBlock() {
    Block b = new Block();
    appendBlock(b);
    return b;
  }

  public void appendBlock(Block b) {
    if (b.parent != null) throw new IllegalStateException("block already in a region");
    b.parent = this;
    blocks.add(b);
  }

  public void insertAfter(Block b, Block after) {
    b.parent = this;
    blocks.add(blocks.indexOf(after) + 1, b);
  }

  public void insertBlock(int index, Block b) {
    b.parent = this;
    blocks.add(index, b);
  }

  void removeBlock(Block b) {
    blocks.remove(b);
    b.parent = null;
  }

  /** Moves all blocks of {@code other} into this region (which must be empty). */
  public void takeBody(Region other) {
    if (!blocks.isEmpty()) throw new IllegalStateException("region is not empty");
    for (Block b : other.blocks) {
      b.parent = this;
      blocks.add(b);
    }
    other.blocks.clear();
  }

  /** Moves the blocks of {@code other} to the end of this region. */
  public void appendBlocksFrom(Region other) {
    for (Block b : other.blocks) {
      b.parent = this;
      blocks.add(b);
    }
    other.blocks.clear();
  }

  /** The closest enclosing region-holding op's region chain: whether this region is (or is inside) {@code other}. */
  public boolean isProperAncestorOf(Region other) {
    for (Region r = other == null ? null : parentRegionOf(other); r != null; r = parentRegionOf(r)) if (r == this) return true;
    return false;
  }

  private static Region parentRegionOf(Region r) {
    return r.parentOp == null ? null : r.parentOp.parentRegion();
  }

  public void walk(Consumer<Operation> f) {
    for (int i = 0; i < blocks.size(); i++) blocks.get(i).walk(f);
  }

  public void walkPreOrder(Consumer<Operation> f) {
    for (int i = 0; i < blocks.size(); i++)
      for (Operation o = blocks.get(i).first(); o != null; ) {
        Operation n = o.nextOp();
        o.walkPreOrder(f);
        o = n;
      }
  }

  /** Clones the blocks of this region to the end of {@code dest}, recording the mapping. */
  public void cloneInto(Region dest, IRMapping mapping) {
    List<Block> newBlocks = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      Block nb = new Block();
      for (BlockArgument a : b.arguments()) mapping.map(a, nb.addArgument(a.type(), a.location()));
      mapping.map(b, nb);
      newBlocks.add(nb);
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block nb = newBlocks.get(i);
      for (Operation o = blocks.get(i).first(); o != null; o = o.nextOp()) nb.append(o.clone(mapping));
      dest.appendBlock(nb);
    }
    // An op may use a value defined after it (in a later block that dominates its block, or
    // anywhere in a graph region), which was not mapped yet when the op was cloned: remap now.
    for (Block nb : newBlocks)
      nb.walk(op -> {
        for (int i = 0; i < op.numOperands(); i++) {
          Value v = op.operand(i);
          Value m = v == null ? null : mapping.lookupOrNull(v);
          if (m != null) op.setOperand(i, m);
        }
      });
  }

  /** Drops all references of the ops inside and removes all blocks. */
  public void clear() {
    for (Block b : blocks) for (Operation o = b.first(); o != null; o = o.nextOp()) o.dropAllReferences();
    for (Block b : blocks) b.parent = null;
    blocks.clear();
  }
}
