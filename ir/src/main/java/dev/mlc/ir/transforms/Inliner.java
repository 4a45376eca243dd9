package dev.mlc.ir.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.WalkResult;
import dev.mlc.ir.analysis.CallGraph;
import dev.mlc.ir.analysis.CallGraph.Node;
import dev.mlc.ir.interfaces.CallOpInterface;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MLIR's inliner algorithm. The strongly connected components of the call graph are visited
 * callees first; each is simplified (the given pipeline on each of its callables) and then has
 * its calls inlined, repeatedly, up to {@code maxIterations} times or until no call is inlined.
 * Calls that inlining brings in are tried too, with an inline history so that a callee is never
 * inlined into code that came from inlining that same callee. Recursive calls (the callee calls
 * itself or the caller, or contains the call) stay. Finally, private callables that live code no
 * longer references are erased.
 */
final class Inliner {
  /** A call found in {@code source} that resolves to {@code target}; {@code history} indexes {@link #history}. */
  private record ResolvedCall(Operation call, Node source, Node target, int history) {}

  /** An entry of the inline history: {@code callee} was inlined, within the history entry {@code parent} (-1 for none). */
  private record HistoryEntry(Node callee, int parent) {}

  private final Operation root;
  private final CallGraph graph;
  private final Predicate<Operation> simplify;
  private final int maxIterations;
  private final List<HistoryEntry> history = new ArrayList<>();
  private int inlined;
  private int erased;

  /**
   * @param simplify runs the simplification pipeline on a callable; false when it failed
   */
  Inliner(Operation root, CallGraph graph, Predicate<Operation> simplify, int maxIterations) {
    this.root = root;
    this.graph = graph;
    this.simplify = simplify;
    this.maxIterations = maxIterations;
  }

  /** Inlines through the whole graph; false when a simplification pipeline failed. */
  boolean run() {
    for (List<Node> scc : graph.postOrderSCCs()) {
      int iteration = 0;
      do {
        if (!simplifySCC(scc)) return false;
      } while (inlineCallsInSCC(scc) && ++iteration < maxIterations);
    }
    eraseDeadCallables();
    return true;
  }

  int numInlined() { return inlined; }

  int numErased() { return erased; }

  /** Runs the pipeline on the registered callables of the SCC without nested callables (as MLIR does). */
  private boolean simplifySCC(List<Node> scc) {
    for (Node n : scc)
      if (!n.hasChildren() && n.callable().isRegistered() && !simplify.test(n.callable())) return false;
    return true;
  }

  private boolean inlineCallsInSCC(List<Node> scc) {
    List<ResolvedCall> calls = new ArrayList<>();
    for (Node n : scc) collectCalls(List.of(n.callable()), n, -1, calls, true);
    boolean any = false;
    for (int i = 0; i < calls.size(); i++) {
      ResolvedCall c = calls.get(i);
      if (inHistory(c.target(), c.history()) || !isNonRecursive(c)) continue;
      InliningUtils.Result r = InliningUtils.inlineCall(c.call(), c.target().callable());
      if (!r.succeeded()) continue;
      any = true;
      inlined++;
      history.add(new HistoryEntry(c.target(), c.history()));
      collectCalls(r.inlinedOps(), c.source(), history.size() - 1, calls, false);
    }
    return any;
  }

  /** Adds the calls in {@code ops} (and nested in them, not inside nested callables) that resolve to a node. */
  private void collectCalls(List<Operation> ops, Node source, int hist, List<ResolvedCall> out, boolean isBody) {
    for (Operation top : ops)
      top.walkInterruptible(op -> {
        if (op == top && isBody) return WalkResult.ADVANCE;
        if (op.def() instanceof CallOpInterface) {
          Node target = graph.resolve(op);
          if (target != null) out.add(new ResolvedCall(op, source, target, hist));
          return WalkResult.SKIP;
        }
        return graph.lookup(op) != null ? WalkResult.SKIP : WalkResult.ADVANCE;
      });
  }

  private boolean inHistory(Node callee, int entry) {
    for (int e = entry; e >= 0; e = history.get(e).parent()) if (history.get(e).callee() == callee) return true;
    return false;
  }

  /** MLIR's recursion rules: the callee calls neither itself nor the caller, and does not contain the call. */
  private static boolean isNonRecursive(ResolvedCall c) {
    List<Node> callees = c.target().callees();
    if (callees.contains(c.target()) || callees.contains(c.source())) return false;
    return !c.target().callable().isAncestorOf(c.call());
  }

  /**
   * Erases the private callables (direct children of a symbol table) that are not referenced from
   * live code: everything outside such callables is live, and so is a callable that live code
   * references. (MLIR counts uses instead, so it keeps a private cycle nothing else references;
   * reachability erases it too.)
   */
  private void eraseDeadCallables() {
    Set<Operation> discardable = new HashSet<>();
    for (Node n : graph.nodes()) {
      Operation c = n.callable();
      if (SymbolTable.isPrivate(c) && c.parentOp() != null && SymbolTable.isSymbolTable(c.parentOp())) discardable.add(c);
    }
    if (discardable.isEmpty()) return;
    Set<Operation> live = new HashSet<>();
    Deque<Operation> work = new ArrayDeque<>();
    work.add(root);
    while (!work.isEmpty()) {
      Operation from = work.pop();
      from.walkInterruptible(op -> {
        if (op != from && discardable.contains(op)) return WalkResult.SKIP;
        SymbolUses.forEachRef(op, ref -> {
          Operation target = SymbolTable.lookupNearestFrom(op, ref);
          if (discardable.contains(target) && live.add(target)) work.add(target);
        });
        return WalkResult.ADVANCE;
      });
    }
    for (Node n : graph.nodes()) {
      Operation c = n.callable();
      if (!discardable.contains(c) || live.contains(c) || !root.isAncestorOf(c)) continue;
      c.dropAllReferences();
      c.erase();
      erased++;
    }
  }
}
