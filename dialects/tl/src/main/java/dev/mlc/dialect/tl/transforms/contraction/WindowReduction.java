package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The vector form of a window reduction (max/avg pooling and the like): a reduction generic on f32
 * buffers whose body is one {@code maximumf/minimumf/maxnumf/minnumf/addf} of the accumulator and
 * input 0, whose output's last index is the last parallel loop {@code w}, and whose input 0 reads
 * {@code x[..., s·w + rest]} (stride {@code s} 1 or 2, no other index using {@code w}). Each run of
 * 16 outputs along {@code w} is one {@code vector<16xf32>} accumulator: for every window point, unit
 * stride is one load; stride 2 is two contiguous loads (the second masked to 15 lanes, so nothing
 * past the row's needed end is read) and a {@code tl.shuffle} of the even lanes, instead of the
 * gathers LLVM makes of the scalar form. The last partial run is masked. Window points are unrolled
 * when there are at most 16, in the generic's order, so the results are the same bit for bit.
 */
final class WindowReduction {
  static final Set<String> COMBINERS = Set.of("arith.maximumf", "arith.minimumf", "arith.maxnumf", "arith.minnumf", "arith.addf");
  static final int MAX_UNROLL = 16;

  final Operation op;
  final String combiner;
  final boolean accFirst;
  final int p, nd;
  final long stride;
  final long[] ext;
  final List<AffineMap> maps;

  private WindowReduction(Operation op, String combiner, boolean accFirst, int p, int nd, long stride, long[] ext, List<AffineMap> maps) {
    this.op = op;
    this.combiner = combiner;
    this.accFirst = accFirst;
    this.p = p;
    this.nd = nd;
    this.stride = stride;
    this.ext = ext;
    this.maps = maps;
  }

  /** The vector form of an accepted (see AccumulateReductionsPass.reject) reduction generic, or null when it does not fit. */
  static WindowReduction match(Operation op) {
    int ins = AccumulateReductionsPass.numInputs(op);
    if (ins < 1 || op.numOperands() != ins + 1) return null;
    List<String> its = AccumulateReductionsPass.iterators(op);
    int nd = its.size(), p = AccumulateReductionsPass.numParallel(its);
    if (p == 0 || p == nd) return null;
    for (Value v : op.operands())
      if (!(v.type() instanceof MemRefType t) || !t.elementType().equals(FloatType.F32) || t.layout() != null) return null;
    Block body = op.region(0).front();
    List<Operation> ops = body.operations();
    if (ops.size() != 2 || !COMBINERS.contains(ops.get(0).name()) || !ops.get(1).isa("tl.yield")) return null;
    Operation c = ops.get(0);
    Value x = body.argument(0), acc = body.argument(ins);
    if (ops.get(1).numOperands() != 1 || ops.get(1).operand(0) != c.result(0)) return null;
    boolean accFirst;
    if (c.operand(0) == acc && c.operand(1) == x) accFirst = true;
    else if (c.operand(0) == x && c.operand(1) == acc) accFirst = false;
    else return null;
    for (int i = 1; i < ins; i++) if (body.argument(i).hasUses()) return null;
    List<AffineMap> maps = StructuredOps.maps(op);
    int w = p - 1;
    List<AffineExpr> out = maps.get(ins).results();
    if (out.isEmpty() || !(out.getLast() instanceof AffineExpr.Dim d) || d.position() != w) return null;
    for (int k = 0; k < out.size() - 1; k++) if (coefficient(out.get(k), w) != 0) return null;
    List<AffineExpr> in = maps.get(0).results();
    if (in.isEmpty()) return null;
    for (int k = 0; k < in.size() - 1; k++) if (coefficient(in.get(k), w) != 0) return null;
    long s = coefficient(in.getLast(), w);
    if (s != 1 && s != 2) return null;
    return new WindowReduction(op, c.name(), accFirst, p, nd, s, AccumulateReductionsPass.extents(op, maps, nd), maps);
  }

  /** The coefficient of dimension {@code d} in a sum of products of dims and constants; -1 when it is not linear in d. */
  static long coefficient(AffineExpr e, int d) {
    return switch (e) {
      case AffineExpr.Dim x -> x.position() == d ? 1 : 0;
      case AffineExpr.Constant x -> 0;
      case AffineExpr.Binary bin when bin.kind() == AffineExpr.Kind.ADD -> {
        long l = coefficient(bin.lhs(), d), r = coefficient(bin.rhs(), d);
        yield l < 0 || r < 0 ? -1 : l + r;
      }
      case AffineExpr.Binary bin when bin.kind() == AffineExpr.Kind.MUL -> {
        long l = coefficient(bin.lhs(), d), r = coefficient(bin.rhs(), d);
        if (l < 0 || r < 0 || l != 0 && r != 0) yield -1;
        if (l == 0 && r == 0) yield 0;
        AffineExpr other = l != 0 ? bin.rhs() : bin.lhs();
        yield other instanceof AffineExpr.Constant k && k.value() >= 0 ? (l + r) * k.value() : -1;
      }
      default -> -1;
    };
  }

  void emit(Builder b) {
    Emitter e = new Emitter(b, op.location());
    int ins = AccumulateReductionsPass.numInputs(op);
    Value x = op.operand(0), y = op.operand(ins);
    long wExt = ext[p - 1], full = wExt / Emitter.VL * Emitter.VL;
    int rem = (int) (wExt - full);
    Tl.Body outer = (bb, ivs) -> {
      if (full > 0) e.loop(e.idx(0), e.idx(full), Emitter.VL, "parallel", w0 -> tile(e, x, y, ivs, w0, Emitter.VL));
      if (rem > 0) tile(e, x, y, ivs, e.idx(full), rem);
      return List.of();
    };
    if (p == 1) outer.build(b, List.of());
    else {
      List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
      for (int d = 0; d < p - 1; d++) {
        lbs.add(e.idx(0));
        ubs.add(e.idx(ext[d]));
        steps.add(e.idx(1));
      }
      Tl.loop(b, e.loc, lbs, ubs, steps, java.util.Collections.nCopies(p - 1, "parallel"), List.of(), outer);
    }
  }

  /** {@code lanes} outputs along the last parallel loop from {@code w0}. */
  private void tile(Emitter e, Value x, Value y, List<Value> outerIvs, Value w0, int lanes) {
    int ins = AccumulateReductionsPass.numInputs(op);
    List<Value> pivs = new ArrayList<>(outerIvs);
    pivs.add(w0);
    List<Value> outAt = AccumulateReductionsPass.indices(e, maps.get(ins), pivs);
    Value acc = e.vload(y, outAt, lanes);
    long points = 1;
    for (int d = p; d < nd; d++) points *= ext[d];
    if (points <= MAX_UNROLL) {
      long[] at = new long[nd - p];
      for (long q = 0; q < points; q++) {
        List<Value> all = new ArrayList<>(pivs);
        for (long a : at) all.add(e.idx(a));
        acc = step(e, x, all, acc, lanes);
        for (int k = at.length - 1; k >= 0; k--) {
          if (++at[k] < ext[p + k]) break;
          at[k] = 0;
        }
      }
    } else {
      List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
      for (int d = p; d < nd; d++) {
        lbs.add(e.idx(0));
        ubs.add(e.idx(ext[d]));
        steps.add(e.idx(1));
      }
      Operation red = Tl.loop(e.b, e.loc, lbs, ubs, steps, java.util.Collections.nCopies(nd - p, "reduction"), List.of(acc), (bb, args) -> {
        List<Value> all = new ArrayList<>(pivs);
        all.addAll(args.subList(0, nd - p));
        return List.of(step(e, x, all, args.get(nd - p), lanes));
      });
      acc = red.result(0);
    }
    e.vstore(acc, y, outAt, lanes);
  }

  /** Combines the window point at {@code ivs} (the last parallel index being the run's first) into the accumulator. */
  private Value step(Emitter e, Value x, List<Value> ivs, Value acc, int lanes) {
    List<Value> at = AccumulateReductionsPass.indices(e, maps.get(0), ivs);
    Value v;
    if (stride == 1) v = e.vload(x, at, lanes);
    else {
      // lanes j < lanes read x[col + 2j]: the first vector holds col .. col + 15, the second col + 16 .. col + 30
      int first = Math.min(Emitter.VL, 2 * lanes - 1), second = 2 * lanes - 1 - Emitter.VL;
      Value lo = e.vload(x, at, first);
      List<Value> at2 = new ArrayList<>(at.subList(0, at.size() - 1));
      at2.add(e.add(at.getLast(), Emitter.VL));
      Value hi = second > 0 ? e.vload(x, at2, second) : e.zeroVector();
      long[] mask = new long[Emitter.VL];
      for (int j = 0; j < Emitter.VL; j++) mask[j] = 2L * j;
      v = e.b.create("tl.shuffle", e.loc, List.of(lo, hi), List.of(Emitter.V),
          DictionaryAttr.of(new NamedAttribute("mask", new DenseArrayAttr(IntegerType.of(64), mask)))).result(0);
    }
    List<Value> operands = accFirst ? List.of(acc, v) : List.of(v, acc);
    return e.b.create(combiner, e.loc, operands, List.of(Emitter.V), DictionaryAttr.EMPTY).result(0);
  }
}
