package dev.mlc.lowering.tollvm;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** Builds llvm dialect ops (generic form; inherent attributes left out take the dialect's defaults). */
public final class LlvmBuild {
  private LlvmBuild() {}

  /** {@code name(operands) {attrs} : result} (no result when {@code result} is null). */
  public static Operation op(Builder b, String name, Location loc, List<? extends Value> operands, Type result, Object... attrs) {
    List<NamedAttribute> as = new ArrayList<>();
    for (int i = 0; i < attrs.length; i += 2) as.add(new NamedAttribute((String) attrs[i], (Attribute) attrs[i + 1]));
    return b.create(name, loc, operands, result == null ? List.of() : List.of(result), DictionaryAttr.of(as));
  }

  public static Value value(Builder b, String name, Location loc, List<? extends Value> operands, Type result, Object... attrs) {
    return op(b, name, loc, operands, result, attrs).result(0);
  }

  /** {@code llvm.mlir.constant(v : t) : t}. */
  public static Value constant(Builder b, Location loc, Attribute value, Type t) {
    return value(b, "llvm.mlir.constant", loc, List.of(), t, "value", value);
  }

  public static Value i64(Builder b, Location loc, long v) { return constant(b, loc, IntegerAttr.i64(v), IntegerType.of(64)); }

  public static Value icmp(Builder b, Location loc, int predicate, Value l, Value r) {
    Type t = l.type() instanceof dev.mlc.ir.type.VectorType v ? new dev.mlc.ir.type.VectorType(v.shape(), IntegerType.of(1), v.scalableDims())
        : IntegerType.of(1);
    return value(b, "llvm.icmp", loc, List.of(l, r), t, "predicate", IntegerAttr.i64(predicate));
  }

  public static Value select(Builder b, Location loc, Value c, Value t, Value f) {
    return value(b, "llvm.select", loc, List.of(c, t, f), t.type());
  }

  public static Value binary(Builder b, String name, Location loc, Value l, Value r) { return value(b, name, loc, List.of(l, r), l.type()); }
}
