package dev.mlc.dialect.llvm.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance with upstream MLIR 19: each input under {@code conformance/} was printed by
 * {@code mlir-opt-19} in custom and generic form ({@code regen.sh}); we print the same input and must
 * produce the same text, and we must read upstream's output back to the same text. SSA value names
 * are compared up to renaming (upstream numbers non-entry block arguments and, in generic form,
 * values across functions differently) and upstream's {@code // N preds} comments are ignored.
 */
class ConformanceTest {
  static final List<String> INPUTS = List.of("arith", "calls_and_intrinsics", "mixed", "roundtrip", "globals_funcs_branches", "folding_inputs", "visibility", "calling_conventions");

  static String resource(String name) throws IOException {
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static final Pattern VALUE = Pattern.compile("%[A-Za-z0-9_]+");

  /** Drops predecessor comments and renames SSA values by first appearance within each top-level op. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    for (String line : text.split("\n", -1)) {
      line = line.replaceAll("  // (\\d+ preds|pred): .*$", "");
      if (line.matches("^  \\S.*")) names.clear();
      Matcher m = VALUE.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(names.computeIfAbsent(m.group(), k -> "%v" + names.size())));
      m.appendTail(b);
      out.append(b).append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  static String print(String src, boolean generic) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "input.mlir", src);
    assertTrue(Verifier.verify(module));
    return Printer.print(module, generic ? PrintOptions.GENERIC : PrintOptions.DEFAULT);
  }

  @TestFactory
  Stream<DynamicTest> matchesMlirOpt19() {
    return INPUTS.stream().flatMap(name -> Stream.of(false, true).map(generic -> DynamicTest.dynamicTest(name + (generic ? " generic" : " custom"), () -> {
      String input = resource(name + ".mlir");
      String upstream = resource(name + (generic ? ".generic" : ".custom") + ".expected.mlir");
      String expected = normalize(upstream);
      assertEquals(expected, normalize(print(input, generic)), "printing the input");
      assertEquals(expected, normalize(print(upstream, generic)), "reading upstream's output back");
    })));
  }
}
