package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.type.RankedTensorType;
import java.util.List;
import java.util.Set;

/** {@code %w = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>}: a constant tensor. */
public final class ConstantOp extends OpDef implements Traits.Pure, Traits.ConstantLike {
  public static final String NAME = "graph.constant";

  ConstantOp() { super(NAME); }

  @Override public String summary() { return "A constant tensor"; }

  @Override public String description() {
    return GraphOp.doc("Holds `value`, an elements attribute of the result type: the list form, the splat form, the hex form "
        + "`dense<\"0x...\">` or `dense_resource<name>` (data in the file's `dialect_resources` section). Constant-like: folds "
        + "and CSE treat it as its value, and the dialect materializes folded constants with it.",
        "%w = graph.constant dense<[[1.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf32>\n%z = graph.constant dense<0.0> : tensor<4xf32>");
  }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 0 || op.numResults() != 1 || op.numRegions() != 0) return op.emitOpError("expects no operands and one result").failure();
    if (!(op.attr("value") instanceof ElementsAttr v)) return op.emitOpError("requires attribute 'value' to be an elements attribute").failure();
    if (!(op.result(0).type() instanceof RankedTensorType rt) || !rt.hasStaticShape())
      return op.emitOpError("result must be a statically shaped tensor, but got '" + GraphOp.fmt(op.result(0).type()) + "'").failure();
    if (!v.type().equals(rt))
      return op.emitOpError("value type '" + GraphOp.fmt(v.type()) + "' does not match the result type '" + GraphOp.fmt(rt) + "'").failure();
    return true;
  }

  @Override public List<Object> fold(Operation op, List<Attribute> operands) { return List.of(op.attr("value")); }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.properties() == null && op.attr("value") instanceof ElementsAttr v && op.numResults() == 1 && v.type().equals(op.result(0).type());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.printOptionalAttrDict(op.attributes(), Set.of("value"));
    p.print(' ');
    p.printAttribute(op.attr("value"));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parseOptionalAttrDict(st.attributes);
    Attribute v = p.parseAttribute();
    if (!(v instanceof ElementsAttr e)) throw p.error("expected an elements attribute (dense<...> or dense_resource<...>) with its tensor type");
    st.addAttribute("value", v);
    st.resultTypes.add(e.type());
  }
}
