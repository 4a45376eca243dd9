package dev.mlc.ir;

import dev.mlc.ir.attr.DictionaryAttr;
import java.util.List;

/** Creates operations and blocks at an insertion point. */
public class Builder {
  protected final MLContext context;
  private Block block;
  private Operation before;

  public Builder(MLContext context) { this.context = context; }

  public MLContext context() { return context; }

  public Block insertionBlock() { return block; }

  /** The op before which new ops go, or null for the end of the block. */
  public Operation insertionPoint() { return before; }

  public void setInsertionPointToEnd(Block b) {
    block = b;
    before = null;
  }

  public void setInsertionPointToStart(Block b) {
    block = b;
    before = b.first();
  }

  public void setInsertionPoint(Operation op) {
    block = op.parentBlock();
    before = op;
  }

  public void setInsertionPointAfter(Operation op) {
    block = op.parentBlock();
    before = op.nextOp();
  }

  public void clearInsertionPoint() {
    block = null;
    before = null;
  }

  /** Restores an insertion point when closed. */
  public interface InsertionGuard extends AutoCloseable {
    @Override void close();
  }

  /** Saves and later restores the insertion point: {@code try (var g = b.guard()) {...}}. */
  public InsertionGuard guard() {
    Block b = block;
    Operation o = before;
    return () -> {
      block = b;
      before = o;
    };
  }

  /** Inserts a detached op at the insertion point (if any) and returns it. */
  public Operation insert(Operation op) {
    if (block != null) block.insertBefore(op, before);
    notifyOperationInserted(op);
    return op;
  }

  /** Hook for rewriters that track created ops. */
  protected void notifyOperationInserted(Operation op) {}

  public Operation create(OperationState state) { return insert(Operation.create(state)); }

  public Operation create(String name, Location loc, List<? extends Value> operands, List<? extends Type> resultTypes,
                          DictionaryAttr attributes) {
    return insert(Operation.create(context.opName(name), loc, operands, resultTypes, null, attributes, List.of(), 0));
  }

  /** Creates a block at the end of {@code region} with the given argument types and moves the insertion point to it. */
  public Block createBlock(Region region, List<? extends Type> argTypes, Location loc) {
    Block b = new Block();
    for (Type t : argTypes) b.addArgument(t, loc);
    region.appendBlock(b);
    setInsertionPointToEnd(b);
    return b;
  }

  public <T> T intern(T value) { return context.intern(value); }
}
