package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builders of tl ops for lowerings and transformations: each creates the op at the builder's
 * insertion point, infers result types where the op determines them, and returns its result (or
 * the op, for ops with regions or several results). Region bodies are filled by a callback with
 * the insertion point inside the body, which must return the values to yield.
 */
public final class Tl {
  private Tl() {}

  static Operation create(Builder b, String name, Location loc, List<? extends Value> operands, List<? extends Type> results, Object... attrs) {
    return create(b, 0, name, loc, operands, results, attrs);
  }

  static Operation create(Builder b, int regions, String name, Location loc, List<? extends Value> operands, List<? extends Type> results, Object... attrs) {
    OperationState st = new OperationState(b.context().opName(name), loc);
    for (int i = 0; i < regions; i++) st.addRegion();
    st.operands.addAll(operands);
    st.resultTypes.addAll(results);
    for (int i = 0; i < attrs.length; i += 2) st.addAttribute((String) attrs[i], (Attribute) attrs[i + 1]);
    return b.create(st);
  }

  public static Value alloc(Builder b, Location loc, MemRefType type, Value... dynamicSizes) {
    return create(b, "tl.alloc", loc, List.of(dynamicSizes), List.of(type)).result(0);
  }

  public static Value alloca(Builder b, Location loc, MemRefType type, Value... dynamicSizes) {
    return create(b, "tl.alloca", loc, List.of(dynamicSizes), List.of(type)).result(0);
  }

  public static Value empty(Builder b, Location loc, RankedTensorType type, Value... dynamicSizes) {
    return create(b, "tl.empty", loc, List.of(dynamicSizes), List.of(type)).result(0);
  }

  public static void dealloc(Builder b, Location loc, Value buffer) { create(b, "tl.dealloc", loc, List.of(buffer), List.of()); }

  public static Value dim(Builder b, Location loc, Value shaped, int index) {
    return create(b, "tl.dim", loc, List.of(shaped), List.of(IndexType.INSTANCE), "index", dev.mlc.ir.attr.IntegerAttr.i64(index)).result(0);
  }

  public static Value load(Builder b, Location loc, Value buffer, List<Value> indices) {
    return create(b, "tl.load", loc, concat(List.of(buffer), indices), List.of(((MemRefType) buffer.type()).elementType())).result(0);
  }

  public static void store(Builder b, Location loc, Value value, Value buffer, List<Value> indices) {
    create(b, "tl.store", loc, concat(List.of(value, buffer), indices), List.of());
  }

  public static void copy(Builder b, Location loc, Value from, Value to) { create(b, "tl.copy", loc, List.of(from, to), List.of()); }

  /** Fills a buffer (returns null) or a tensor (returns the filled tensor). */
  public static Value fill(Builder b, Location loc, Value scalar, Value dest) {
    Operation op = create(b, "tl.fill", loc, List.of(scalar, dest), dest.type() instanceof RankedTensorType ? List.of(dest.type()) : List.of());
    return op.numResults() == 0 ? null : op.result(0);
  }

  public static Value toBuffer(Builder b, Location loc, Value tensor) {
    RankedTensorType t = (RankedTensorType) tensor.type();
    return create(b, "tl.to_buffer", loc, List.of(tensor), List.of(new MemRefType(t.shape(), t.elementType()))).result(0);
  }

  public static Value toTensor(Builder b, Location loc, Value buffer) {
    MemRefType t = (MemRefType) buffer.type();
    return create(b, "tl.to_tensor", loc, List.of(buffer), List.of(new RankedTensorType(t.shape(), t.elementType()))).result(0);
  }

  /**
   * A subview of {@code source}; each of {@code offsets}, {@code sizes}, {@code strides} holds a
   * {@link Long} (static) or an index {@link Value} (dynamic) per dimension. The result type is the inferred one.
   */
  public static Value subview(Builder b, Location loc, Value source, List<Object> offsets, List<Object> sizes, List<Object> strides) {
    List<Value> operands = new ArrayList<>(List.of(source));
    long[][] st = new long[3][];
    int[] seg = new int[4];
    seg[0] = 1;
    List<List<Object>> lists = List.of(offsets, sizes, strides);
    for (int i = 0; i < 3; i++) {
      st[i] = new long[lists.get(i).size()];
      for (int d = 0; d < st[i].length; d++) {
        Object o = lists.get(i).get(d);
        if (o instanceof Value v) {
          st[i][d] = ShapedType.DYNAMIC;
          operands.add(v);
          seg[i + 1]++;
        } else st[i][d] = ((Number) o).longValue();
      }
    }
    MemRefType type = Layouts.subviewType((MemRefType) source.type(), st[0], st[1], st[2]);
    return create(b, "tl.subview", loc, operands, List.of(type), "static_offsets", DenseArrayAttr.i64(st[0]), "static_sizes", DenseArrayAttr.i64(st[1]),
        "static_strides", DenseArrayAttr.i64(st[2]), TlOp.SEGMENTS, TlOp.segments(seg)).result(0);
  }

  /** Fills a body: called with the insertion point in the body and its block arguments; returns the values to yield. */
  @FunctionalInterface
  public interface Body {
    List<Value> build(Builder b, List<Value> args);
  }

  /**
   * A {@code tl.loop} nest; the body receives the induction variables followed by the loop-carried
   * values (starting at {@code inits}) and returns the next carried values.
   */
  public static Operation loop(Builder b, Location loc, List<Value> lbs, List<Value> ubs, List<Value> steps, List<String> iterators,
                               List<Value> inits, Body body) {
    List<Type> carried = inits.stream().map(Value::type).toList();
    Operation op = create(b, 1, "tl.loop", loc, concat(concat(lbs, ubs), concat(steps, inits)), carried, "iterator_types", strings(iterators));
    List<Type> args = new ArrayList<>(Collections.nCopies(lbs.size(), IndexType.INSTANCE));
    args.addAll(carried);
    fillBody(b, loc, op.region(0), args, body);
    return op;
  }

  /** A {@code tl.generic}; the body receives one scalar per operand (inputs, then outputs) and returns one per output. */
  public static Operation generic(Builder b, Location loc, List<Value> ins, List<Value> outs, List<AffineMap> maps, List<String> iterators, Body body) {
    List<Attribute> mapAttrs = new ArrayList<>();
    for (AffineMap m : maps) mapAttrs.add(new AffineMapAttr(m));
    List<Type> results = outs.stream().map(Value::type).filter(t -> t instanceof RankedTensorType).toList();
    Operation op = create(b, 1, "tl.generic", loc, concat(ins, outs), results, StructuredOps.MAPS, new ArrayAttr(mapAttrs),
        "iterator_types", strings(iterators), TlOp.SEGMENTS, TlOp.segments(ins.size(), outs.size()));
    List<Type> args = concat(ins, outs).stream().map(v -> StructuredOps.elementOf(v.type())).toList();
    fillBody(b, loc, op.region(0), args, body);
    return op;
  }

  /** {@code C += A·B}; returns the new C for tensors, null for buffers. */
  public static Value matmul(Builder b, Location loc, Value a, Value bm, Value c) {
    Operation op = create(b, "tl.matmul", loc, List.of(a, bm, c), c.type() instanceof RankedTensorType ? List.of(c.type()) : List.of());
    return op.numResults() == 0 ? null : op.result(0);
  }

  public static Value vload(Builder b, Location loc, dev.mlc.ir.type.VectorType type, Value buffer, List<Value> indices) {
    return create(b, "tl.vload", loc, concat(List.of(buffer), indices), List.of(type)).result(0);
  }

  public static void vstore(Builder b, Location loc, Value vector, Value buffer, List<Value> indices) {
    create(b, "tl.vstore", loc, concat(List.of(vector, buffer), indices), List.of());
  }

  public static Value broadcast(Builder b, Location loc, Value source, dev.mlc.ir.type.VectorType type) {
    return create(b, "tl.broadcast", loc, List.of(source), List.of(type)).result(0);
  }

  public static Value reduction(Builder b, Location loc, String kind, Value vector) {
    Type e = ((ShapedType) vector.type()).elementType();
    return create(b, "tl.reduction", loc, List.of(vector), List.of(e), "kind", StringAttr.of(kind)).result(0);
  }

  static void fillBody(Builder b, Location loc, Region region, List<Type> argTypes, Body body) {
    try (var g = b.guard()) {
      Block block = b.createBlock(region, argTypes, loc);
      List<Value> yielded = body.build(b, new ArrayList<>(block.arguments()));
      create(b, "tl.yield", loc, yielded, List.of());
    }
  }

  static ArrayAttr strings(List<String> s) {
    List<Attribute> r = new ArrayList<>();
    for (String x : s) r.add(StringAttr.of(x));
    return new ArrayAttr(r);
  }

  static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    List<T> r = new ArrayList<>(a);
    r.addAll(b);
    return r;
  }
}
