package dev.mlc.dialect.scf.ir;

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
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code scf.parallel (%i, %j) = (%lb0, %lb1) to (%ub0, %ub1) step (%s0, %s1) init (%x) -> T { ... scf.reduce(...) }}:
 * a parallel loop nest whose iterations combine values through the reductions of its {@code scf.reduce}.
 */
public final class ParallelOp extends OpDef implements LoopLikeOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.parallel";

  ParallelOp() { super(NAME); }

  @Override public String summary() { return "parallel for operation"; }

  @Override public String description() {
    return """
        Runs its body for every point of an index space (lower bounds inclusive, upper bounds \
        exclusive, positive steps), in any order. Each result starts as its `init` value; the \
        terminating `scf.reduce` combines the value each iteration contributes into it with its \
        reduction region (which must be associative and commutative).

        ```mlir
        %sum = scf.parallel (%i) = (%lb) to (%ub) step (%c1) init (%zero) -> index {
          scf.reduce(%i : index) {
          ^bb0(%l: index, %r: index):
            %s = "test.add"(%l, %r) : (index, index) -> index
            scf.reduce.return %s : index
          }
        }
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("operandSegmentSizes"); }

  private static long[] sizes(Operation op) { return Scf.segments(op, 4); }

  public static List<Value> lowerBounds(Operation op) { return Scf.segment(op, sizes(op), 0); }

  public static List<Value> upperBounds(Operation op) { return Scf.segment(op, sizes(op), 1); }

  public static List<Value> steps(Operation op) { return Scf.segment(op, sizes(op), 2); }

  public static List<Value> inits(Operation op) { return Scf.segment(op, sizes(op), 3); }

  public static Block body(Operation op) { return op.region(0).front(); }

  @Override protected boolean verify(Operation op) {
    if (!Scf.verifySegments(op, 4)) return false;
    long[] s = sizes(op);
    for (int g = 0; g < 3; g++)
      for (Value v : Scf.segment(op, s, g))
        if (!(v.type() instanceof IndexType))
          return op.emitOpError("operand #" + op.operands().indexOf(v) + " must be variadic of index, but got '" + v.type() + "'").failure();
    if (op.numRegions() != 1 || !Scf.verifySizedRegion(op, 0, "region")) return false;
    if (s[2] == 0) return op.emitOpError("needs at least one tuple element for lowerBound, upperBound and step").failure();
    if (s[0] != s[2] || s[1] != s[2])
      return op.emitOpError("expects the same number of lower bounds (" + s[0] + "), upper bounds (" + s[1] + ") and steps (" + s[2] + ")").failure();
    for (Value step : steps(op)) {
      Long c = Scf.constantInt(step);
      if (c != null && c <= 0) return op.emitOpError("constant step operand must be positive").failure();
    }
    Block body = body(op);
    if (body.numArguments() != s[2])
      return op.emitOpError("expects the same number of induction variables: " + body.numArguments() + " as bound and step values: " + s[2]).failure();
    for (Value a : body.arguments())
      if (!(a.type() instanceof IndexType)) return op.emitOpError("expects arguments for the induction variable to be of index type").failure();
    Operation reduce = body.last();
    if (reduce == null || !reduce.isa(ReduceOp.NAME)) {
      var d = op.emitOpError("expects body to terminate with 'scf.reduce'");
      if (reduce != null) d.attachNote(reduce.location(), "terminator here");
      return false;
    }
    int reductions = reduce.numOperands();
    if (op.numResults() != reductions)
      return op.emitOpError("expects number of results: " + op.numResults() + " to be the same as number of reductions: " + reductions).failure();
    if (op.numResults() != s[3])
      return op.emitOpError("expects number of results: " + op.numResults() + " to be the same as number of initial values: " + s[3]).failure();
    for (int i = 0; i < reductions; i++)
      if (!op.result(i).type().equals(reduce.operand(i).type()))
        return reduce.emitOpError("expects type of " + i + "-th reduction operand: '" + reduce.operand(i).type() + "' to be the same as the " + i
            + "-th result type: '" + op.result(i).type() + "'").failure();
    return true;
  }

  @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }

  @Override public void addCanonicalizationPatterns(dev.mlc.ir.rewrite.RewritePatternSet patterns) {
    dev.mlc.dialect.scf.transforms.ScfCanonicalization.parallelOp(patterns);
  }

  // ---- custom assembly ----

  /** Not speculatable (as upstream): LICM leaves it where it is. */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    long[] s = sizes(op);
    return s != null && s[0] == s[2] && s[1] == s[2] && op.numRegions() == 1 && op.region(0).hasOneBlock() && body(op).numArguments() == s[2]
        && op.numResults() == s[3];
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(" (");
    p.printOperands(body(op).arguments());
    p.print(") = (");
    p.printOperands(lowerBounds(op));
    p.print(") to (");
    p.printOperands(upperBounds(op));
    p.print(") step (");
    p.printOperands(steps(op));
    p.print(")");
    if (!inits(op).isEmpty()) {
      p.print(" init (");
      p.printOperands(inits(op));
      p.print(")");
    }
    Scf.printArrowTypes(p, op.resultTypes(), false);
    p.print(' ');
    p.printRegion(op.region(0), false, true);
    p.printOptionalAttrDict(op.attributes(), Set.of("operandSegmentSizes"));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.Argument> ivs = p.parseArgumentList(OpAsmParser.Delimiter.PAREN, false);
    p.parsePunct("=");
    List<OpAsmParser.UnresolvedOperand> lbs = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
    if (lbs.size() != ivs.size()) throw p.error("expected " + ivs.size() + " operands");
    p.parseKeyword("to");
    List<OpAsmParser.UnresolvedOperand> ubs = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
    if (ubs.size() != ivs.size()) throw p.error("expected " + ivs.size() + " operands");
    p.parseKeyword("step");
    List<OpAsmParser.UnresolvedOperand> steps = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
    if (steps.size() != ivs.size()) throw p.error("expected " + ivs.size() + " operands");
    List<OpAsmParser.UnresolvedOperand> inits = new ArrayList<>();
    if (p.parseOptionalKeyword("init")) inits = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
    List<Type> types = p.parseOptionalArrowTypeList();
    Type index = p.context().intern(IndexType.INSTANCE);
    List<Type> indexes = java.util.Collections.nCopies(ivs.size(), index);
    p.resolveOperands(lbs, indexes, st.operands);
    p.resolveOperands(ubs, indexes, st.operands);
    p.resolveOperands(steps, indexes, st.operands);
    p.resolveOperands(inits, types, st.operands);
    st.resultTypes.addAll(types);
    List<OpAsmParser.Argument> args = new ArrayList<>();
    for (OpAsmParser.Argument a : ivs) args.add(new OpAsmParser.Argument(a.ssaName(), index, a.location()));
    Region body = st.addRegion();
    var loc = p.currentLocation();
    p.parseRegion(body, args);
    if (body.isEmpty()) body.addBlock();
    Block b = body.front();
    if (b.last() == null || !b.last().hasTrait(Traits.IsTerminator.class))
      b.append(Operation.create(p.context().opName(ReduceOp.NAME), loc, List.of(), List.of(), null, DictionaryAttr.EMPTY, List.of(), 0));
    p.parseOptionalAttrDict(st.attributes);
    st.attributes.add(new dev.mlc.ir.attr.NamedAttribute("operandSegmentSizes", Scf.segmentAttr(lbs.size(), ubs.size(), steps.size(), inits.size())));
  }
}
