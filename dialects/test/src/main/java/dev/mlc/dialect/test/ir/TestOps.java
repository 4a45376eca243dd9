package dev.mlc.dialect.test.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.CallableOpInterface;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The ops of the {@code test} dialect. */
final class TestOps {
  private TestOps() {}

  static void registerAll(Dialect.Registrar r) {
    for (OpDef d : List.of(new ConstantOp(), new AddOp(), new MulOp(), new NegateOp(), new EffectOp(), new FuncOp(), new CallOp(),
        new ReturnOp(), new BrOp(), new CondBrOp(), new LoopOp(), new IfOp(), new YieldOp(), new GraphRegionOp(), new IsolatedRegionOp(),
        new NotInlinableOp()))
      r.addOp(d);
  }

  static boolean expectCounts(Operation op, int operands, int results, int regions) {
    if (operands >= 0 && op.numOperands() != operands) return op.emitOpError("expected " + operands + " operands, got " + op.numOperands()).failure();
    if (results >= 0 && op.numResults() != results) return op.emitOpError("expected " + results + " results, got " + op.numResults()).failure();
    if (op.numRegions() != regions) return op.emitOpError("expected " + regions + " regions, got " + op.numRegions()).failure();
    return true;
  }

  /** {@code %c = "test.constant"() {value = 42 : i32} : () -> i32}. */
  static final class ConstantOp extends OpDef implements Traits.ConstantLike, Traits.Pure {
    ConstantOp() { super("test.constant"); }

    @Override public String summary() { return "A constant of any attribute value"; }

    @Override public String description() { return "```mlir\n%c = \"test.constant\"() {value = 42 : i32} : () -> i32\n```"; }

    @Override public boolean isInherentAttr(String n) { return n.equals("value"); }

    @Override protected boolean verify(Operation op) {
      if (!expectCounts(op, 0, 1, 0)) return false;
      if (op.attr("value") == null) return op.emitOpError("requires attribute 'value'").failure();
      return true;
    }

    @Override public List<Object> fold(Operation op, List<Attribute> operands) { return List.of(op.attr("value")); }
  }

  /** Integer/float arithmetic with constant folding, for canonicalization and SCCP tests. */
  abstract static class BinaryOp extends OpDef implements Traits.Pure, Traits.SameOperandsAndResultType {
    BinaryOp(String name) { super(name); }

    @Override protected boolean verify(Operation op) { return expectCounts(op, 2, 1, 0); }

    abstract BigInteger apply(BigInteger a, BigInteger b);

    abstract double apply(double a, double b);

    /** The identity element (x op identity = x), or null. */
    abstract BigInteger identity();

    @Override public List<Object> fold(Operation op, List<Attribute> c) {
      Attribute a = c.get(0), b = c.get(1);
      if (a instanceof IntegerAttr x && b instanceof IntegerAttr y) return List.of(new IntegerAttr(x.type(), wrap(x.type(), apply(x.value(), y.value()))));
      if (a instanceof FloatAttr x && b instanceof FloatAttr y) return List.of(FloatAttr.of(x.type(), apply(x.value(), y.value())));
      if (b instanceof IntegerAttr y && identity() != null && y.value().equals(identity())) return List.of(op.operand(0));
      return null;
    }

    static BigInteger wrap(Type t, BigInteger v) {
      int w = t instanceof IntegerType it ? it.width() : IndexType.INTERNAL_WIDTH;
      BigInteger m = v.and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
      boolean signless = !(t instanceof IntegerType it2) || !it2.isUnsigned();
      return signless && w > 1 && m.testBit(w - 1) ? m.subtract(BigInteger.ONE.shiftLeft(w)) : m;
    }
  }

  /** {@code test.add}: commutative addition; {@code x + 0 -> x}, constants fold. */
  static final class AddOp extends BinaryOp implements Traits.Commutative {
    AddOp() { super("test.add"); }

    @Override public String summary() { return "Adds two integers or floats"; }

    @Override BigInteger apply(BigInteger a, BigInteger b) { return a.add(b); }

    @Override double apply(double a, double b) { return a + b; }

    @Override BigInteger identity() { return BigInteger.ZERO; }
  }

  /** {@code test.mul}: commutative multiplication; {@code x * 1 -> x}, constants fold. */
  static final class MulOp extends BinaryOp implements Traits.Commutative {
    MulOp() { super("test.mul"); }

    @Override public String summary() { return "Multiplies two integers or floats"; }

    @Override BigInteger apply(BigInteger a, BigInteger b) { return a.multiply(b); }

    @Override double apply(double a, double b) { return a * b; }

    @Override BigInteger identity() { return BigInteger.ONE; }
  }

  /** {@code test.negate}, canonicalized by {@code negate(negate(x)) -> x}. */
  static final class NegateOp extends OpDef implements Traits.Pure, Traits.SameOperandsAndResultType {
    NegateOp() { super("test.negate"); }

    @Override public String summary() { return "Negates a value; negate(negate(x)) canonicalizes to x"; }

    @Override protected boolean verify(Operation op) { return expectCounts(op, 1, 1, 0); }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) {
      patterns.add(new RewritePattern("test.negate") {
        @Override public String name() { return "DoubleNegation"; }

        @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
          Operation inner = op.operand(0).definingOp();
          if (inner == null || !inner.isa("test.negate")) return rw.notifyMatchFailure(op, "operand is not produced by test.negate");
          rw.replaceOp(op, List.of(inner.operand(0)));
          return true;
        }
      });
    }
  }

  /** {@code test.effect}: an op with unknown side effects (never removed, hoisted or merged). */
  static final class EffectOp extends OpDef {
    EffectOp() { super("test.effect"); }

    @Override public String summary() { return "An op with side effects"; }
  }

  /** {@code test.func}: a callable, isolated symbol with a {@code function_type}. */
  static final class FuncOp extends OpDef implements Traits.IsolatedFromAbove, Traits.Symbol, CallableOpInterface {
    FuncOp() { super("test.func"); }

    @Override public String summary() { return "A function: a symbol with a body region"; }

    @Override public boolean isInherentAttr(String n) { return n.equals("sym_name") || n.equals("function_type") || n.equals("sym_visibility"); }

    @Override protected boolean verify(Operation op) {
      if (!expectCounts(op, 0, 0, 1)) return false;
      if (!(op.attr("function_type") instanceof TypeAttr t && t.type() instanceof FunctionType ft))
        return op.emitOpError("requires a 'function_type' attribute of function type").failure();
      Region body = op.region(0);
      if (!body.isEmpty() && !body.front().argumentTypes().equals(ft.inputs()))
        return op.emitOpError("entry block arguments do not match the function type").failure();
      return true;
    }

    @Override public Region callableRegion(Operation f) { return f.region(0).isEmpty() ? null : f.region(0); }

    @Override public List<Type> argumentTypes(Operation f) { return ((FunctionType) ((TypeAttr) f.attr("function_type")).type()).inputs(); }

    @Override public List<Type> resultTypes(Operation f) { return ((FunctionType) ((TypeAttr) f.attr("function_type")).type()).results(); }
  }

  /** {@code test.call}: calls {@code callee}. */
  static final class CallOp extends OpDef implements CallOpInterface {
    CallOp() { super("test.call"); }

    @Override public String summary() { return "Calls a test.func by symbol"; }

    @Override public boolean isInherentAttr(String n) { return n.equals("callee"); }

    @Override protected boolean verify(Operation op) {
      if (!(op.attr("callee") instanceof SymbolRefAttr)) return op.emitOpError("requires a 'callee' symbol reference").failure();
      return expectCounts(op, -1, -1, 0);
    }

    @Override public SymbolRefAttr callee(Operation call) { return (SymbolRefAttr) call.attr("callee"); }
  }

  /** {@code test.return}: returns from a test.func. */
  static final class ReturnOp extends OpDef implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
    ReturnOp() { super("test.return"); }

    @Override public String summary() { return "Returns from a test.func"; }
  }

  /** {@code test.br}: branches to its single successor with all operands. */
  static final class BrOp extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    BrOp() { super("test.br"); }

    @Override public String summary() { return "Unconditional branch; all operands go to the successor"; }

    @Override protected boolean verify(Operation op) {
      if (op.numSuccessors() != 1) return op.emitOpError("requires one successor").failure();
      return checkSuccessorOperands(op, 0, op.operands());
    }

    @Override public List<Value> successorOperands(Operation op, int index) { return op.operands(); }

    @Override public Block successorForOperands(Operation op, List<Attribute> operands) { return op.successor(0); }
  }

  static boolean checkSuccessorOperands(Operation op, int index, List<Value> values) {
    Block s = op.successor(index);
    if (s.numArguments() != values.size())
      return op.emitOpError("branch has " + values.size() + " operands for successor #" + index + ", but target block has " + s.numArguments()).failure();
    for (int i = 0; i < values.size(); i++)
      if (!values.get(i).type().equals(s.argument(i).type()))
        return op.emitOpError("type mismatch for bb argument #" + i + " of successor #" + index).failure();
    return true;
  }

  /** {@code test.cond_br(%cond, true-operands..., false-operands...)} with {@code num_true} operands for the first successor. */
  static final class CondBrOp extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    CondBrOp() { super("test.cond_br"); }

    @Override public String summary() { return "Conditional branch on an i1; attribute num_true splits the operands"; }

    static int numTrue(Operation op) { return op.attr("num_true") instanceof IntegerAttr i ? i.value().intValue() : 0; }

    @Override protected boolean verify(Operation op) {
      if (op.numSuccessors() != 2) return op.emitOpError("requires two successors").failure();
      if (op.numOperands() < 1 || !(op.operand(0).type() instanceof IntegerType it && it.width() == 1))
        return op.emitOpError("requires an i1 condition as first operand").failure();
      int nt = numTrue(op);
      if (nt < 0 || nt > op.numOperands() - 1) return op.emitOpError("num_true out of range").failure();
      return checkSuccessorOperands(op, 0, successorOperands(op, 0)) && checkSuccessorOperands(op, 1, successorOperands(op, 1));
    }

    @Override public List<Value> successorOperands(Operation op, int index) {
      int nt = numTrue(op);
      List<Value> all = op.operands();
      return index == 0 ? new ArrayList<>(all.subList(1, 1 + nt)) : new ArrayList<>(all.subList(1 + nt, all.size()));
    }

    @Override public Block successorForOperands(Operation op, List<Attribute> operands) {
      if (operands.get(0) instanceof IntegerAttr c) return op.successor(c.value().signum() != 0 ? 0 : 1);
      return null;
    }
  }

  /**
   * {@code test.loop(%lb, %ub, %step) ({^bb0(%iv: index): ... "test.yield"() : () -> ()})}: runs its
   * body for iv in [lb, ub) by step.
   */
  static final class LoopOp extends OpDef implements LoopLikeOpInterface, RegionBranchOpInterface, Traits.SingleBlock {
    LoopOp() { super("test.loop"); }

    @Override public String summary() { return "A counted loop over index values"; }

    @Override protected boolean verify(Operation op) {
      if (!expectCounts(op, 3, 0, 1)) return false;
      Region r = op.region(0);
      if (r.isEmpty() || r.front().numArguments() != 1 || !(r.front().argument(0).type() instanceof IndexType))
        return op.emitOpError("body must have one index argument").failure();
      return true;
    }

    @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }

    @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) {
      if (operands.get(0) instanceof IntegerAttr lb && operands.get(1) instanceof IntegerAttr ub && lb.value().compareTo(ub.value()) >= 0)
        return List.of(PARENT);
      return List.of(0, PARENT);
    }

    @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

    @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(0, PARENT); }
  }

  /**
   * {@code %r = "test.if"(%cond) ({... "test.yield"(%a)}, {... "test.yield"(%b)}) : (i1) -> T}: runs
   * the first region when the i1 condition holds, the second otherwise; the yielded values become
   * the results. Free of side effects when its regions are.
   */
  static final class IfOp extends OpDef implements RegionBranchOpInterface, Traits.Pure, Traits.SingleBlock {
    IfOp() { super("test.if"); }

    @Override public String summary() { return "A conditional whose two regions yield its results"; }

    @Override protected boolean verify(Operation op) {
      if (!expectCounts(op, 1, -1, 2)) return false;
      if (!(op.operand(0).type() instanceof IntegerType it && it.width() == 1)) return op.emitOpError("requires an i1 condition").failure();
      return true;
    }

    @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) {
      if (operands.get(0) instanceof IntegerAttr c) return List.of(c.value().signum() != 0 ? 0 : 1);
      return List.of(0, 1);
    }

    @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

    @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(PARENT); }
  }

  /** {@code test.yield}: terminator of test regions. */
  static final class YieldOp extends OpDef implements Traits.IsTerminator, Traits.Pure {
    YieldOp() { super("test.yield"); }

    @Override public String summary() { return "Terminates the region of a test op"; }
  }

  /** {@code test.graph_region}: a graph region (no dominance, no terminator). */
  static final class GraphRegionOp extends OpDef implements Traits.HasGraphRegions, Traits.NoTerminator {
    GraphRegionOp() { super("test.graph_region"); }

    @Override public String summary() { return "An op with a graph region"; }
  }

  /** {@code test.isolated_region}: a region isolated from above. */
  static final class IsolatedRegionOp extends OpDef implements Traits.IsolatedFromAbove, Traits.NoTerminator {
    IsolatedRegionOp() { super("test.isolated_region"); }

    @Override public String summary() { return "An op whose region is isolated from above"; }
  }

  /** {@code test.not_inlinable}: an op the test dialect's inliner interface refuses to move into a caller. */
  static final class NotInlinableOp extends OpDef {
    NotInlinableOp() { super("test.not_inlinable"); }

    @Override public String summary() { return "An op that is not legal to inline"; }
  }

  static String strAttr(Operation op, String n) { return op.attr(n) instanceof StringAttr s ? s.value() : null; }
}
