package dev.mlc.dialect.scf.transforms;

import dev.mlc.dialect.scf.ir.ConditionOp;
import dev.mlc.dialect.scf.ir.ExecuteRegionOp;
import dev.mlc.dialect.scf.ir.ForOp;
import dev.mlc.dialect.scf.ir.ForallOp;
import dev.mlc.dialect.scf.ir.IfOp;
import dev.mlc.dialect.scf.ir.IndexSwitchOp;
import dev.mlc.dialect.scf.ir.ParallelOp;
import dev.mlc.dialect.scf.ir.Scf;
import dev.mlc.dialect.scf.ir.WhileOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scf dialect's canonicalization patterns (MLIR's, under their upstream names). Constants are
 * recognized generically (ConstantLike ops folding to an IntegerAttr), so they work with any
 * dialect's constants.
 */
public final class ScfCanonicalization {
  private ScfCanonicalization() {}

  public static void forOp(RewritePatternSet s) { s.add(new SimplifyTrivialLoops()).add(new ForOpIterArgsFolder()); }

  public static void ifOp(RewritePatternSet s) {
    s.add(new RemoveStaticCondition()).add(new RemoveUnusedResults()).add(new RemoveEmptyElseBranch()).add(new ReplaceIfYieldWithConditionOrValue())
        .add(new ConditionPropagation()).add(new CombineIfs()).add(new ConvertTrivialIfToSelect());
  }

  public static void whileOp(RewritePatternSet s) {
    s.add(new RemoveLoopInvariantArgsFromBeforeBlock()).add(new RemoveLoopInvariantValueYielded()).add(new WhileConditionTruth())
        .add(new WhileUnusedResult()).add(new WhileRemoveUnusedArgs()).add(new WhileRemoveDuplicatedResults());
  }

  public static void parallelOp(RewritePatternSet s) { s.add(new ParallelOpSingleOrZeroIterationDimsFolder()).add(new MergeNestedParallelLoops()); }

  public static void forallOp(RewritePatternSet s) { s.add(new ForallOpControlOperandsFolder()).add(new ForallOpSingleOrZeroIterationDimsFolder()); }

  public static void indexSwitchOp(RewritePatternSet s) { s.add(new FoldConstantCase()); }

  public static void executeRegionOp(RewritePatternSet s) { s.add(new SingleBlockExecuteInliner()).add(new MultiBlockExecuteInliner()); }

  /** All of the above, for passes that want scf's canonicalizations without the others. */
  public static RewritePatternSet all() {
    RewritePatternSet s = new RewritePatternSet();
    forOp(s);
    ifOp(s);
    whileOp(s);
    parallelOp(s);
    indexSwitchOp(s);
    executeRegionOp(s);
    return s;
  }

  /** Inlines the single block of {@code r} before {@code op} (its arguments replaced by {@code args}) and replaces {@code op} by what its terminator yields. */
  static void replaceOpWithRegion(PatternRewriter rw, Operation op, Region r, List<? extends Value> args) {
    Block b = r.front();
    Operation terminator = b.last();
    List<Value> results = new ArrayList<>(terminator.operands());
    rw.inlineBlockBefore(b, op, args);
    rw.replaceOp(op, results);
    rw.eraseOp(terminator);
  }

  /**
   * An i1 constant {@code value} before {@code op}, made by the dialect of {@code like}'s producer
   * (or arith's, where MLIR makes it), or null when no dialect can.
   */
  static Value boolConstant(PatternRewriter rw, Operation op, Value like, boolean value) {
    IntegerAttr attr = IntegerAttr.bool(value);
    List<dev.mlc.ir.Dialect> dialects = new ArrayList<>();
    if (like.definingOp() != null && op.context().dialect(like.definingOp().opName().dialectNamespace()) instanceof dev.mlc.ir.Dialect d) dialects.add(d);
    if (op.context().dialect("arith") instanceof dev.mlc.ir.Dialect a) dialects.add(a);
    for (dev.mlc.ir.Dialect d : dialects) {
      try (var g = rw.guard()) {
        rw.setInsertionPoint(op);
        Operation c = d.materializeConstant(rw, attr, like.type(), op.location());
        if (c != null) return c.result(0);
      }
    }
    return null;
  }

  /** A copy of {@code op} (same operands, properties, no discardable attributes) with {@code resultTypes}, taking over its regions. */
  static Operation recreate(PatternRewriter rw, Operation op, List<Value> operands, List<Type> resultTypes) {
    Operation n = Operation.create(op.opName(), op.location(), operands, resultTypes, op.properties(), DictionaryAttr.EMPTY, List.of(),
        op.numRegions());
    for (int i = 0; i < op.numRegions(); i++) n.region(i).takeBody(op.region(i));
    return rw.insert(n);
  }

  // ---- scf.for ----

  /**
   * {@code for lb to lb -> inits}; {@code for with constant lb >= ub -> inits}; {@code one trip -> body
   * with iv = lb}; an empty body yielding values from outside, run at least once {@code -> those values}.
   */
  static final class SimplifyTrivialLoops extends RewritePattern {
    SimplifyTrivialLoops() { super(ForOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (ForOp.lowerBound(op) == ForOp.upperBound(op)) {
        rw.replaceOp(op, new ArrayList<>(ForOp.inits(op)));
        return true;
      }
      Long lb = Scf.constantInt(ForOp.lowerBound(op)), ub = Scf.constantInt(ForOp.upperBound(op));
      if (lb == null || ub == null) return rw.notifyMatchFailure(op, "the bounds are not constants");
      if (lb >= ub) {
        rw.replaceOp(op, new ArrayList<>(ForOp.inits(op)));
        return true;
      }
      Long step = Scf.constantInt(ForOp.step(op));
      if (step == null) return rw.notifyMatchFailure(op, "the step is not a constant");
      Type t = ForOp.lowerBound(op).type();
      if (Scalars.wrap(lb + step, t) >= ub) {
        List<Value> args = new ArrayList<>();
        args.add(ForOp.lowerBound(op));
        args.addAll(ForOp.inits(op));
        replaceOpWithRegion(rw, op, op.region(0), args);
        return true;
      }
      Block body = ForOp.body(op);
      if (body.size() != 1) return rw.notifyMatchFailure(op, "the loop runs more than once and its body is not empty");
      List<Value> yielded = ForOp.yield(op).operands();
      for (Value v : yielded) if (!Scf.definedOutside(v, op)) return rw.notifyMatchFailure(op, "a yielded value is defined in the loop");
      rw.replaceOp(op, new ArrayList<>(yielded));
      return true;
    }
  }

  /**
   * Drops loop-carried values that are forwarded unchanged ({@code yield %arg} or {@code yield %init}),
   * unused (neither the argument nor the result), or duplicates of another one (same init and yield).
   */
  static final class ForOpIterArgsFolder extends RewritePattern {
    ForOpIterArgsFolder() { super(ForOp.NAME); }

    private record InitYield(Value init, Value yielded) {}

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      List<Value> inits = ForOp.inits(op);
      List<? extends Value> args = ForOp.iterArgs(op);
      Operation yield = ForOp.yield(op);
      int n = inits.size();
      // For each loop-carried value: -1 keep, otherwise the value replacing both argument and result:
      // replacement[i] (an init) or the kept index dup[i].
      Value[] replacement = new Value[n];
      int[] dup = new int[n];
      java.util.Arrays.fill(dup, -1);
      Map<InitYield, Integer> seen = new HashMap<>();
      boolean change = false;
      for (int i = 0; i < n; i++) {
        Value init = inits.get(i), arg = args.get(i), yielded = yield.operand(i);
        if (arg == yielded || init == yielded || (!arg.hasUses() && !op.result(i).hasUses())) {
          replacement[i] = init;
          change = true;
          continue;
        }
        Integer prior = seen.putIfAbsent(new InitYield(init, yielded), i);
        if (prior != null) {
          dup[i] = prior;
          change = true;
        }
      }
      if (!change) return rw.notifyMatchFailure(op, "every loop-carried value is used and changes");
      List<Value> operands = new ArrayList<>(op.operands().subList(0, 3));
      List<Type> types = new ArrayList<>();
      List<Value> yieldKept = new ArrayList<>();
      int[] newIndex = new int[n];
      for (int i = 0; i < n; i++) {
        if (replacement[i] != null || dup[i] >= 0) continue;
        newIndex[i] = types.size();
        operands.add(inits.get(i));
        types.add(op.result(i).type());
        yieldKept.add(yield.operand(i));
      }
      Block body = ForOp.body(op);
      List<BlockArgument> oldArgs = new ArrayList<>(body.arguments());
      Operation loop = recreate(rw, op, operands, types);
      for (int i = n - 1; i >= 0; i--) {
        BlockArgument a = oldArgs.get(i + 1);
        if (replacement[i] != null) a.replaceAllUsesWith(replacement[i]);
        else if (dup[i] >= 0) a.replaceAllUsesWith(oldArgs.get(dup[i] + 1));
        else continue;
        body.eraseArgument(i + 1);
      }
      rw.modifyOpInPlace(yield, () -> yield.setOperands(yieldKept));
      List<Value> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (replacement[i] != null) results.add(replacement[i]);
        else if (dup[i] >= 0) results.add(loop.result(newIndex[dup[i]]));
        else results.add(loop.result(newIndex[i]));
      }
      rw.replaceOp(op, results);
      return true;
    }
  }

  // ---- scf.if ----

  /** {@code if true {A} else {B} -> A}; {@code if false {A} else {B} -> B} (nothing when there is no else). */
  static final class RemoveStaticCondition extends RewritePattern {
    RemoveStaticCondition() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (!(Scf.constant(op.operand(0)) instanceof IntegerAttr c)) return rw.notifyMatchFailure(op, "the condition is not a constant");
      Region r = c.value().signum() != 0 ? IfOp.thenRegion(op) : IfOp.elseRegion(op);
      if (r.isEmpty()) rw.eraseOp(op);
      else replaceOpWithRegion(rw, op, r, List.of());
      return true;
    }
  }

  /** {@code %a, %b = if ... -> (A, B)} with {@code %b} unused {@code -> %a = if ... -> (A)}. */
  static final class RemoveUnusedResults extends RewritePattern {
    RemoveUnusedResults() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      List<Integer> used = new ArrayList<>();
      for (int i = 0; i < op.numResults(); i++) if (op.result(i).hasUses()) used.add(i);
      if (used.size() == op.numResults()) return rw.notifyMatchFailure(op, "every result is used");
      List<Type> types = new ArrayList<>();
      for (int i : used) types.add(op.result(i).type());
      Operation n = recreate(rw, op, op.operands(), types);
      for (Region r : n.regions()) {
        Operation y = r.front().last();
        List<Value> kept = new ArrayList<>();
        for (int i : used) kept.add(y.operand(i));
        rw.modifyOpInPlace(y, () -> y.setOperands(kept));
      }
      List<Value> results = new ArrayList<>();
      for (int i = 0, k = 0; i < op.numResults(); i++) results.add(used.contains(i) ? n.result(k++) : null);
      for (int i = 0; i < results.size(); i++) if (results.get(i) == null) results.set(i, op.result(i));
      for (int i = 0; i < op.numResults(); i++) if (results.get(i) != op.result(i)) rw.replaceAllUsesWith(op.result(i), results.get(i));
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code if %c {A} else {} -> if %c {A}} (no results, an else region holding only its yield). */
  static final class RemoveEmptyElseBranch extends RewritePattern {
    RemoveEmptyElseBranch() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Region r = IfOp.elseRegion(op);
      if (op.numResults() != 0 || r.isEmpty()) return rw.notifyMatchFailure(op, "the op has results or no else region");
      if (r.front().size() != 1) return rw.notifyMatchFailure(op, "the else region is not empty");
      rw.modifyOpInPlace(op, () -> r.front().erase());
      return true;
    }
  }

  /**
   * {@code if %c -> (T) { yield %x } else { yield %x } -> %x}; for i1 results,
   * {@code if %c { yield true } else { yield false } -> %c}.
   */
  static final class ReplaceIfYieldWithConditionOrValue extends RewritePattern {
    ReplaceIfYieldWithConditionOrValue() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (op.numResults() == 0 || IfOp.elseRegion(op).isEmpty()) return rw.notifyMatchFailure(op, "the op has no results");
      Operation ty = IfOp.thenRegion(op).front().last(), ey = IfOp.elseRegion(op).front().last();
      boolean changed = false;
      for (int i = 0; i < op.numResults(); i++) {
        if (!op.result(i).hasUses()) continue;
        Value t = ty.operand(i), e = ey.operand(i);
        Value with = null;
        if (t == e) with = t;
        else if (Scf.isI1(op.result(i).type()) && Scf.constant(t) instanceof IntegerAttr ta && Scf.constant(e) instanceof IntegerAttr ea
            && ta.value().signum() != 0 && ea.value().signum() == 0) with = op.operand(0);
        if (with == null) continue;
        rw.replaceAllUsesWith(op.result(i), with);
        changed = true;
      }
      return changed || rw.notifyMatchFailure(op, "no result is the same value in both branches, or the condition");
    }
  }

  /** Inside {@code if %c {A} else {B}}, uses of {@code %c} in A become {@code true} and in B {@code false}. */
  static final class ConditionPropagation extends RewritePattern {
    ConditionPropagation() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Value c = op.operand(0);
      if (Scf.constant(c) != null) return rw.notifyMatchFailure(op, "the condition is a constant");
      List<dev.mlc.ir.OpOperand> inThen = new ArrayList<>(), inElse = new ArrayList<>();
      for (dev.mlc.ir.OpOperand u : c.uses()) {
        Region r = u.owner().parentRegion();
        if (IfOp.thenRegion(op) == r || IfOp.thenRegion(op).isProperAncestorOf(r)) inThen.add(u);
        else if (IfOp.elseRegion(op) == r || IfOp.elseRegion(op).isProperAncestorOf(r)) inElse.add(u);
      }
      if (inThen.isEmpty() && inElse.isEmpty()) return rw.notifyMatchFailure(op, "the condition is not used inside");
      Value t = inThen.isEmpty() ? null : boolConstant(rw, op, c, true), f = inElse.isEmpty() ? null : boolConstant(rw, op, c, false);
      if ((!inThen.isEmpty() && t == null) || (!inElse.isEmpty() && f == null)) return rw.notifyMatchFailure(op, "no dialect makes i1 constants");
      for (dev.mlc.ir.OpOperand u : inThen) rw.modifyOpInPlace(u.owner(), () -> u.set(t));
      for (dev.mlc.ir.OpOperand u : inElse) rw.modifyOpInPlace(u.owner(), () -> u.set(f));
      return true;
    }
  }

  /**
   * {@code %r = if %c { yield %a } else { yield %b }} with {@code %a, %b} defined outside
   * {@code -> %r = arith.select %c, %a, %b} (when arith is loaded); the other results stay in the if.
   */
  static final class ConvertTrivialIfToSelect extends RewritePattern {
    ConvertTrivialIfToSelect() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (op.numResults() == 0) return rw.notifyMatchFailure(op, "the op has no results");
      if (op.context().opDef("arith.select") == null) return rw.notifyMatchFailure(op, "arith.select is not available");
      Region then = IfOp.thenRegion(op), otherwise = IfOp.elseRegion(op);
      Operation ty = then.front().last(), ey = otherwise.front().last();
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < op.numResults(); i++)
        if (ty.operand(i).parentRegion() == then || ey.operand(i).parentRegion() == otherwise) kept.add(i);
      if (kept.size() == op.numResults()) return rw.notifyMatchFailure(op, "every result is computed inside the regions");
      List<Type> types = new ArrayList<>();
      for (int i : kept) types.add(op.result(i).type());
      Operation n = recreate(rw, op, op.operands(), types);
      List<Value> results = new ArrayList<>(), thenKept = new ArrayList<>(), elseKept = new ArrayList<>();
      for (int i = 0; i < op.numResults(); i++) {
        Value t = ty.operand(i), e = ey.operand(i);
        if (kept.contains(i)) {
          results.add(n.result(thenKept.size()));
          thenKept.add(t);
          elseKept.add(e);
        } else if (t == e) {
          results.add(t);
        } else {
          try (var g = rw.guard()) {
            rw.setInsertionPoint(n);
            results.add(rw.create("arith.select", op.location(), List.of(op.operand(0), t, e), List.of(t.type()), DictionaryAttr.EMPTY).result());
          }
        }
      }
      rw.modifyOpInPlace(ty, () -> ty.setOperands(thenKept));
      rw.modifyOpInPlace(ey, () -> ey.setOperands(elseKept));
      rw.replaceOp(op, results);
      return true;
    }
  }

  /** {@code if %c {A} else {B}; if %c {C} else {D} -> if %c {A; C} else {B; D}} (results concatenated). */
  static final class CombineIfs extends RewritePattern {
    CombineIfs() { super(IfOp.NAME); }

    @Override public boolean matchAndRewrite(Operation next, PatternRewriter rw) {
      Operation prev = next.prevOp();
      if (prev == null || !prev.isa(IfOp.NAME)) return rw.notifyMatchFailure(next, "not right after another scf.if");
      if (prev.operand(0) != next.operand(0)) return rw.notifyMatchFailure(next, "the previous scf.if has another condition");
      Region nThen = IfOp.thenRegion(next), nElse = IfOp.elseRegion(next);
      Operation pty = IfOp.thenRegion(prev).front().last();
      Operation pey = IfOp.elseRegion(prev).isEmpty() ? null : IfOp.elseRegion(prev).front().last();
      for (int i = 0; i < prev.numResults(); i++)
        for (dev.mlc.ir.OpOperand u : prev.result(i).uses()) {
          Region r = u.owner().parentRegion();
          Value with = nThen == r || nThen.isProperAncestorOf(r) ? pty.operand(i)
              : pey != null && (nElse == r || nElse.isProperAncestorOf(r)) ? pey.operand(i) : null;
          if (with != null) rw.modifyOpInPlace(u.owner(), () -> u.set(with));
        }
      List<Type> types = new ArrayList<>(prev.resultTypes());
      types.addAll(next.resultTypes());
      Operation combined = rw.insert(Operation.create(next.opName(), next.location(), List.of(next.operand(0)), types, null,
          DictionaryAttr.EMPTY, List.of(), 2));
      combined.region(0).takeBody(IfOp.thenRegion(prev));
      mergeInto(rw, nThen.front(), combined.region(0).front());
      if (!IfOp.elseRegion(prev).isEmpty()) combined.region(1).takeBody(IfOp.elseRegion(prev));
      if (!nElse.isEmpty()) {
        if (combined.region(1).isEmpty()) combined.region(1).takeBody(nElse);
        else mergeInto(rw, nElse.front(), combined.region(1).front());
      }
      rw.replaceOp(prev, new ArrayList<>(combined.results().subList(0, prev.numResults())));
      rw.replaceOp(next, new ArrayList<>(combined.results().subList(prev.numResults(), combined.numResults())));
      return true;
    }

    /** Appends {@code from}'s ops to {@code into}; one scf.yield yields what both yielded. */
    private static void mergeInto(PatternRewriter rw, Block from, Block into) {
      Operation y1 = into.last(), y2 = from.last();
      List<Value> yielded = new ArrayList<>(y1.operands());
      yielded.addAll(y2.operands());
      rw.mergeBlocks(from, into, List.of());
      try (var g = rw.guard()) {
        rw.setInsertionPointToEnd(into);
        rw.insert(Operation.create(y2.opName(), y2.location(), yielded, List.of(), null, DictionaryAttr.EMPTY, List.of(), 0));
      }
      rw.eraseOp(y1);
      rw.eraseOp(y2);
    }
  }

  // ---- scf.while ----

  /** In the "do" region, an argument that receives the loop condition is {@code true}. */
  static final class WhileConditionTruth extends RewritePattern {
    WhileConditionTruth() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation cond = WhileOp.before(op).front().last();
      Block after = WhileOp.after(op).front();
      List<Value> args = ConditionOp.args(cond);
      Value t = null;
      boolean replaced = false;
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) != cond.operand(0) || !after.argument(i).hasUses()) continue;
        if (t == null && (t = boolConstant(rw, op, cond.operand(0), true)) == null) return rw.notifyMatchFailure(op, "no dialect makes i1 constants");
        rw.replaceAllUsesWith(after.argument(i), t);
        replaced = true;
      }
      return replaced || rw.notifyMatchFailure(op, "no used argument of the 'do' region receives the condition");
    }
  }

  /**
   * A "before" argument that always holds its init (the "do" region yields the init back, or
   * yields what it received from the condition when that is the argument itself or its init)
   * becomes the init; the loop no longer carries it.
   */
  static final class RemoveLoopInvariantArgsFromBeforeBlock extends RewritePattern {
    RemoveLoopInvariantArgsFromBeforeBlock() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block before = WhileOp.before(op).front(), after = WhileOp.after(op).front();
      Operation yield = after.last();
      List<Value> condArgs = ConditionOp.args(before.last());
      List<Integer> invariant = new ArrayList<>();
      for (int i = 0; i < op.numOperands(); i++) {
        Value init = op.operand(i), y = yield.operand(i);
        boolean inv = y == init;
        if (!inv && y instanceof BlockArgument a && a.owner() == after) {
          Value c = condArgs.get(a.index());
          inv = c == before.argument(i) || c == init;
        }
        if (inv) invariant.add(i);
      }
      if (invariant.isEmpty()) return rw.notifyMatchFailure(op, "no loop-invariant argument of the 'before' region");
      List<Value> inits = new ArrayList<>(), yields = new ArrayList<>();
      for (int i = 0; i < op.numOperands(); i++)
        if (!invariant.contains(i)) {
          inits.add(op.operand(i));
          yields.add(yield.operand(i));
        }
      List<Value> oldInits = new ArrayList<>(op.operands());
      Operation n = recreate(rw, op, inits, op.resultTypes());
      for (int k = invariant.size() - 1; k >= 0; k--) {
        int i = invariant.get(k);
        rw.replaceAllUsesWith(before.argument(i), oldInits.get(i));
        before.eraseArgument(i);
      }
      rw.modifyOpInPlace(yield, () -> yield.setOperands(yields));
      rw.replaceOp(op, n.results());
      return true;
    }
  }

  /** A value defined outside the loop that scf.condition forwards replaces the matching result and "do" argument. */
  static final class RemoveLoopInvariantValueYielded extends RewritePattern {
    RemoveLoopInvariantValueYielded() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation cond = WhileOp.before(op).front().last();
      Block after = WhileOp.after(op).front();
      List<Value> args = ConditionOp.args(cond);
      List<Integer> invariant = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) if (Scf.definedOutside(args.get(i), op)) invariant.add(i);
      if (invariant.isEmpty()) return rw.notifyMatchFailure(op, "scf.condition forwards no value defined outside the loop");
      List<Type> types = new ArrayList<>();
      List<Value> condOperands = new ArrayList<>(List.of(cond.operand(0)));
      for (int i = 0; i < args.size(); i++)
        if (!invariant.contains(i)) {
          types.add(op.result(i).type());
          condOperands.add(args.get(i));
        }
      List<Value> oldArgs = new ArrayList<>(args);
      Operation n = recreate(rw, op, op.operands(), types);
      for (int k = invariant.size() - 1; k >= 0; k--) {
        int i = invariant.get(k);
        rw.replaceAllUsesWith(after.argument(i), oldArgs.get(i));
        after.eraseArgument(i);
      }
      rw.modifyOpInPlace(cond, () -> cond.setOperands(condOperands));
      List<Value> results = new ArrayList<>();
      for (int i = 0, k = 0; i < op.numResults(); i++) results.add(invariant.contains(i) ? oldArgs.get(i) : n.result(k++));
      rw.replaceOp(op, results);
      return true;
    }
  }


  /** Drops a result of scf.while that is unused, as is the matching argument of the "do" region. */
  static final class WhileUnusedResult extends RewritePattern {
    WhileUnusedResult() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block after = WhileOp.after(op).front();
      Operation cond = WhileOp.before(op).front().last();
      List<Integer> drop = new ArrayList<>();
      for (int i = 0; i < op.numResults(); i++) if (!op.result(i).hasUses() && !after.argument(i).hasUses()) drop.add(i);
      if (drop.isEmpty()) return rw.notifyMatchFailure(op, "every result or its 'do' argument is used");
      List<Type> types = new ArrayList<>();
      List<Value> condOperands = new ArrayList<>(List.of(cond.operand(0)));
      for (int i = 0; i < op.numResults(); i++)
        if (!drop.contains(i)) {
          types.add(op.result(i).type());
          condOperands.add(cond.operand(i + 1));
        }
      Operation n = recreate(rw, op, op.operands(), types);
      for (int k = drop.size() - 1; k >= 0; k--) after.eraseArgument(drop.get(k));
      rw.modifyOpInPlace(cond, () -> cond.setOperands(condOperands));
      List<Value> results = new ArrayList<>();
      for (int i = 0, k = 0; i < op.numResults(); i++) results.add(drop.contains(i) ? null : n.result(k++));
      for (int i = 0; i < op.numResults(); i++) if (results.get(i) != null) rw.replaceAllUsesWith(op.result(i), results.get(i));
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code scf.condition(%c) %v, %v} {@code ->} {@code scf.condition(%c) %v}: one result and one "do" argument per distinct value. */
  static final class WhileRemoveDuplicatedResults extends RewritePattern {
    WhileRemoveDuplicatedResults() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation cond = WhileOp.before(op).front().last();
      Block after = WhileOp.after(op).front();
      List<Value> args = new ArrayList<>(ConditionOp.args(cond));
      Map<Value, Integer> first = new java.util.LinkedHashMap<>();
      int[] pos = new int[args.size()];
      for (int i = 0; i < args.size(); i++) pos[i] = first.computeIfAbsent(args.get(i), v -> first.size());
      if (first.size() == args.size()) return rw.notifyMatchFailure(op, "No results to remove");
      List<Value> distinct = new ArrayList<>(first.keySet());
      List<Value> condOperands = new ArrayList<>(List.of(cond.operand(0)));
      condOperands.addAll(distinct);
      Operation n = recreate(rw, op, op.operands(), Scf.types(distinct));
      int[] firstIndex = new int[distinct.size()];
      for (int i = args.size() - 1; i >= 0; i--) firstIndex[pos[i]] = i;
      for (int i = args.size() - 1; i >= 0; i--)
        if (firstIndex[pos[i]] != i) {
          rw.replaceAllUsesWith(after.argument(i), after.argument(firstIndex[pos[i]]));
          after.eraseArgument(i);
        }
      rw.modifyOpInPlace(cond, () -> cond.setOperands(condOperands));
      List<Value> results = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) results.add(n.result(pos[i]));
      rw.replaceOp(op, results);
      return true;
    }
  }

  /** Drops an unused argument of the "before" region, with its init operand and the matching operand of the "do" region's yield. */
  static final class WhileRemoveUnusedArgs extends RewritePattern {
    WhileRemoveUnusedArgs() { super(WhileOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block before = WhileOp.before(op).front();
      Operation yield = WhileOp.after(op).front().last();
      List<Integer> drop = new ArrayList<>();
      for (int i = 0; i < before.numArguments(); i++) if (!before.argument(i).hasUses()) drop.add(i);
      if (drop.isEmpty()) return rw.notifyMatchFailure(op, "No args to remove");
      List<Value> inits = new ArrayList<>(), yields = new ArrayList<>();
      for (int i = 0; i < before.numArguments(); i++)
        if (!drop.contains(i)) {
          inits.add(op.operand(i));
          yields.add(yield.operand(i));
        }
      Operation n = recreate(rw, op, inits, op.resultTypes());
      for (int k = drop.size() - 1; k >= 0; k--) before.eraseArgument(drop.get(k));
      rw.modifyOpInPlace(yield, () -> yield.setOperands(yields));
      rw.replaceOp(op, n.results());
      return true;
    }
  }

  // ---- scf.parallel ----

  /** The constant trip count of {@code lb to ub step s} (MLIR's constantTripCount: may be negative), or null. */
  static Long tripCount(Value lb, Value ub, Value step) {
    if (lb == ub) return 0L;
    Long l = Scf.constantInt(lb), u = Scf.constantInt(ub), st = Scf.constantInt(step);
    if (l == null || u == null || st == null || st == 0) return null;
    return Math.ceilDiv(u - l, st);
  }

  /**
   * {@code parallel} with a dimension of zero trips {@code -> its init values}; dimensions of one
   * trip are dropped (their induction variable becomes the lower bound); with none left, the body
   * and the reductions are inlined.
   */
  static final class ParallelOpSingleOrZeroIterationDimsFolder extends RewritePattern {
    ParallelOpSingleOrZeroIterationDimsFolder() { super(ParallelOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      List<Value> lbs = ParallelOp.lowerBounds(op), ubs = ParallelOp.upperBounds(op), steps = ParallelOp.steps(op);
      List<Value> nl = new ArrayList<>(), nu = new ArrayList<>(), ns = new ArrayList<>();
      Block body = ParallelOp.body(op);
      IRMapping mapping = new IRMapping();
      for (int d = 0; d < lbs.size(); d++) {
        Long trips = tripCount(lbs.get(d), ubs.get(d), steps.get(d));
        if (trips != null && trips == 0) {
          rw.replaceOp(op, new ArrayList<>(ParallelOp.inits(op)));
          return true;
        }
        if (trips != null && trips == 1) {
          mapping.map(body.argument(d), lbs.get(d));
          continue;
        }
        nl.add(lbs.get(d));
        nu.add(ubs.get(d));
        ns.add(steps.get(d));
      }
      if (nl.size() == lbs.size()) return rw.notifyMatchFailure(op, "no dimension runs zero or one times");
      if (nl.isEmpty()) {
        for (Operation o = body.first(); o != body.last(); o = o.nextOp()) rw.insert(o.clone(mapping));
        Operation reduce = body.last();
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < reduce.numRegions(); i++) {
          Block rb = reduce.region(i).front();
          mapping.map(rb.argument(0), ParallelOp.inits(op).get(i));
          mapping.map(rb.argument(1), mapping.lookupOrDefault(reduce.operand(i)));
          for (Operation o = rb.first(); o != rb.last(); o = o.nextOp()) rw.insert(o.clone(mapping));
          results.add(mapping.lookupOrDefault(rb.last().operand(0)));
        }
        rw.replaceOp(op, results);
        return true;
      }
      List<Value> operands = new ArrayList<>(nl);
      operands.addAll(nu);
      operands.addAll(ns);
      operands.addAll(ParallelOp.inits(op));
      Operation n = Operation.create(op.opName(), op.location(), operands, op.resultTypes(),
          DictionaryAttr.EMPTY.with("operandSegmentSizes", Scf.segmentAttr(nl.size(), nu.size(), ns.size(), ParallelOp.inits(op).size())),
          DictionaryAttr.EMPTY, List.of(), 1);
      List<Value> collapsedTo = new ArrayList<>();
      for (int d = 0; d < lbs.size(); d++) collapsedTo.add(mapping.lookupOrNull(body.argument(d)));
      op.region(0).cloneInto(n.region(0), mapping);
      Block nb = n.region(0).front();
      for (int d = lbs.size() - 1; d >= 0; d--)
        if (collapsedTo.get(d) != null) {
          nb.argument(d).replaceAllUsesWith(collapsedTo.get(d));
          nb.eraseArgument(d);
        }
      rw.insert(n);
      rw.replaceOp(op, n.results());
      return true;
    }
  }

  /**
   * {@code parallel (%i) ... { parallel (%j) ... { B } }} with no reductions and inner bounds not
   * depending on {@code %i} {@code -> parallel (%i, %j) ... { B }}.
   */
  static final class MergeNestedParallelLoops extends RewritePattern {
    MergeNestedParallelLoops() { super(ParallelOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Block outer = ParallelOp.body(op);
      if (outer.size() != 2 || !outer.first().isa(ParallelOp.NAME)) return rw.notifyMatchFailure(op, "the body is not just another scf.parallel");
      Operation inner = outer.first();
      for (Value v : inner.operands()) if (outer.arguments().contains(v)) return rw.notifyMatchFailure(op, "the inner bounds depend on the outer loop");
      if (!ParallelOp.inits(op).isEmpty() || !ParallelOp.inits(inner).isEmpty()) return rw.notifyMatchFailure(op, "reductions are not supported");
      List<Value> operands = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        operands.addAll(g == 0 ? ParallelOp.lowerBounds(op) : g == 1 ? ParallelOp.upperBounds(op) : ParallelOp.steps(op));
        operands.addAll(g == 0 ? ParallelOp.lowerBounds(inner) : g == 1 ? ParallelOp.upperBounds(inner) : ParallelOp.steps(inner));
      }
      int n = outer.numArguments() + ParallelOp.body(inner).numArguments();
      Operation merged = Operation.create(op.opName(), op.location(), operands, List.of(),
          DictionaryAttr.EMPTY.with("operandSegmentSizes", Scf.segmentAttr(n, n, n, 0)), DictionaryAttr.EMPTY, List.of(), 1);
      Block body = merged.region(0).addBlock();
      IRMapping mapping = new IRMapping();
      for (Value a : outer.arguments()) mapping.map(a, body.addArgument(a.type(), a.location()));
      for (Value a : ParallelOp.body(inner).arguments()) mapping.map(a, body.addArgument(a.type(), a.location()));
      for (Operation o = ParallelOp.body(inner).first(); o != null; o = o.nextOp()) body.append(o.clone(mapping));
      rw.insert(merged);
      rw.eraseOp(op);
      return true;
    }
  }

  // ---- scf.forall ----

  /** {@code forall (%i) in (%c4)} with {@code %c4} a constant {@code -> forall (%i) in (4)}. */
  static final class ForallOpControlOperandsFolder extends RewritePattern {
    ForallOpControlOperandsFolder() { super(ForallOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      int rank = ForallOp.rank(op);
      long[][] statics = new long[3][rank];
      List<Value> operands = new ArrayList<>();
      long[] counts = new long[4];
      boolean changed = false;
      for (int k = 0; k < 3; k++)
        for (int d = 0; d < rank; d++) {
          Object m = ForallOp.mixed(op, k, d);
          Long c = m instanceof Value v ? Scf.constantInt(v) : (Long) m;
          if (m instanceof Value && c != null) changed = true;
          if (c != null) statics[k][d] = c;
          else {
            statics[k][d] = Long.MIN_VALUE;
            operands.add((Value) m);
            counts[k]++;
          }
        }
      if (!changed) return rw.notifyMatchFailure(op, "no bound or step operand is a constant");
      operands.addAll(ForallOp.outputs(op));
      counts[3] = ForallOp.outputs(op).size();
      DictionaryAttr props = ForallOp.properties(op, statics, counts);
      rw.modifyOpInPlace(op, () -> {
        op.setOperands(operands);
        op.setProperties(props);
      });
      return true;
    }
  }

  /** Entry {@code d} of group {@code k} of a forall as a constant, or null. */
  static Long forallConstant(Operation op, int k, int d) {
    Object m = ForallOp.mixed(op, k, d);
    return m instanceof Long c ? c : Scf.constantInt((Value) m);
  }

  /** An index constant {@code v} before {@code op}, made by arith (as MLIR does), or null without it. */
  static Value indexConstant(PatternRewriter rw, Operation op, long v) {
    if (!(op.context().dialect("arith") instanceof dev.mlc.ir.Dialect arith)) return null;
    try (var g = rw.guard()) {
      rw.setInsertionPoint(op);
      Type index = op.context().intern(dev.mlc.ir.type.IndexType.INSTANCE);
      Operation c = arith.materializeConstant(rw, IntegerAttr.of(index, v), index, op.location());
      return c == null ? null : c.result(0);
    }
  }

  /**
   * {@code forall} with a dimension of zero trips {@code -> its shared outputs}; dimensions of one
   * trip are dropped (their induction variable becomes the lower bound); with none left and an
   * empty {@code in_parallel}, the body is inlined and the results are the shared outputs.
   */
  static final class ForallOpSingleOrZeroIterationDimsFolder extends RewritePattern {
    ForallOpSingleOrZeroIterationDimsFolder() { super(ForallOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      int rank = ForallOp.rank(op);
      Value[] collapsedTo = new Value[rank];
      int collapsed = 0;
      for (int d = 0; d < rank; d++) {
        Object lb = ForallOp.mixed(op, 0, d), ub = ForallOp.mixed(op, 1, d);
        Long l = forallConstant(op, 0, d), u = forallConstant(op, 1, d), st = forallConstant(op, 2, d);
        Long trips = lb.equals(ub) ? Long.valueOf(0) : l != null && u != null && st != null && st != 0 ? Long.valueOf(Math.ceilDiv(u - l, st)) : null;
        if (trips != null && trips == 0) {
          rw.replaceOp(op, new ArrayList<>(ForallOp.outputs(op)));
          return true;
        }
        if (trips == null || trips != 1) continue;
        collapsedTo[d] = lb instanceof Value v ? v : indexConstant(rw, op, (Long) lb);
        if (collapsedTo[d] != null) collapsed++;
      }
      if (collapsed == 0) return rw.notifyMatchFailure(op, "no dimension runs zero or one times (with a lower bound at hand)");
      Block body = ForallOp.body(op);
      List<Value> outs = new ArrayList<>(ForallOp.outputs(op));
      if (collapsed == rank) {
        Operation term = body.last();
        if (!term.region(0).front().isEmpty()) return rw.notifyMatchFailure(op, "the in_parallel terminator is not empty");
        List<Value> args = new ArrayList<>(List.of(collapsedTo));
        args.addAll(outs);
        rw.eraseOp(term);
        rw.inlineBlockBefore(body, op, args);
        rw.replaceOp(op, outs);
        return true;
      }
      long[][] statics = new long[3][rank - collapsed];
      List<List<Value>> dyn = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int k = 0; k < 3; k++)
        for (int d = 0, n = 0; d < rank; d++) {
          if (collapsedTo[d] != null) continue;
          Object m = ForallOp.mixed(op, k, d);
          statics[k][n++] = m instanceof Long c ? c : Long.MIN_VALUE;
          if (m instanceof Value v) dyn.get(k).add(v);
        }
      List<Value> operands = new ArrayList<>();
      for (List<Value> g : dyn) operands.addAll(g);
      operands.addAll(outs);
      DictionaryAttr props = ForallOp.properties(op, statics, new long[] {dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size(), outs.size()});
      rw.modifyOpInPlace(op, () -> {
        for (int d = rank - 1; d >= 0; d--)
          if (collapsedTo[d] != null) {
            body.argument(d).replaceAllUsesWith(collapsedTo[d]);
            body.eraseArgument(d);
          }
        op.setOperands(operands);
        op.setProperties(props);
      });
      return true;
    }
  }

  // ---- scf.index_switch ----

  /** {@code index_switch <constant>} {@code ->} the region of the matching case (or the default). */
  static final class FoldConstantCase extends RewritePattern {
    FoldConstantCase() { super(IndexSwitchOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Long c = Scf.constantInt(op.operand(0));
      if (c == null) return rw.notifyMatchFailure(op, "the switch value is not a constant");
      replaceOpWithRegion(rw, op, op.region(IndexSwitchOp.regionFor(op, c)), List.of());
      return true;
    }
  }

  // ---- scf.execute_region ----

  /**
   * {@code execute_region} with several blocks, directly in a function or another execute_region
   * {@code ->} its blocks spliced into the parent region: a {@code cf.br} enters them, each
   * {@code scf.yield} becomes a {@code cf.br} to the rest of the parent block, whose arguments are the results.
   */
  static final class MultiBlockExecuteInliner extends RewritePattern {
    MultiBlockExecuteInliner() { super(ExecuteRegionOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      Operation parent = op.parentOp();
      if (parent == null || !(parent.def() instanceof dev.mlc.ir.interfaces.CallableOpInterface || parent.isa(ExecuteRegionOp.NAME)))
        return rw.notifyMatchFailure(op, "not directly inside a function or an scf.execute_region");
      if (op.context().opDef("cf.br") == null) return rw.notifyMatchFailure(op, "the cf dialect is not loaded");
      var br = op.context().opName("cf.br");
      Block prev = op.parentBlock();
      Block post = rw.splitBlock(prev, op);
      Block entry = op.region(0).front();
      try (var g = rw.guard()) {
        rw.setInsertionPointToEnd(prev);
        rw.insert(Operation.create(br, op.location(), List.of(), List.of(), null, DictionaryAttr.EMPTY, List.of(entry), 0));
        for (Block b : op.region(0).blocks()) {
          Operation t = b.last();
          if (t == null || !t.isa(dev.mlc.dialect.scf.ir.YieldOp.NAME)) continue;
          rw.setInsertionPoint(t);
          rw.insert(Operation.create(br, t.location(), t.operands(), List.of(), null, DictionaryAttr.EMPTY, List.of(post), 0));
          rw.eraseOp(t);
        }
      }
      rw.inlineRegionBefore(op.region(0), post.parent(), post.indexInRegion());
      List<Value> args = new ArrayList<>();
      for (Value r : op.results()) args.add(post.addArgument(r.type(), op.location()));
      rw.replaceOp(op, args);
      return true;
    }
  }

  /** {@code execute_region { A; yield %x } -> A, %x} when the region has one block. */
  static final class SingleBlockExecuteInliner extends RewritePattern {
    SingleBlockExecuteInliner() { super(ExecuteRegionOp.NAME); }

    @Override public boolean matchAndRewrite(Operation op, PatternRewriter rw) {
      if (!op.region(0).hasOneBlock()) return rw.notifyMatchFailure(op, "the region has several blocks");
      replaceOpWithRegion(rw, op, op.region(0), List.of());
      return true;
    }
  }
}
