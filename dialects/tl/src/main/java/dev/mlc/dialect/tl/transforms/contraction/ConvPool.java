package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A 2x2, stride-2 max pooling that reads only a convolution's output, fused into the convolution
 * (cnn_small's conv + ReLU + max pool): the kernel computes the two conv rows of a pooled row, applies
 * the epilogue, takes the maximum of each 2x2 window in registers and stores only the pooled row, so
 * the convolution's (4x bigger) output is never written or read back.
 *
 * <p>The pooling is the window-reduction generic {@code convert-graph-to-tl} emits:
 * {@code out[n, m, ph, pw] = max(out, y[n, m, 2 ph + kh, 2 pw + kw])} over a 2x2 window buffer, body one
 * {@code arith.maximumf} of the accumulator and {@code y}, with nothing but allocations, fills of those
 * fresh buffers, constants and deallocations of other buffers between the convolution's epilogue and
 * it. {@code y} must be a fresh {@code tl.alloc} used by nothing else than the convolution, its bias
 * initialization, its epilogue, the pooling and deallocations (it is erased), the convolution must
 * start from a bias initialization (no read of {@code y}), the output rows and columns even, the
 * columns a multiple of the register tile's {@code nr = 32}, and {@code out} a fresh buffer allocated
 * after the convolution or an argument of the function (an out-parameter), read by none of the fused
 * ops (its initializing fill of -inf is erased: each window's maximum is stored).
 * {@code maximumf} is commutative and associative, so the pairwise order gives the same bits.
 */
record ConvPool(Operation pool, Value out, List<Operation> erase) {
  static final Set<String> SKIP = Set.of("tl.alloc", "tl.fill", "tl.dealloc", "arith.constant");

  /** The pooling to fuse into {@code conv} (whose last epilogue op, or itself, is {@code last}), or null. */
  static ConvPool match(ConvContraction c, Operation last, Epilogue.Chain epi, Epilogue.Init init, int nr) {
    Value y = c.y();
    if (init == null || nr != 2 * Emitter.VL || !(y.definingOp() instanceof Operation ya) || !ya.isa("tl.alloc")) return null;
    long[] l = c.loops();
    if (l[2] % 2 != 0 || l[3] % nr != 0) return null;
    List<Operation> fresh = new ArrayList<>(), fills = new ArrayList<>();
    Operation p = last.nextOp();
    for (; p != null && SKIP.contains(p.name()); p = p.nextOp()) {
      if (p.isa("tl.alloc")) fresh.add(p);
      else if (p.isa("tl.dealloc") && p.operand(0) == y) return null;
      else if (p.isa("tl.fill")) fills.add(p);
    }
    if (p == null || !p.isa("tl.generic") || p.numOperands() != 3 || p.operand(0) != y) return null;
    WindowReduction wr = WindowReduction.match(p);
    if (wr == null || !wr.combiner.equals("arith.maximumf") || wr.stride != 2 || wr.p != 4 || wr.nd != 6) return null;
    if (wr.ext[4] != 2 || wr.ext[5] != 2 || wr.ext[0] != l[0] || wr.ext[1] != l[1] || 2 * wr.ext[2] != l[2] || 2 * wr.ext[3] != l[3]) return null;
    List<AffineMap> maps = StructuredOps.maps(p);
    List<AffineExpr> om = maps.get(2).results();
    if (om.size() != 4) return null;
    for (int k = 0; k < 4; k++) if (!(om.get(k) instanceof AffineExpr.Dim d && d.position() == k)) return null;
    List<AffineExpr> in = maps.get(0).results();
    if (in.size() != 4 || !is(in.get(0), wr.ext, 0, 1) || !is(in.get(1), wr.ext, 1, 1) || !is(in.get(2), wr.ext, 2, 2, 4, 1) || !is(in.get(3), wr.ext, 3, 2, 5, 1)) return null;
    Value out = p.operand(2);
    if (!(out.type() instanceof MemRefType ot) || !ot.elementType().equals(FloatType.F32) || ot.layout() != null) return null;
    // a buffer allocated between the convolution and the pooling, or an argument of the function (an
    // out-parameter: it aliases no input), read by none of the fused ops
    boolean freshOut = out.definingOp() instanceof Operation oa && fresh.contains(oa);
    boolean argOut = out instanceof BlockArgument a && a.owner() == c.op().parentBlock() && a.owner().parentOp() != null && a.owner().parentOp().isa("func.func");
    if (!freshOut && !argOut || out == c.x() || out == c.w()) return null;
    if (epi != null) for (Epilogue e : epi.parts()) if (e.op.operands().contains(out)) return null;
    if (init.generic().op.operands().contains(out)) return null;
    for (Operation f : fills) if (f.operand(1) != out && !(f.operand(1).definingOp() instanceof Operation d && fresh.contains(d))) return null;
    List<Operation> erase = new ArrayList<>();
    for (OpOperand u : y.uses()) {
      Operation o = u.owner();
      if (o == c.op() || o == p || o == init.generic().op || epi != null && epi.parts().stream().anyMatch(e -> e.op == o)) continue;
      if (!o.isa("tl.dealloc")) return null;
      erase.add(o);
    }
    erase.add(ya);
    for (Operation f : fills) if (f.operand(1) == out) erase.add(f);
    return new ConvPool(p, out, erase);
  }

  /** Whether {@code e} is exactly the sum of {@code coeff} times dim over the (dim, coeff) pairs, with no constant. */
  private static boolean is(AffineExpr e, long[] extents, long... dimCoeff) {
    long[] lin = ConvContraction.linear(e, extents);
    if (lin == null) return false;
    long[] want = new long[extents.length + 1];
    for (int i = 0; i < dimCoeff.length; i += 2) want[(int) dimCoeff[i]] = dimCoeff[i + 1];
    return java.util.Arrays.equals(lin, want);
  }

  /** Erases the pooling and what the fused kernel makes dead (the convolution's output, the output's fill); call after the kernel is emitted and the convolution erased. */
  void eraseFused() {
    pool.erase();
    for (Operation o : erase) if (!o.isa("tl.alloc")) o.erase();
    for (Operation o : erase) if (o.isa("tl.alloc")) o.erase();
  }
}
