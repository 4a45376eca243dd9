package dev.mlc.ir.core;

import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Passes and analyses for the pass-infrastructure tests, and a registry holding them. */
final class TestPasses {
  private TestPasses() {}

  /** What passes did, in order (synchronized: passes may run in parallel). */
  static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

  static PassRegistry registry() {
    PassRegistry r = new PassRegistry();
    for (var c : List.of(OptionsPass.class, NoOptionsPass.class, AnyPass.class, FuncPass.class, AnalysisPass.class, BreakPass.class,
        FailPass.class, SilentFailPass.class, CrashPass.class, PickyPass.class, FoldIsoPass.class)) r.add(c);
    return r;
  }

  static PassExecutor.Config config(int threads, boolean verifyEach, PrintStream out) {
    return new PassExecutor.Config(verifyEach, threads, Set.of(), Set.of(), false, false, false, false, false, out, op -> "<ir>", null);
  }

  enum Mode { FAST, VERY_SLOW }

  @PassInfo(name = "test-options", summary = "Has an option of every kind")
  static final class OptionsPass extends Pass {
    @PassOption(name = "max-iter", description = "An int") int maxIter = 10;
    @PassOption(name = "flag", description = "A bool") boolean flag;
    @PassOption(name = "mode", description = "An enum") Mode mode = Mode.FAST;
    @PassOption(name = "sizes", description = "A list of ints") List<Integer> sizes = List.of();
    @PassOption(name = "names", description = "A list of strings") List<String> names = List.of();
    @PassOption(name = "label", description = "A string") String label = "";
    @PassOption(name = "big", description = "A long") long big = 1L << 40;
    @PassOption(name = "ratio", description = "A double") double ratio = 0.5;

    @Override public void runOnOperation(Operation op, PassContext ctx) { LOG.add("options:" + maxIter + ":" + label); }
  }

  @PassInfo(name = "test-noopt", summary = "Takes no options")
  static final class NoOptionsPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) { LOG.add("noopt:" + op.name()); }
  }

  @PassInfo(name = "test-any", summary = "Runs on any op and changes nothing")
  static final class AnyPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      LOG.add("any:" + op.name());
      ctx.markAllPreserved();
    }
  }

  /** Counts the ops of each function into the {@code ops} statistic. */
  @PassInfo(name = "test-func", summary = "Runs on functions", anchor = "ct.func")
  static final class FuncPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      LOG.add("func:" + SymbolTable.symbolName(op));
      int[] n = {0};
      op.walk(o -> n[0]++);
      ctx.statistic("ops", "Operations seen").add(n[0]);
      ctx.statistic("runs", "Functions seen").increment();
    }
  }

  /** An analysis: the number of ops nested in its op (counting its constructions). */
  public static final class OpCount {
    static final AtomicInteger BUILT = new AtomicInteger();
    final int count;

    public OpCount(Operation op) {
      BUILT.incrementAndGet();
      int[] n = {0};
      op.walk(o -> n[0]++);
      count = n[0];
    }
  }

  /** Another analysis kind. */
  public static final class Other {
    public Other(Operation op) {}
  }

  enum Keep { NONE, OP_COUNT, OTHER, ALL }

  /** Uses {@link OpCount} and logs the instance it got; preserves what {@code keep} says. */
  @PassInfo(name = "test-analysis", summary = "Uses an analysis")
  static final class AnalysisPass extends Pass {
    @PassOption(name = "keep", description = "Which analyses to preserve") Keep keep = Keep.NONE;

    @Override public void runOnOperation(Operation op, PassContext ctx) {
      OpCount a = ctx.getAnalysis(OpCount.class);
      LOG.add("analysis:" + op.name() + ":" + System.identityHashCode(a));
      switch (keep) {
        case NONE -> {}
        case OP_COUNT -> ctx.markPreserved(OpCount.class);
        case OTHER -> ctx.markPreserved(Other.class);
        case ALL -> ctx.markAllPreserved();
      }
    }
  }

  /** Erases the first {@code ct.ret} it finds, leaving a block without terminator. */
  @PassInfo(name = "test-break", summary = "Breaks the IR")
  static final class BreakPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      List<Operation> rets = CoreIr.find(op, "ct.ret");
      if (!rets.isEmpty()) rets.get(0).erase();
    }
  }

  @PassInfo(name = "test-fail", summary = "Always fails")
  static final class FailPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      op.emitOpError("cannot be processed");
      ctx.signalFailure();
    }
  }

  @PassInfo(name = "test-silent-fail", summary = "Fails without saying why")
  static final class SilentFailPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) { ctx.signalFailure(); }
  }

  @PassInfo(name = "test-crash", summary = "Throws")
  static final class CrashPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) { throw new IllegalStateException("boom"); }
  }

  @PassInfo(name = "test-picky", summary = "Refuses every op")
  static final class PickyPass extends Pass {
    @Override public boolean canScheduleOn(Operation op) { return false; }

    @Override public void runOnOperation(Operation op, PassContext ctx) { LOG.add("picky ran"); }
  }

  /**
   * Folds the body of each {@code ct.iso} op with the greedy driver; reports a remark, a line on
   * the report stream and a statistic per op; fails on ops tagged {@code fail}.
   */
  @PassInfo(name = "test-fold-iso", summary = "Folds isolated ops", anchor = "ct.iso")
  static final class FoldIsoPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      LOG.add("thread:" + Thread.currentThread().getName());
      var r = GreedyRewriteDriver.apply(op, new RewritePatternSet());
      ctx.statistic("rewrites", "Rewrites applied").add(r.rewrites());
      String name = SymbolTable.symbolName(op);
      op.emitRemark("folded " + name + " in " + r.rewrites() + " rewrites");
      ctx.output().println("iso " + name);
      if (op.hasAttr("fail")) {
        op.emitOpError("tagged to fail");
        ctx.signalFailure();
      }
    }
  }
}
