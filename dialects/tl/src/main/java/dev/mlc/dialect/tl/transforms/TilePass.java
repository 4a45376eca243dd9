package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tiles {@code tl.generic}s on buffers: a {@code tl.loop} over the tiles of the dimensions with a
 * nonzero tile size (in the {@code interchange} order) around the same generic on
 * {@code tl.subview}s of its operands. Edge tiles are partial: their sizes are
 * {@code min(size, n - iv)} (dynamic subview sizes), unless the tile size divides a static loop
 * size. Index expressions that are sums of dimensions times non-negative constants plus a constant
 * (windows {@code d0 + d2}, strides {@code 2 * d0}) are tiled; others must not involve a tiled
 * dimension. {@code tl.index} of a tiled dimension becomes the tile's offset plus the index in the
 * tile. Repeating the pass tiles the inner generic again (multi-level tiling).
 */
@PassInfo(name = "tile", summary = "Tile tl.generic into a tl.loop over tiles around the generic on subviews")
public final class TilePass extends Pass {
  @PassOption(name = "sizes", description = "Tile size per loop dimension (0 or missing: not tiled)")
  List<Long> sizes = List.of();

  @PassOption(name = "interchange", description = "The order of the tile loops, as a permutation of the loop dimensions (default: in order)")
  List<Long> interchange = List.of();

  @PassOption(name = "report", description = "Emit a remark for every tl.generic left untiled, saying why")
  boolean report = false;

  @PassOption(name = "loops", description = "Tile tl.loop nests too (each dimension with a tile size becomes a loop over tiles around a loop over the tile)")
  boolean loops = false;

  @PassOption(name = "roots-only", description = "Only tile generics whose output buffers no later tl.generic of the block reads (the consumers to fuse producers into)")
  boolean rootsOnly = false;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    if (!interchange.isEmpty() && !isPermutation(interchange)) {
      root.emitError("tile: interchange " + interchange + " is not a permutation");
      ctx.signalFailure();
      return;
    }
    List<Operation> generics = new ArrayList<>(), nests = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.generic")) generics.add(o);
      if (loops && o.isa("tl.loop")) nests.add(o);
    });
    var tiled = ctx.statistic("num-tiled", "tl.generic ops tiled");
    var tiledLoops = ctx.statistic("num-tiled-loops", "tl.loop nests tiled");
    for (Operation l : nests) {
      String why = tileLoop(l);
      if (why == null) tiledLoops.add(1);
      else if (report) l.emitRemark("not tiled: " + why);
    }
    for (Operation g : generics) {
      String why = rootsOnly && !isRoot(g) ? "a later tl.generic reads its output (roots-only)" : tile(g);
      if (why == null) tiled.add(1);
      else if (report) g.emitRemark("not tiled: " + why);
    }
  }

  /**
   * {@code tl.loop (i) = (lb) to (ub) step (s)} -> {@code tl.loop (t) = (lb) to (ub) step (s * T)}
   * around {@code tl.loop (i) = (t) to (min(t + s * T, ub)) step (s)} with the original body, for each
   * dimension with a tile size (the others stay whole in the inner loop); carried values flow
   * through both.
   */
  String tileLoop(Operation loop) {
    List<String> its = LoopUtils.iterators(loop);
    int n = its.size();
    List<Long> ts = tileSizes(n);
    List<Integer> dims = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      if (ts.get(d) < 0) return "negative tile size " + ts.get(d);
      if (ts.get(d) > 0) dims.add(d);
    }
    if (dims.isEmpty()) return "no dimension has a tile size";
    Builder b = new Builder(loop.context());
    Location loc = loop.location();
    b.setInsertionPoint(loop);
    List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
    List<String> outerIts = new ArrayList<>();
    Value[] tileStep = new Value[n];
    for (int d : dims) {
      tileStep[d] = LoopUtils.arith(b, loc, "arith.muli", loop.operand(2 * n + d), LoopUtils.index(b, loc, ts.get(d)));
      lbs.add(loop.operand(d));
      ubs.add(loop.operand(n + d));
      steps.add(tileStep[d]);
      outerIts.add(its.get(d));
    }
    List<Value> inits = new ArrayList<>(loop.operands().subList(3 * n, loop.numOperands()));
    Operation outer = Tl.loop(b, loc, lbs, ubs, steps, outerIts, inits, (bb, args) -> {
      OperationState st = new OperationState(bb.context().opName("tl.loop"), loc);
      List<Value> ilb = new ArrayList<>(), iub = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        int k = dims.indexOf(d);
        if (k < 0) {
          ilb.add(loop.operand(d));
          iub.add(loop.operand(n + d));
          continue;
        }
        Value iv = args.get(k);
        ilb.add(iv);
        iub.add(LoopUtils.arith(bb, loc, "arith.minsi", LoopUtils.arith(bb, loc, "arith.addi", iv, tileStep[d]), loop.operand(n + d)));
      }
      st.operands.addAll(ilb);
      st.operands.addAll(iub);
      st.operands.addAll(loop.operands().subList(2 * n, 3 * n));
      st.operands.addAll(args.subList(dims.size(), args.size()));
      st.resultTypes.addAll(loop.resultTypes());
      st.addAttribute("iterator_types", loop.attr("iterator_types"));
      st.addRegion();
      Operation inner = bb.create(st);
      inner.region(0).takeBody(loop.region(0));
      return new ArrayList<>(inner.results());
    });
    for (int i = 0; i < loop.numResults(); i++) loop.result(i).replaceAllUsesWith(outer.result(i));
    loop.erase();
    return null;
  }

  /** Whether no later tl.generic in the same block reads an output buffer of {@code g}. */
  static boolean isRoot(Operation g) {
    int ins = StructuredOps.numInputs(g);
    for (int o = ins; o < g.numOperands(); o++)
      for (Operation x = g.nextOp(); x != null; x = x.nextOp()) {
        if (!x.isa("tl.generic")) continue;
        for (int i = 0; i < StructuredOps.numInputs(x); i++) if (x.operand(i) == g.operand(o)) return false;
      }
    return true;
  }

  static boolean isPermutation(List<Long> p) {
    boolean[] seen = new boolean[p.size()];
    for (long x : p) {
      if (x < 0 || x >= p.size() || seen[(int) x]) return false;
      seen[(int) x] = true;
    }
    return true;
  }

  /** A linear index expression: a coefficient per loop dimension and a constant, or null when not linear. */
  record Linear(long[] coeffs, long constant) {}

  static Linear linear(AffineExpr e, int n) {
    return switch (e) {
      case AffineExpr.Dim d -> {
        long[] c = new long[n];
        c[d.position()] = 1;
        yield new Linear(c, 0);
      }
      case AffineExpr.Constant k -> new Linear(new long[n], k.value());
      case AffineExpr.Binary b when b.kind() == AffineExpr.Kind.ADD -> {
        Linear l = linear(b.lhs(), n), r = linear(b.rhs(), n);
        if (l == null || r == null) yield null;
        long[] c = new long[n];
        for (int i = 0; i < n; i++) c[i] = l.coeffs[i] + r.coeffs[i];
        yield new Linear(c, l.constant + r.constant);
      }
      case AffineExpr.Binary b when b.kind() == AffineExpr.Kind.MUL -> {
        Linear l = linear(b.lhs(), n), r = linear(b.rhs(), n);
        if (l == null || r == null) yield null;
        Linear k = isConstant(l) ? l : isConstant(r) ? r : null;
        Linear x = k == l ? r : l;
        if (k == null) yield null;
        long[] c = new long[n];
        for (int i = 0; i < n; i++) c[i] = x.coeffs[i] * k.constant;
        yield new Linear(c, x.constant * k.constant);
      }
      default -> null;
    };
  }

  static boolean isConstant(Linear l) {
    for (long c : l.coeffs) if (c != 0) return false;
    return true;
  }

  List<Long> tileSizes(int n) {
    List<Long> r = new ArrayList<>();
    for (int i = 0; i < n; i++) r.add(i < sizes.size() ? sizes.get(i) : 0L);
    return r;
  }

  /** Tiles one generic; returns why not, or null when done. */
  String tile(Operation op) {
    if (!LoopUtils.onBuffers(op)) return "it has tensor operands (bufferize first)";
    List<AffineMap> maps = StructuredOps.maps(op);
    List<String> its = LoopUtils.iterators(op);
    int n = its.size();
    if (!interchange.isEmpty() && interchange.size() != n) return "interchange has " + interchange.size() + " entries for " + n + " loops";
    List<Long> ts = tileSizes(n);
    long[] staticSizes = LoopUtils.staticLoopSizes(op);
    boolean[] isTiled = new boolean[n];
    boolean any = false;
    for (int d = 0; d < n; d++) {
      if (ts.get(d) < 0) return "negative tile size " + ts.get(d);
      isTiled[d] = ts.get(d) > 0 && (staticSizes[d] == ShapedType.DYNAMIC || staticSizes[d] > ts.get(d));
      any |= isTiled[d];
    }
    if (!any) return "no dimension is larger than its tile size";
    for (int i = 0; i < op.numOperands(); i++) {
      if (!(op.operand(i).type() instanceof MemRefType)) continue;
      for (AffineExpr e : maps.get(i).results()) {
        boolean touches = false;
        for (int d = 0; d < n; d++) touches |= isTiled[d] && LoopUtils.involves(e, d);
        if (!touches) continue;
        Linear l = linear(e, n);
        if (l == null) return "index " + e + " of operand #" + i + " is not a sum of dimensions times constants";
        for (long c : l.coeffs) if (c < 0) return "index " + e + " of operand #" + i + " has a negative coefficient";
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int d = interchange.isEmpty() ? k : interchange.get(k).intValue();
      if (isTiled[d]) order.add(d);
    }
    Builder b = new Builder(op.context());
    Location loc = op.location();
    b.setInsertionPoint(op);
    List<Value> ubs = LoopUtils.loopSizes(b, loc, op);
    Value c0 = LoopUtils.index(b, loc, 0);
    List<Value> lbs = Collections.nCopies(order.size(), c0);
    List<Value> loopUbs = new ArrayList<>(), steps = new ArrayList<>();
    List<String> loopIts = new ArrayList<>();
    for (int d : order) {
      loopUbs.add(ubs.get(d));
      steps.add(LoopUtils.index(b, loc, ts.get(d)));
      loopIts.add(its.get(d));
    }
    Tl.loop(b, loc, lbs, loopUbs, steps, loopIts, List.of(), (bb, ivs) -> {
      Value[] offset = new Value[n];
      Object[] size = new Object[n]; // Long or Value: the tile's extent per loop dimension
      for (int k = 0; k < order.size(); k++) {
        int d = order.get(k);
        offset[d] = ivs.get(k);
        long t = ts.get(d);
        if (staticSizes[d] != ShapedType.DYNAMIC && staticSizes[d] % t == 0) size[d] = t;
        else {
          Value left = LoopUtils.arith(b, loc, "arith.subi", ubs.get(d), ivs.get(k));
          size[d] = LoopUtils.arith(b, loc, "arith.minsi", steps.get(k), left);
        }
      }
      for (int d = 0; d < n; d++) if (!isTiled[d]) size[d] = staticSizes[d] != ShapedType.DYNAMIC ? (Object) staticSizes[d] : ubs.get(d);
      Operation inner = op.clone(new IRMapping());
      List<Value> operands = tileOperands(b, loc, op, isTiled, offset, size);
      for (int i = 0; i < operands.size(); i++) inner.setOperand(i, operands.get(i));
      b.insert(inner);
      shiftIndices(b, loc, inner, isTiled, offset);
      return List.of();
    });
    op.erase();
    return null;
  }

  /**
   * The operands of {@code op} restricted to a tile of its iteration space (per loop dimension: the
   * tile's offset and extent, a Long or a Value, for the tiled ones): subviews of its buffers.
   */
  static List<Value> tileOperands(Builder b, Location loc, Operation op, boolean[] isTiled, Value[] offset, Object[] size) {
    List<AffineMap> maps = StructuredOps.maps(op);
    int n = isTiled.length;
    List<Value> result = new ArrayList<>();
    for (int i = 0; i < op.numOperands(); i++) {
      if (!(op.operand(i).type() instanceof MemRefType t)) {
        result.add(op.operand(i));
        continue;
      }
      List<Object> offs = new ArrayList<>(), szs = new ArrayList<>(), strides = new ArrayList<>();
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < res.size(); j++) {
        AffineExpr e = res.get(j);
        boolean touches = false;
        for (int d = 0; d < n; d++) touches |= isTiled[d] && LoopUtils.involves(e, d);
        strides.add(1L);
        if (!touches) {
          offs.add(0L);
          szs.add(t.dim(j) != ShapedType.DYNAMIC ? (Object) t.dim(j) : Tl.dim(b, loc, op.operand(i), j));
          continue;
        }
        if (e instanceof AffineExpr.Dim dim) {
          offs.add(offset[dim.position()]);
          szs.add(size[dim.position()]);
          continue;
        }
        Linear l = linear(e, n);
        Value off = null;
        Object sz = l.constant + 1;
        for (int d = 0; d < n; d++) {
          long a = l.coeffs[d];
          if (a == 0) continue;
          if (isTiled[d]) {
            Value term = a == 1 ? offset[d] : LoopUtils.arith(b, loc, "arith.muli", offset[d], LoopUtils.index(b, loc, a));
            off = off == null ? term : LoopUtils.arith(b, loc, "arith.addi", off, term);
          }
          sz = addScaled(b, loc, sz, size[d], a);
        }
        offs.add(off);
        szs.add(sz);
      }
      result.add(Tl.subview(b, loc, op.operand(i), offs, szs, strides));
    }
    return result;
  }

  /** {@code tl.index} of a tiled dimension in {@code inner}: the tile's offset plus the index within the tile. */
  static void shiftIndices(Builder b, Location loc, Operation inner, boolean[] isTiled, Value[] offset) {
    List<Operation> indexOps = new ArrayList<>();
    inner.region(0).walk(o -> {
      if (o.isa("tl.index") && enclosingGeneric(o) == inner) indexOps.add(o);
    });
    for (Operation ix : indexOps) {
      int d = ((IntegerAttr) ix.attr("dim")).value().intValue();
      if (!isTiled[d]) continue;
      try (var g = b.guard()) {
        b.setInsertionPointAfter(ix);
        Value sum = b.create("arith.addi", loc, List.of(ix.result(0), offset[d]), List.of(ix.result(0).type()), DictionaryAttr.EMPTY).result(0);
        for (var use : toList(ix.result(0).uses())) if (use.owner() != sum.definingOp()) use.set(sum);
      }
    }
  }

  static List<dev.mlc.ir.OpOperand> toList(Iterable<dev.mlc.ir.OpOperand> it) {
    List<dev.mlc.ir.OpOperand> r = new ArrayList<>();
    it.forEach(r::add);
    return r;
  }

  static Operation enclosingGeneric(Operation o) {
    Operation p = o.parentOp();
    while (p != null && !p.isa("tl.generic")) p = p.parentOp();
    return p;
  }

  /** {@code sz + a * (extent - 1)} with static folding. */
  static Object addScaled(Builder b, Location loc, Object sz, Object extent, long a) {
    if (sz instanceof Long s && extent instanceof Long e) return s + a * (e - 1);
    Value s = sz instanceof Value v ? v : LoopUtils.index(b, loc, (Long) sz);
    Value e = extent instanceof Value v ? v : LoopUtils.index(b, loc, (Long) extent);
    Value em1 = LoopUtils.arith(b, loc, "arith.subi", e, LoopUtils.index(b, loc, 1));
    Value scaled = a == 1 ? em1 : LoopUtils.arith(b, loc, "arith.muli", em1, LoopUtils.index(b, loc, a));
    return LoopUtils.arith(b, loc, "arith.addi", s, scaled);
  }
}
