package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/** {@code scf.condition(%c) %a, %b : i32, f32}: ends the "before" region of scf.while. */
public final class ConditionOp extends OpDef implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
  public static final String NAME = "scf.condition";

  ConditionOp() { super(NAME); }

  @Override public String summary() { return "Loop continuation condition"; }

  @Override public String description() {
    return """
        Ends the `before` region of `scf.while`: when the i1 condition holds, the remaining \
        operands become the arguments of the `do` region, otherwise they become the loop's results.

        ```mlir
        scf.condition(%cond) %x, %y : i32, f32
        ```""";
  }

  /** The values forwarded to the `do` region or to the results (all operands but the condition). */
  public static List<Value> args(Operation op) { return op.operands().subList(1, op.numOperands()); }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !parent.isa(WhileOp.NAME)) return op.emitOpError("expects parent op 'scf.while'").failure();
    if (op.numOperands() < 1 || !Scf.isI1(op.operand(0).type()))
      return op.emitOpError("operand #0 must be 1-bit signless integer, but got '" + (op.numOperands() < 1 ? "none" : op.operand(0).type()) + "'").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numOperands() >= 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print('(');
    p.printOperand(op.operand(0));
    p.print(')');
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.printOptionalOperandsWithTypes(args(op));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parsePunct("(");
    OpAsmParser.UnresolvedOperand cond = p.parseOperand();
    p.parsePunct(")");
    p.parseOptionalAttrDict(st.attributes);
    st.operands.add(p.resolveOperand(cond, IntegerType.of(1)));
    p.parseOptionalOperandsWithTypes(st.operands);
  }
}
