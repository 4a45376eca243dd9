package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.dialect.scf.transforms.ScfCanonicalization;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scf.for %iv = %lb to %ub step %step iter_args(%a = %init) -> (T) { ... }}: a counted
 * loop over a signless integer or index induction variable, carrying values between iterations.
 */
public final class ForOp extends OpDef implements LoopLikeOpInterface, RegionBranchOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.for";

  ForOp() { super(NAME); }

  @Override public String summary() { return "For operation"; }

  @Override public String description() {
    return """
        Runs its body for the induction variable from the lower bound (inclusive) to the upper \
        bound (exclusive) by a positive step, all three of one signless integer or index type \
        (compared as signed). `iter_args` are loop-carried values: initialized from the operands, \
        replaced each iteration by what the body yields, and returned as the results. Without \
        iter_args the body's `scf.yield` may be left out; `: type` spells a non-index type.

        ```mlir
        %sum = scf.for %i = %lb to %ub step %c1 iter_args(%acc = %zero) -> (index) {
          %next = "test.add"(%acc, %i) : (index, index) -> index
          scf.yield %next : index
        }
        ```""";
  }

  public static Value lowerBound(Operation op) { return op.operand(0); }

  public static Value upperBound(Operation op) { return op.operand(1); }

  public static Value step(Operation op) { return op.operand(2); }

  public static List<Value> inits(Operation op) { return op.operands().subList(3, op.numOperands()); }

  public static Block body(Operation op) { return op.region(0).front(); }

  /** The body's loop-carried arguments (all but the induction variable). */
  public static List<? extends Value> iterArgs(Operation op) {
    Block b = body(op);
    return b.arguments().subList(1, b.numArguments());
  }

  public static Operation yield(Operation op) { return body(op).last(); }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() < 3) return op.emitOpError("expected 3 or more operands, but found " + op.numOperands()).failure();
    for (int i = 0; i < 3; i++)
      if (!Scf.isSignlessIntOrIndex(op.operand(i).type()))
        return op.emitOpError("operand #" + i + " must be signless integer or index, but got '" + op.operand(i).type() + "'").failure();
    Type t = op.operand(0).type();
    if (!op.operand(1).type().equals(t) || !op.operand(2).type().equals(t))
      return op.emitOpError("failed to verify that all of {lowerBound, upperBound, step} have same type").failure();
    if (op.numRegions() != 1) return op.emitOpError("requires one region").failure();
    if (!Scf.verifySizedRegion(op, 0, "region")) return false;
    if (!Scf.verifyTerminator(op, op.region(0), YieldOp.NAME)) return false;
    if (op.numOperands() - 3 != op.numResults()) return op.emitOpError("mismatch in number of loop-carried values and defined values").failure();
    return true;
  }

  @Override public boolean verifyRegions(Operation op) {
    Block b = body(op);
    List<Value> inits = inits(op);
    long iterArgCount = b.numArguments() == 0 ? -1 : b.numArguments() - 1;
    if (inits.size() != iterArgCount)
      return op.emitOpError("different number of inits and region iter_args: " + inits.size() + " != " + Long.toUnsignedString(iterArgCount)).failure();
    List<? extends Value> iterArgs = iterArgs(op);
    List<Value> yielded = ForOp.yield(op).operands();
    if (!yielded.isEmpty() && iterArgs.size() != yielded.size())
      return op.emitOpError("different number of region iter_args and yielded values: " + iterArgs.size() + " != " + yielded.size()).failure();
    for (int i = 0; i < inits.size(); i++)
      if (!inits.get(i).type().equals(iterArgs.get(i).type()))
        return op.emitOpError(i + "-th init and " + i + "-th region iter_arg have different type: '" + inits.get(i).type() + "' != '"
            + iterArgs.get(i).type() + "'").failure();
    for (int i = 0; i < yielded.size(); i++)
      if (!iterArgs.get(i).type().equals(yielded.get(i).type()))
        return op.emitOpError(i + "-th region iter_arg and " + i + "-th yielded value have different type: '" + iterArgs.get(i).type()
            + "' != '" + yielded.get(i).type() + "'").failure();
    for (int i = 0; i < op.numResults(); i++)
      if (!iterArgs.get(i).type().equals(op.result(i).type()))
        return op.emitOpError(i + "-th region iter_arg and " + i + "-th loop result have different type: '" + iterArgs.get(i).type()
            + "' != '" + op.result(i).type() + "'").failure();
    if (!b.argument(0).type().equals(op.operand(0).type()))
      return op.emitOpError("expected induction variable to be same type as bounds and step").failure();
    return true;
  }

  // ---- interfaces ----

  @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }

  @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) { return List.of(0, PARENT); }

  /** The inits go to the iter_args, or straight to the results when the loop runs zero times. */
  @Override public List<Value> entryOperands(Operation op, int region) { return inits(op); }

  /** The induction variable is computed by the loop, not forwarded. */
  @Override public List<? extends Value> successorInputs(Operation op, int region) { return iterArgs(op); }

  @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(0, PARENT); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { ScfCanonicalization.forOp(patterns); }

  // ---- custom assembly ----

  /** Speculatable when it surely terminates: a constant step of 1 (as upstream). */
  @Override public boolean isSpeculatable(Operation op) {
    Long step = Scf.constantInt(step(op));
    return step != null && step == 1;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.numOperands() >= 3 && op.numRegions() == 1 && op.region(0).hasOneBlock() && body(op).numArguments() == op.numOperands() - 2
        && op.numResults() == op.numOperands() - 3;
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    Block b = body(op);
    p.print(' ');
    p.printOperand(b.argument(0));
    p.print(" = ");
    p.printOperand(lowerBound(op));
    p.print(" to ");
    p.printOperand(upperBound(op));
    p.print(" step ");
    p.printOperand(step(op));
    List<Value> inits = inits(op);
    if (!inits.isEmpty()) {
      p.print(" iter_args(");
      for (int i = 0; i < inits.size(); i++) {
        if (i > 0) p.print(", ");
        p.printOperand(b.argument(i + 1));
        p.print(" = ");
        p.printOperand(inits.get(i));
      }
      p.print(")");
      Scf.printArrowTypes(p, op.resultTypes(), true);
    }
    p.print(' ');
    if (!(lowerBound(op).type() instanceof IndexType)) {
      p.print(" : ");
      p.printType(lowerBound(op).type());
      p.print(' ');
    }
    p.printRegion(op.region(0), false, !inits.isEmpty());
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    OpAsmParser.Argument iv = p.parseArgument(false);
    p.parsePunct("=");
    OpAsmParser.UnresolvedOperand lb = p.parseOperand();
    p.parseKeyword("to");
    OpAsmParser.UnresolvedOperand ub = p.parseOperand();
    p.parseKeyword("step");
    OpAsmParser.UnresolvedOperand step = p.parseOperand();
    List<OpAsmParser.Argument> iterArgs = new ArrayList<>();
    List<OpAsmParser.UnresolvedOperand> inits = new ArrayList<>();
    List<Type> types = List.of();
    if (p.parseOptionalKeyword("iter_args")) {
      parseAssignmentList(p, iterArgs, inits);
      types = p.parseOptionalArrowTypeList();
      if (types.size() != inits.size()) throw p.error("mismatch in number of loop-carried values and defined values");
    }
    Type ivType = p.parseOptionalPunct(":") ? p.parseType() : p.context().intern(IndexType.INSTANCE);
    List<OpAsmParser.Argument> regionArgs = new ArrayList<>();
    regionArgs.add(new OpAsmParser.Argument(iv.ssaName(), ivType, iv.location()));
    for (int i = 0; i < iterArgs.size(); i++)
      regionArgs.add(new OpAsmParser.Argument(iterArgs.get(i).ssaName(), types.get(i), iterArgs.get(i).location()));
    st.operands.add(p.resolveOperand(lb, ivType));
    st.operands.add(p.resolveOperand(ub, ivType));
    st.operands.add(p.resolveOperand(step, ivType));
    p.resolveOperands(inits, types, st.operands);
    st.resultTypes.addAll(types);
    Region body = st.addRegion();
    var loc = p.currentLocation();
    p.parseRegion(body, regionArgs);
    Scf.ensureTerminator(body, p, loc);
    p.parseOptionalAttrDict(st.attributes);
  }

  /** {@code (%a = %x, %b = %y)}: MLIR's assignment list. */
  static void parseAssignmentList(OpAsmParser p, List<OpAsmParser.Argument> lhs, List<OpAsmParser.UnresolvedOperand> rhs) {
    p.parsePunct("(");
    if (p.parseOptionalPunct(")")) return;
    do {
      lhs.add(p.parseArgument(false));
      p.parsePunct("=");
      rhs.add(p.parseOperand());
    } while (p.parseOptionalPunct(","));
    p.parsePunct(")");
  }
}
