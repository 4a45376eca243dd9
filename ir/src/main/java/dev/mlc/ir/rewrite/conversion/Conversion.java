package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.WalkResult;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.rewrite.PatternLog;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.rewrite.conversion.ConversionTarget.Legality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The dialect conversion drivers (MLIR's {@code applyPartialConversion}, {@code applyFullConversion}
 * and {@code applyAnalysisConversion}).
 *
 * <p>The ops of the root (the root included) are collected pre-order; the bodies of recursively
 * legal ops are skipped. Each op still in the IR is then legalized: a legal op stays; otherwise
 * the patterns for it are tried best benefit first. A pattern succeeds when it returns true, every
 * op it created is legalized in turn (recursively, with the same rules), and the op, if still
 * there, is now legal. Otherwise everything the attempt did is rolled back through the rewriter's
 * undo log and the next pattern is tried. A pattern is never re-applied while it is already being
 * applied further up (no unbounded recursion).
 *
 * <p>An op that cannot be legalized makes a full conversion fail; a partial conversion fails only
 * for ops that are explicitly illegal (unknown ops are left as they are). Ops a pattern creates
 * must always be legalizable: an unknown generated op makes the pattern fail, in every mode. On
 * failure the whole conversion is rolled back, leaving the IR as it was, and the error names the
 * op, with one note per pattern tried. At the end, unresolved materializations (casts between the
 * type systems still in use) go to the type converter's callbacks; those left are errors in a full
 * conversion. Ops are not folded during a conversion (MLIR tries folding before patterns).
 *
 * <p>Every attempt is reported to {@link PatternLog#global()} when it is set.
 */
public final class Conversion {
  private enum Mode { PARTIAL, FULL, ANALYSIS }

  /** Why an op could not be legalized: its legality and one line per pattern tried. */
  private record Failure(Legality legality, List<String> notes) {
    String summary() { return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"; }
  }

  private final Operation root;
  private final ConversionTarget target;
  private final RewritePatternSet patterns;
  private final ConversionPatternRewriter rewriter;
  private final PatternLog log = PatternLog.global();
  private final Set<RewritePattern> active = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The ops collected before the conversion started: the main loop legalizes them. */
  private final Set<Operation> scheduled = Collections.newSetFromMap(new IdentityHashMap<>());

  private Conversion(Operation root, ConversionTarget target, RewritePatternSet patterns, TypeConverter converter) {
    this.root = root;
    this.target = target;
    this.patterns = patterns;
    this.rewriter = new ConversionPatternRewriter(root, converter);
  }

  /**
   * Converts what it can of {@code root} and the ops nested in it; fails (changing nothing) only
   * when an op explicitly illegal for {@code target} cannot be legalized.
   */
  public static boolean applyPartialConversion(Operation root, ConversionTarget target, RewritePatternSet patterns, TypeConverter converter) {
    return new Conversion(root, target, patterns, converter).run(Mode.PARTIAL, null);
  }

  public static boolean applyPartialConversion(Operation root, ConversionTarget target, RewritePatternSet patterns) {
    return applyPartialConversion(root, target, patterns, null);
  }

  /**
   * Converts {@code root} and every op nested in it to ops legal for {@code target}; fails
   * (changing nothing) when one cannot be legalized or a materialization stays unresolved.
   */
  public static boolean applyFullConversion(Operation root, ConversionTarget target, RewritePatternSet patterns, TypeConverter converter) {
    return new Conversion(root, target, patterns, converter).run(Mode.FULL, null);
  }

  public static boolean applyFullConversion(Operation root, ConversionTarget target, RewritePatternSet patterns) {
    return applyFullConversion(root, target, patterns, null);
  }

  /**
   * The ops (among {@code root} and those nested in it) that a conversion could legalize: legal
   * ones and those a pattern converts. The IR is left unchanged and no error is reported.
   */
  public static Set<Operation> applyAnalysisConversion(Operation root, ConversionTarget target, RewritePatternSet patterns, TypeConverter converter) {
    Set<Operation> legalizable = Collections.newSetFromMap(new IdentityHashMap<>());
    new Conversion(root, target, patterns, converter).run(Mode.ANALYSIS, legalizable);
    return legalizable;
  }

  private boolean run(Mode mode, Set<Operation> legalizable) {
    List<Operation> ops = new ArrayList<>();
    root.walkInterruptible(op -> {
      ops.add(op);
      return target.isRecursivelyLegal(op) ? WalkResult.SKIP : WalkResult.ADVANCE;
    });
    scheduled.addAll(ops);
    try {
      for (Operation op : ops) {
        if (!rewriter.isLive(op)) continue;
        Failure f = legalize(op);
        if (f == null) {
          if (legalizable != null) legalizable.add(op);
          continue;
        }
        if (mode == Mode.ANALYSIS || (mode == Mode.PARTIAL && f.legality() != Legality.ILLEGAL)) continue;
        Diagnostic d = op.emitError(mode == Mode.FULL ? "failed to legalize operation '" + op.name() + "'"
            : "failed to legalize operation '" + op.name() + "' that was explicitly marked illegal");
        for (String n : f.notes()) d.attachNote(null, n);
        op.context().diagnostics().flush();
        rewriter.rollbackAll();
        return false;
      }
      if (mode == Mode.ANALYSIS) {
        rewriter.rollbackAll();
        return true;
      }
      if (!rewriter.finalizeConversion(mode == Mode.FULL)) {
        rewriter.rollbackAll();
        return false;
      }
      rewriter.commit();
      return true;
    } catch (RuntimeException | Error e) {
      rewriter.rollbackAll();
      throw e;
    }
  }

  /** Legalizes {@code op}; null on success, otherwise why not (with everything attempted rolled back). */
  private Failure legalize(Operation op) {
    if (!rewriter.isLive(op) || insideRecursivelyLegal(op)) return null;
    Legality legality = target.legality(op);
    if (legality == Legality.LEGAL) return null;
    List<String> notes = new ArrayList<>();
    List<RewritePattern> candidates = patterns.forOp(op.name());
    if (candidates.isEmpty()) notes.add("no pattern matches operation '" + op.name() + "'");
    for (RewritePattern p : candidates) {
      if (active.contains(p)) {
        notes.add("pattern '" + p.name() + "' skipped: it is already being applied further up (no recursion)");
        continue;
      }
      String reason = apply(p, op);
      if (reason == null) return null;
      notes.add("pattern '" + p.name() + "' failed: " + reason);
    }
    return new Failure(legality, notes);
  }

  /** Applies {@code p} to {@code op} and legalizes its result; null on success, otherwise the reason (rolled back). */
  private String apply(RewritePattern p, Operation op) {
    var checkpoint = rewriter.checkpoint();
    Location loc = op.location();
    TypeConverter saved = rewriter.beginPattern(p instanceof ConversionPattern cp ? cp.typeConverter() : null);
    active.add(p);
    String reason;
    try {
      rewriter.setInsertionPoint(op);
      boolean applied = p.matchAndRewrite(op, rewriter);
      reason = applied ? legalizeResult(op, checkpoint) : rewriter.lastFailure() != null ? rewriter.lastFailure() : "no reason given";
    } finally {
      active.remove(p);
      rewriter.endPattern(saved);
    }
    if (log != null) log.record(p, op, loc, reason == null, reason);
    if (reason != null) rewriter.rollback(checkpoint);
    return reason;
  }

  /** Legalizes the ops a successful pattern created, then the root op if it is still there. */
  private String legalizeResult(Operation op, ConversionPatternRewriter.Checkpoint checkpoint) {
    List<Operation> created = rewriter.createdSince(checkpoint);
    Set<Operation> createdSet = Collections.newSetFromMap(new IdentityHashMap<>());
    createdSet.addAll(created);
    for (Operation c : created) {
      Failure f = legalize(c);
      if (f != null) return "failed to legalize generated operation '" + c.name() + "'" + f.summary();
      // Ops nested in a created op without being inserted through the rewriter (a clone's body, say).
      if (!rewriter.isLive(c) || target.isRecursivelyLegal(c)) continue;
      List<Operation> nested = new ArrayList<>();
      for (var r : c.regions()) r.walkPreOrder(nested::add);
      for (Operation n : nested) {
        if (scheduled.contains(n) || createdSet.contains(n)) continue;
        f = legalize(n);
        if (f != null) return "failed to legalize generated operation '" + n.name() + "'" + f.summary();
      }
    }
    if (!createdSet.contains(op)) {
      Failure f = legalize(op);
      if (f != null) return "the operation is still illegal after the rewrite" + f.summary();
    }
    return null;
  }

  private boolean insideRecursivelyLegal(Operation op) {
    for (Operation p = op.parentOp(); p != null; p = p.parentOp()) {
      if (target.isRecursivelyLegal(p)) return true;
      if (p == root) break;
    }
    return false;
  }
}
