package dev.mlc.lowering.tltoscf;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tl.loop (i, j) = (lb) to (ub) step (s) iter_args(a = x) {body; tl.yield y}} ->
 * {@code scf.for i {scf.for j iter_args(a) {body; scf.yield y}}}: one scf.for per dimension,
 * outermost first (tl.loop's lexicographic order), the carried values threaded through every level;
 * with {@code parallel-loops}, the leading parallel dimensions of a loop without carried values
 * become one scf.parallel.
 */
final class LoopLowering extends RewritePattern {
  private final boolean parallelLoops;

  LoopLowering(boolean parallelLoops) {
    super("tl.loop", 1);
    this.parallelLoops = parallelLoops;
  }

  /** The iterator kinds of a tl.loop or tl.generic. */
  static List<String> iterators(Operation op) {
    List<String> r = new ArrayList<>();
    for (Attribute a : op.attr("iterator_types", ArrayAttr.class).elements()) r.add(((StringAttr) a).value());
    return r;
  }

  /** How many leading dimensions become one scf.parallel: the leading parallel ones when asked for, else none. */
  static int leadingParallel(boolean enabled, List<String> iterators) {
    int p = 0;
    while (enabled && p < iterators.size() && iterators.get(p).equals("parallel")) p++;
    return p;
  }

  @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
    List<String> its = iterators(op);
    int n = its.size();
    List<Value> ops = op.operands();
    List<Value> inits = List.copyOf(ops.subList(3 * n, ops.size()));
    Block body = op.region(0).front();
    rw.setInsertionPoint(op);
    List<Value> results = Loops.nest(rw, op.location(), ops.subList(0, n), ops.subList(n, 2 * n), ops.subList(2 * n, 3 * n),
        inits.isEmpty() ? leadingParallel(parallelLoops, its) : 0, inits, (ivs, carried) -> {
          Operation yield = body.last();
          List<Value> args = new ArrayList<>(ivs);
          args.addAll(carried);
          rw.mergeBlocks(body, rw.insertionBlock(), args);
          List<Value> next = new ArrayList<>(yield.operands());
          rw.eraseOp(yield);
          return next;
        });
    rw.replaceOp(op, results);
    return true;
  }
}
