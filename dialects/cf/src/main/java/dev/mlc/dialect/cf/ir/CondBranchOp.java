package dev.mlc.dialect.cf.ir;

import dev.mlc.dialect.cf.transforms.CfCanonicalization;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code cf.cond_br %c, ^bb1(%a : i32), ^bb2}: jumps to the first successor when the i1 holds, else the second. */
public final class CondBranchOp extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
  public static final String NAME = "cf.cond_br";

  CondBranchOp() { super(NAME); }

  @Override public String summary() { return "Conditional branch operation"; }

  @Override public String description() {
    return """
        Transfers control to the true successor when the i1 condition holds, to the false one \
        otherwise, each with its own operands.

        ```mlir
        cf.cond_br %c, ^bb1(%x : i32), ^bb2
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("operandSegmentSizes"); }

  private static long[] sizes(Operation op) { return Cf.segments(op, "operandSegmentSizes", 3, op.numOperands()); }

  public static List<Value> trueOperands(Operation op) { long[] s = sizes(op); return Cf.slice(op, s[0], s[1]); }

  public static List<Value> falseOperands(Operation op) { long[] s = sizes(op); return Cf.slice(op, s[0] + s[1], s[2]); }

  @Override protected boolean verify(Operation op) {
    if (!Cf.verifySegments(op, 3)) return false;
    if (sizes(op)[0] != 1) return op.emitOpError("operand group #0 must have exactly one operand").failure();
    if (!Cf.isI1(op.operand(0).type()))
      return op.emitOpError("operand #0 must be 1-bit signless integer, but got '" + op.operand(0).type() + "'").failure();
    if (op.numSuccessors() != 2) return op.emitOpError("requires 2 successors but found " + op.numSuccessors()).failure();
    return Cf.verifySuccessorOperands(op, 0, trueOperands(op)) && Cf.verifySuccessorOperands(op, 1, falseOperands(op));
  }

  @Override public List<Value> successorOperands(Operation op, int index) { return index == 0 ? trueOperands(op) : falseOperands(op); }

  @Override public Block successorForOperands(Operation op, List<Attribute> operands) {
    return operands.get(0) instanceof IntegerAttr c ? op.successor(c.value().signum() != 0 ? 0 : 1) : null;
  }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { CfCanonicalization.condBranchOp(patterns); }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numSuccessors() == 2 && sizes(op) != null && sizes(op)[0] == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    p.print(", ");
    Cf.printSuccessorAndUseList(p, op.successor(0), trueOperands(op));
    p.print(", ");
    Cf.printSuccessorAndUseList(p, op.successor(1), falseOperands(op));
    p.printOptionalAttrDict(op.attributes(), Set.of("operandSegmentSizes"));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    st.operands.add(p.resolveOperand(p.parseOperand(), p.context().intern(IntegerType.of(1))));
    p.parsePunct(",");
    List<Value> rest = new ArrayList<>();
    int t = Cf.parseSuccessorAndUseList(p, st, rest);
    p.parsePunct(",");
    int f = Cf.parseSuccessorAndUseList(p, st, rest);
    st.operands.addAll(rest);
    p.parseOptionalAttrDict(st.attributes);
    st.attributes.add(new NamedAttribute("operandSegmentSizes", Cf.i32Array(1, t, f)));
  }
}
