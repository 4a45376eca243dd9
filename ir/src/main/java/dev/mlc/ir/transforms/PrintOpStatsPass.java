package dev.mlc.ir.transforms;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * MLIR's {@code print-op-stats}: counts the ops by name (the anchor op included) and prints the
 * counts, sorted by name, to the pass output stream (standard error in {@code mlc-opt}).
 *
 * <pre>
 * Operations encountered:
 * -----------------------
 *   builtin.module , 1
 *      test.add    , 2
 * </pre>
 */
@PassInfo(name = "print-op-stats", summary = "Print statistics of operations")
public final class PrintOpStatsPass extends Pass {
  @PassOption(name = "json", description = "print the stats as JSON")
  boolean json = false;

  @Override public String displayName() { return "PrintOpStats"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    Map<String, Long> counts = new TreeMap<>();
    op.walk(o -> counts.merge(o.name(), 1L, Long::sum));
    ctx.output().print(json ? json(counts) : table(counts));
    ctx.output().flush();
    ctx.markAllPreserved();
  }

  /** Names aligned on the dialect prefix (right-justified), op names left-justified, then the count. */
  static String table(Map<String, Long> counts) {
    int dialectWidth = 0, nameWidth = 0;
    for (String key : counts.keySet()) {
      String[] s = split(key);
      dialectWidth = Math.max(dialectWidth, s[0].length());
      nameWidth = Math.max(nameWidth, s[1].length());
    }
    StringBuilder sb = new StringBuilder("Operations encountered:\n-----------------------\n");
    for (var e : counts.entrySet()) {
      String[] s = split(e.getKey());
      sb.append(s[0].isEmpty() ? " ".repeat(dialectWidth + 3) : " ".repeat(dialectWidth + 2 - s[0].length()) + s[0] + '.');
      sb.append(s[1]).append(" ".repeat(nameWidth - s[1].length())).append(" , ").append(e.getValue()).append('\n');
    }
    return sb.toString();
  }

  static String json(Map<String, Long> counts) {
    StringBuilder sb = new StringBuilder("{\n");
    int i = 0;
    for (var e : counts.entrySet())
      sb.append("  \"").append(e.getKey()).append("\" : ").append(e.getValue()).append(++i < counts.size() ? ",\n" : "\n");
    return sb.append("}\n").toString();
  }

  /** {@code "test.add"} to {@code ["test", "add"]}; a name without a dot has no dialect. */
  private static String[] split(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? new String[] {"", name} : new String[] {name.substring(0, dot), name.substring(dot + 1)};
  }
}
