package dev.mlc.dialect.cf.ir;

import dev.mlc.dialect.cf.transforms.CfCanonicalization;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IntegerType;
import java.util.Set;

/** {@code cf.assert %ok, "message"}: aborts with the message when the i1 operand is false. */
public final class AssertOp extends OpDef {
  public static final String NAME = "cf.assert";

  AssertOp() { super(NAME); }

  @Override public String summary() { return "Assert operation with message attribute"; }

  @Override public String description() {
    return """
        Checks that the i1 operand holds; when it does not, execution stops with the message \
        (the interpreter reports it as an error naming this op).

        ```mlir
        cf.assert %in_bounds, "index out of bounds"
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("msg"); }

  public static String message(Operation op) { return op.attr("msg") instanceof StringAttr s ? s.value() : ""; }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 1) return op.emitOpError("expected 1 operand, but found " + op.numOperands()).failure();
    if (!Cf.isI1(op.operand(0).type()))
      return op.emitOpError("operand #0 must be 1-bit signless integer, but got '" + op.operand(0).type() + "'").failure();
    if (!(op.attr("msg") instanceof StringAttr)) return op.emitOpError("requires attribute 'msg'").failure();
    return true;
  }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { CfCanonicalization.assertOp(patterns); }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numOperands() == 1 && op.attr("msg") instanceof StringAttr; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    p.print(", ");
    p.printString(message(op));
    p.printOptionalAttrDict(op.attributes(), Set.of("msg"));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    st.operands.add(p.resolveOperand(p.parseOperand(), p.context().intern(IntegerType.of(1))));
    p.parsePunct(",");
    st.attributes.add(new NamedAttribute("msg", StringAttr.of(p.parseString())));
    p.parseOptionalAttrDict(st.attributes);
  }
}
