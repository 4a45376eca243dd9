package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/** {@code scf.reduce.return %x : T}: ends a reduction region of scf.reduce with the combined value. */
public final class ReduceReturnOp extends OpDef implements Traits.IsTerminator, Traits.Pure {
  public static final String NAME = "scf.reduce.return";

  ReduceReturnOp() { super(NAME); }

  @Override public String summary() { return "terminator for reduce operation"; }

  @Override public String description() { return "```mlir\nscf.reduce.return %sum : f32\n```"; }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !parent.isa(ReduceOp.NAME)) return op.emitOpError("expects parent op 'scf.reduce'").failure();
    if (op.numOperands() != 1) return op.emitOpError("expected 1 operand, but found " + op.numOperands()).failure();
    Block b = op.parentBlock();
    if (b.numArguments() > 0 && !b.argument(0).type().equals(op.operand(0).type()))
      return op.emitOpError("must have type '" + b.argument(0).type() + "' (the type of the reduction inputs)").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numOperands() == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.operand(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    OpAsmParser.UnresolvedOperand v = p.parseOperand();
    p.parseOptionalAttrDict(st.attributes);
    st.operands.add(p.resolveOperand(v, p.parseColonType()));
  }
}
