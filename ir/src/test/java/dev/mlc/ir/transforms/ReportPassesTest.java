package dev.mlc.ir.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.pass.PassOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** print-op-stats and view-op-graph write to the pass output stream and leave the IR alone. */
class ReportPassesTest {
  @Test
  void opStatsTableAlignsOnTheDialectAndHandlesNamesWithoutOne() {
    Map<String, Long> counts = new TreeMap<>(Map.of("a.b", 2L, "longdialect.x", 1L, "nodot", 3L));
    assertEquals("""
        Operations encountered:
        -----------------------
                    a.b     , 2
          longdialect.x     , 1
                      nodot , 3
        """, PrintOpStatsPass.table(counts));
    assertEquals("{\n  \"a.b\" : 2,\n  \"longdialect.x\" : 1,\n  \"nodot\" : 3\n}\n", PrintOpStatsPass.json(counts));
  }

  @Test
  void opStatsGoToThePassOutputInOpOrderEvenInParallel() {
    TinyIr ir = new TinyIr();
    for (int i = 0; i < 8; i++) {
      Block f = ir.func("f" + i, 1);
      for (int j = 0; j <= i; j++) ir.op1("t.sub", f.argument(0), f.argument(0));
    }
    PrintOpStatsPass pass = new PrintOpStatsPass();
    PassOptions.apply(pass, "json");
    String out = ir.run(pass, "t.func", 4);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 8; i++) expected.append("{\n  \"t.func\" : 1,\n  \"t.sub\" : ").append(i + 1).append("\n}\n");
    assertEquals(expected.toString(), out);
    assertEquals(8, TinyIr.names(ir.module.region(0).front()).size());
  }

  @Test
  void viewOpGraphFallsBackToPlainTextWithoutAPrinter() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 1);
    ir.op("t.effect", List.of(f.argument(0)), List.of(), 0);
    f.parentOp().setAttr("sym_visibility", StringAttr.of("private"));
    String dot = ir.run(new ViewOpGraphPass());
    assertTrue(dot.startsWith("digraph G {\n  compound = true;\n"), dot);
    assertTrue(dot.contains("label = \"t.func : ()\\lsym_name: \\\"f\\\"\\lsym_visibility: \\\"private\\\"\\l\";"), dot);
    assertTrue(dot.contains("v9 [label = \"arg0 : i32\", shape = oval];"), dot);
    assertTrue(dot.endsWith("  v9 -> v10[style = solid];\n}\n"), dot);
    assertEquals(List.of("t.effect"), TinyIr.names(f));
  }

  @Test
  void labelEscapingFollowsGraphvizRecords() {
    assertEquals("\\{a\\|b\\<c\\>\\}\\\"\\\n", ViewOpGraphPass.escape("{a|b<c>}\"\n"));
  }
}
