package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Block;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-place element-wise epilogue that {@code convert-graph-to-tl} places right after a fused
 * contraction (docs/fusion.md: bias, ReLU, clip, ...), applied by a kernel to each register tile
 * before its store instead of in a pass of its own over the output. It is the {@code tl.generic}
 * directly after the contraction whose only operand written is the contraction's output, with the
 * identity output map, all-parallel iterators, static f32 inputs read through dims and constants
 * (the dim of the output's last dimension, the vector lanes, only as an input's last index), and a
 * body of region-free scalar ops on f32/i1 values, whose last argument is the accumulated value.
 * The body is replayed on {@code vector<16x..>} values (values from outside broadcast), so each
 * lane computes what the generic computes for its element.
 */
final class Epilogue {
  final Operation op;
  final List<AffineMap> maps;
  final int rank;

  private Epilogue(Operation op, List<AffineMap> maps, int rank) {
    this.op = op;
    this.maps = maps;
    this.rank = rank;
  }

  /**
   * The epilogue generics after {@code contraction} writing {@code out} in place, in order (deallocations
   * of other buffers between them are skipped: the kernel runs before them), or null when there is none.
   */
  static Chain after(Operation contraction, Value out) {
    List<Epilogue> found = new ArrayList<>();
    for (Operation g = contraction.nextOp(); g != null; g = g.nextOp()) {
      if (g.isa("tl.dealloc") && g.operand(0) != out) continue;
      Epilogue e = match(g, out);
      if (e == null) break;
      found.add(e);
    }
    return found.isEmpty() ? null : new Chain(found);
  }

  /**
   * The initialization of a convolution's output right before it (the bias broadcast: an epilogue-shaped
   * generic whose body ignores the output's value), with the deallocations between them, which must
   * move after the kernel; or null.
   */
  record Init(Epilogue generic, List<Operation> deallocs) {
    static Init before(Operation contraction, Value out) {
      List<Operation> skipped = new ArrayList<>();
      for (Operation g = contraction.prevOp(); g != null; g = g.prevOp()) {
        if (g.isa("tl.dealloc") && g.operand(0) != out) {
          skipped.add(g);
          continue;
        }
        Epilogue e = match(g, out);
        if (e == null || e.op.region(0).front().argument(e.op.numOperands() - 1).hasUses()) return null;
        return new Init(e, skipped);
      }
      return null;
    }

    /** The initial accumulators of the run of {@code lanes} output elements from {@code at}. */
    Value load(Emitter e, List<Value> at, int lanes) { return generic.apply(e, at, e.zeroVector(), lanes); }
  }

  /** A sequence of epilogues applied one after the other. */
  record Chain(List<Epilogue> parts) {
    Value apply(Emitter e, List<Value> at, Value acc, int lanes) {
      for (Epilogue p : parts) acc = p.apply(e, at, acc, lanes);
      return acc;
    }

    void erase() { for (Epilogue p : parts) p.op.erase(); }
  }

  static Epilogue match(Operation g, Value out) {
    if ( !g.isa("tl.generic") || g.numResults() != 0 || !(out.type() instanceof MemRefType ot) || ot.layout() != null) return null;
    int ins = AccumulateReductionsPass.numInputs(g);
    if (g.numOperands() != ins + 1 || g.operand(ins) != out) return null;
    for (String it : AccumulateReductionsPass.iterators(g)) if (!it.equals("parallel")) return null;
    List<AffineMap> maps = StructuredOps.maps(g);
    int rank = ot.rank();
    if (!maps.get(ins).equals(AffineMap.identity(rank))) return null;
    for (int i = 0; i < ins; i++) {
      if (g.operand(i) == out || !(g.operand(i).type() instanceof MemRefType t) || !t.hasStaticShape() || t.layout() != null || !t.elementType().equals(FloatType.F32)) return null;
      List<AffineExpr> res = maps.get(i).results();
      for (int k = 0; k < res.size(); k++) {
        AffineExpr e = res.get(k);
        if (e instanceof AffineExpr.Dim d) {
          if (d.position() == rank - 1 && k != res.size() - 1) return null;
        } else if (!(e instanceof AffineExpr.Constant)) return null;
      }
    }
    Block body = g.region(0).front();
    for (Operation x : body.operations()) {
      if (x.isa("tl.yield")) continue;
      if (x.numRegions() > 0 || x.numResults() != 1 || x.isa("tl.index")) return null;
      if (!(x.result(0).type() instanceof FloatType f && f.equals(FloatType.F32) || x.result(0).type().equals(IntegerType.of(1)))) return null;
      for (Value v : x.operands()) if (v.type() instanceof VectorType || v.type() instanceof MemRefType) return null;
    }
    return new Epilogue(g, maps, rank);
  }

  /** The epilogue of the run of {@code lanes} output elements from {@code at} (the lane-0 index) whose accumulated values are {@code acc}. */
  Value apply(Emitter e, List<Value> at, Value acc, int lanes) {
    int ins = op.numOperands() - 1;
    Block body = op.region(0).front();
    IRMapping m = new IRMapping();
    for (int i = 0; i < ins; i++) {
      if (!body.argument(i).hasUses()) continue;
      List<AffineExpr> res = maps.get(i).results();
      List<Value> idx = new ArrayList<>();
      for (AffineExpr x : res) idx.add(x instanceof AffineExpr.Dim d ? at.get(d.position()) : e.idx(((AffineExpr.Constant) x).value()));
      boolean alongLanes = !res.isEmpty() && res.getLast() instanceof AffineExpr.Dim d && d.position() == rank - 1;
      m.map(body.argument(i), alongLanes ? e.vload(op.operand(i), idx, lanes) : Tl.broadcast(e.b, e.loc, Tl.load(e.b, e.loc, op.operand(i), idx), Emitter.V));
    }
    m.map(body.argument(ins), acc);
    Map<Value, Value> outside = new HashMap<>();
    for (Operation x : body.operations()) {
      if (x.isa("tl.yield")) {
        Value r = m.lookupOrNull(x.operand(0));
        return r != null ? r : Tl.broadcast(e.b, e.loc, x.operand(0), Emitter.V);
      }
      if (x.numOperands() == 0) {
        m.map(x.result(0), Tl.broadcast(e.b, e.loc, e.b.insert(x.clone()).result(0), vectorOf(x.result(0).type())));
        continue;
      }
      List<Value> operands = new ArrayList<>();
      for (Value v : x.operands()) {
        Value mv = m.lookupOrNull(v);
        if (mv == null) mv = outside.computeIfAbsent(v, s -> Tl.broadcast(e.b, e.loc, s, vectorOf(s.type())));
        operands.add(mv);
      }
      Operation y = e.b.create(x.name(), e.loc, operands, List.of(vectorOf(x.result(0).type())), x.attributes());
      m.map(x.result(0), y.result(0));
    }
    throw new IllegalStateException("epilogue body without tl.yield");
  }

  static VectorType vectorOf(Type t) { return new VectorType(new long[] {Emitter.VL}, t); }
}
