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
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code scf.forall (%i, %j) in (4, %n) shared_outs(%o = %t) -> (T) { ... scf.forall.in_parallel {...} }}:
 * a parallel loop nest over a multi-dimensional index space whose bounds and steps are each a
 * constant (the static arrays) or an operand ({@code ShapedType.DYNAMIC} in the static array).
 */
public final class ForallOp extends OpDef implements LoopLikeOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.forall";
  static final long DYNAMIC = Long.MIN_VALUE;
  private static final String[] STATIC = {"staticLowerBound", "staticUpperBound", "staticStep"};
  private static final Set<String> INHERENT = Set.of("operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep", "mapping");

  ForallOp() { super(NAME); }

  @Override public String summary() { return "evaluate a block multiple times in parallel"; }

  @Override public String description() {
    return """
        Runs its body once for every point of a multi-dimensional index space, in any order (the \
        interpreter goes in row-major order). `in (%n, 4)` gives upper bounds with lower bounds 0 \
        and steps 1; `= (lb) to (ub) step (s)` gives all three. Each is a constant or an index \
        operand. `shared_outs` are tensors the iterations write to through the ops of the \
        `scf.forall.in_parallel` terminator; the results are their final values.

        ```mlir
        scf.forall (%i, %j) in (4, %n) {
          "test.use"(%i, %j) : (index, index) -> ()
        }
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return INHERENT.contains(n); }

  /** The static array {@code k} (0 lower bounds, 1 upper bounds, 2 steps). */
  public static long[] statics(Operation op, int k) {
    return op.attr(STATIC[k]) instanceof DenseArrayAttr a ? a.asLongs() : new long[0];
  }

  private static long[] sizes(Operation op) { return Scf.segments(op, 4); }

  /** The dynamic operands of group {@code k} (0 lower bounds, 1 upper bounds, 2 steps, 3 outputs). */
  public static List<Value> dynamic(Operation op, int k) { return Scf.segment(op, sizes(op), k); }

  public static List<Value> outputs(Operation op) { return dynamic(op, 3); }

  public static int rank(Operation op) { return statics(op, 0).length; }

  /** Entry {@code d} of group {@code k}: a Long constant or a dynamic Value. */
  public static Object mixed(Operation op, int k, int d) {
    long[] st = statics(op, k);
    if (st[d] != DYNAMIC) return st[d];
    int n = 0;
    for (int i = 0; i < d; i++) if (st[i] == DYNAMIC) n++;
    return dynamic(op, k).get(n);
  }

  public static Block body(Operation op) { return op.region(0).front(); }

  @Override protected boolean verify(Operation op) {
    if (!Scf.verifySegments(op, 4)) return false;
    for (int k = 0; k < 3; k++)
      if (!(op.attr(STATIC[k]) instanceof DenseArrayAttr a && a.elementType().equals(dev.mlc.ir.type.IntegerType.of(64))))
        return op.emitOpError("requires attribute '" + STATIC[k] + "'").failure();
    for (int k = 0; k < 3; k++)
      for (Value v : dynamic(op, k))
        if (!(v.type() instanceof IndexType)) return op.emitOpError("operand #" + op.operands().indexOf(v) + " must be variadic of index, but got '" + v.type() + "'").failure();
    if (op.numRegions() != 1 || !Scf.verifySizedRegion(op, 0, "region")) return false;
    if (!Scf.verifyTerminator(op, op.region(0), InParallelOp.NAME)) return false;
    int rank = rank(op);
    List<Value> outs = outputs(op);
    if (op.numResults() != outs.size())
      return op.emitOpError("produces " + op.numResults() + " results, but has only " + outs.size() + " outputs").failure();
    Block body = body(op);
    if (body.numArguments() != rank + outs.size()) return op.emitOpError("region expects " + rank + " arguments").failure();
    for (int i = 0; i < rank; i++)
      if (!(body.argument(i).type() instanceof IndexType)) return op.emitOpError("expects " + i + "-th block argument to be an index").failure();
    for (int i = 0; i < outs.size(); i++)
      if (!body.argument(rank + i).type().equals(outs.get(i).type()))
        return op.emitOpError("type mismatch between " + i + "-th output and corresponding block argument").failure();
    if (op.attr("mapping") instanceof ArrayAttr m && m.size() > 0 && m.size() != rank)
      return op.emitOpError("mapping attribute size must match op rank").failure();
    String[] names = {"lower bound", "upper bound", "step"};
    for (int k = 0; k < 3; k++) {
      long[] st = statics(op, k);
      if (st.length != rank) return op.emitOpError("expected " + rank + " " + names[k] + " values, got " + st.length).failure();
      long dyn = java.util.Arrays.stream(st).filter(x -> x == DYNAMIC).count();
      if (dyn != dynamic(op, k).size())
        return op.emitOpError("expected " + dyn + " dynamic " + names[k] + " values").failure();
    }
    for (int i = 0; i < op.numResults(); i++)
      if (!op.result(i).type().equals(outs.get(i).type()))
        return op.emitOpError("result #" + i + " has type '" + op.result(i).type() + "', but output #" + i + " has type '" + outs.get(i).type() + "'").failure();
    return true;
  }

  @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }

  /** Not speculatable (as upstream). */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) {
    dev.mlc.dialect.scf.transforms.ScfCanonicalization.forallOp(patterns);
  }

  // ---- custom assembly ----

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    if (sizes(op) == null || op.numRegions() != 1 || !op.region(0).hasOneBlock()) return false;
    int rank = rank(op);
    for (int k = 0; k < 3; k++) {
      long[] st = statics(op, k);
      if (st.length != rank || java.util.Arrays.stream(st).filter(x -> x == DYNAMIC).count() != dynamic(op, k).size()) return false;
    }
    return body(op).numArguments() == rank + outputs(op).size() && op.numResults() == outputs(op).size();
  }

  private static void printMixed(OpAsmPrinter p, Operation op, int k) {
    p.print('(');
    for (int d = 0; d < rank(op); d++) {
      if (d > 0) p.print(", ");
      Object m = mixed(op, k, d);
      if (m instanceof Long c) p.print(c);
      else p.printOperand((Value) m);
    }
    p.print(')');
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    int rank = rank(op);
    Block body = body(op);
    p.print(" (");
    p.printOperands(body.arguments().subList(0, rank));
    p.print(')');
    boolean normalized = java.util.Arrays.stream(statics(op, 0)).allMatch(x -> x == 0) && java.util.Arrays.stream(statics(op, 2)).allMatch(x -> x == 1);
    if (normalized) {
      p.print(" in ");
      printMixed(p, op, 1);
    } else {
      p.print(" = ");
      printMixed(p, op, 0);
      p.print(" to ");
      printMixed(p, op, 1);
      p.print(" step ");
      printMixed(p, op, 2);
    }
    List<Value> outs = outputs(op);
    if (!outs.isEmpty()) {
      p.print(" shared_outs(");
      for (int i = 0; i < outs.size(); i++) {
        if (i > 0) p.print(", ");
        p.printOperand(body.argument(rank + i));
        p.print(" = ");
        p.printOperand(outs.get(i));
      }
      p.print(")");
      Scf.printArrowTypes(p, op.resultTypes(), true);
    }
    p.print(' ');
    p.printRegion(op.region(0), false, op.numResults() > 0);
    DictionaryAttr attrs = op.attributes();
    if (op.attr("mapping") != null) attrs = attrs.with("mapping", op.attr("mapping"));
    p.printOptionalAttrDict(attrs, Set.of("operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep"));
  }

  /** {@code (%a, 4, %b)}: constants go to {@code statics}, operands (as DYNAMIC) to {@code dynamic}. */
  private static void parseMixed(OpAsmParser p, List<Long> statics, List<OpAsmParser.UnresolvedOperand> dynamic) {
    p.parsePunct("(");
    if (p.parseOptionalPunct(")")) return;
    do {
      OpAsmParser.UnresolvedOperand v = p.parseOptionalOperand();
      if (v != null) {
        statics.add(DYNAMIC);
        dynamic.add(v);
      } else {
        statics.add(p.parseInteger().longValue());
      }
    } while (p.parseOptionalPunct(","));
    p.parsePunct(")");
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.Argument> ivs = p.parseArgumentList(OpAsmParser.Delimiter.PAREN, false);
    List<List<Long>> statics = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<List<OpAsmParser.UnresolvedOperand>> dyn = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    if (p.parseOptionalKeyword("in")) {
      parseMixed(p, statics.get(1), dyn.get(1));
      for (int i = 0; i < statics.get(1).size(); i++) {
        statics.get(0).add(0L);
        statics.get(2).add(1L);
      }
    } else {
      p.parsePunct("=");
      parseMixed(p, statics.get(0), dyn.get(0));
      p.parseKeyword("to");
      parseMixed(p, statics.get(1), dyn.get(1));
      p.parseKeyword("step");
      parseMixed(p, statics.get(2), dyn.get(2));
    }
    for (List<Long> s : statics) if (s.size() != ivs.size()) throw p.error("expected " + ivs.size() + " operands");
    List<OpAsmParser.Argument> outArgs = new ArrayList<>();
    List<OpAsmParser.UnresolvedOperand> outs = new ArrayList<>();
    List<Type> types = List.of();
    if (p.parseOptionalKeyword("shared_outs")) {
      ForOp.parseAssignmentList(p, outArgs, outs);
      var outsLoc = p.currentLocation();
      types = p.parseOptionalArrowTypeList();
      if (types.size() != outs.size())
        throw new dev.mlc.ir.asm.ParseException(outsLoc, outs.size() + " operands present, but expected " + types.size());
    }
    Type index = p.context().intern(IndexType.INSTANCE);
    for (List<OpAsmParser.UnresolvedOperand> d : dyn) p.resolveOperands(d, java.util.Collections.nCopies(d.size(), index), st.operands);
    p.resolveOperands(outs, types, st.operands);
    st.resultTypes.addAll(types);
    List<OpAsmParser.Argument> args = new ArrayList<>();
    for (OpAsmParser.Argument a : ivs) args.add(new OpAsmParser.Argument(a.ssaName(), index, a.location()));
    for (int i = 0; i < outArgs.size(); i++) args.add(new OpAsmParser.Argument(outArgs.get(i).ssaName(), types.get(i), outArgs.get(i).location()));
    Region body = st.addRegion();
    var loc = p.currentLocation();
    p.parseRegion(body, args);
    if (body.isEmpty()) body.addBlock();
    Block b = body.front();
    if (b.last() == null || !b.last().hasTrait(Traits.IsTerminator.class)) b.append(InParallelOp.create(p.context(), loc));
    p.parseOptionalAttrDict(st.attributes);
    for (int k = 0; k < 3; k++)
      st.attributes.add(new NamedAttribute(STATIC[k], DenseArrayAttr.i64(statics.get(k).stream().mapToLong(Long::longValue).toArray())));
    st.attributes.add(new NamedAttribute("operandSegmentSizes", Scf.segmentAttr(dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size(), outs.size())));
  }

  /** Properties for the given static arrays and dynamic counts (for rewrites). */
  public static DictionaryAttr properties(Operation op, long[][] statics, long[] dynamicCounts) {
    DictionaryAttr p = op.properties() instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
    for (int k = 0; k < 3; k++) p = p.with(STATIC[k], DenseArrayAttr.i64(statics[k]));
    return p.with("operandSegmentSizes", Scf.segmentAttr(dynamicCounts));
  }
}
