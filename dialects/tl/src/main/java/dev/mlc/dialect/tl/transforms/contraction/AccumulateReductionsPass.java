package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the accumulators of reduction generics in registers: a {@code tl.generic} on static
 * buffers whose loops are parallel dimensions followed by reduction dimensions becomes a
 * {@code tl.loop} over the parallel dimensions that loads each output element once, an inner
 * {@code tl.loop} over the reduction dimensions carrying the accumulators (the body cloned, the
 * inputs loaded through their maps, inputs whose value the body does not use not loaded at all, as
 * a pooling window), and one store per output element. The reduction order is the generic's, so
 * results are the same bit for bit. This is what pooling, global average pooling and the
 * reductions need (the generic lowering reads and writes the output element at every point);
 * depthwise and grouped convolutions get it too. Index expressions with {@code floordiv},
 * {@code ceildiv} or {@code mod}, bodies with regions or {@code tl.index}, and outputs that share a
 * buffer with an input are left to {@code convert-tl-to-scf}.
 */
@PassInfo(name = "tl-accumulate-reductions", summary = "Carry the accumulators of reduction generics in registers instead of memory")
public final class AccumulateReductionsPass extends Pass {
  @PassOption(name = "report-skipped", description = "Emit a remark on each reduction generic that is not rewritten, saying why")
  boolean reportSkipped = false;

  @PassOption(name = "vectorize-windows", description = "Vectorize window reductions (pooling) over the output's last dimension, 16 lanes (WindowReduction)")
  boolean vectorizeWindows = true;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> found = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.generic")) found.add(o);
    });
    int n = 0;
    for (Operation o : found) {
      String why = reject(o);
      if (why != null) {
        if (reportSkipped && !why.isEmpty()) o.emitRemark("not rewritten: " + why);
        continue;
      }
      Builder b = new Builder(o.context());
      b.setInsertionPoint(o);
      WindowReduction w = vectorizeWindows ? WindowReduction.match(o) : null;
      if (w != null) w.emit(b);
      else rewrite(b, o);
      o.erase();
      n++;
    }
    ctx.statistic("num-rewritten", "reduction generics rewritten with register accumulators").add(n);
  }

  static int numParallel(List<String> its) {
    int p = 0;
    while (p < its.size() && its.get(p).equals("parallel")) p++;
    return p;
  }

  static List<String> iterators(Operation op) {
    List<String> its = new ArrayList<>();
    for (var a : op.attr("iterator_types", dev.mlc.ir.attr.ArrayAttr.class).elements()) its.add(((dev.mlc.ir.attr.StringAttr) a).value());
    return its;
  }

  static int numInputs(Operation op) {
    return (int) op.attr("operandSegmentSizes", dev.mlc.ir.attr.DenseArrayAttr.class).values()[0];
  }

  /** Why the generic is not rewritten ("" when it has no reduction, so there is nothing to say), or null. */
  static String reject(Operation op) {
    if (op.numResults() != 0) return "it works on tensors";
    List<String> its = iterators(op);
    int p = 0;
    while (p < its.size() && its.get(p).equals("parallel")) p++;
    if (p == its.size()) return "";
    for (int d = p; d < its.size(); d++) if (!its.get(d).equals("reduction")) return "a parallel loop follows a reduction loop";
    for (Value v : op.operands())
      if (!(v.type() instanceof MemRefType t) || !t.hasStaticShape()) return "an operand is not a static buffer";
    List<AffineMap> maps = StructuredOps.maps(op);
    int ins = numInputs(op);
    for (int i = 0; i < maps.size(); i++) {
      for (AffineExpr e : maps.get(i).results()) {
        if (!simple(e)) return "an index uses floordiv, ceildiv or mod";
        if (i >= ins && !(e instanceof AffineExpr.Constant || e instanceof AffineExpr.Dim d && d.position() < p))
          return "an output index is not a parallel loop or a constant";
      }
    }
    for (int o = ins; o < op.numOperands(); o++)
      for (int i = 0; i < ins; i++) if (root(op.operand(o)) == root(op.operand(i))) return "an output shares a buffer with an input";
    Block body = op.region(0).front();
    for (Operation x : body.operations()) if (x.numRegions() > 0 || x.isa("tl.index")) return "the body has regions or tl.index";
    return null;
  }

  private static Value root(Value v) {
    Operation d = v.definingOp();
    while (d != null && (d.isa("tl.subview") || d.isa("tl.reshape") || d.isa("tl.cast") || d.isa("tl.reinterpret_cast") || d.isa("tl.collapse_shape") || d.isa("tl.expand_shape"))) {
      v = d.operand(0);
      d = v.definingOp();
    }
    return v;
  }

  private static boolean simple(AffineExpr e) {
    return switch (e) {
      case AffineExpr.Dim d -> true;
      case AffineExpr.Constant c -> true;
      case AffineExpr.Binary bin -> (bin.kind() == AffineExpr.Kind.ADD || bin.kind() == AffineExpr.Kind.MUL) && simple(bin.lhs()) && simple(bin.rhs());
      default -> false;
    };
  }

  /** The loop extents: per dimension, the size of the first operand dimension indexed by exactly that loop. */
  static long[] extents(Operation op, List<AffineMap> maps, int nd) {
    long[] r = new long[nd];
    java.util.Arrays.fill(r, -1);
    for (int i = 0; i < maps.size(); i++) {
      long[] shape = ((MemRefType) op.operand(i).type()).shape();
      List<AffineExpr> res = maps.get(i).results();
      for (int k = 0; k < res.size(); k++) if (res.get(k) instanceof AffineExpr.Dim d && r[d.position()] < 0) r[d.position()] = shape[k];
    }
    return r;
  }

  private static void rewrite(Builder b, Operation op) {
    Emitter e = new Emitter(b, op.location());
    List<String> its = iterators(op);
    int nd = its.size(), p = 0;
    while (its.get(p).equals("parallel")) p++;
    List<AffineMap> maps = StructuredOps.maps(op);
    long[] ext = extents(op, maps, nd);
    int ins = numInputs(op);
    Block body = op.region(0).front();
    final int np = p;
    Tl.Body outer = (bb, pivs) -> {
      List<Value> ivs = new ArrayList<>(pivs);
      List<Value> inits = new ArrayList<>();
      for (int o = ins; o < op.numOperands(); o++) inits.add(Tl.load(b, e.loc, op.operand(o), indices(e, maps.get(o), ivs)));
      List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
      for (int d = np; d < nd; d++) {
        lbs.add(e.idx(0));
        ubs.add(e.idx(ext[d]));
        steps.add(e.idx(1));
      }
      Operation red = Tl.loop(b, e.loc, lbs, ubs, steps, its.subList(np, nd), inits, (b2, args) -> {
        List<Value> all = new ArrayList<>(ivs);
        all.addAll(args.subList(0, nd - np));
        IRMapping m = new IRMapping();
        for (int i = 0; i < ins; i++)
          if (body.argument(i).hasUses()) m.map(body.argument(i), Tl.load(b, e.loc, op.operand(i), indices(e, maps.get(i), all)));
        for (int o = ins; o < op.numOperands(); o++) m.map(body.argument(o), args.get(nd - np + o - ins));
        List<Value> yielded = new ArrayList<>();
        for (Operation x : body.operations()) {
          if (x.isa("tl.yield")) {
            for (Value v : x.operands()) yielded.add(m.lookupOrDefault(v));
            break;
          }
          b.insert(x.clone(m));
        }
        return yielded;
      });
      for (int o = ins; o < op.numOperands(); o++) Tl.store(b, e.loc, red.result(o - ins), op.operand(o), indices(e, maps.get(o), ivs));
      return List.of();
    };
    if (p == 0) outer.build(b, List.of());
    else {
      List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
      for (int d = 0; d < p; d++) {
        lbs.add(e.idx(0));
        ubs.add(e.idx(ext[d]));
        steps.add(e.idx(1));
      }
      Tl.loop(b, e.loc, lbs, ubs, steps, its.subList(0, p), List.of(), outer);
    }
  }

  static List<Value> indices(Emitter e, AffineMap map, List<Value> ivs) {
    List<Value> r = new ArrayList<>();
    for (AffineExpr x : map.results()) r.add(index(e, x, ivs));
    return r;
  }

  private static Value index(Emitter e, AffineExpr x, List<Value> ivs) {
    return switch (x) {
      case AffineExpr.Dim d -> ivs.get(d.position());
      case AffineExpr.Constant c -> e.idx(c.value());
      case AffineExpr.Binary bin -> e.arith(bin.kind() == AffineExpr.Kind.ADD ? "arith.addi" : "arith.muli", index(e, bin.lhs(), ivs), index(e, bin.rhs(), ivs));
      default -> throw new IllegalStateException("unexpected " + x);
    };
  }
}
