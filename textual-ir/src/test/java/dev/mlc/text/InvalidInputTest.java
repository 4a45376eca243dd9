package dev.mlc.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs that must be rejected, each with MLIR's diagnostic: the same line and column and (a
 * substring of) the same message. Most cases are in {@code src/test/resources/invalid-inputs/}:
 * split files with MLIR's {@code expected-error @+N {{...}}} annotations prefixed by the expected
 * column ({@code // col C: expected-error ...}), so that {@code mlir-opt-19 --verify-diagnostics}
 * checks the same files upstream. The rest, bytes that are not text, huge inputs, nesting limits
 * and IR changed through the API, are generated below.
 */
class InvalidInputTest {
  enum Stage {
    /** The parser reports the error and returns null. */
    PARSE,
    /** The input parses without diagnostics; {@link Verifier#verify} reports the error. */
    VERIFY
  }

  /** An expected diagnostic; column 0 accepts any column, lineSlack accepts lines that far off. */
  record Expected(Severity severity, int line, int column, int lineSlack, String message) {
    Expected(Severity severity, int line, int column, String message) { this(severity, line, column, 0, message); }

    boolean matches(Flat d) {
      return d.severity() == severity && Math.abs(d.line() - line) <= lineSlack && (column == 0 || d.column() == column)
          && d.message().contains(message);
    }

    @Override public String toString() {
      return (lineSlack == 0 ? "" + line : line + "±" + lineSlack) + ":" + (column == 0 ? "*" : "" + column) + ": "
          + severity.label() + ": ..." + message + "...";
    }
  }

  record Case(String name, byte[] input, boolean allowUnregistered, ParserConfig config, Stage stage,
      List<Expected> expected, Consumer<Operation> mutate) {}

  // ---- cases from the annotated files ----

  @TestFactory
  Stream<DynamicTest> syntax() { return annotated("syntax.mlir", true, Stage.PARSE); }

  @TestFactory
  Stream<DynamicTest> unregistered() { return annotated("unregistered.mlir", false, Stage.PARSE); }

  @TestFactory
  Stream<DynamicTest> verifier() { return annotated("verifier.mlir", true, Stage.VERIFY); }

  static final Pattern ANNOTATION = Pattern.compile(
      "// col (\\d+): expected-(error|note|warning|remark) *(?:@([+-]\\d+))? *\\{\\{(.*)\\}\\}");

  private Stream<DynamicTest> annotated(String file, boolean allowUnregistered, Stage stage) {
    String content;
    try (InputStream in = InvalidInputTest.class.getResourceAsStream("/invalid-inputs/" + file)) {
      assertNotNull(in, "missing test resource invalid-inputs/" + file);
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i < lines.length && !lines[i].startsWith("// -----")) continue;
      List<String> chunk = Arrays.asList(lines).subList(start, i);
      List<Expected> expected = new ArrayList<>();
      for (int k = 0; k < chunk.size(); k++) {
        Matcher m = ANNOTATION.matcher(chunk.get(k));
        if (!m.find()) continue;
        int line = k + 1 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        Severity sev = Severity.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        expected.add(new Expected(sev, line, Integer.parseInt(m.group(1)), m.group(4)));
      }
      if (!expected.isEmpty()) {
        int first = start;
        while (first < i && lines[first].isBlank()) first++;
        String title = lines[first].startsWith("// ") ? " " + lines[first].substring(3) : "";
        String text = String.join("\n", chunk) + (i < lines.length ? "\n" : "");
        cases.add(new Case(file + ":" + (first + 1) + title, text.getBytes(StandardCharsets.UTF_8), allowUnregistered,
            ParserConfig.DEFAULT, stage, expected, null));
      }
      start = i + 1;
    }
    assertTrue(cases.size() > 5, "too few annotated cases in " + file);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  // ---- generated cases ----

  @TestFactory
  Stream<DynamicTest> generated() {
    byte[] random = new byte[1 << 20];
    new Random(7).nextBytes(random); // starts with 0x99: not a token
    String deepRegions = nested(200, "\"foo.op\"() ({\n", "\"foo.leaf\"() : () -> ()\n", "}) : () -> ()\n");
    String deepTypes = "%0 = \"foo.op\"() : () -> " + nested(200, "tuple<", "i32", ">") + "\n";
    String deepAttrs = "\"foo.op\"() {a = " + nested(200, "[", "1", "]") + "} : () -> ()\n";
    List<Case> cases = List.of(
        parseError("invalid UTF-8 bytes between ops", bytes("\"foo.op\"() : () -> ()\n", 0xFF, 0xFE, '\n'),
            2, 1, "invalid UTF-8 byte sequence"),
        parseError("a truncated UTF-8 sequence in a value name", bytes("%0", 0xC3, " = \"foo.def\"() : () -> i32\n"),
            1, 3, "invalid UTF-8 byte sequence"),
        parseError("a UTF-8 lead byte without its continuation", bytes("\"foo.op\"() : () -> ()\n", 0xC3, "(\n"),
            2, 1, "invalid UTF-8 byte sequence"),
        parseError("a byte-order mark", bytes(0xEF, 0xBB, 0xBF, "\"foo.op\"() : () -> ()\n"), 1, 1, "unexpected character"),
        parseError("1 MiB of random bytes", random, 1, 1, "invalid UTF-8 byte sequence"),
        new Case("200 nested regions, limit 100", utf8(deepRegions), true, new ParserConfig(100), Stage.PARSE,
            List.of(new Expected(Severity.ERROR, 101, 0, 1, "100")), null),
        new Case("200 nested tuple types, limit 100", utf8(deepTypes), true, new ParserConfig(100), Stage.PARSE,
            List.of(new Expected(Severity.ERROR, 1, 0, "100")), null),
        new Case("200 nested arrays, limit 100", utf8(deepAttrs), true, new ParserConfig(100), Stage.PARSE,
            List.of(new Expected(Severity.ERROR, 1, 0, "100")), null),
        new Case("a successor in another region (set through the API)", utf8("""
            "foo.op"() ({
              "foo.br"()[^bb1] : () -> ()
            ^bb1:
              "foo.x"() : () -> ()
            }, {
              "foo.x"() : () -> ()
            ^bb1:
              "foo.x"() : () -> ()
            }) : () -> ()
            """), true, ParserConfig.DEFAULT, Stage.VERIFY,
            List.of(new Expected(Severity.ERROR, 2, 3, "reference to block defined in another region")),
            module -> {
              Operation op = module.region(0).front().first();
              op.region(0).front().first().setSuccessor(0, op.region(1).block(1));
            }));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  /** Nesting within the limit parses: the limit, not the depth itself, makes the cases above fail. */
  @Test
  void nestingWithinTheLimitParses() {
    for (ParserConfig config : List.of(new ParserConfig(1000), ParserConfig.DEFAULT)) {
      for (String text : List.of(
          nested(200, "\"foo.op\"() ({\n", "\"foo.leaf\"() : () -> ()\n", "}) : () -> ()\n"),
          "%0 = \"foo.op\"() : () -> " + nested(200, "tuple<", "i32", ">") + "\n",
          "\"foo.op\"() {a = " + nested(200, "[", "1", "]") + "} : () -> ()\n")) {
        MLContext ctx = context(true);
        Operation m = Parser.parse(ctx, "deep.mlir", utf8(text), config);
        List<Diagnostic> diags = ctx.diagnostics().takeCollected();
        assertTrue(m != null && diags.isEmpty(), "depth 200 with " + config + " must parse:\n" + render(flatten(diags)));
      }
    }
  }

  /** Every prefix of a valid file parses or fails with located errors; none throws. */
  @Test
  void everyTruncationFailsCleanly() {
    byte[] full = utf8("""
        #map = affine_map<(d0)[s0] -> (d0 + s0)>
        module @m attributes {foo.v = [1, "two", 3.0 : f32]} {
          %0:2 = "foo.def"() {m = #map} : () -> (i32, tensor<2xf32>)
          "foo.op"(%0#0) <{p = dense<[1.0, 2.0]> : tensor<2xf32>}> ({
          ^bb0(%a: i32 loc("a.mlir":1:2)):
            "foo.br"(%a)[^bb1] : (i32) -> ()
          ^bb1(%b: i32):
            "foo.use"(%b) : (i32) -> () loc(fused["x", "y"])
          }) : (i32) -> ()
        }
        """);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int n = 0; n < full.length; n++) {
        byte[] prefix = Arrays.copyOf(full, n);
        MLContext ctx = context(true);
        Operation m;
        try {
          m = Parser.parse(ctx, "truncated.mlir", prefix, ParserConfig.DEFAULT);
        } catch (Throwable t) {
          throw new AssertionError("parser threw on the first " + n + " bytes:\n" + new String(prefix, StandardCharsets.UTF_8), t);
        }
        List<Flat> diags = flatten(ctx.diagnostics().takeCollected());
        boolean hasError = diags.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (m != null && hasError) fail("module returned after errors on the first " + n + " bytes:\n" + render(diags));
        if (m == null && (!hasError || diags.stream().anyMatch(d -> d.line() <= 0)))
          fail("null without a located error on the first " + n + " bytes:\n" + render(diags));
      }
    });
  }

  // ---- checking ----

  private static void check(Case c) {
    try {
      checkCase(c);
    } catch (AssertionError e) {
      AssertionError named = new AssertionError(c.name() + ": " + e.getMessage(), e.getCause());
      named.setStackTrace(e.getStackTrace());
      throw named;
    }
  }

  private static void checkCase(Case c) {
    MLContext ctx = context(c.allowUnregistered());
    Operation module;
    try {
      module = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> Parser.parse(ctx, "input.mlir", c.input(), c.config()));
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError("parser threw instead of reporting a diagnostic" + input(c), t);
    }
    List<Flat> diags = flatten(ctx.diagnostics().takeCollected());
    if (c.stage() == Stage.PARSE) {
      if (module != null)
        fail("expected the parser to fail, but it returned a module" + (diags.isEmpty() ? "" : " (with diagnostics)")
            + "\nexpected: " + c.expected() + "\nactual:\n" + render(diags) + input(c));
    } else {
      if (module == null || !diags.isEmpty())
        fail("expected the input to parse (the error is the verifier's), but parsing failed:\n" + render(diags) + input(c));
      if (c.mutate() != null) c.mutate().accept(module);
      boolean ok;
      try {
        ok = Verifier.verify(module);
      } catch (Throwable t) {
        throw new AssertionError("verifier threw" + input(c), t);
      }
      diags = flatten(ctx.diagnostics().takeCollected());
      if (ok) fail("expected the verifier to fail, but it succeeded\nexpected: " + c.expected() + "\nactual:\n" + render(diags) + input(c));
    }
    List<String> problems = new ArrayList<>();
    for (Expected e : c.expected())
      if (diags.stream().noneMatch(e::matches)) problems.add("missing " + e);
    for (Flat d : diags)
      if (d.severity() == Severity.ERROR && c.expected().stream().noneMatch(e -> e.matches(d)))
        problems.add("unexpected " + d);
    if (!problems.isEmpty())
      fail(String.join("\n", problems) + "\nall diagnostics:\n" + render(diags) + input(c));
  }

  /** A diagnostic or note with its file position (0:0 when it has none). */
  record Flat(Severity severity, int line, int column, String message) {
    @Override public String toString() { return line + ":" + column + ": " + severity.label() + ": " + message; }
  }

  static List<Flat> flatten(List<Diagnostic> diags) {
    List<Flat> out = new ArrayList<>();
    for (Diagnostic d : diags) {
      out.add(flat(d));
      for (Diagnostic n : d.notes()) out.add(flat(n));
    }
    return out;
  }

  private static Flat flat(Diagnostic d) {
    Location.FileLineCol f = d.location().fileLocation();
    return new Flat(d.severity(), f == null ? 0 : f.line(), f == null ? 0 : f.column(), d.message());
  }

  static String render(List<Flat> diags) {
    StringBuilder sb = new StringBuilder();
    for (Flat d : diags) sb.append("  ").append(d).append('\n');
    return diags.isEmpty() ? "  (none)\n" : sb.toString();
  }

  private static String input(Case c) {
    String s = new String(c.input(), 0, Math.min(c.input().length, 1500), StandardCharsets.UTF_8);
    return "\n--- input" + (c.input().length > 1500 ? " (first 1500 bytes)" : "") + " ---\n" + s;
  }

  // ---- helpers ----

  static MLContext context(boolean allowUnregistered) {
    MLContext ctx = new MLContext();
    ctx.loadDialect(new TestDialect());
    ctx.allowUnregisteredDialects(allowUnregistered);
    return ctx;
  }

  /** Like upstream's test dialect: {@code test.ssacfg_region} has SSACFG regions, so dominance is checked. */
  static final class TestDialect implements Dialect {
    @Override public String namespace() { return "test"; }

    @Override public void initialize(Registrar registrar) { registrar.addOp(new OpDef("test.ssacfg_region") {}); }
  }

  private static Case parseError(String name, byte[] input, int line, int column, String message) {
    return new Case(name, input, true, ParserConfig.DEFAULT, Stage.PARSE, List.of(new Expected(Severity.ERROR, line, column, message)), null);
  }

  private static String nested(int depth, String open, String leaf, String close) {
    return open.repeat(depth) + leaf + close.repeat(depth);
  }

  private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  /** Concatenates strings (as UTF-8) and single bytes given as ints. */
  private static byte[] bytes(Object... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) out.writeBytes(utf8(s));
      else if (p instanceof Integer b) out.write(b);
      else if (p instanceof Character ch) out.write(ch);
      else throw new IllegalArgumentException(String.valueOf(p));
    }
    return out.toByteArray();
  }
}
