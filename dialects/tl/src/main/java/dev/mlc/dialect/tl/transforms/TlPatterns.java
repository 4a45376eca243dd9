package dev.mlc.dialect.tl.transforms;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;

/** Canonicalization patterns of the tl dialect (the ops' own {@code addCanonicalizationPatterns} use them). */
public final class TlPatterns {
  private TlPatterns() {}

  /** Adds every tl canonicalization pattern. */
  public static RewritePatternSet populateTlCanonicalizationPatterns(RewritePatternSet set) {
    return set.add(emptyLoop()).add(forwardedIterArgs()).add(deadAlloc("tl.alloc")).add(deadAlloc("tl.alloca"))
        .add(deadTensorOp("tl.generic")).add(deadTensorOp("tl.matmul")).add(deadTensorOp("tl.fill"));
  }

  static int rank(Operation loop) { return loop.attr("iterator_types") instanceof ArrayAttr a ? a.size() : 0; }

  /** {@code tl.loop} with a dimension whose constant lower bound is not below its constant upper bound -> its initial values. */
  public static RewritePattern emptyLoop() {
    return RewritePattern.of("EmptyLoop", "tl.loop", 1, (op, rw) -> {
      int n = rank(op);
      for (int d = 0; d < n; d++) {
        Attribute lb = OperationFolder.constantValue(op.operand(d)), ub = OperationFolder.constantValue(op.operand(n + d));
        if (lb instanceof IntegerAttr l && ub instanceof IntegerAttr u && l.value().compareTo(u.value()) >= 0) {
          rw.replaceOp(op, op.operands().subList(3 * n, op.numOperands()));
          return true;
        }
      }
      return rw.notifyMatchFailure(op, "no dimension is known to be empty");
    });
  }

  /** Result i of a {@code tl.loop} whose body yields its iter_arg i unchanged -> the initial value i. */
  public static RewritePattern forwardedIterArgs() {
    return RewritePattern.of("ForwardedIterArgs", "tl.loop", 1, (op, rw) -> {
      int n = rank(op);
      Block body = op.region(0).front();
      Operation yield = body.last();
      boolean changed = false;
      for (int i = 0; i < op.numResults(); i++) {
        Value carried = body.argument(n + i);
        if (yield.operand(i) == carried && op.result(i).hasUses()) {
          rw.replaceAllUsesWith(op.result(i), op.operand(3 * n + i));
          changed = true;
        }
      }
      return changed || rw.notifyMatchFailure(op, "no loop-carried value is yielded unchanged with its result in use");
    });
  }

  /**
   * An op on tensors only (no buffer operands: {@code tl.generic}, {@code tl.matmul}, {@code tl.fill})
   * whose results are unused and whose body has no side effects -> nothing (it only computes values).
   */
  public static RewritePattern deadTensorOp(String root) {
    return RewritePattern.of("EraseDeadTensorOp", root, 1, (op, rw) -> {
      for (Value r : op.results()) if (r.hasUses()) return rw.notifyMatchFailure(op, "a result is used");
      for (Value v : op.operands()) if (v.type() instanceof MemRefType) return rw.notifyMatchFailure(op, "it may write the buffer operand");
      if (op.numResults() == 0) return rw.notifyMatchFailure(op, "it has no tensor results");
      for (Region r : op.regions())
        for (Block b : r.blocks())
          for (Operation o : b)
            if (!o.hasTrait(Traits.IsTerminator.class) && !GreedyRewriteDriver.wouldBeTriviallyDead(o))
              return rw.notifyMatchFailure(op, "its body has side effects");
      rw.eraseOp(op);
      return true;
    });
  }

  /** MLIR's SimplifyDeadAlloc: an allocation used only by deallocs (or not at all) -> nothing. */
  public static RewritePattern deadAlloc(String root) {
    return RewritePattern.of("SimplifyDeadAlloc", root, 1, (op, rw) -> {
      for (Operation user : op.result(0).users())
        if (!user.isa("tl.dealloc")) return rw.notifyMatchFailure(op, "the buffer has a use other than tl.dealloc");
      for (Operation user : op.result(0).users()) rw.eraseOp(user);
      rw.eraseOp(op);
      return true;
    });
  }
}
