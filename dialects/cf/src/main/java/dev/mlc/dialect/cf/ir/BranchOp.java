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
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.List;

/** {@code cf.br ^bb1(%a : i32)}: jumps to its successor, passing the operands as its arguments. */
public final class BranchOp extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
  public static final String NAME = "cf.br";

  BranchOp() { super(NAME); }

  @Override public String summary() { return "Branch operation"; }

  @Override public String description() {
    return """
        Transfers control to its successor block, whose arguments receive the operands.

        ```mlir
        cf.br ^bb1(%x : i32)
        ```""";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numSuccessors() != 1) return op.emitOpError("requires 1 successor but found " + op.numSuccessors()).failure();
    return Cf.verifySuccessorOperands(op, 0, op.operands());
  }

  @Override public List<Value> successorOperands(Operation op, int index) { return op.operands(); }

  @Override public Block successorForOperands(Operation op, List<Attribute> operands) { return op.successor(0); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { CfCanonicalization.branchOp(patterns); }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numSuccessors() == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    Cf.printSuccessorAndUseList(p, op.successor(0), op.operands());
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    Cf.parseSuccessorAndUseList(p, st, st.operands);
    p.parseOptionalAttrDict(st.attributes);
  }
}
