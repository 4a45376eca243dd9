package dev.mlc.dialect.func.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.type.FunctionType;
import java.util.List;

/**
 * {@code func.return}: returns the operands from the enclosing {@code func.func}; written
 * {@code return %0, %1 : i32, f32} inside a function.
 */
public final class ReturnOp extends OpDef implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
  public static final String NAME = "func.return";

  ReturnOp() { super(NAME); }

  @Override public String summary() { return "Returns values from a function"; }

  @Override public String description() { return "```mlir\nreturn %0, %1 : i32, f32\n```"; }

  @Override protected boolean verify(Operation op) {
    Operation f = op.parentOp();
    if (f == null || !f.isa(FuncOp.NAME)) return op.emitOpError("expects parent op 'func.func'").failure();
    FunctionType ft = FuncOp.functionType(f);
    if (ft == null) return true;
    List<Type> results = ft.results();
    String fname = "@" + FuncOp.symbolName(f);
    if (op.numOperands() != results.size())
      return op.emitOpError("has " + op.numOperands() + " operands, but enclosing function (" + fname + ") returns " + results.size()).failure();
    for (int i = 0; i < results.size(); i++)
      if (!op.operand(i).type().equals(results.get(i)))
        return op.emitOpError("type of return operand " + i + " (" + op.operand(i).type() + ") doesn't match function result type ("
            + results.get(i) + ") in function " + fname).failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.printOptionalOperandsWithTypes(op.operands());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parseOptionalOperandsWithTypes(st.operands);
  }
}
