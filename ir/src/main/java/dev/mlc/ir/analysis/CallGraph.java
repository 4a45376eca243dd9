package dev.mlc.ir.analysis;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.CallableOpInterface;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MLIR's call graph of the ops nested in a root op: one node per callable with a body (an op whose
 * definition implements {@link CallableOpInterface}), a child edge from a callable to each callable
 * nested in its body, and a call edge for each {@link CallOpInterface} op in a body whose symbol
 * resolves (with {@link SymbolTable#lookupNearestFrom}) to a callable with a body. A distinguished
 * external node has an edge to every outermost callable, as they may be called from outside.
 * Usable as an analysis ({@code ctx.getAnalysis(CallGraph.class)}).
 */
public final class CallGraph {
  /** A callable with a body, or the external node. */
  public static final class Node {
    private final Operation callable;
    private final List<Node> children = new ArrayList<>();
    private final List<Node> callees = new ArrayList<>();

    private Node(Operation callable) { this.callable = callable; }

    /** The callable op; null for the external node. */
    public Operation callable() { return callable; }

    public boolean isExternal() { return callable == null; }

    /** The body of the callable (null for the external node). */
    public Region body() { return callable == null ? null : callableRegion(callable); }

    /** The callables this one calls, in IR order, each once. */
    public List<Node> callees() { return Collections.unmodifiableList(callees); }

    /** The callables nested in this one's body (for the external node: the outermost callables). */
    public List<Node> children() { return Collections.unmodifiableList(children); }

    public boolean hasChildren() { return !children.isEmpty(); }

    /** Child edges then call edges, as MLIR orders a node's edges. */
    List<Node> successors() {
      List<Node> r = new ArrayList<>(children);
      r.addAll(callees);
      return r;
    }

    @Override public String toString() {
      return callable == null ? "<external>" : "@" + SymbolTable.symbolName(callable);
    }
  }

  private final Node external = new Node(null);
  private final Map<Operation, Node> nodes = new LinkedHashMap<>();

  /** Builds the graph of the callables nested in {@code root}. */
  public CallGraph(Operation root) {
    addNodes(root, external);
    addCalls(root, null);
  }

  public Node external() { return external; }

  /** Every callable node, in IR pre-order. */
  public Collection<Node> nodes() { return Collections.unmodifiableCollection(nodes.values()); }

  /** The node of {@code callable}, or null when it is not a callable with a body in this graph. */
  public Node lookup(Operation callable) { return nodes.get(callable); }

  /** The node {@code call} resolves to, or null (indirect call, unknown symbol, declaration, outside the graph). */
  public Node resolve(Operation call) {
    Operation c = resolveCallable(call);
    return c == null ? null : nodes.get(c);
  }

  /** The callable op {@code call} names through its symbol, or null when it is not a resolvable call. */
  public static Operation resolveCallable(Operation call) {
    if (!(call.def() instanceof CallOpInterface ci)) return null;
    SymbolRefAttr ref = ci.callee(call);
    if (ref == null) return null;
    Operation target = SymbolTable.lookupNearestFrom(call, ref);
    return target != null && target.def() instanceof CallableOpInterface ? target : null;
  }

  /** The body of a callable op, or null for a declaration (or an op that is not callable). */
  public static Region callableRegion(Operation op) {
    return op.def() instanceof CallableOpInterface c ? c.callableRegion(op) : null;
  }

  private void addNodes(Operation op, Node parent) {
    for (Region r : op.regions())
      for (var b : r.blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (o.def() instanceof CallOpInterface) continue;
          Node p = parent;
          if (o.def() instanceof CallableOpInterface) {
            if (callableRegion(o) == null) continue;
            Node n = new Node(o);
            nodes.put(o, n);
            parent.children.add(n);
            p = n;
          }
          addNodes(o, p);
        }
  }

  private void addCalls(Operation op, Node parent) {
    for (Region r : op.regions())
      for (var b : r.blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (o.def() instanceof CallOpInterface) {
            Node target = parent == null ? null : resolve(o);
            if (target != null && !parent.callees.contains(target)) parent.callees.add(target);
            continue;
          }
          Node n = nodes.get(o);
          if (o.def() instanceof CallableOpInterface && n == null) continue;
          addCalls(o, n != null ? n : parent);
        }
  }

  /**
   * The strongly connected components reachable from the external node, in post order: callees
   * before their callers, a recursive cycle as one component (Tarjan's algorithm). The external
   * node is left out.
   */
  public List<List<Node>> postOrderSCCs() {
    Tarjan t = new Tarjan();
    t.visit(external);
    return t.sccs;
  }

  private static final class Tarjan {
    final Map<Node, Integer> index = new HashMap<>();
    final Map<Node, Integer> low = new HashMap<>();
    final List<Node> stack = new ArrayList<>();
    final Set<Node> onStack = new HashSet<>();
    final List<List<Node>> sccs = new ArrayList<>();

    void visit(Node n) {
      int i = index.size();
      index.put(n, i);
      low.put(n, i);
      stack.add(n);
      onStack.add(n);
      for (Node s : n.successors()) {
        if (!index.containsKey(s)) {
          visit(s);
          low.put(n, Math.min(low.get(n), low.get(s)));
        } else if (onStack.contains(s)) {
          low.put(n, Math.min(low.get(n), index.get(s)));
        }
      }
      if (!low.get(n).equals(index.get(n))) return;
      List<Node> scc = new ArrayList<>();
      Node m;
      do {
        m = stack.removeLast();
        onStack.remove(m);
        scc.add(m);
      } while (m != n);
      if (!n.isExternal()) sccs.add(List.copyOf(scc.reversed()));
    }
  }
}
