package dev.mlc.lowering.tltoscf;

import dev.mlc.dialect.tl.transforms.IndexMath;
import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code tl.generic ins(A) outs(C) {body}} on buffers -> {@code scf.for d0 .. dN {a = load A[mapA(d)];
 * c = load C[mapC(d)]; body; store y, C[mapC(d)]}}: one scf.for per loop dimension from 0 to the
 * size of the first operand dimension that is a plain {@code dN}, indices computed from the
 * indexing maps with arith ops, {@code tl.index k} replaced by the k-th induction variable.
 * Reductions read, update and write back the output element at every point. An output element
 * whose block argument is unused is not read (as the interpreter does), so a map into a fresh
 * buffer reads nothing uninitialized.
 */
final class GenericLowering extends RewritePattern {
  private final boolean parallelLoops;

  GenericLowering(boolean parallelLoops) {
    super("tl.generic", 1);
    this.parallelLoops = parallelLoops;
  }

  /** Why a tl.generic or tl.matmul cannot be lowered (a tensor operand), or null. */
  static String unsupported(Operation op) {
    for (int i = 0; i < op.numOperands(); i++)
      if (op.operand(i).type() instanceof RankedTensorType)
        return "operand #" + i + " is a tensor (only structured ops on buffers are lowered; bufferize first)";
    return null;
  }

  @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
    String why = unsupported(op);
    if (why != null) return rw.notifyMatchFailure(op, why);
    List<AffineMap> maps = StructuredOps.maps(op);
    List<String> its = LoopLowering.iterators(op);
    int ins = StructuredOps.numInputs(op);
    Location loc = op.location();
    rw.setInsertionPoint(op);
    List<Value> ubs = loopSizes(rw, loc, op.operands(), maps, its.size());
    Block body = op.region(0).front();
    boolean[] readOutputs = new boolean[op.numOperands() - ins];
    for (int o = 0; o < readOutputs.length; o++) readOutputs[o] = body.argument(ins + o).hasUses();
    lowerStructured(rw, loc, op.operands(), ins, maps, LoopLowering.leadingParallel(parallelLoops, its), ubs, (ivs, args) -> {
      // tl.index ops of this generic (not of a generic nested in its body) become induction variables.
      List<Operation> indexOps = new ArrayList<>();
      op.region(0).walk(o -> {
        if (o.isa("tl.index") && enclosingGeneric(o) == op) indexOps.add(o);
      });
      for (Operation ix : indexOps) rw.replaceOp(ix, List.of(ivs.get(((IntegerAttr) ix.attr("dim")).value().intValue())));
      Operation yield = body.last();
      List<Value> bound = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) bound.add(args.get(i) != null ? args.get(i) : op.operand(i)); // unused output arguments
      rw.mergeBlocks(body, rw.insertionBlock(), bound);
      List<Value> ys = new ArrayList<>(yield.operands());
      rw.eraseOp(yield);
      return ys;
    }, readOutputs);
    rw.eraseOp(op);
    return true;
  }

  static Operation enclosingGeneric(Operation o) {
    Operation p = o.parentOp();
    while (p != null && !p.isa("tl.generic")) p = p.parentOp();
    return p;
  }

  /** The size of each loop: the size of the first operand dimension whose map result is the plain loop dimension. */
  static List<Value> loopSizes(Builder b, Location loc, List<Value> operands, List<AffineMap> maps, int loops) {
    Value[] ubs = new Value[loops];
    for (int i = 0; i < operands.size(); i++) {
      if (!(operands.get(i).type() instanceof MemRefType t)) continue;
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < res.size(); j++)
        if (res.get(j) instanceof AffineExpr.Dim d && ubs[d.position()] == null)
          ubs[d.position()] = t.dim(j) == ShapedType.DYNAMIC ? Tl.dim(b, loc, operands.get(i), j) : Loops.index(b, loc, t.dim(j));
    }
    return List.of(ubs);
  }

  /** The scalar computation at one point: the operand elements (null for an output element not read), returns the new output elements. */
  @FunctionalInterface
  interface Scalar {
    List<Value> build(List<Value> ivs, List<Value> elements);
  }

  /**
   * The loop nest of a structured op on buffers: loads every input element (a non-buffer input is
   * passed as it is) and every output element the body reads, at the indices the maps give, runs
   * {@code scalar}, and stores its results to the outputs at their indices.
   */
  static void lowerStructured(Builder b, Location loc, List<Value> operands, int ins, List<AffineMap> maps, int parallel, List<Value> ubs,
                              Scalar scalar, boolean... readOutputs) {
    Value c0 = Loops.index(b, loc, 0), c1 = Loops.index(b, loc, 1);
    Operation before = c0.definingOp(); // constants of the maps go here, before the nest
    int n = ubs.size();
    Loops.nest(b, loc, Collections.nCopies(n, c0), ubs, Collections.nCopies(n, c1), parallel, List.of(), (ivs, carried) -> {
      IndexMath math = new IndexMath(b, loc, ivs, before, Map.of(0L, c0, 1L, c1));
      List<List<Value>> at = new ArrayList<>();
      List<Value> elements = new ArrayList<>();
      for (int i = 0; i < operands.size(); i++) {
        Value v = operands.get(i);
        List<Value> idx = math.apply(maps.get(i).results());
        at.add(idx);
        if (!(v.type() instanceof MemRefType)) elements.add(v);
        else if (i >= ins && !reads(readOutputs, i - ins)) elements.add(null);
        else elements.add(Tl.load(b, loc, v, idx));
      }
      List<Value> ys = scalar.build(ivs, elements);
      for (int o = 0; o < ys.size(); o++) Tl.store(b, loc, ys.get(o), operands.get(ins + o), at.get(ins + o));
      return List.of();
    });
  }

  private static boolean reads(boolean[] readOutputs, int o) { return o < readOutputs.length && readOutputs[o]; }
}
