package dev.mlc.ir.rewrite;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Builder;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpResult;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder through which patterns change IR. Every mutation is reported to a {@link Listener}
 * (the drivers keep their worklists with it), and {@link #notifyMatchFailure} records why a
 * pattern did not apply.
 */
public class PatternRewriter extends Builder {
  /** Observes changes made through the rewriter. */
  public interface Listener {
    default void operationInserted(Operation op) {}

    /** {@code op} is about to be replaced by {@code values} (and erased). */
    default void operationReplaced(Operation op, List<? extends Value> values) {}

    /** {@code op} is about to be erased. */
    default void operationErased(Operation op) {}

    default void operationModified(Operation op) {}

    default void matchFailure(Operation op, String reason) {}
  }

  private Listener listener;

  public PatternRewriter(MLContext context) { super(context); }

  public void setListener(Listener l) { this.listener = l; }

  public Listener listener() { return listener; }

  @Override protected void notifyOperationInserted(Operation op) {
    if (listener != null) listener.operationInserted(op);
  }

  /** Records why the current pattern does not apply to {@code op}; returns false for {@code return notifyMatchFailure(...)}. */
  public boolean notifyMatchFailure(Operation op, String reason) {
    if (listener != null) listener.matchFailure(op, reason);
    return false;
  }

  /** Replaces every use of {@code op}'s results by {@code values} and erases {@code op}. */
  public void replaceOp(Operation op, List<? extends Value> values) {
    if (values.size() != op.numResults())
      throw new IllegalArgumentException("replaceOp: '" + op.name() + "' has " + op.numResults() + " results, got " + values.size() + " values");
    if (listener != null) listener.operationReplaced(op, values);
    for (int i = 0; i < values.size(); i++) {
      OpResult r = op.result(i);
      Value v = values.get(i);
      if (listener != null) for (var u : r.useList()) listener.operationModified(u.owner());
      r.replaceAllUsesWith(v);
    }
    eraseOp(op);
  }

  public void replaceOp(Operation op, Operation replacement) {
    List<Value> vs = new ArrayList<>(replacement.results());
    replaceOp(op, vs);
  }

  /** Erases {@code op} (its results must be unused) and everything nested in it. */
  public void eraseOp(Operation op) {
    if (!op.useEmpty()) throw new IllegalStateException("eraseOp: results of '" + op.name() + "' still have uses");
    if (listener != null) {
      op.walk(nested -> {
        if (nested != op) listener.operationErased(nested);
      });
      listener.operationErased(op);
    }
    op.erase();
  }

  /** Runs {@code change} on {@code op} in place and reports the modification. */
  public void modifyOpInPlace(Operation op, Runnable change) {
    change.run();
    if (listener != null) listener.operationModified(op);
  }

  /** Replaces all uses of {@code from} with {@code to}, reporting the users. */
  public void replaceAllUsesWith(Value from, Value to) {
    if (listener != null) for (var u : from.useList()) listener.operationModified(u.owner());
    from.replaceAllUsesWith(to);
  }

  /** Moves the blocks of {@code region} before block index {@code index} of {@code parent}. */
  public void inlineRegionBefore(Region region, Region parent, int index) {
    List<Block> blocks = new ArrayList<>(region.blocks());
    for (Block b : blocks) {
      b.erasePreservingOps();
      parent.insertBlock(index++, b);
    }
  }

  /**
   * Moves the ops of {@code source} before {@code before} (in another block), replacing the
   * source's arguments by {@code argValues}; {@code source} is then erased.
   */
  public void inlineBlockBefore(Block source, Operation before, List<? extends Value> argValues) {
    for (int i = 0; i < argValues.size(); i++) replaceAllUsesWith(source.argument(i), argValues.get(i));
    Block dest = before.parentBlock();
    for (Operation o = source.first(); o != null; ) {
      Operation n = o.nextOp();
      o.remove();
      dest.insertBefore(o, before);
      if (listener != null) listener.operationInserted(o);
      o = n;
    }
    source.erase();
  }

  /** Appends the ops of {@code source} to {@code dest}, replacing its arguments; erases {@code source}. */
  public void mergeBlocks(Block source, Block dest, List<? extends Value> argValues) {
    for (int i = 0; i < argValues.size(); i++) replaceAllUsesWith(source.argument(i), argValues.get(i));
    for (Operation o = source.first(); o != null; ) {
      Operation n = o.nextOp();
      o.remove();
      dest.append(o);
      if (listener != null) listener.operationInserted(o);
      o = n;
    }
    source.erase();
  }

  /** Splits {@code block} before {@code op}; returns the new block holding {@code op} and what follows. */
  public Block splitBlock(Block block, Operation op) { return block.splitBefore(op); }

  /** Erases an unused block argument. */
  public void eraseBlockArgument(BlockArgument arg) { arg.owner().eraseArgument(arg.index()); }
}
