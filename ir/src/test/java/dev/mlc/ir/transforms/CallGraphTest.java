package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.MiniDialect.call;
import static dev.mlc.ir.transforms.MiniDialect.entry;
import static dev.mlc.ir.transforms.MiniDialect.func;
import static dev.mlc.ir.transforms.MiniDialect.ret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mlc.ir.Operation;
import dev.mlc.ir.analysis.CallGraph;
import dev.mlc.ir.analysis.CallGraph.Node;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CallGraphTest {
  private final Operation module = MiniDialect.module(MiniDialect.context());

  private Operation fn(String name, String... callees) {
    Operation f = func(module, name, false, List.of(), List.of(), false);
    for (String c : callees) call(entry(f), c, List.of(), List.of());
    ret(entry(f), List.of());
    return f;
  }

  @Test void nodesAreCallablesWithBodiesAndEdgesResolvedCalls() {
    Operation a = fn("a", "b", "decl", "b", "missing");
    Operation b = fn("b");
    Operation decl = func(module, "decl", true, List.of(), List.of(), true);
    CallGraph g = new CallGraph(module);
    assertEquals(List.of(a, b), g.nodes().stream().map(Node::callable).toList());
    assertNull(g.lookup(decl), "a declaration is no node");
    assertEquals(List.of(g.lookup(b)), g.lookup(a).callees(), "one edge per callee, declarations and unknown symbols left out");
    assertEquals(List.of(g.lookup(a), g.lookup(b)), g.external().children());
    assertSame(decl, CallGraph.resolveCallable(entry(a).operations().get(1)));
  }

  @Test void sccsComeCalleesFirstWithCyclesTogether() {
    fn("main", "x");
    fn("x", "y");
    fn("y", "x", "leaf");
    fn("leaf");
    List<Set<String>> sccs = new CallGraph(module).postOrderSCCs().stream()
        .map(scc -> scc.stream().map(Node::toString).collect(Collectors.toSet())).toList();
    assertEquals(List.of(Set.of("@leaf"), Set.of("@x", "@y"), Set.of("@main")), sccs);
  }
}
