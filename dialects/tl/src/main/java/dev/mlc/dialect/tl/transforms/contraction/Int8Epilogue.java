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
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The element-wise consumers of an int8 product's i32 output that the kernel applies in registers
 * (the requantization epilogue): starting from the product's output, each next all-parallel
 * {@code tl.generic} that reads the current buffer through the identity map (or updates it in place)
 * and writes a buffer of the same shape through the identity map, its other inputs read through dims and
 * constants (the last dim, the vector lanes, only as an input's last index), its body region-free scalar ops. That is the
 * {@code dequantize_linear} of the i32 sums, the bias add and ReLU, and the {@code quantize_linear}
 * of the next layer's input, as {@code convert-graph-to-tl} emits them, so the kernel stores u8 (or
 * f32) directly. A buffer passed on (not the last one written) must be a local {@code tl.alloc} read
 * by nothing else; it is then not written at all (its allocation and deallocations are removed).
 * Allocations, constant buffers and constants between the generics stay; deallocations of other
 * buffers between them move after the kernel, which is emitted in place of the last generic.
 */
final class Int8Epilogue {
  /** One consumer: the generic, the input positions reading the current value, whether it updates it in place. */
  record Step(Operation op, List<AffineMap> maps, Set<Integer> current, boolean inPlace, Value out) {}

  final List<Step> steps;
  /** Deallocations crossed before the last step: moved after the kernel. */
  final List<Operation> crossed;
  /** Buffers passed on: their allocations and deallocations go. */
  final List<Value> dropped;

  private Int8Epilogue(List<Step> steps, List<Operation> crossed, List<Value> dropped) {
    this.steps = steps;
    this.crossed = crossed;
    this.dropped = dropped;
  }

  Operation last() { return steps.getLast().op; }

  Value out() { return steps.getLast().out; }

  /**
   * The chain after {@code producer} (which writes {@code out}; {@code writers} are the other ops that
   * may write it, such as its zero fill), or null when there is none. {@code dropOut}: whether
   * {@code out} may be passed on (the kernel does not read its initial value).
   */
  static Int8Epilogue after(Operation producer, Value out, Set<Operation> writers, boolean dropOut) {
    Set<Value> inputs = new HashSet<>(producer.operands());
    inputs.remove(out);
    List<Step> steps = new ArrayList<>();
    List<Operation> crossed = new ArrayList<>(), crossedNow = new ArrayList<>();
    List<Value> dropped = new ArrayList<>();
    Set<Operation> known = new HashSet<>(writers);
    known.add(producer);
    Value cur = out;
    for (Operation g = producer.nextOp(); g != null; g = g.nextOp()) {
      if (g.isa("tl.dealloc")) {
        if (g.operand(0) == cur) break;
        crossedNow.add(g);
        continue;
      }
      if (g.isa("tl.alloc") || g.isa("tl.to_buffer") || g.isa("arith.constant")) continue;
      Step s = match(g, cur);
      if (s == null || inputs.contains(s.out)) break; // the kernel still reads its inputs while it stores
      if (!s.inPlace) {
        // cur is passed on: it must be local and read by nothing but this step (and written by known ops)
        Operation def = cur.definingOp();
        if (cur == out && !dropOut) break;
        if (def == null || !def.isa("tl.alloc")) break;
        boolean alone = true;
        for (var u : cur.uses()) {
          Operation o = u.owner();
          if (o != def && o != g && !known.contains(o) && !o.isa("tl.dealloc")) alone = false;
        }
        if (!alone) break;
        dropped.add(cur);
      }
      steps.add(s);
      known.add(g);
      crossed.addAll(crossedNow);
      crossedNow.clear();
      cur = s.out;
    }
    if (steps.isEmpty()) return null;
    return new Int8Epilogue(steps, crossed, dropped);
  }

  static Step match(Operation g, Value cur) {
    if (!g.isa("tl.generic") || g.numResults() != 0 || !(cur.type() instanceof MemRefType ct)) return null;
    int ins = AccumulateReductionsPass.numInputs(g);
    if (g.numOperands() != ins + 1) return null;
    for (String it : AccumulateReductionsPass.iterators(g)) if (!it.equals("parallel")) return null;
    Value out = g.operand(ins);
    if (!(out.type() instanceof MemRefType ot) || ot.layout() != null || !java.util.Arrays.equals(ot.shape(), ct.shape())) return null;
    List<AffineMap> maps = StructuredOps.maps(g);
    int rank = ct.rank();
    AffineMap id = AffineMap.identity(rank);
    if (!maps.get(ins).equals(id)) return null;
    boolean inPlace = out == cur;
    Set<Integer> current = new HashSet<>();
    for (int i = 0; i < ins; i++) {
      Value v = g.operand(i);
      if (v == cur) {
        if (!maps.get(i).equals(id)) return null;
        current.add(i);
        continue;
      }
      if (v == out || !(v.type() instanceof MemRefType t) || !t.hasStaticShape() || t.layout() != null) return null;
      List<AffineExpr> res = maps.get(i).results();
      for (int k = 0; k < res.size(); k++) {
        AffineExpr e = res.get(k);
        if (e instanceof AffineExpr.Dim d) {
          if (d.position() == rank - 1 && k != res.size() - 1) return null;
        } else if (!(e instanceof AffineExpr.Constant)) return null;
      }
    }
    if (!inPlace && current.isEmpty()) return null;
    Block body = g.region(0).front();
    if (!inPlace && body.argument(ins).hasUses()) return null;
    for (Operation x : body.operations()) {
      if (x.isa("tl.yield")) continue;
      if (x.numRegions() > 0 || x.numResults() != 1 || x.isa("tl.index")) return null;
      Type rt = x.result(0).type();
      if (!(rt instanceof FloatType || rt instanceof IntegerType)) return null;
      if (!x.name().startsWith("arith.") && !x.name().startsWith("math.")) return null;
      for (Value v : x.operands()) if (v.type() instanceof VectorType || v.type() instanceof MemRefType) return null;
    }
    return new Step(g, maps, current, inPlace, out);
  }

  /** The chain on the run of {@code lanes} elements from {@code at} whose value is {@code acc}. */
  Value apply(Int8Emitter e, List<Value> at, Value acc, int lanes) {
    for (Step s : steps) acc = apply(e, s, at, acc, lanes);
    return acc;
  }

  static Value apply(Int8Emitter e, Step s, List<Value> at, Value acc, int lanes) {
    Operation op = s.op;
    int ins = op.numOperands() - 1;
    Block body = op.region(0).front();
    IRMapping m = new IRMapping();
    for (int i = 0; i < ins; i++) {
      if (s.current.contains(i)) {
        m.map(body.argument(i), acc);
        continue;
      }
      if (!body.argument(i).hasUses()) continue;
      List<AffineExpr> res = s.maps.get(i).results();
      List<Value> idx = new ArrayList<>();
      for (AffineExpr x : res) idx.add(x instanceof AffineExpr.Dim d ? at.get(d.position()) : e.idx(((AffineExpr.Constant) x).value()));
      boolean alongLanes = !res.isEmpty() && res.getLast() instanceof AffineExpr.Dim d && d.position() == at.size() - 1;
      Type et = body.argument(i).type();
      m.map(body.argument(i), alongLanes ? e.vloadT(op.operand(i), idx, lanes, vectorOf(et))
          : Tl.broadcast(e.b, e.loc, Tl.load(e.b, e.loc, op.operand(i), idx), vectorOf(et)));
    }
    if (s.inPlace) m.map(body.argument(ins), acc);
    Map<Value, Value> outside = new HashMap<>();
    for (Operation x : body.operations()) {
      if (x.isa("tl.yield")) {
        Value r = m.lookupOrNull(x.operand(0));
        return r != null ? r : Tl.broadcast(e.b, e.loc, x.operand(0), vectorOf(x.operand(0).type()));
      }
      if (x.numOperands() == 0) {
        m.map(x.result(0), Tl.broadcast(e.b, e.loc, e.b.insert(x.clone()).result(0), vectorOf(x.result(0).type())));
        continue;
      }
      List<Value> operands = new ArrayList<>();
      for (Value v : x.operands()) {
        Value mv = m.lookupOrNull(v);
        if (mv == null) mv = outside.computeIfAbsent(v, o -> Tl.broadcast(e.b, e.loc, o, vectorOf(o.type())));
        operands.add(mv);
      }
      Value y = e.b.create(x.name(), e.loc, operands, List.of(vectorOf(x.result(0).type())), allAttributes(x)).result(0);
      m.map(x.result(0), y);
    }
    throw new IllegalStateException("epilogue body without tl.yield");
  }

  /** The op's inherent attributes (kept in its properties, such as cmpf's predicate) and its discardable ones. */
  static DictionaryAttr allAttributes(Operation x) {
    DictionaryAttr all = x.attributes();
    if (x.properties() instanceof DictionaryAttr p) for (var a : p.entries()) all = all.with(a.name(), a.value());
    return all;
  }

  static VectorType vectorOf(Type t) { return new VectorType(new long[] {Emitter.VL}, t); }

}
