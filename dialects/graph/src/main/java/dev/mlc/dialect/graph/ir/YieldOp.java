package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/** {@code graph.yield %a, %b : T1, T2}: ends a {@code graph.fusion} body, giving its results. */
public final class YieldOp extends OpDef implements Traits.Pure, Traits.IsTerminator, Traits.ReturnLike {
  public static final String NAME = "graph.yield";

  YieldOp() { super(NAME); }

  @Override public String summary() { return "Terminates a graph.fusion body with its results"; }

  @Override public String description() {
    return GraphOp.doc("The operands become the results of the enclosing `graph.fusion`.", "graph.yield %t, %u : tensor<2x3xf32>, tensor<3xf32>");
  }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !parent.isa(FusionOp.NAME)) return op.emitOpError("expects parent op 'graph.fusion'").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() == 0) return;
    p.print(' ');
    p.printOperands(op.operands());
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printValueTypes(op.operands());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parseOptionalAttrDict(st.attributes);
    if (!operands.isEmpty()) p.resolveOperands(operands, p.parseColonTypeList(), st.operands);
  }
}
