package dev.mlc.lowering.tltoscf;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.ShapedType;
import java.util.List;

/**
 * {@code tl.matmul ins(A, B) outs(C)} on buffers -> {@code scf.for i, j, k {C[i, j] = C[i, j] + A[i, k] * B[k, j]}}:
 * the generic with maps (i, k), (k, j), (i, j) and iterators parallel, parallel, reduction;
 * mulf/addf on floats, muli/addi on integers (rounding each step, as the interpreter does).
 */
final class MatmulLowering extends RewritePattern {
  private final boolean parallelLoops;

  MatmulLowering(boolean parallelLoops) {
    super("tl.matmul", 1);
    this.parallelLoops = parallelLoops;
  }

  static AffineMap map(int a, int b) { return new AffineMap(3, 0, List.of(AffineExpr.dim(a), AffineExpr.dim(b))); }

  @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
    String why = GenericLowering.unsupported(op);
    if (why != null) return rw.notifyMatchFailure(op, why);
    Type e = ((ShapedType) op.operand(2).type()).elementType();
    boolean isFloat = e instanceof FloatType;
    List<AffineMap> maps = List.of(map(0, 2), map(2, 1), map(0, 1));
    rw.setInsertionPoint(op);
    List<Value> ubs = GenericLowering.loopSizes(rw, op.location(), op.operands(), maps, 3);
    GenericLowering.lowerStructured(rw, op.location(), op.operands(), 2, maps, parallelLoops ? 2 : 0, ubs, (ivs, x) -> {
      Value p = Loops.arith(rw, op.location(), isFloat ? "arith.mulf" : "arith.muli", x.get(0), x.get(1));
      return List.of(Loops.arith(rw, op.location(), isFloat ? "arith.addf" : "arith.addi", x.get(2), p));
    }, true);
    rw.eraseOp(op);
    return true;
  }
}
