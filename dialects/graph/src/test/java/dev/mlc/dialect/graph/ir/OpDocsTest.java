package dev.mlc.dialect.graph.ir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.text.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every graph op documents itself: a one-line summary and an IR example that parses and verifies
 * (the example's free values become function arguments typed from the example's own signature).
 */
class OpDocsTest {
  static final MLContext CTX = MLContext.withAllDialects();
  static final Pattern VALUE = Pattern.compile("%[\\w]+(?![\\w])");

  static List<OpDef> graphOps() {
    return CTX.registeredOps().stream().filter(d -> d.dialectNamespace().equals("graph")).toList();
  }

  @Test void everySpecOpIsRegistered() {
    Set<String> names = new LinkedHashSet<>();
    for (OpDef d : graphOps()) names.add(d.name());
    for (String n : List.of("constant", "add", "sub", "mul", "div", "max", "min", "pow", "equal", "less", "greater", "where", "relu",
        "sigmoid", "tanh", "exp", "log", "sqrt", "neg", "abs", "erf", "reciprocal", "gelu", "leaky_relu", "clip", "cast", "matmul", "gemm",
        "conv2d", "max_pool2d", "avg_pool2d", "global_avg_pool", "batch_norm", "layer_norm", "softmax", "reduce_sum", "reduce_mean",
        "reduce_max", "reduce_min", "reshape", "flatten", "transpose", "concat", "slice", "pad", "gather", "quantize_linear",
        "dequantize_linear", "fusion", "yield", "hard_sigmoid", "hard_swish", "conv_transpose2d", "resize", "split", "squeeze",
        "unsqueeze", "depth_to_space", "space_to_depth", "matmul_integer", "qlinear_matmul", "qlinear_conv2d", "conv_integer"))
      assertTrue(names.contains("graph." + n), "graph." + n + " is not registered");
  }

  @TestFactory Stream<DynamicTest> examplesParseAndVerify() {
    return graphOps().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
      assertFalse(d.summary().isBlank() || d.summary().contains("\n"), "summary must be one line");
      String doc = d.description();
      int start = doc.indexOf("```mlir\n");
      assertTrue(start >= 0, "description needs an ```mlir example");
      String example = doc.substring(start + 8, doc.indexOf("```", start + 8)).strip();
      assertTrue(example.contains(d.name().substring(6)), "example must show the op");
      if (d.name().equals("graph.yield")) example = "%f:2 = graph.fusion(%t = %a, %u = %b) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {\n"
          + example + "\n}";
      String src = wrap(example);
      Operation module = Parser.parse(CTX, d.name(), src);
      assertTrue(Verifier.verify(module), () -> "example does not verify:\n" + src);
    }));
  }

  @Test void theWrapperTypesFreeValuesFromTheSignature() {
    String src = wrap("%r = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>");
    assertTrue(src.startsWith("func.func @example(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {"), src);
    assertTrue(Verifier.verify(Parser.parse(CTX, "ok", src)));
    String bad = wrap("%r = graph.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>");
    assertFalse(Verifier.verify(Parser.parse(CTX, "bad", bad)));
  }

  /** {@code func.func @example(free values...) { example; return }}. */
  static String wrap(String example) {
    Set<String> defined = new LinkedHashSet<>();
    Map<String, String> free = new LinkedHashMap<>();
    for (String line : example.split("\n")) {
      String l = line.strip();
      if (l.equals("}")) continue;
      Matcher def = Pattern.compile("^(%\\w+)(:\\d+)? = ").matcher(l);
      String body = def.find() ? l.substring(def.end()) : l;
      if (body.endsWith("{")) body = body.substring(0, body.length() - 1).strip();
      int colon = signatureStart(body);
      String head = body.substring(0, colon), sig = body.substring(colon + 3).strip();
      int brace = head.indexOf(" {");
      if (brace >= 0) head = head.substring(0, brace);
      List<String> operands = new ArrayList<>();
      Matcher m = VALUE.matcher(head);
      while (m.find()) {
        if (head.startsWith(" =", m.end())) defined.add(m.group());
        else operands.add(m.group());
      }
      List<String> types = sig.startsWith("(") ? splitTop(sig.substring(1, matching(sig, 0))) : null;
      if (types == null && !sig.isEmpty() && !l.startsWith("graph.yield")) {
        types = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) types.add(sig);
      }
      for (int i = 0; i < operands.size(); i++)
        if (!defined.contains(operands.get(i)) && types != null && i < types.size()) free.putIfAbsent(operands.get(i), types.get(i));
      if (def.find(0)) defined.add(def.group(1));
    }
    StringBuilder b = new StringBuilder("func.func @example(");
    int i = 0;
    for (var e : free.entrySet()) b.append(i++ > 0 ? ", " : "").append(e.getKey()).append(": ").append(e.getValue());
    return b.append(") {\n").append(example).append("\n  return\n}\n").toString();
  }

  /** Index of the {@code " : "} that starts the type signature (outside brackets). */
  static int signatureStart(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '>') i++;
      else if ("([{<".indexOf(c) >= 0) depth++;
      else if (")]}>".indexOf(c) >= 0) depth--;
      else if (depth == 0 && s.startsWith(" : ", i)) return i;
    }
    return s.length();
  }

  static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '>') i++;
      else if ("([{<".indexOf(c) >= 0) depth++;
      else if (")]}>".indexOf(c) >= 0 && --depth == 0) return i;
    }
    return s.length();
  }

  static List<String> splitTop(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0, from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("([{<".indexOf(c) >= 0) depth++;
      else if (")]}>".indexOf(c) >= 0) depth--;
      else if (c == ',' && depth == 0) {
        out.add(s.substring(from, i).strip());
        from = i + 1;
      }
    }
    if (!s.isBlank()) out.add(s.substring(from).strip());
    return out;
  }
}
