package dev.mlc.dialect.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.arith.Ir;
import dev.mlc.dialect.arith.ir.CastOp;
import dev.mlc.dialect.arith.ir.SelectOp;
import dev.mlc.dialect.math.ir.FPowIOp;
import dev.mlc.ir.OpDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every arith and math op has a one-line summary and a description whose IR example parses and
 * verifies (its free values become function arguments of the types the example's trailing type
 * list gives them), so the generated docs show valid IR.
 */
class OpDocsExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("```mlir\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern USE = Pattern.compile("(?<![\\w#])%(\\w+)");

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (OpDef d : Ir.context().registeredOps()) {
      if (!d.name().startsWith("arith.") && !d.name().startsWith("math.")) continue;
      tests.add(DynamicTest.dynamicTest(d.name(), () -> check(d)));
    }
    assertEquals(49 + 39, tests.size(), "every arith and math op of MLIR 19");
    return tests.stream();
  }

  private static void check(OpDef d) {
    assertFalse(d.summary().isBlank(), d.name() + " has no summary");
    assertFalse(d.summary().contains("\n"), d.name() + "'s summary is one line");
    Matcher m = EXAMPLE.matcher(d.description());
    assertTrue(m.find(), d.name() + " has no ```mlir example");
    Map<String, String> args = new LinkedHashMap<>();
    List<String> defined = new ArrayList<>();
    for (String line : m.group(1).split("\n")) {
      assertTrue(line.contains(d.name()), d.name() + "'s example line does not show the op: " + line);
      int eq = line.indexOf(" = ");
      for (Matcher r = USE.matcher(line.substring(0, eq)); r.find(); ) defined.add(r.group(1));
      int colon = line.lastIndexOf(" : ");
      String body = line.substring(eq + 3, colon), types = line.substring(colon + 3);
      List<String> uses = new ArrayList<>();
      for (Matcher u = USE.matcher(body); u.find(); ) uses.add(u.group(1));
      for (int i = 0; i < uses.size(); i++) if (!defined.contains(uses.get(i))) args.putIfAbsent(uses.get(i), operandType(d, types, i));
    }
    StringBuilder f = new StringBuilder("func.func @f(");
    int k = 0;
    for (var e : args.entrySet()) f.append(k++ > 0 ? ", " : "").append('%').append(e.getKey()).append(": ").append(e.getValue());
    f.append(") {\n").append(m.group(1)).append("\n  return\n}\n");
    Ir.parse(f.toString());
  }

  /** The type of the {@code i}-th operand of an example line whose trailing type list is {@code types}. */
  private static String operandType(OpDef d, String types, int i) {
    String[] ts = types.split(", ");
    if (d instanceof CastOp) return types.substring(0, types.indexOf(" to "));
    if (d instanceof SelectOp) return i == 0 ? (ts.length == 2 ? ts[0] : "i1") : ts[ts.length - 1];
    if (d instanceof FPowIOp) return ts[i];
    return ts[0];
  }
}
