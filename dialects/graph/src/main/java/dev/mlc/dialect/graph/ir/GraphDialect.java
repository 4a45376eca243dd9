package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.type.RankedTensorType;
import java.util.List;

/**
 * The graph dialect: model-level tensor ops with ONNX semantics (see
 * {@code shared/spec/graph-dialect.md}). Ops are table entries ({@link GraphOp}) grouped by family;
 * shape rules live in {@link ShapeInference}, attribute reading in {@link GraphAttrs}.
 */
public final class GraphDialect implements Dialect {
  @Override public String namespace() { return "graph"; }

  @Override public String summary() { return "The graph dialect: model-level tensor ops with ONNX semantics"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new ConstantOp());
    ElementwiseOps.register(r);
    NnOps.register(r);
    ShapeOps.register(r);
    QuantOps.register(r);
    r.addOp(new FusionOp());
    r.addOp(new YieldOp());
  }

  /** Folded values become {@code graph.constant} ops. */
  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    if (!(value instanceof ElementsAttr e) || !(type instanceof RankedTensorType) || !e.type().equals(type)) return null;
    return b.create(ConstantOp.NAME, loc, List.of(), List.of(type), DictionaryAttr.EMPTY.with("value", value));
  }
}
