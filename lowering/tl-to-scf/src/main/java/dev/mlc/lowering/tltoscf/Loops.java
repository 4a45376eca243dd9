package dev.mlc.lowering.tltoscf;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the scf loop nests and the index arithmetic of the tl lowerings. */
final class Loops {
  private Loops() {}

  /** Fills the innermost body (insertion point at its end): gets the induction variables and carried values, returns the values to yield. */
  @FunctionalInterface
  interface Body {
    List<Value> build(List<Value> ivs, List<Value> carried);
  }

  /**
   * A loop nest over {@code lbs[d] <= iv_d < ubs[d]} by {@code steps[d]}, outermost first, with the
   * loop-carried values {@code inits}. The first {@code parallel} dimensions become one
   * {@code scf.parallel} (only without carried values); the others are nested {@code scf.for}s that
   * thread the carried values through {@code iter_args}. An empty nest (rank 0) is one iteration.
   * Returns the final carried values.
   */
  static List<Value> nest(Builder b, Location loc, List<Value> lbs, List<Value> ubs, List<Value> steps, int parallel, List<Value> inits, Body body) {
    List<Value> ivs = new ArrayList<>();
    if (lbs.isEmpty()) { // a rank-0 iteration space is one point: a one-trip loop whose induction variable the body does not see
      Value c0 = index(b, loc, 0), c1 = index(b, loc, 1);
      return fors(b, loc, 0, ivs, List.of(c0), List.of(c1), List.of(c1), inits, (iv, carried) -> body.build(List.of(), carried));
    }
    if (parallel > 0) {
      if (!inits.isEmpty()) throw new IllegalArgumentException("scf.parallel dimensions with loop-carried values");
      OperationState st = new OperationState(b.context().opName("scf.parallel"), loc);
      st.operands.addAll(lbs.subList(0, parallel));
      st.operands.addAll(ubs.subList(0, parallel));
      st.operands.addAll(steps.subList(0, parallel));
      st.addAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.of(32), new long[] {parallel, parallel, parallel, 0}));
      st.addRegion();
      Operation p = b.create(st);
      try (var g = b.guard()) {
        Block blk = b.createBlock(p.region(0), Collections.nCopies(parallel, IndexType.INSTANCE), loc);
        ivs.addAll(blk.arguments());
        if (parallel == lbs.size()) body.build(ivs, List.of());
        else fors(b, loc, parallel, ivs, lbs, ubs, steps, List.of(), body);
        b.create("scf.reduce", loc, List.of(), List.of(), DictionaryAttr.EMPTY);
      }
      return List.of();
    }
    return fors(b, loc, 0, ivs, lbs, ubs, steps, inits, body);
  }

  private static List<Value> fors(Builder b, Location loc, int d, List<Value> ivs, List<Value> lbs, List<Value> ubs, List<Value> steps,
                                  List<Value> inits, Body body) {
    OperationState st = new OperationState(b.context().opName("scf.for"), loc);
    st.operands.addAll(List.of(lbs.get(d), ubs.get(d), steps.get(d)));
    st.operands.addAll(inits);
    List<Type> carried = inits.stream().map(Value::type).toList();
    st.resultTypes.addAll(carried);
    st.addRegion();
    Operation f = b.create(st);
    try (var g = b.guard()) {
      List<Type> args = new ArrayList<>(List.of(IndexType.INSTANCE));
      args.addAll(carried);
      Block blk = b.createBlock(f.region(0), args, loc);
      ivs.add(blk.argument(0));
      List<Value> iter = new ArrayList<>(blk.arguments().subList(1, blk.numArguments()));
      List<Value> yields = d + 1 == lbs.size() ? body.build(ivs, iter) : fors(b, loc, d + 1, ivs, lbs, ubs, steps, iter, body);
      b.create("scf.yield", loc, yields, List.of(), DictionaryAttr.EMPTY);
    }
    return new ArrayList<>(f.results());
  }

  /** {@code arith.constant v : index}. */
  static Value index(Builder b, Location loc, long v) {
    return b.create("arith.constant", loc, List.of(), List.of(IndexType.INSTANCE), DictionaryAttr.of(new NamedAttribute("value", IntegerAttr.index(v)))).result(0);
  }

  static Value arith(Builder b, Location loc, String name, Value l, Value r) {
    return b.create(name, loc, List.of(l, r), List.of(l.type()), DictionaryAttr.EMPTY).result(0);
  }
}
