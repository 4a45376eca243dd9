package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
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
import dev.mlc.ir.type.FunctionType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scf.while (%a = %init) : (T) -> (U) { ... scf.condition(%c) %x : U } do { ^bb0(%x: U): ... }}:
 * a general loop whose "before" region computes the condition and the "do" region the next iteration.
 */
public final class WhileOp extends OpDef implements LoopLikeOpInterface, RegionBranchOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.while";

  WhileOp() { super(NAME); }

  @Override public String summary() { return "a generic 'while' loop"; }

  @Override public String description() {
    return """
        Runs the `before` region on the loop-carried values (first the operands); its \
        `scf.condition` decides: when true, its other operands go to the `do` region, whose \
        `scf.yield` gives the next loop-carried values; when false, they become the results.

        ```mlir
        %r = scf.while (%i = %init) : (i32) -> i32 {
          %c = "test.cond"(%i) : (i32) -> i1
          scf.condition(%c) %i : i32
        } do {
        ^bb0(%x: i32):
          %n = "test.next"(%x) : (i32) -> i32
          scf.yield %n : i32
        }
        ```""";
  }

  public static Region before(Operation op) { return op.region(0); }

  public static Region after(Operation op) { return op.region(1); }

  @Override protected boolean verify(Operation op) {
    if (op.numRegions() != 2) return op.emitOpError("expected 2 regions").failure();
    if (!Scf.verifySizedRegion(op, 0, "before") || !Scf.verifySizedRegion(op, 1, "after")) return false;
    if (before(op).front().isEmpty() || after(op).front().isEmpty()) return op.emitOpError("expects a non-empty block").failure();
    Operation bt = before(op).front().last();
    if (bt == null || !bt.isa(ConditionOp.NAME)) return terminatorError(op, bt, "expects the 'before' region to terminate with 'scf.condition'");
    Operation at = after(op).front().last();
    if (at == null || !at.isa(YieldOp.NAME)) return terminatorError(op, at, "expects the 'after' region to terminate with 'scf.yield'");
    return true;
  }

  private static boolean terminatorError(Operation op, Operation found, String message) {
    var d = op.emitOpError(message);
    if (found != null) d.attachNote(found.location(), "terminator here");
    return false;
  }

  @Override public boolean verifyRegions(Operation op) { return Scf.verifyRegionBranch(op, this, s -> Scf.defaultInputs(op, s)); }

  // ---- interfaces ----

  @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0), loop.region(1)); }

  @Override public void addCanonicalizationPatterns(dev.mlc.ir.rewrite.RewritePatternSet patterns) {
    dev.mlc.dialect.scf.transforms.ScfCanonicalization.whileOp(patterns);
  }

  @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) { return List.of(0); }

  @Override public List<Value> entryOperands(Operation op, int region) { return op.operands(); }

  @Override public List<Integer> successorsOfRegion(Operation op, int region) { return region == 0 ? List.of(PARENT, 1) : List.of(0); }

  /** A constant scf.condition goes one way: true into the after region, false out to the results. */
  @Override public List<Integer> successorsOfTerminator(Operation op, int region, Operation terminator, List<Attribute> operands) {
    if (region == 0 && !operands.isEmpty() && operands.get(0) instanceof dev.mlc.ir.attr.IntegerAttr c)
      return c.value().signum() != 0 ? List.of(1) : List.of(PARENT);
    return successorsOfRegion(op, region);
  }

  /** scf.condition forwards all but its condition. */
  @Override public List<Value> forwardedOperands(Operation op, Operation terminator) {
    return terminator.isa(ConditionOp.NAME) ? ConditionOp.args(terminator) : terminator.operands();
  }

  // ---- custom assembly ----

  /** Not speculatable (as upstream): LICM leaves it where it is. */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.numRegions() == 2 && op.region(0).hasOneBlock() && op.region(1).hasOneBlock()
        && before(op).front().argumentTypes().equals(op.operandTypes());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() > 0) {
      p.print(" (");
      for (int i = 0; i < op.numOperands(); i++) {
        if (i > 0) p.print(", ");
        p.printOperand(before(op).front().argument(i));
        p.print(" = ");
        p.printOperand(op.operand(i));
      }
      p.print(")");
    }
    p.print(" : (");
    List<Type> in = op.operandTypes();
    for (int i = 0; i < in.size(); i++) {
      if (i > 0) p.print(", ");
      p.printType(in.get(i));
    }
    p.print(") -> ");
    List<Type> out = op.resultTypes();
    boolean parens = out.size() != 1 || out.get(0) instanceof FunctionType;
    if (parens) p.print('(');
    for (int i = 0; i < out.size(); i++) {
      if (i > 0) p.print(", ");
      p.printType(out.get(i));
    }
    if (parens) p.print(')');
    p.print(' ');
    p.printRegion(before(op), false, true);
    p.print(" do ");
    p.printRegion(after(op), true, true);
    p.printOptionalAttrDictWithKeyword(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.Argument> args = new ArrayList<>();
    List<OpAsmParser.UnresolvedOperand> inits = new ArrayList<>();
    if (p.parseOptionalPunct("(")) {
      if (!p.parseOptionalPunct(")")) {
        do {
          args.add(p.parseArgument(false));
          p.parsePunct("=");
          inits.add(p.parseOperand());
        } while (p.parseOptionalPunct(","));
        p.parsePunct(")");
      }
    }
    p.parsePunct(":");
    var typeLoc = p.currentLocation();
    if (!(p.parseType() instanceof FunctionType ft)) throw p.error("invalid kind of type specified");
    if (ft.inputs().size() != inits.size())
      throw new dev.mlc.ir.asm.ParseException(typeLoc, "expected as many input types as operands (expected " + inits.size() + " got "
          + ft.inputs().size() + ")");
    st.resultTypes.addAll(ft.results());
    p.resolveOperands(inits, ft.inputs(), st.operands);
    List<OpAsmParser.Argument> typed = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) typed.add(new OpAsmParser.Argument(args.get(i).ssaName(), ft.inputs().get(i), args.get(i).location()));
    p.parseRegion(st.addRegion(), typed);
    p.parseKeyword("do");
    p.parseRegion(st.addRegion(), List.of());
    p.parseOptionalAttrDictWithKeyword(st.attributes);
  }
}
