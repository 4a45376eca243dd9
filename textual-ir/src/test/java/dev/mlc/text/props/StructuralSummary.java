package dev.mlc.text.props;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a piece of IR, one line per operation in pre-order, that both the ANTLR reference
 * grammar ({@link AntlrMlir#summary}) and our IR can produce, so that the two parsers can be
 * compared without comparing types or attribute values:
 *
 * <pre>{@code
 * builtin.module results=0 operands=0 successors=0 regions=[{0}] attrs=[sym_name]
 *   test.op_1 results=2 operands=1 successors=0 regions=[{2,0},{}] attrs=[a,b]
 * }</pre>
 *
 * Indentation is the nesting depth; {@code regions} lists, per region, the argument count of each
 * block; {@code attrs} are the sorted names of the properties and the discardable attributes
 * together ({@code <props>} stands for properties that are not a dictionary).
 */
final class StructuralSummary {
  private StructuralSummary() {}

  /** The marker used for properties that are not a dictionary. */
  static final String NON_DICT_PROPERTIES = "<props>";

  /** One summary line. {@code regions}: per region, the argument count of each block. */
  static String line(int depth, String name, int results, int operands, int successors, List<List<Integer>> regions,
                     List<String> attrNames) {
    StringBuilder sb = new StringBuilder();
    sb.append("  ".repeat(depth)).append(name).append(" results=").append(results).append(" operands=").append(operands)
        .append(" successors=").append(successors).append(" regions=[");
    for (int i = 0; i < regions.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append('{');
      List<Integer> blocks = regions.get(i);
      for (int j = 0; j < blocks.size(); j++) sb.append(j > 0 ? "," : "").append(blocks.get(j));
      sb.append('}');
    }
    List<String> sorted = new ArrayList<>(attrNames);
    sorted.sort(null);
    sb.append("] attrs=").append(sorted);
    return sb.toString();
  }

  /** The summary of {@code op} and everything nested in it. */
  static List<String> of(Operation op) {
    List<String> out = new ArrayList<>();
    walk(op, 0, out);
    return out;
  }

  private static void walk(Operation op, int depth, List<String> out) {
    List<List<Integer>> regions = new ArrayList<>();
    for (Region r : op.regions()) {
      List<Integer> blocks = new ArrayList<>();
      for (Block b : r.blocks()) blocks.add(b.numArguments());
      regions.add(blocks);
    }
    List<String> names = new ArrayList<>();
    Attribute props = op.properties();
    if (props instanceof DictionaryAttr d) for (NamedAttribute e : d.entries()) names.add(e.name());
    else if (props != null) names.add(NON_DICT_PROPERTIES);
    for (NamedAttribute e : op.attributes().entries()) names.add(e.name());
    out.add(line(depth, op.name(), op.numResults(), op.numOperands(), op.numSuccessors(), regions, names));
    for (Region r : op.regions())
      for (Block b : r.blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp()) walk(o, depth + 1, out);
  }
}
