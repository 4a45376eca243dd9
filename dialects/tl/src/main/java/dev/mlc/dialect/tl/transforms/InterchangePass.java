package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Permutes the loop dimensions of every {@code tl.generic} and {@code tl.loop} of the permutation's
 * rank: new dimension {@code i} is old dimension {@code permutation[i]} (MLIR's linalg interchange).
 * For a generic the indexing maps, iterator types and {@code tl.index} ops are renumbered; for a
 * loop the bounds, steps, iterator types and induction variables are permuted. Reordering
 * reduction dimensions of a float reduction reassociates it.
 */
@PassInfo(name = "interchange", summary = "Permute the loop dimensions of tl.generic and tl.loop")
public final class InterchangePass extends Pass {
  @PassOption(name = "permutation", description = "New loop i is old loop permutation[i]")
  List<Long> permutation = List.of();

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    if (!TilePass.isPermutation(permutation) || permutation.isEmpty()) {
      root.emitError("interchange: permutation " + permutation + " is not a permutation");
      ctx.signalFailure();
      return;
    }
    int n = permutation.size();
    int[] perm = new int[n], inv = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = permutation.get(i).intValue();
      inv[perm[i]] = i;
    }
    var count = ctx.statistic("num-interchanged", "ops interchanged");
    root.walk(o -> {
      if ((o.isa("tl.generic") || o.isa("tl.loop")) && LoopUtils.iterators(o).size() == n) {
        if (o.isa("tl.generic")) generic(o, perm, inv);
        else loop(o, perm);
        count.add(1);
      }
    });
  }

  static AffineExpr rename(AffineExpr e, int[] inv) {
    return switch (e) {
      case AffineExpr.Dim d -> AffineExpr.dim(inv[d.position()]);
      case AffineExpr.Binary b -> AffineExpr.binary(b.kind(), rename(b.lhs(), inv), rename(b.rhs(), inv));
      default -> e;
    };
  }

  static ArrayAttr permuted(List<String> its, int[] perm) {
    List<Attribute> r = new ArrayList<>();
    for (int p : perm) r.add(StringAttr.of(its.get(p)));
    return new ArrayAttr(r);
  }

  static void generic(Operation op, int[] perm, int[] inv) {
    List<Attribute> maps = new ArrayList<>();
    for (AffineMap m : StructuredOps.maps(op)) {
      List<AffineExpr> res = new ArrayList<>();
      for (AffineExpr e : m.results()) res.add(rename(e, inv));
      maps.add(new AffineMapAttr(new AffineMap(m.numDims(), m.numSymbols(), res)));
    }
    op.setAttr(StructuredOps.MAPS, new ArrayAttr(maps));
    op.setAttr("iterator_types", permuted(LoopUtils.iterators(op), perm));
    op.region(0).walk(o -> {
      if (o.isa("tl.index") && TilePass.enclosingGeneric(o) == op)
        o.setAttr("dim", IntegerAttr.i64(inv[((IntegerAttr) o.attr("dim")).value().intValue()]));
    });
  }

  static void loop(Operation op, int[] perm) {
    int n = perm.length;
    List<Value> operands = new ArrayList<>(op.operands());
    for (int k = 0; k < 3; k++)
      for (int i = 0; i < n; i++) op.setOperand(k * n + i, operands.get(k * n + perm[i]));
    op.setAttr("iterator_types", permuted(LoopUtils.iterators(op), perm));
    Block body = op.region(0).front();
    // New induction variable i is old perm[i]: add fresh arguments in the new order, move the uses, drop the old ones.
    List<Value> old = new ArrayList<>(body.arguments().subList(0, n));
    List<Value> fresh = new ArrayList<>();
    for (int i = 0; i < n; i++) fresh.add(body.insertArgument(n + i, old.get(perm[i]).type(), op.location()));
    for (int i = 0; i < n; i++) old.get(perm[i]).replaceAllUsesWith(fresh.get(i));
    for (int i = 0; i < n; i++) body.eraseArgument(0);
  }
}
