package dev.mlc.dialect.tl.transforms;

import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Materializes affine expressions over {@code dims} with arith ops on index values, once per
 * distinct subexpression; constants are created before {@code hoistBefore} when given.
 */
public final class IndexMath {
  private final Builder b;
  private final Location loc;
  private final List<Value> dims;
  private final Operation hoistBefore;
  private final Map<AffineExpr, Value> done = new HashMap<>();

  public IndexMath(Builder b, Location loc, List<Value> dims, Operation hoistBefore) {
    this(b, loc, dims, hoistBefore, Map.of());
  }

  /** As above, starting from the already materialized index {@code constants}. */
  public IndexMath(Builder b, Location loc, List<Value> dims, Operation hoistBefore, Map<Long, Value> constants) {
    this.b = b;
    this.loc = loc;
    this.dims = dims;
    this.hoistBefore = hoistBefore;
    constants.forEach((c, v) -> done.put(AffineExpr.constant(c), v));
  }

  public Value constant(long c) {
    AffineExpr k = AffineExpr.constant(c);
    Value v = done.get(k);
    if (v != null) return v;
    try (var g = b.guard()) {
      if (hoistBefore != null) b.setInsertionPoint(hoistBefore);
      v = LoopUtils.index(b, loc, c);
    }
    done.put(k, v);
    return v;
  }

  public List<Value> apply(List<AffineExpr> exprs) {
    List<Value> r = new ArrayList<>();
    for (AffineExpr e : exprs) r.add(value(e));
    return r;
  }

  public Value value(AffineExpr e) {
    Value v = done.get(e);
    if (v != null) return v;
    if (e instanceof AffineExpr.Constant c) return constant(c.value());
    v = switch (e) {
      case AffineExpr.Dim d -> dims.get(d.position());
      case AffineExpr.Constant c -> constant(c.value());
      case AffineExpr.Symbol s -> throw new IllegalArgumentException("symbols are not supported: " + e);
      case AffineExpr.Binary bin -> binary(bin.kind(), value(bin.lhs()), value(bin.rhs()));
    };
    done.put(e, v);
    return v;
  }

  private Value binary(AffineExpr.Kind k, Value l, Value r) {
    return switch (k) {
      case ADD -> LoopUtils.arith(b, loc, "arith.addi", l, r);
      case MUL -> LoopUtils.arith(b, loc, "arith.muli", l, r);
      case FLOORDIV -> LoopUtils.arith(b, loc, "arith.floordivsi", l, r);
      case CEILDIV -> LoopUtils.arith(b, loc, "arith.ceildivsi", l, r);
      case MOD -> {
        Value rem = LoopUtils.arith(b, loc, "arith.remsi", l, r);
        Value neg = b.create("arith.cmpi", loc, List.of(rem, constant(0)), List.of(IntegerType.of(1)),
            DictionaryAttr.of(new NamedAttribute("predicate", IntegerAttr.i64(2)))).result(0); // slt
        Value shifted = LoopUtils.arith(b, loc, "arith.addi", rem, r);
        yield b.create("arith.select", loc, List.of(neg, shifted, rem), List.of(IndexType.INSTANCE), DictionaryAttr.EMPTY).result(0);
      }
    };
  }
}
