package dev.mlc.dialect.cf.transforms;

import dev.mlc.dialect.cf.ir.BranchOp;
import dev.mlc.dialect.cf.ir.CondBranchOp;
import dev.mlc.dialect.cf.ir.SwitchOp;
import dev.mlc.dialect.cf.ir.AssertOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The cf dialect's canonicalization patterns (MLIR's, under their upstream names). Constants are
 * recognized generically (ConstantLike ops folding to an IntegerAttr).
 */
public final class CfCanonicalization {
  private CfCanonicalization() {}

  public static void branchOp(RewritePatternSet s) { s.add(new SimplifyBrToBlockWithSinglePred()).add(new SimplifyPassThroughBr()); }

  public static void condBranchOp(RewritePatternSet s) {
    s.add(new SimplifyConstCondBranchPred()).add(new SimplifyPassThroughCondBranch()).add(new SimplifyCondBranchIdenticalSuccessors())
        .add(new SimplifyCondBranchFromCondBranchOnSameCondition()).add(new CondBranchTruthPropagation());
  }

  public static void switchOp(RewritePatternSet s) {
    s.add(new SimplifySwitchWithOnlyDefault()).add(new DropSwitchCasesThatMatchDefault()).add(new SimplifyConstSwitchValue())
        .add(new SimplifyPassThroughSwitch()).add(new SimplifySwitchFromSwitchOnSameCondition())
        .add(new SimplifySwitchFromDefaultSwitchOnSameCondition());
  }

  public static void assertOp(RewritePatternSet s) { s.add(new EraseAssertTrue()); }

  /** A successor and the operands it receives. */
  record Edge(Block dest, List<Value> operands) {}

  /** Replaces terminator {@code op} by {@code cf.br dest(operands)}. */
  static void replaceWithBranch(PatternRewriter rw, Operation op, Block dest, List<Value> operands) {
    rw.insert(Operation.create(op.context().opName(BranchOp.NAME), op.location(), operands, List.of(), null, DictionaryAttr.EMPTY,
        List.of(dest), 0));
    rw.eraseOp(op);
  }

  /**
   * MLIR's collapseBranch: when {@code e.dest} holds only {@code cf.br ^next(args)} and its arguments
   * are used by nothing else, the edge can go straight to {@code ^next}; returns that edge, or null.
   */
  static Edge collapse(Edge e) {
    Block s = e.dest();
    if (s.size() != 1 || !(s.last().isa(BranchOp.NAME))) return null;
    Operation br = s.last();
    for (BlockArgument a : s.arguments()) for (OpOperand u : a.uses()) if (u.owner() != br) return null;
    if (br.successor(0) == s) return null;
    List<Value> operands = new ArrayList<>();
    for (Value v : br.operands())
      operands.add(v instanceof BlockArgument a && a.owner() == s ? e.operands().get(a.index()) : v);
    return new Edge(br.successor(0), operands);
  }

  // ---- cf.br ----

  /** {@code ^a: ...; br ^b(x)} where {@code ^b} has no other predecessor {@code -> ^a: ...; <^b's ops with its arguments = x>}. */
  static final class SimplifyBrToBlockWithSinglePred extends RewritePattern {
    SimplifyBrToBlockWithSinglePred() { super(BranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block succ = op.successor(0), parent = op.parentBlock();
      if (succ == parent || succ.predecessors().size() != 1) return rw.notifyMatchFailure(op, "the successor has other predecessors");
      List<Value> operands = new ArrayList<>(op.operands());
      rw.eraseOp(op);
      rw.mergeBlocks(succ, parent, operands);
      return true;
    }
  }

  /** {@code br ^b(x)} where {@code ^b(y): br ^c(f(y))} {@code -> br ^c(f(x))}. */
  static final class SimplifyPassThroughBr extends RewritePattern {
    SimplifyPassThroughBr() { super(BranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Edge e = collapse(new Edge(op.successor(0), op.operands()));
      if (e == null) return rw.notifyMatchFailure(op, "the successor does not just branch on");
      replaceWithBranch(rw, op, e.dest(), e.operands());
      return true;
    }
  }

  // ---- cf.cond_br ----

  /** {@code cond_br true, ^a(x), ^b(y) -> br ^a(x)}; {@code cond_br false, ... -> br ^b(y)}. */
  static final class SimplifyConstCondBranchPred extends RewritePattern {
    SimplifyConstCondBranchPred() { super(CondBranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (!(OperationFolder.constantValue(op.operand(0)) instanceof IntegerAttr c)) return rw.notifyMatchFailure(op, "the condition is not a constant");
      boolean t = c.value().signum() != 0;
      replaceWithBranch(rw, op, op.successor(t ? 0 : 1), new ArrayList<>(t ? CondBranchOp.trueOperands(op) : CondBranchOp.falseOperands(op)));
      return true;
    }
  }

  /** {@code cond_br %c, ^a, ^b} where {@code ^a} or {@code ^b} just branches on {@code -> cond_br} to where they go. */
  static final class SimplifyPassThroughCondBranch extends RewritePattern {
    SimplifyPassThroughCondBranch() { super(CondBranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Edge t = new Edge(op.successor(0), CondBranchOp.trueOperands(op)), f = new Edge(op.successor(1), CondBranchOp.falseOperands(op));
      Edge nt = collapse(t), nf = collapse(f);
      if (nt == null && nf == null) return rw.notifyMatchFailure(op, "neither successor just branches on");
      if (nt != null) t = nt;
      if (nf != null) f = nf;
      OperationState st = new OperationState(op.opName(), op.location());
      st.operands.add(op.operand(0));
      st.operands.addAll(t.operands());
      st.operands.addAll(f.operands());
      st.successors.add(t.dest());
      st.successors.add(f.dest());
      st.properties = DictionaryAttr.EMPTY.with("operandSegmentSizes",
          new dev.mlc.ir.attr.DenseArrayAttr(dev.mlc.ir.type.IntegerType.of(32), new long[] {1, t.operands().size(), f.operands().size()}));
      st.attributes.addAll(op.attributes().entries());
      rw.create(st);
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code cond_br %c, ^a(x), ^a(x) -> br ^a(x)}; {@code cond_br %c, ^a(x), ^a(y) -> br ^a(select(%c, x, y))} when this block is ^a's only predecessor. */
  static final class SimplifyCondBranchIdenticalSuccessors extends RewritePattern {
    SimplifyCondBranchIdenticalSuccessors() { super(CondBranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (op.successor(0) != op.successor(1)) return rw.notifyMatchFailure(op, "the successors differ");
      List<Value> t = CondBranchOp.trueOperands(op), f = CondBranchOp.falseOperands(op);
      if (t.equals(f)) {
        replaceWithBranch(rw, op, op.successor(0), new ArrayList<>(t));
        return true;
      }
      for (Operation pred : op.successor(0).predecessors())
        if (pred.parentBlock() != op.parentBlock()) return rw.notifyMatchFailure(op, "the operands differ and the successor has other predecessors");
      if (op.context().opDef("arith.select") == null) return rw.notifyMatchFailure(op, "the operands differ and arith.select is not available");
      List<Value> merged = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i) == f.get(i)) merged.add(t.get(i));
        else merged.add(rw.create("arith.select", op.location(), List.of(op.operand(0), t.get(i), f.get(i)), List.of(t.get(i).type()),
            DictionaryAttr.EMPTY).result());
      }
      replaceWithBranch(rw, op, op.successor(0), merged);
      return true;
    }
  }

  /** The only predecessor block of {@code b} (one edge), or null. */
  static Block singlePredecessor(Block b) {
    List<Operation> preds = b.predecessors();
    return preds.size() == 1 ? preds.get(0).parentBlock() : null;
  }

  /** {@code ^a: cond_br %c, ^b, ...; ^b: cond_br %c, ^t, ^f} with ^a ^b's only predecessor {@code -> ^b: br ^t}. */
  static final class SimplifyCondBranchFromCondBranchOnSameCondition extends RewritePattern {
    SimplifyCondBranchFromCondBranchOnSameCondition() { super(CondBranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block current = op.parentBlock(), pred = singlePredecessor(current);
      if (pred == null) return rw.notifyMatchFailure(op, "the block has no single predecessor");
      Operation pb = pred.last();
      if (!pb.isa(CondBranchOp.NAME) || pb.operand(0) != op.operand(0))
        return rw.notifyMatchFailure(op, "the predecessor does not branch on the same condition");
      boolean t = current == pb.successor(0);
      replaceWithBranch(rw, op, op.successor(t ? 0 : 1), new ArrayList<>(t ? CondBranchOp.trueOperands(op) : CondBranchOp.falseOperands(op)));
      return true;
    }
  }

  /** In a successor reached only from {@code cond_br %c}, uses of {@code %c} become {@code true} (or {@code false}). */
  static final class CondBranchTruthPropagation extends RewritePattern {
    CondBranchTruthPropagation() { super(CondBranchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      boolean replaced = false;
      for (int s = 0; s < 2; s++) {
        Block dest = op.successor(s);
        if (singlePredecessor(dest) == null) continue;
        List<OpOperand> uses = new ArrayList<>();
        for (OpOperand u : op.operand(0).uses()) if (u.owner().parentBlock() == dest) uses.add(u);
        if (uses.isEmpty()) continue;
        Value c = boolConstant(rw, op, op.operand(0), s == 0);
        if (c == null) return replaced || rw.notifyMatchFailure(op, "no dialect makes i1 constants");
        for (OpOperand u : uses) rw.modifyOpInPlace(u.owner(), () -> u.set(c));
        replaced = true;
      }
      return replaced || rw.notifyMatchFailure(op, "no use of the condition in a successor reached only from here");
    }
  }

  /** An i1 constant before {@code op}, made by the dialect of {@code like}'s producer or by arith (as MLIR does), or null. */
  static Value boolConstant(PatternRewriter rw, Operation op, Value like, boolean value) {
    List<dev.mlc.ir.Dialect> dialects = new ArrayList<>();
    if (like.definingOp() != null && op.context().dialect(like.definingOp().opName().dialectNamespace()) instanceof dev.mlc.ir.Dialect d) dialects.add(d);
    if (op.context().dialect("arith") instanceof dev.mlc.ir.Dialect a) dialects.add(a);
    for (dev.mlc.ir.Dialect d : dialects) {
      try (var g = rw.guard()) {
        rw.setInsertionPoint(op);
        Operation c = d.materializeConstant(rw, IntegerAttr.bool(value), like.type(), op.location());
        if (c != null) return c.result(0);
      }
    }
    return null;
  }

  // ---- cf.switch ----

  /** A copy of {@code op} with the given default and case edges. */
  static void rebuildSwitch(PatternRewriter rw, Operation op, Edge def, List<Long> values, List<Edge> cases) {
    OperationState st = new OperationState(op.opName(), op.location());
    st.operands.add(SwitchOp.flag(op));
    st.operands.addAll(def.operands());
    st.successors.add(def.dest());
    long[] counts = new long[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      st.operands.addAll(cases.get(i).operands());
      st.successors.add(cases.get(i).dest());
      counts[i] = cases.get(i).operands().size();
    }
    SwitchOp.setProperties(st, SwitchOp.flag(op).type(), values.stream().mapToLong(Long::longValue).toArray(), def.operands().size(), counts);
    st.attributes.addAll(op.attributes().entries());
    rw.create(st);
    rw.eraseOp(op);
  }

  static Edge defaultEdge(Operation op) { return new Edge(op.successor(0), SwitchOp.defaultOperands(op)); }

  static Edge caseEdge(Operation op, int i) { return new Edge(op.successor(i + 1), SwitchOp.caseOperands(op, i)); }

  /** {@code switch %f, [default: ^a(x)] -> br ^a(x)}. */
  static final class SimplifySwitchWithOnlyDefault extends RewritePattern {
    SimplifySwitchWithOnlyDefault() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (op.numSuccessors() != 1) return rw.notifyMatchFailure(op, "the switch has cases");
      replaceWithBranch(rw, op, op.successor(0), new ArrayList<>(SwitchOp.defaultOperands(op)));
      return true;
    }
  }

  /** Drops the cases that go where the default goes, with the same operands. */
  static final class DropSwitchCasesThatMatchDefault extends RewritePattern {
    DropSwitchCasesThatMatchDefault() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Edge def = defaultEdge(op);
      long[] values = SwitchOp.caseValues(op);
      List<Long> keptValues = new ArrayList<>();
      List<Edge> kept = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        Edge c = caseEdge(op, i);
        if (c.dest() == def.dest() && c.operands().equals(def.operands())) continue;
        keptValues.add(values[i]);
        kept.add(c);
      }
      if (kept.size() == values.length) return rw.notifyMatchFailure(op, "no case matches the default");
      rebuildSwitch(rw, op, def, keptValues, kept);
      return true;
    }
  }

  /** {@code switch <constant c>, [default: ^a, c: ^b(x)] -> br ^b(x)}. */
  static final class SimplifyConstSwitchValue extends RewritePattern {
    SimplifyConstSwitchValue() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (!(OperationFolder.constantValue(SwitchOp.flag(op)) instanceof IntegerAttr c)) return rw.notifyMatchFailure(op, "the flag is not a constant");
      int s = SwitchOp.successorFor(op, c.value().longValue());
      replaceWithBranch(rw, op, op.successor(s), new ArrayList<>(s == 0 ? SwitchOp.defaultOperands(op) : SwitchOp.caseOperands(op, s - 1)));
      return true;
    }
  }

  /** Successors of a switch that just branch on are bypassed. */
  static final class SimplifyPassThroughSwitch extends RewritePattern {
    SimplifyPassThroughSwitch() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      boolean changed = false;
      Edge def = defaultEdge(op), nd = collapse(def);
      if (nd != null) {
        def = nd;
        changed = true;
      }
      long[] values = SwitchOp.caseValues(op);
      List<Long> vs = new ArrayList<>();
      List<Edge> cases = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        Edge c = caseEdge(op, i), nc = collapse(c);
        if (nc != null) changed = true;
        vs.add(values[i]);
        cases.add(nc != null ? nc : c);
      }
      if (!changed) return rw.notifyMatchFailure(op, "no successor just branches on");
      rebuildSwitch(rw, op, def, vs, cases);
      return true;
    }
  }

  /** The predecessor's cf.switch on the same flag when it is the only way into {@code op}'s block, or null. */
  static Operation predecessorSwitch(Operation op) {
    Block pred = singlePredecessor(op.parentBlock());
    Operation t = pred == null ? null : pred.last();
    return t != null && t.isa(SwitchOp.NAME) && SwitchOp.flag(t) == SwitchOp.flag(op) ? t : null;
  }

  /** A switch reached through case {@code v} of a switch on the same flag {@code -> br} to its own case for {@code v}. */
  static final class SimplifySwitchFromSwitchOnSameCondition extends RewritePattern {
    SimplifySwitchFromSwitchOnSameCondition() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation pred = predecessorSwitch(op);
      if (pred == null || pred.successor(0) == op.parentBlock())
        return rw.notifyMatchFailure(op, "not reached through a case of a switch on the same flag");
      long[] predCases = SwitchOp.caseValues(pred);
      int s = 0;
      for (int i = 0; i < predCases.length; i++)
        if (pred.successor(i + 1) == op.parentBlock()) {
          s = SwitchOp.successorFor(op, predCases[i]);
          break;
        }
      replaceWithBranch(rw, op, op.successor(s), new ArrayList<>(s == 0 ? SwitchOp.defaultOperands(op) : SwitchOp.caseOperands(op, s - 1)));
      return true;
    }
  }

  /** A switch reached as the default of a switch on the same flag drops the cases that switch already took elsewhere. */
  static final class SimplifySwitchFromDefaultSwitchOnSameCondition extends RewritePattern {
    SimplifySwitchFromDefaultSwitchOnSameCondition() { super(SwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation pred = predecessorSwitch(op);
      if (pred == null || pred.successor(0) != op.parentBlock())
        return rw.notifyMatchFailure(op, "not reached as the default of a switch on the same flag");
      java.util.Set<Long> impossible = new java.util.HashSet<>();
      long[] predCases = SwitchOp.caseValues(pred);
      for (int i = 0; i < predCases.length; i++) if (pred.successor(i + 1) != op.parentBlock()) impossible.add(predCases[i]);
      long[] values = SwitchOp.caseValues(op);
      List<Long> kept = new ArrayList<>();
      List<Edge> cases = new ArrayList<>();
      for (int i = 0; i < values.length; i++)
        if (!impossible.contains(values[i])) {
          kept.add(values[i]);
          cases.add(caseEdge(op, i));
        }
      if (kept.size() == values.length) return rw.notifyMatchFailure(op, "no case is ruled out by the predecessor");
      rebuildSwitch(rw, op, defaultEdge(op), kept, cases);
      return true;
    }
  }

  // ---- cf.assert ----

  /** {@code assert true, "msg" -> (nothing)}. */
  static final class EraseAssertTrue extends RewritePattern {
    EraseAssertTrue() { super(AssertOp.NAME); }

    @Override public String name() { return "AssertOp::canonicalize"; }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (!(OperationFolder.constantValue(op.operand(0)) instanceof IntegerAttr c) || c.value().signum() == 0)
        return rw.notifyMatchFailure(op, "the condition is not the constant true");
      rw.eraseOp(op);
      return true;
    }
  }
}
