package dev.mlc.dialect.graph.transforms;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.dialect.graph.ir.ShapeInference;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.List;

/** The graph dialect's canonicalization patterns (besides the ops' folds). */
public final class GraphPatterns {
  private GraphPatterns() {}

  /** Adds the canonicalization patterns of every graph op registered in {@code ctx}. */
  public static void populateCanonicalizationPatterns(MLContext ctx, RewritePatternSet set) {
    for (OpDef d : ctx.registeredOps()) if (d.dialectNamespace().equals("graph")) d.addCanonicalizationPatterns(set);
  }

  /** {@code transpose(transpose(x, p), q) -> transpose(x, r)} with {@code r[i] = p[q[i]]}. */
  public static final class TransposeOfTranspose extends RewritePattern {
    public TransposeOfTranspose() { super("graph.transpose", 1); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation inner = op.operand(0).definingOp();
      if (inner == null || !inner.isa("graph.transpose")) return rw.notifyMatchFailure(op, "operand is not produced by graph.transpose");
      long[] q = GraphAttrs.ints(op, "perm", ShapeInference.reversedPerm(op.result(0).type() instanceof dev.mlc.ir.type.ShapedType s ? s.rank() : 0));
      long[] p = GraphAttrs.ints(inner, "perm", ShapeInference.reversedPerm(q.length));
      List<dev.mlc.ir.Attribute> r = new ArrayList<>();
      for (long i : q) r.add(IntegerAttr.i64(p[(int) i]));
      rw.setInsertionPoint(op);
      Operation t = rw.create("graph.transpose", op.location(), List.of(inner.operand(0)), op.resultTypes(),
          op.attributes().with("perm", new ArrayAttr(r)));
      rw.replaceOp(op, t);
      return true;
    }
  }

  /** {@code flatten/squeeze/unsqueeze(x) -> reshape(x)}: they only change the shape. */
  public static final class ToReshape extends RewritePattern {
    public ToReshape(String root) { super(root, 1); }

    @Override public String name() { return "ReshapeLikeToReshape"; }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      DictionaryAttr rest = op.attributes().without("axis").without("axes");
      rw.setInsertionPoint(op);
      rw.replaceOp(op, rw.create("graph.reshape", op.location(), List.of(op.operand(0)), op.resultTypes(), rest));
      return true;
    }
  }
}
