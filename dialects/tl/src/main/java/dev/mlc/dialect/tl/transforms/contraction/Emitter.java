package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/** Index arithmetic, constants, (masked) vector accesses and loops in tl, built at a builder's position. */
class Emitter {
  static final int VL = 16;
  static final VectorType V = new VectorType(new long[] {VL}, FloatType.F32);
  static final VectorType MASK = new VectorType(new long[] {VL}, IntegerType.of(1));

  final Builder b;
  final Location loc;

  Emitter(Builder b, Location loc) {
    this.b = b;
    this.loc = loc;
  }

  Value idx(long v) { return b.create("arith.constant", loc, List.of(), List.of(IndexType.INSTANCE), DictionaryAttr.of(new NamedAttribute("value", IntegerAttr.index(v)))).result(0); }

  Value arith(String name, Value l, Value r) { return b.create(name, loc, List.of(l, r), List.of(l.type()), DictionaryAttr.EMPTY).result(0); }

  Value add(Value l, long r) { return r == 0 ? l : arith("arith.addi", l, idx(r)); }

  Value mul(Value l, long r) { return r == 1 ? l : arith("arith.muli", l, idx(r)); }

  Value zeroVector() {
    return b.create("arith.constant", loc, List.of(), List.of(V), DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofFloats(V, 0f)))).result(0);
  }

  /** The mask with the first {@code lanes} lanes set. */
  Value mask(int lanes) {
    byte[] bits = new byte[VL];
    for (int l = 0; l < lanes; l++) bits[l] = 1;
    return b.create("arith.constant", loc, List.of(), List.of(MASK), DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(MASK, bits)))).result(0);
  }

  Value vload(Value buf, List<Value> at, int lanes) {
    if (lanes == VL) return Tl.vload(b, loc, V, buf, at);
    List<Value> ops = new ArrayList<>(List.of(buf));
    ops.addAll(at);
    ops.add(mask(lanes));
    ops.add(zeroVector());
    return b.create("tl.vload", loc, ops, List.of(V), DictionaryAttr.EMPTY).result(0);
  }

  void vstore(Value v, Value buf, List<Value> at, int lanes) {
    List<Value> ops = new ArrayList<>(List.of(v, buf));
    ops.addAll(at);
    if (lanes < VL) ops.add(mask(lanes));
    b.create("tl.vstore", loc, ops, List.of(), DictionaryAttr.EMPTY);
  }

  /** A one-dimensional tl.loop with no carried values. */
  void loop(Value lb, Value ub, long step, String iterator, java.util.function.Consumer<Value> body) {
    Tl.loop(b, loc, List.of(lb), List.of(ub), List.of(idx(step)), List.of(iterator), List.of(), (bb, args) -> {
      body.accept(args.get(0));
      return List.of();
    });
  }

  static List<Value> concat(List<Value> a, Value... rest) {
    List<Value> r = new ArrayList<>(a);
    r.addAll(List.of(rest));
    return r;
  }

}
