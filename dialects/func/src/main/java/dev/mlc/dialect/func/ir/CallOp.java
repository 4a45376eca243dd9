package dev.mlc.dialect.func.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.type.FunctionType;
import java.util.List;
import java.util.Set;

/** {@code func.call @f(%a, %b) : (i32, i32) -> i32}: calls a function by symbol. */
public final class CallOp extends OpDef implements CallOpInterface {
  public static final String NAME = "func.call";

  CallOp() { super(NAME); }

  @Override public String summary() { return "Calls a function by its symbol"; }

  @Override public String description() { return "```mlir\n%r = call @add(%a, %b) : (i32, i32) -> i32\n```"; }

  @Override public boolean isInherentAttr(String n) { return n.equals("callee"); }

  @Override public SymbolRefAttr callee(Operation call) { return call.attr("callee", SymbolRefAttr.class); }

  @Override protected boolean verify(Operation op) {
    SymbolRefAttr callee = callee(op);
    if (callee == null) return op.emitOpError("requires a 'callee' symbol reference attribute").failure();
    Operation f = SymbolTable.lookupNearestFrom(op, callee);
    if (f == null || !f.isa(FuncOp.NAME)) return op.emitOpError("'" + callee.leaf() + "' does not reference a valid function").failure();
    FunctionType ft = FuncOp.functionType(f);
    if (ft == null) return true;
    if (ft.inputs().size() != op.numOperands()) return op.emitOpError("incorrect number of operands for callee").failure();
    for (int i = 0; i < op.numOperands(); i++)
      if (!op.operand(i).type().equals(ft.inputs().get(i)))
        return op.emitOpError("operand type mismatch: expected operand type '" + ft.inputs().get(i) + "', but provided '"
            + op.operand(i).type() + "' for operand number " + i).failure();
    if (ft.results().size() != op.numResults()) return op.emitOpError("incorrect number of results for callee").failure();
    for (int i = 0; i < op.numResults(); i++)
      if (!op.result(i).type().equals(ft.results().get(i)))
        return op.emitOpError("result type mismatch at index " + i).failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    SymbolRefAttr c = callee(op);
    p.printAttribute(c);
    p.print('(');
    p.printOperands(op.operands());
    p.print(')');
    p.printOptionalAttrDict(op.attributes(), Set.of("callee"));
    p.print(" : ");
    p.printFunctionalType(op);
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    if (!(p.parseAttribute() instanceof SymbolRefAttr callee)) throw p.error("expected a symbol reference to the callee");
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
    p.parseOptionalAttrDict(st.attributes);
    if (!(p.parseColonType() instanceof FunctionType ft)) throw p.error("expected a function type");
    p.resolveOperands(operands, ft.inputs(), st.operands);
    st.resultTypes.addAll(ft.results());
    st.addAttribute("callee", callee);
  }

}
