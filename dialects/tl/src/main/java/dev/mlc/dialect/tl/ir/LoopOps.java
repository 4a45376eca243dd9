package dev.mlc.dialect.tl.ir;

import dev.mlc.dialect.tl.transforms.TlPatterns;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loop nests: {@code tl.loop}, its terminator {@code tl.yield}. */
final class LoopOps {
  private LoopOps() {}

  static final String ITERATORS = "iterator_types";

  /** The iterator kinds ("parallel" or "reduction"), or null (after an error) when malformed. */
  static List<String> iterators(Operation op) {
    if (op.attr(ITERATORS) instanceof ArrayAttr a) {
      List<String> r = new ArrayList<>();
      for (Attribute e : a.elements())
        if (e instanceof StringAttr s && (s.value().equals("parallel") || s.value().equals("reduction"))) r.add(s.value());
        else break;
      if (r.size() == a.size()) return r;
    }
    fail(op, "expected '" + ITERATORS + "' to be an array of \"parallel\" or \"reduction\"");
    return null;
  }

  static boolean fail(Operation op, String m) { return op.emitOpError(m).failure(); }

  /** Checks that the region's single block ends in a tl.yield of values of {@code types}. */
  static boolean checkYield(Operation op, Region r, List<Type> types, String what) {
    Operation y = r.isEmpty() ? null : r.front().last();
    if (y == null || !y.isa(YieldOp.NAME)) return fail(op, "expects its body to end with 'tl.yield'");
    if (y.numOperands() != types.size())
      return fail(op, "expected number of yield values (" + y.numOperands() + ") to match the number of " + what + " (" + types.size() + ")");
    for (int i = 0; i < types.size(); i++)
      if (!y.operand(i).type().equals(types.get(i)))
        return fail(op, "type of yield operand #" + i + " (" + TlOp.str(y.operand(i).type()) + ") does not match the " + what + " type (" + TlOp.str(types.get(i)) + ")");
    return true;
  }

  /**
   * {@code %r = tl.loop (%i, %j) = (%a, %b) to (%n, %m) step (%s, %t) iterators ["parallel", "reduction"] iter_args(%acc = %init) -> (f32) {...}}.
   * Operands: N lower bounds, N upper bounds, N steps, then the initial loop-carried values.
   */
  static final class LoopOp extends TlOp implements LoopLikeOpInterface, RegionBranchOpInterface, Traits.SingleBlock, Traits.Pure {
    LoopOp() {
      super("tl.loop", "A loop nest with a parallel or reduction iterator per dimension and optional loop-carried values",
          """
          %sum = tl.loop (%i, %j) = (%c0, %c0) to (%n, %m) step (%c1, %c1) iterators ["parallel", "reduction"] iter_args(%acc = %zero) -> (f32) {
            %x = tl.load %buf[%i, %j] : memref<?x?xf32>
            %s = arith.addf %acc, %x : f32
            tl.yield %s : f32
          }""", ITERATORS);
    }

    @Override public String description() {
      return super.description() + "\n\nThe body runs once per point of the iteration space, in lexicographic order, with the induction "
          + "variables and the current loop-carried values as block arguments; `tl.yield` gives the next carried values, and the last "
          + "ones are the results. `parallel` promises that the iterations of that dimension are independent; `reduction` that they "
          + "only combine into the carried values or the same memory locations. Steps must be positive (checked at run time). "
          + "Free of side effects when its body is.";
    }

    static int rank(Operation op) { return op.attr(ITERATORS) instanceof ArrayAttr a ? a.size() : 0; }

    @Override protected boolean verify(Operation op) {
      List<String> its = iterators(op);
      if (its == null) return false;
      int n = its.size();
      if (n == 0) return fail(op, "expects at least one loop dimension");
      if (op.numOperands() < 3 * n) return fail(op, "expected " + n + " lower bounds, upper bounds and steps");
      if (!indices(op, 0, 3 * n)) return false;
      List<Type> carried = op.operands().subList(3 * n, op.numOperands()).stream().map(Value::type).toList();
      if (!op.resultTypes().equals(carried)) return fail(op, "expected the result types to match the types of the iter_args initial values");
      if (op.numRegions() != 1 || op.region(0).isEmpty()) return fail(op, "expects a body region");
      Block b = op.region(0).front();
      List<Type> expected = new ArrayList<>(Collections.nCopies(n, IndexType.INSTANCE));
      expected.addAll(carried);
      if (!b.argumentTypes().equals(expected))
        return fail(op, "expects the body's arguments to be " + n + " index induction variables followed by the " + carried.size() + " loop-carried values");
      return true;
    }

    @Override public boolean verifyRegions(Operation op) { return checkYield(op, op.region(0), op.resultTypes(), "loop-carried values"); }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) {
      patterns.add(TlPatterns.emptyLoop()).add(TlPatterns.forwardedIterArgs());
    }

    @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }

    @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) { return List.of(0, PARENT); }

    @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

    @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(0, PARENT); }

    @Override public void print(Operation op, OpAsmPrinter p) {
      int n = rank(op);
      Block b = op.region(0).front();
      p.print(" (");
      p.printOperands(b.arguments().subList(0, n));
      p.print(") = (");
      p.printOperands(op.operands().subList(0, n));
      p.print(") to (");
      p.printOperands(op.operands().subList(n, 2 * n));
      p.print(") step (");
      p.printOperands(op.operands().subList(2 * n, 3 * n));
      p.print(") iterators ");
      p.printAttribute(op.attr(ITERATORS));
      if (op.numOperands() > 3 * n) {
        p.print(" iter_args(");
        for (int i = 3 * n; i < op.numOperands(); i++) {
          if (i > 3 * n) p.print(", ");
          p.printOperand(b.argument(i - 2 * n));
          p.print(" = ");
          p.printOperand(op.operand(i));
        }
        p.print(") -> (");
        for (int i = 0; i < op.numResults(); i++) {
          if (i > 0) p.print(", ");
          p.printType(op.result(i).type());
        }
        p.print(')');
      }
      p.print(' ');
      // As scf.for: the terminator of a loop without results (an empty tl.yield) is implied.
      p.printRegion(op.region(0), false, op.numResults() > 0 || op.region(0).front().last().numOperands() > 0 || !op.region(0).front().last().attributes().isEmpty());
      p.printOptionalAttrDictWithKeyword(attrDict(op), List.of(ITERATORS));
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.Argument> ivs = p.parseArgumentList(OpAsmParser.Delimiter.PAREN, false);
      p.parsePunct("=");
      List<OpAsmParser.UnresolvedOperand> lbs = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      p.parseKeyword("to");
      List<OpAsmParser.UnresolvedOperand> ubs = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      p.parseKeyword("step");
      List<OpAsmParser.UnresolvedOperand> steps = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      if (lbs.size() != ivs.size() || ubs.size() != ivs.size() || steps.size() != ivs.size())
        throw p.error("expected " + ivs.size() + " lower bounds, upper bounds and steps");
      p.parseKeyword("iterators");
      st.addAttribute(ITERATORS, p.parseAttribute());
      List<OpAsmParser.Argument> args = new ArrayList<>();
      for (OpAsmParser.Argument iv : ivs) args.add(new OpAsmParser.Argument(iv.ssaName(), IndexType.INSTANCE, iv.location()));
      for (List<OpAsmParser.UnresolvedOperand> l : List.of(lbs, ubs, steps)) st.operands.addAll(resolveIndices(p, l));
      List<OpAsmParser.UnresolvedOperand> inits = new ArrayList<>();
      List<OpAsmParser.UnresolvedOperand> carried = new ArrayList<>();
      if (p.parseOptionalKeyword("iter_args")) {
        p.parsePunct("(");
        do {
          carried.add(p.parseOperand());
          p.parsePunct("=");
          inits.add(p.parseOperand());
        } while (p.parseOptionalPunct(","));
        p.parsePunct(")");
        List<Type> types = p.parseOptionalArrowTypeList();
        p.resolveOperands(inits, types, st.operands);
        st.resultTypes.addAll(types);
        for (int i = 0; i < carried.size(); i++) args.add(new OpAsmParser.Argument(carried.get(i), types.get(i), carried.get(i).location()));
      }
      Region body = st.addRegion();
      p.parseRegion(body, args);
      ensureTerminator(p, body);
      p.parseOptionalAttrDictWithKeyword(st.attributes);
    }
  }

  /** Appends the implied empty {@code tl.yield} to a parsed body that does not end in a terminator. */
  static void ensureTerminator(OpAsmParser p, Region body) {
    if (body.numBlocks() != 1) return;
    Block b = body.front();
    if (b.last() != null && b.last().hasTrait(Traits.IsTerminator.class)) return;
    b.append(Operation.create(p.context().opName(YieldOp.NAME), p.currentLocation(), List.of(), List.of(), null, null, List.of(), 0));
  }

  /** {@code tl.yield %a, %b : f32, f32}: ends a tl.loop or tl.generic body. */
  static final class YieldOp extends TlOp implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
    static final String NAME = "tl.yield";

    YieldOp() { super(NAME, "Ends the body of a tl.loop or tl.generic, giving the carried or output values", "tl.yield %s : f32"); }

    @Override protected boolean verify(Operation op) {
      Operation parent = op.parentOp();
      if (parent == null || !(parent.isa("tl.loop") || parent.isa("tl.generic")))
        return fail(op, "expects parent op to be one of 'tl.loop, tl.generic'");
      return counts(op, -1, 0);
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      printAttrDict(op, p);
      if (op.numOperands() == 0) return;
      p.print(' ');
      p.printOperands(op.operands());
      p.print(" : ");
      for (int i = 0; i < op.numOperands(); i++) {
        if (i > 0) p.print(", ");
        p.printType(op.operand(i).type());
      }
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      p.parseOptionalAttrDict(st.attributes);
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      if (!ops.isEmpty()) p.resolveOperands(ops, p.parseColonTypeList(), st.operands);
    }
  }

  /** {@code %i = tl.index 1 : index}: the current iteration index of loop dimension 1 of the enclosing tl.generic. */
  static final class IndexOp extends TlOp implements Traits.Pure {
    IndexOp() { super("tl.index", "The iteration index of one loop dimension of the enclosing tl.generic", "%i = tl.index 1 : index", "dim"); }

    static int dim(Operation op) { return op.attr("dim") instanceof IntegerAttr a ? a.value().intValue() : -1; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 0, 1)) return false;
      if (!(op.attr("dim") instanceof IntegerAttr)) return fail(op, "requires integer attribute 'dim'");
      if (!isIndex(op.result(0))) return fail(op, "result must be index");
      Operation g = op.parentOp();
      while (g != null && !g.isa("tl.generic")) g = g.parentOp();
      if (g == null) return fail(op, "expected parent op to be 'tl.generic'");
      int loops = g.attr(ITERATORS) instanceof ArrayAttr a ? a.size() : 0;
      if (dim(op) < 0 || dim(op) >= loops) return fail(op, "expected dim (" + dim(op) + ") to be lower than the number of loops (" + loops + ") of the enclosing tl.generic");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ').print(dim(op));
      printAttrDict(op, p, "dim");
      p.print(" : index");
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      st.addAttribute("dim", IntegerAttr.i64(p.parseInteger().longValueExact()));
      p.parseOptionalAttrDict(st.attributes);
      st.resultTypes.add(p.parseColonType());
    }
  }
}
