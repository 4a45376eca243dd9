package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.dialect.scf.transforms.ScfCanonicalization;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/** {@code %r = scf.if %c -> (T) { ... } else { ... }}: runs one of two regions; they yield the results. */
public final class IfOp extends OpDef implements RegionBranchOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.if";

  IfOp() { super(NAME); }

  @Override public String summary() { return "if-then-else operation"; }

  @Override public String description() {
    return """
        Runs the `then` region when the i1 condition holds, the `else` region otherwise (which may \
        be absent when the op has no results). The regions' `scf.yield` operands become the \
        results; without results the yields may be left out.

        ```mlir
        %r = scf.if %c -> (i32) {
          scf.yield %a : i32
        } else {
          scf.yield %b : i32
        }
        ```""";
  }

  public static Region thenRegion(Operation op) { return op.region(0); }

  public static Region elseRegion(Operation op) { return op.region(1); }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 1) return op.emitOpError("expected 1 operands, but found " + op.numOperands()).failure();
    if (op.numRegions() != 2) return op.emitOpError("expected 2 regions").failure();
    if (!Scf.isI1(op.operand(0).type()))
      return op.emitOpError("operand #0 must be 1-bit signless integer, but got '" + op.operand(0).type() + "'").failure();
    if (!Scf.verifySizedRegion(op, 0, "thenRegion")) return false;
    if (op.region(1).numBlocks() > 1)
      return op.emitOpError("region #1 ('elseRegion') failed to verify constraint: region with at most 1 blocks").failure();
    for (int i = 0; i < 2; i++)
      if (!op.region(i).isEmpty() && op.region(i).front().numArguments() > 0)
        return op.emitOpError("region #" + i + " should have no arguments").failure();
    for (Region r : op.regions()) if (!Scf.verifyTerminator(op, r, YieldOp.NAME)) return false;
    if (op.numResults() != 0 && elseRegion(op).isEmpty()) return op.emitOpError("must have an else block if defining values").failure();
    return true;
  }

  @Override public boolean verifyRegions(Operation op) { return Scf.verifyRegionBranch(op, this, s -> Scf.defaultInputs(op, s)); }

  // ---- interfaces ----

  @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) {
    boolean hasElse = !elseRegion(op).isEmpty();
    if (operands.get(0) instanceof IntegerAttr c) {
      if (c.value().signum() != 0) return List.of(0);
      return hasElse ? List.of(1) : List.of(PARENT);
    }
    return hasElse ? List.of(0, 1) : List.of(0, PARENT);
  }

  @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

  @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(PARENT); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { ScfCanonicalization.ifOp(patterns); }

  /** {@code if (xori %c, true) {A} else {B} -> if %c {B} else {A}} (in place). */
  @Override public List<Object> fold(Operation op, List<Attribute> operands) {
    if (elseRegion(op).isEmpty()) return null;
    Operation xor = op.operand(0).definingOp();
    if (xor == null || !xor.isa("arith.xori") || xor.numOperands() != 2) return null;
    if (!(Scf.constant(xor.operand(1)) instanceof IntegerAttr one) || one.value().signum() == 0) return null;
    op.setOperand(0, xor.operand(0));
    Region tmp = new Region(null);
    tmp.takeBody(thenRegion(op));
    thenRegion(op).takeBody(elseRegion(op));
    elseRegion(op).takeBody(tmp);
    return new java.util.ArrayList<>(op.results());
  }

  // ---- custom assembly ----

  /** Not speculatable (as upstream): LICM leaves it where it is. */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.numOperands() == 1 && op.numRegions() == 2 && op.region(0).numBlocks() == 1 && op.region(1).numBlocks() <= 1;
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    boolean terminators = op.numResults() > 0;
    Scf.printArrowTypes(p, op.resultTypes(), true);
    p.print(' ');
    p.printRegion(thenRegion(op), false, terminators || !Scf.elidableYield(thenRegion(op)));
    if (!elseRegion(op).isEmpty()) {
      p.print(" else ");
      p.printRegion(elseRegion(op), false, terminators || !Scf.elidableYield(elseRegion(op)));
    }
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    OpAsmParser.UnresolvedOperand cond = p.parseOperand();
    st.operands.add(p.resolveOperand(cond, p.context().intern(IntegerType.of(1))));
    st.resultTypes.addAll(p.parseOptionalArrowTypeList());
    Region then = st.addRegion(), otherwise = st.addRegion();
    var loc = p.currentLocation();
    p.parseRegion(then, List.of());
    Scf.ensureTerminator(then, p, loc);
    if (p.parseOptionalKeyword("else")) {
      loc = p.currentLocation();
      p.parseRegion(otherwise, List.of());
      Scf.ensureTerminator(otherwise, p, loc);
    }
    p.parseOptionalAttrDict(st.attributes);
  }
}
