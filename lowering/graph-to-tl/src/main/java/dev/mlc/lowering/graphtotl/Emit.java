package dev.mlc.lowering.graphtotl;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Emission helpers of the lowering: scalar arith/math ops, buffers and structured tl ops at one location. */
final class Emit {
  final Builder b;
  final Location loc;
  /** Buffers this lowering allocated (intermediates, constants, temporaries): each gets a {@code tl.dealloc} after its last use. */
  final List<Value> owned;
  /** The op's operand types as they were in the graph (tensor types; function arguments are retyped to memrefs first). */
  final List<Type> operandTypes;
  /**
   * Scalar mode (fused lowering, see {@link FusedLowerings}): when set, {@link #elementwise} emits no
   * generic; it applies its body to {@code ins} (already scalars, at the builder's insertion point)
   * and leaves the scalar result here.
   */
  Value[] scalarResult;

  Emit(Builder b, Location loc, List<Value> owned) { this(b, loc, owned, List.of()); }

  Emit(Builder b, Location loc, List<Value> owned, List<Type> operandTypes) {
    this.b = b;
    this.loc = loc;
    this.owned = owned;
    this.operandTypes = operandTypes;
  }

  static boolean isFloat(Type t) { return t instanceof FloatType; }

  static long[] shape(Value v) { return ((ShapedType) v.type()).shape(); }

  static Type elem(Value v) { return ((ShapedType) v.type()).elementType(); }

  /** A scalar op with one result of type {@code t}. */
  Value op(String name, Type t, Value... xs) { return b.create(name, loc, List.of(xs), List.of(t), DictionaryAttr.EMPTY).result(0); }

  Value cmp(boolean isFloat, int predicate, Value x, Value y) {
    return b.create(isFloat ? "arith.cmpf" : "arith.cmpi", loc, List.of(x, y), List.of(dev.mlc.ir.type.IntegerType.of(1)),
        DictionaryAttr.of(new NamedAttribute("predicate", IntegerAttr.i64(predicate)))).result(0);
  }

  Value select(Value c, Value x, Value y) { return op("arith.select", x.type(), c, x, y); }

  Value cst(Type t, double v) {
    Attribute a = t instanceof FloatType f ? FloatAttr.of(f, v) : IntegerAttr.of(t, (long) v);
    return b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", a))).result(0);
  }

  Value add(Value x, Value y) { return op(isFloat(x.type()) ? "arith.addf" : "arith.addi", x.type(), x, y); }

  Value mul(Value x, Value y) { return op(isFloat(x.type()) ? "arith.mulf" : "arith.muli", x.type(), x, y); }

  /** A fresh owned buffer. */
  Value alloc(long[] shape, Type elem) {
    Value v = Tl.alloc(b, loc, new MemRefType(shape, elem));
    owned.add(v);
    return v;
  }

  /** A fresh owned buffer holding the 1-D constant {@code values} ({@code arith.constant} + {@code tl.to_buffer}). */
  Value constBuffer(Type elem, double[] values) {
    long[] shape = {values.length};
    var t = new dev.mlc.ir.type.RankedTensorType(shape, elem);
    long[] ints = new long[values.length];
    for (int i = 0; i < ints.length; i++) ints[i] = (long) values[i];
    dev.mlc.ir.interp.Tensor v = isFloat(elem) ? dev.mlc.ir.interp.Tensor.ofDoubles(elem, shape, values) : dev.mlc.ir.interp.Tensor.ofLongs(elem, shape, ints);
    Value c = b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", v.toAttr(t)))).result(0);
    Value m = Tl.toBuffer(b, loc, c);
    owned.add(m);
    return m;
  }

  void fill(Value buffer, double v) { Tl.fill(b, loc, cst(elem(buffer), v), buffer); }

  static List<String> iterators(int n, boolean[] reduction) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < n; i++) r.add(reduction != null && reduction[i] ? "reduction" : "parallel");
    return r;
  }

  /**
   * A map from the {@code rank}-dimensional iteration space of {@code outShape} to an operand of
   * shape {@code s} under numpy broadcasting: trailing dimensions align, a size-1 dimension against a
   * larger one reads index 0.
   */
  static AffineMap broadcastMap(long[] s, long[] outShape) {
    int r = outShape.length;
    List<AffineExpr> res = new ArrayList<>();
    for (int j = 0; j < s.length; j++) {
      int d = r - s.length + j;
      res.add(s[j] == 1 && outShape[d] != 1 ? AffineExpr.constant(0) : AffineExpr.dim(d));
    }
    return new AffineMap(r, 0, res);
  }

  /** {@code out[i] = f(ins[bcast(i)]...)}: an all-parallel {@code tl.generic} with broadcasting input maps. */
  void elementwise(List<Value> ins, Value out, Function<List<Value>, Value> f) {
    if (scalarResult != null) {
      scalarResult[0] = f.apply(ins);
      return;
    }
    long[] os = shape(out);
    List<AffineMap> maps = new ArrayList<>();
    for (Value in : ins) maps.add(broadcastMap(shape(in), os));
    maps.add(AffineMap.identity(os.length));
    Tl.generic(b, loc, ins, List.of(out), maps, iterators(os.length, null), (bb, args) -> List.of(f.apply(args.subList(0, ins.size()))));
  }

  /** A generic with explicit maps: body gets inputs then the output's current element. */
  void generic(List<Value> ins, Value out, List<AffineMap> maps, List<String> iters, Function<List<Value>, Value> f) {
    Tl.generic(b, loc, ins, List.of(out), maps, iters, (bb, args) -> List.of(f.apply(args)));
  }

  static AffineMap map(int dims, List<AffineExpr> results) { return new AffineMap(dims, 0, results); }

  static List<AffineExpr> dims(int... ds) {
    List<AffineExpr> r = new ArrayList<>();
    for (int d : ds) r.add(AffineExpr.dim(d));
    return r;
  }

  static List<AffineExpr> zeros(int n) { return new ArrayList<>(Collections.nCopies(n, AffineExpr.constant(0))); }
}
