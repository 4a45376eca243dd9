package dev.mlc.ir.transforms;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * MLIR's {@code view-op-graph}: prints the op it runs on as a Graphviz DOT graph to the pass
 * output stream (standard error in {@code mlc-opt}). Ops without regions are nodes (ops of one name
 * share a fill colour), ops with regions and blocks are clusters entered through an invisible
 * anchor node, block arguments are nodes; solid edges carry data from definitions to users, dashed
 * ones link consecutive ops of a block. The IR is left unchanged. MLIR's {@code print-as-records}
 * mode (ports named after printed SSA values) is not offered: the graph is MLIR's non-record one.
 */
@PassInfo(name = "view-op-graph", summary = "Print Graphviz visualization of an operation",
    description = "Prints a Graphviz graph of the operation: operations as nodes, uses (data flow) as edges, control flow as dashed "
        + "edges, regions and blocks as subgraphs. By default only data flow edges are printed.")
public final class ViewOpGraphPass extends Pass {
  @PassOption(name = "max-label-len", description = "Limit attribute/type length to number of chars")
  int maxLabelLen = 20;

  @PassOption(name = "print-attrs", description = "Print attributes of operations")
  boolean printAttrs = true;

  @PassOption(name = "print-control-flow-edges", description = "Print control flow edges")
  boolean printControlFlowEdges = false;

  @PassOption(name = "print-data-flow-edges", description = "Print data flow edges")
  boolean printDataFlowEdges = true;

  @PassOption(name = "print-result-types", description = "Print result types of operations")
  boolean printResultTypes = true;

  /** Elements and array attributes with more elements are elided (MLIR's printer default). */
  private static final int LARGE_ATTR_LIMIT = 16;

  @Override public String displayName() { return "ViewOpGraph"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    ctx.output().print(new Writer(ctx, op).graph(op));
    ctx.output().flush();
    ctx.markAllPreserved();
  }

  /** A DOT node; edges to a cluster go to its anchor node and are clipped at the cluster ({@code clusterId > 0}). */
  private record Node(int id, int clusterId) {}

  /** One rendering: DOT text, node numbering, and the edges written after all nodes. */
  private final class Writer {
    private final PassContext ctx;
    private final StringBuilder out = new StringBuilder();
    private final Map<Value, Node> valueToNode = new HashMap<>();
    private final List<Value> flowValues = new ArrayList<>();
    private final List<Node> flowUsers = new ArrayList<>();
    private final List<String> edges = new ArrayList<>();
    private final Map<String, String> colors = new HashMap<>();
    private int counter, indent;

    Writer(PassContext ctx, Operation root) {
      this.ctx = ctx;
      // One muted colour per op name, hues spread in order of first appearance (post-order).
      Map<String, Integer> first = new LinkedHashMap<>();
      root.walk(o -> first.putIfAbsent(o.name(), first.size()));
      first.forEach((name, i) -> colors.put(name, String.format(Locale.ROOT, "%f 0.3 0.95", (double) i / first.size())));
    }

    String graph(Operation root) {
      line("digraph G {");
      indent++;
      line("compound = true;");
      processOperation(root);
      if (printDataFlowEdges)
        for (int i = 0; i < flowValues.size(); i++) {
          Node from = valueToNode.get(flowValues.get(i));
          if (from != null) edge(from, flowUsers.get(i), "solid"); // values defined outside the root have no node
        }
      for (String e : edges) line(e + ";");
      indent--;
      line("}");
      return out.toString();
    }

    private Node processOperation(Operation op) {
      Node node;
      if (op.numRegions() > 0) node = cluster(clusterLabel(op), () -> { for (Region r : op.regions()) processRegion(r); });
      else node = node(nodeLabel(op), "oval", colors.get(op.name()));
      for (Value v : op.operands()) {
        flowValues.add(v);
        flowUsers.add(node);
      }
      for (Value r : op.results()) valueToNode.put(r, node);
      return node;
    }

    private void processRegion(Region region) {
      for (Block block : region.blocks())
        cluster("", () -> {
          for (BlockArgument a : block.arguments()) valueToNode.put(a, node(argLabel(a), "oval", null));
          Node prev = null;
          for (Operation op : block) {
            Node next = processOperation(op);
            if (printControlFlowEdges && prev != null) edge(prev, next, "dashed");
            prev = next;
          }
        });
    }

    private Node cluster(String label, Runnable body) {
      int clusterId = ++counter;
      line("subgraph cluster_" + clusterId + " {");
      indent++;
      Node anchor = node(" ", "plain", null);
      line("label = " + quote(label) + ";");
      body.run();
      indent--;
      line("}");
      return new Node(anchor.id(), clusterId);
    }

    private Node node(String label, String shape, String fill) {
      int id = ++counter;
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("label", quote(label));
      attrs.put("shape", shape);
      if (fill != null) {
        attrs.put("style", "filled");
        attrs.put("fillcolor", quote(fill));
      }
      line("v" + id + " " + attrList(attrs) + ";");
      return new Node(id, 0);
    }

    private void edge(Node from, Node to, String style) {
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("style", style);
      if (from.clusterId() > 0) attrs.put("ltail", "cluster_" + from.clusterId());
      if (to.clusterId() > 0) attrs.put("lhead", "cluster_" + to.clusterId());
      edges.add("v" + from.id() + " -> v" + to.id() + attrList(attrs));
    }

    private static String attrList(Map<String, String> attrs) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      attrs.forEach((k, v) -> j.add(k + " = " + v));
      return j.toString();
    }

    private void line(String s) { out.append("  ".repeat(indent)).append(s).append('\n'); }

    // ---- labels ----

    /** {@code name : (types)\l attr: value\l ...}, left-justified lines. */
    private String clusterLabel(Operation op) {
      StringBuilder sb = new StringBuilder(op.name());
      if (printResultTypes) {
        StringJoiner types = new StringJoiner(", ");
        for (Type t : op.resultTypes()) types.add(text(new TypeAttr(t)));
        sb.append(" : (").append(truncate(types.toString())).append(')');
      }
      if (printAttrs) {
        sb.append("\\l");
        for (NamedAttribute a : attributes(op)) sb.append(escape(a.name())).append(": ").append(attribute(a.value())).append("\\l");
      }
      return sb.toString();
    }

    /** {@code name : type attr={k: v,k2: v2}}. */
    private String nodeLabel(Operation op) {
      StringBuilder sb = new StringBuilder(op.name());
      if (op.numResults() > 0 && printResultTypes) {
        StringJoiner types = new StringJoiner(", ", op.numResults() > 1 ? "(" : "", op.numResults() > 1 ? ")" : "");
        for (Type t : op.resultTypes()) types.add(type(t));
        sb.append(" : ").append(types);
      }
      List<NamedAttribute> attrs = attributes(op);
      if (printAttrs && !attrs.isEmpty()) {
        StringJoiner j = new StringJoiner(",", " attr={", "}");
        for (NamedAttribute a : attrs) j.add(a.name() + ": " + attribute(a.value()));
        sb.append(j);
      }
      return sb.toString();
    }

    private String argLabel(BlockArgument a) { return "arg" + a.index() + (printResultTypes ? " : " + type(a.type()) : ""); }

    /** The op's inherent (properties) and discardable attributes, by name, as MLIR's {@code getAttrs()}. */
    private static List<NamedAttribute> attributes(Operation op) {
      Map<String, NamedAttribute> all = new TreeMap<>();
      if (op.properties() instanceof DictionaryAttr p) for (NamedAttribute a : p.entries()) all.put(a.name(), a);
      for (NamedAttribute a : op.attributes().entries()) all.put(a.name(), a);
      return new ArrayList<>(all.values());
    }

    /** An attribute for a label: large elements and arrays elided, others truncated; escaped. */
    private String attribute(Attribute a) {
      if (a instanceof DenseElementsAttr d && d.isSplat()) return escape(text(a));
      if (a instanceof ElementsAttr e && e.numElements() > LARGE_ATTR_LIMIT) {
        int rank = e.type().hasRank() ? e.type().rank() : 0;
        return "[".repeat(rank) + "..." + "]".repeat(rank) + " : " + type(e.type());
      }
      if (a instanceof ArrayAttr arr && arr.size() > LARGE_ATTR_LIMIT) return "[...]";
      return escape(truncate(text(a)));
    }

    private String type(Type t) { return escape(truncate(text(new TypeAttr(t)))); }

    /**
     * MLIR text of an attribute. The core has no printer of its own: the tool's printer renders a
     * detached carrier op {@code "view_op_graph.text"() {v = A} : () -> ()}, and the text between
     * {@code {v = } and its closing {@code } : () -> ()} is the attribute.
     */
    private String text(Attribute a) {
      Operation carrier = Operation.create(ctx.op().context().opName("view_op_graph.text"), Location.UNKNOWN, List.of(), List.of(),
          null, DictionaryAttr.of(new NamedAttribute("v", a)), List.of(), 0);
      String s = ctx.print(carrier);
      int from = s.indexOf("{v = "), to = s.lastIndexOf("} : () -> ()");
      return from >= 0 && to > from ? s.substring(from + 5, to) : String.valueOf(a instanceof TypeAttr t ? t.type() : a);
    }

    private String truncate(String s) { return s.length() <= maxLabelLen ? s : s.substring(0, Math.max(0, maxLabelLen)) + "..."; }
  }

  /** Graphviz record-label escaping: braces, bars, angle brackets, newlines and quotes get a backslash. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("{|<}>\n\"".indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }

  private static String quote(String s) { return '"' + s + '"'; }
}
