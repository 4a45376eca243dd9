package dev.mlc.ir;

import dev.mlc.ir.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the structural invariants of IR and each registered op's own rules: operands defined and
 * dominating their uses, terminators at the ends of blocks, successors in the same region,
 * isolated regions, unique symbols, and trait and op verifiers. Every problem is a located
 * diagnostic; verification stops at the first error in an op but continues with its siblings.
 * The ops of large blocks (a module of many functions, a function of a million ops) are verified
 * on several threads, with the diagnostics delivered in the order of a sequential walk.
 */
public final class Verifier {
  private final DominanceInfo dominance = new DominanceInfo();
  private int errors;

  private Verifier() {}

  /** Verifies {@code op} and everything nested in it; returns true when no error was found. */
  public static boolean verify(Operation op) {
    Verifier v = new Verifier();
    v.verifyOp(op);
    op.context().diagnostics().flush();
    return v.errors == 0;
  }

  private boolean error(Operation op, String msg) {
    op.emitOpError(msg);
    errors++;
    return false;
  }

  private void verifyOp(Operation op) {
    MLContext ctx = op.context();
    OpDef def = op.def();
    if (def == null && !ctx.allowsUnregisteredDialects() && ctx.dialect(op.opName().dialectNamespace()) == null) {
      errors++;
      op.emitError("operation '" + op.name() + "' of unregistered dialect '" + op.opName().dialectNamespace()
          + "' (use --allow-unregistered-dialect to allow it)");
      return;
    }
    if (def == null && !ctx.allowsUnregisteredDialects() && !ctx.dialect(op.opName().dialectNamespace()).allowsUnknownOperations()) {
      errors++;
      op.emitError("unregistered operation '" + op.name() + "' found in dialect ('" + op.opName().dialectNamespace()
          + "') that does not allow unknown operations");
      return;
    }
    for (int i = 0; i < op.numOperands(); i++)
      if (op.operand(i) == null) {
        error(op, "has null operand #" + i);
        return;
      }
    // Successors must be blocks of the same region.
    for (int i = 0; i < op.numSuccessors(); i++) {
      Block s = op.successor(i);
      if (s == null || op.parentBlock() == null || s.parent() != op.parentBlock().parent()) {
        error(op, "reference to block defined in another region");
        return;
      }
    }
    if (op.numSuccessors() > 0 && op.parentBlock() != null && op.parentBlock().last() != op) {
      errors++;
      op.emitError("operation with block successors must terminate its parent block");
      return;
    }
    boolean isolated = op.hasTrait(Traits.IsolatedFromAbove.class);
    boolean noTerminator = op.hasTrait(Traits.NoTerminator.class);
    for (int ri = 0; ri < op.numRegions(); ri++) {
      Region r = op.region(ri);
      boolean graph = def == null || def.isGraphRegion(ri);
      for (int bi = 0; bi < r.numBlocks(); bi++) {
        Block b = r.block(bi);
        if (b.isEntryBlock() && b.hasPredecessors() && def != null && !graph) {
          error(op, "entry block of region may not have predecessors");
          return;
        }
        if (def != null && !noTerminator) {
          Operation last = b.last();
          if (last == null) {
            errors++;
            op.emitOpError("empty block: expect at least a terminator");
            return;
          }
          if (last.isRegistered() && !last.hasTrait(Traits.IsTerminator.class)) {
            errors++;
            last.emitOpError("block with no terminator, has '" + last.name() + "'")
                .attachNote(op.location(), "in region #" + ri + " of this operation");
            return;
          }
        }
      }
      Region savedRegion = isolatedRegion;
      Operation savedOp = isolatedOp;
      if (isolated) {
        isolatedRegion = r;
        isolatedOp = op;
      }
      for (int bi = 0; bi < r.numBlocks(); bi++) {
        Block b = r.block(bi);
        if (parallel && b.size() >= PARALLEL_MIN_OPS && verifyInParallel(b)) continue;
        for (Operation o = b.first(); o != null; o = o.nextOp()) verifyNested(o);
      }
      isolatedRegion = savedRegion;
      isolatedOp = savedOp;
    }
    if (op.hasTrait(Traits.SymbolTableTrait.class)) verifySymbolTable(op);
    if (def != null) {
      if (!def.verifyOp(op)) {
        errors++;
        return;
      }
      if (!def.verifyRegions(op)) errors++;
    }
  }

  /** Verifies an op of a block being verified: its operands' isolation and dominance, then the op itself. */
  private void verifyNested(Operation o) {
    if (isolatedRegion != null && !verifyIsolation(o)) return;
    if (!verifyDominance(o)) return;
    verifyOp(o);
  }

  /** Blocks of at least this many ops are verified on several threads. */
  static final int PARALLEL_MIN_OPS = 1024;

  /** Whether this verifier may verify large blocks on several threads (false inside such a thread). */
  private boolean parallel = true;

  /** What one thread found in a range of a block's ops: its error count and its diagnostics, in order. */
  private record Part(int errors, List<Diagnostic> diagnostics) {}

  /**
   * Verifies the ops of {@code b} in contiguous ranges, each by its own verifier on a thread of a
   * pool; the ranges' diagnostics are captured and then delivered in op order, so the output is that
   * of the sequential walk (the ops of a block are verified independently of each other, and the
   * walk only reads the IR). Returns false, having verified nothing, where there is one core.
   */
  private boolean verifyInParallel(Block b) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
    if (threads < 2) return false;
    // The only IR state the walk writes is a block's cached op order (for isBeforeInBlock): settle
    // it for this block and the blocks around it, the only ones the ranges share.
    for (Block a = b; a != null; a = a.parentOp() == null ? null : a.parentOp().parentBlock()) a.ensureOrder();
    Operation[] ops = new Operation[b.size()];
    int n = 0;
    for (Operation o = b.first(); o != null; o = o.nextOp()) ops[n++] = o;
    int groups = Math.min(n, threads * 8);
    MLContext ctx = b.parentOp() != null ? b.parentOp().context() : ops[0].context();
    List<Callable<Part>> tasks = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      int from = (int) ((long) n * g / groups), to = (int) ((long) n * (g + 1) / groups);
      tasks.add(() -> {
        Verifier w = new Verifier();
        w.parallel = false;
        w.isolatedRegion = isolatedRegion;
        w.isolatedOp = isolatedOp;
        List<Diagnostic> ds = ctx.diagnostics().captureOnThisThread(() -> {
          for (int i = from; i < to; i++) w.verifyNested(ops[i]);
        });
        return new Part(w.errors, ds);
      });
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      // Deeply nested IR recurses as deep as on the calling thread.
      Thread t = new Thread(null, r, "mlc-verify-" + count.incrementAndGet(), 512L << 20);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Part>> parts = pool.invokeAll(tasks);
      for (Future<Part> f : parts) {
        Part part;
        try {
          part = f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) throw re;
          if (e.getCause() instanceof Error err) throw err;
          throw new IllegalStateException(e.getCause());
        }
        errors += part.errors();
        for (Diagnostic d : part.diagnostics()) ctx.diagnostics().emit(d);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while verifying", e);
    } finally {
      pool.shutdownNow();
    }
    return true;
  }

  private boolean verifyDominance(Operation o) {
    for (int i = 0; i < o.numOperands(); i++) {
      Value v = o.operand(i);
      if (v == null) continue; // reported by verifyOp
      if (!dominance.dominates(v, o)) {
        errors++;
        var d = o.emitOpError("operand #" + i + " does not dominate this use");
        Operation def = v.definingOp();
        if (def != null) d.attachNote(def.location(), "operand defined here (op in " + relation(def, o) + ")");
        else d.attachNote(v.location(), "operand defined as a block argument (" + relation(v.parentBlock(), o) + ")");
        return false;
      }
    }
    return true;
  }

  private String relation(Operation def, Operation user) {
    if (def.parentBlock() == user.parentBlock()) return "the same block";
    if (def.parentRegion() == user.parentRegion()) return "the same region";
    if (def.parentRegion() != null && def.parentRegion().isProperAncestorOf(user.parentRegion())) return "a parent region";
    return "a child region";
  }

  private String relation(Block defBlock, Operation user) {
    if (defBlock == user.parentBlock()) return "the same block";
    if (defBlock.parent() == user.parentRegion()) return "the same region";
    return "another region";
  }

  /** The innermost region of an isolated-from-above op around the op being verified, and that op. */
  private Region isolatedRegion;
  private Operation isolatedOp;

  /** Every operand of {@code o} must be defined inside the innermost isolated region around it. */
  private boolean verifyIsolation(Operation o) {
    Block ob = o.parentBlock();
    for (int i = 0; i < o.numOperands(); i++) {
      Value v = o.operand(i);
      if (v == null || v.parentBlock() == ob) continue;
      Region vr = v.parentRegion();
      while (vr != null && vr != isolatedRegion) {
        Operation p = vr.parentOp();
        vr = p == null ? null : p.parentRegion();
      }
      if (vr == null) {
        errors++;
        o.emitOpError("using value defined outside the region")
            .attachNote(isolatedOp.location(), "required by region isolation constraints");
        return false;
      }
    }
    return true;
  }

  private void verifySymbolTable(Operation op) {
    if (op.numRegions() == 0 || op.region(0).isEmpty()) return;
    Map<String, Operation> seen = new HashMap<>();
    for (Operation o = op.region(0).front().first(); o != null; o = o.nextOp()) {
      String n = SymbolTable.symbolName(o);
      if (n == null) continue;
      Operation prev = seen.putIfAbsent(n, o);
      if (prev != null) {
        errors++;
        o.emitError("redefinition of symbol named '" + n + "'").attachNote(prev.location(), "see existing symbol definition here");
      }
    }
  }
}
