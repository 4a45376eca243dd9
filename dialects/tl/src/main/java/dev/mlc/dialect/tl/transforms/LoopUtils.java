package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.Layouts;
import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers of the loop transformations: index constants and arithmetic, loop sizes of structured ops, affine expressions. */
final class LoopUtils {
  private LoopUtils() {}

  static Value index(Builder b, Location loc, long v) {
    return b.create("arith.constant", loc, List.of(), List.of(IndexType.INSTANCE), DictionaryAttr.of(new NamedAttribute("value", IntegerAttr.index(v)))).result(0);
  }

  static Value arith(Builder b, Location loc, String name, Value l, Value r) {
    return b.create(name, loc, List.of(l, r), List.of(l.type()), DictionaryAttr.EMPTY).result(0);
  }

  /** The constant value of an index value, or null. */
  static Long constantIndex(Value v) {
    Attribute a = OperationFolder.constantValue(v);
    return a instanceof IntegerAttr i ? i.value().longValue() : null;
  }

  static List<String> iterators(Operation op) {
    List<String> r = new ArrayList<>();
    for (Attribute a : op.attr("iterator_types", ArrayAttr.class).elements()) r.add(((StringAttr) a).value());
    return r;
  }

  /** Whether a structured op has only buffer (or scalar) operands. */
  static boolean onBuffers(Operation op) {
    for (Value v : op.operands()) if (v.type() instanceof dev.mlc.ir.type.RankedTensorType) return false;
    return true;
  }

  /** The static size of each loop of a structured op (ShapedType.DYNAMIC where only dynamic sizes give it). */
  static long[] staticLoopSizes(Operation op) {
    List<AffineMap> maps = StructuredOps.maps(op);
    long[] r = new long[iterators(op).size()];
    java.util.Arrays.fill(r, Long.MIN_VALUE);
    for (int i = 0; i < op.numOperands(); i++) {
      if (!(op.operand(i).type() instanceof MemRefType t)) continue;
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < res.size(); j++)
        if (res.get(j) instanceof AffineExpr.Dim d && (r[d.position()] == Long.MIN_VALUE || r[d.position()] == ShapedType.DYNAMIC)) r[d.position()] = t.dim(j);
    }
    return r;
  }

  /** The size of each loop: the size of the first operand dimension whose map result is the plain loop dimension. */
  static List<Value> loopSizes(Builder b, Location loc, Operation op) {
    List<AffineMap> maps = StructuredOps.maps(op);
    Value[] ubs = new Value[iterators(op).size()];
    for (int i = 0; i < op.numOperands(); i++) {
      if (!(op.operand(i).type() instanceof MemRefType t)) continue;
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < res.size(); j++)
        if (res.get(j) instanceof AffineExpr.Dim d && ubs[d.position()] == null && t.dim(j) != ShapedType.DYNAMIC)
          ubs[d.position()] = index(b, loc, t.dim(j));
    }
    for (int i = 0; i < op.numOperands(); i++) {
      if (!(op.operand(i).type() instanceof MemRefType)) continue;
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < res.size(); j++)
        if (res.get(j) instanceof AffineExpr.Dim d && ubs[d.position()] == null) ubs[d.position()] = Tl.dim(b, loc, op.operand(i), j);
    }
    return List.of(ubs);
  }

  /** Whether {@code e} mentions loop dimension {@code d}. */
  static boolean involves(AffineExpr e, int d) {
    return switch (e) {
      case AffineExpr.Dim x -> x.position() == d;
      case AffineExpr.Binary bin -> involves(bin.lhs(), d) || involves(bin.rhs(), d);
      default -> false;
    };
  }

  /** The innermost stride of a buffer type when static, else null. */
  static Long innermostStride(MemRefType t) {
    if (t.rank() == 0) return null;
    if (Layouts.isIdentity(t)) return 1L;
    long s = Layouts.stridesAndOffset(t).strides()[t.rank() - 1];
    return s == ShapedType.DYNAMIC ? null : s;
  }

  static Type element(Value v) { return v.type() instanceof ShapedType s ? s.elementType() : v.type(); }


}
