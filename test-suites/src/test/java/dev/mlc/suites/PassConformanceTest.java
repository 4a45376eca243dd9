package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.opt.MlcOpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance of our passes with upstream MLIR 19 (see
 * {@code test-suites/conformance/README.md}): every case of
 * {@code conformance/passes/<pass>/*.mlir} goes through {@code mlir-opt-19 --<pass>
 * --split-input-file} (once per file) and through mlc-opt in-process, and the printed outputs must
 * agree after {@link #normalize normalization}. A case holding a {@code // DIFF: reason} line is an
 * expected difference: both tools must succeed and their outputs must still differ.
 */
class PassConformanceTest {
  /** Maven runs tests in the module directory (test-suites/). */
  static final Path PASSES = Path.of("conformance/passes");
  static final String SPLIT = "// -----";
  static final Pattern DIFF = Pattern.compile("^\\s*// DIFF: (.+)$", Pattern.MULTILINE);
  static final AtomicInteger SAME = new AtomicInteger(), SAME_MODULO_CONSTANTS = new AtomicInteger(),
      EXPECTED_DIFF = new AtomicInteger(), FAILED = new AtomicInteger();

  @TestFactory
  Stream<DynamicNode> passes() throws IOException {
    Path mlirOpt = locateMlirOpt();
    List<Path> files;
    try (Stream<Path> s = Files.walk(PASSES)) {
      files = s.filter(p -> p.toString().endsWith(".mlir")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .mlir files under " + PASSES.toAbsolutePath().normalize());
    return files.stream().map(f -> DynamicContainer.dynamicContainer(PASSES.relativize(f).toString(), f.toUri(),
        Stream.of(f).flatMap(p -> fileTests(mlirOpt, p))));
  }

  @AfterAll
  static void summary() {
    int total = SAME.get() + SAME_MODULO_CONSTANTS.get() + EXPECTED_DIFF.get() + FAILED.get();
    if (total > 0) System.out.printf("pass conformance: %d cases, %d identical, %d identical modulo constant order, "
        + "%d expected differences, %d failed%n", total, SAME.get(), SAME_MODULO_CONSTANTS.get(), EXPECTED_DIFF.get(), FAILED.get());
  }

  /** One case: the 1-based line of its first non-blank line (its name) and its text. */
  record Case(String name, String text) {
    String diffReason() {
      Matcher m = DIFF.matcher(text);
      return m.find() ? m.group(1).strip() : null;
    }
  }

  /** Splits on {@code // -----} lines as {@code --split-input-file} does; names cases {@code file:line}. */
  static List<Case> split(String file, String content) {
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    StringBuilder text = new StringBuilder();
    int first = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].startsWith(SPLIT)) {
        cases.add(new Case(file + ":" + first, text.toString()));
        text.setLength(0);
        first = 0;
        continue;
      }
      text.append(lines[i]).append('\n');
      if (first == 0 && !lines[i].isBlank()) first = i + 1;
    }
    return cases;
  }

  static Stream<DynamicTest> fileTests(Path mlirOpt, Path file) {
    String pass = file.getParent().getFileName().toString();
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = split(PASSES.relativize(file).toString(), content);
    Run upstream = runMlirOpt(mlirOpt, file, pass);
    String[] parts = upstream.out().split("(?m)^" + Pattern.quote(SPLIT) + "\\n", -1);
    return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).name(), file.toUri(), () -> {
      Case c = cases.get(i);
      if (upstream.code() != 0 || parts.length != cases.size()) {
        FAILED.incrementAndGet();
        fail("mlir-opt-19 --" + pass + " fails on " + file + " (fix the corpus):\n" + upstream.err());
      }
      String expected = parts[i];
      Run ours = runOurs(pass, c.text());
      if (ours.code() != 0) {
        FAILED.incrementAndGet();
        fail("mlc-opt --" + pass + " failed:\n" + ours.err() + "--- input ---\n" + c.text());
      }
      String reason = c.diffReason();
      boolean same = normalize(expected, false).equals(normalize(ours.out(), false));
      boolean sameModuloConstants = normalize(expected, true).equals(normalize(ours.out(), true));
      if (reason != null) {
        if (sameModuloConstants) {
          FAILED.incrementAndGet();
          fail("marked '// DIFF: " + reason + "' but mlc-opt now agrees with mlir-opt-19: remove the marker");
        }
        EXPECTED_DIFF.incrementAndGet();
        return;
      }
      if (!sameModuloConstants) {
        FAILED.incrementAndGet();
        fail("mlc-opt --" + pass + " differs from mlir-opt-19 --" + pass + " (after normalization)\n"
            + describe(normalize(expected, true), normalize(ours.out(), true))
            + "--- input ---\n" + c.text() + "--- mlir-opt-19 ---\n" + expected + "--- mlc-opt ---\n" + ours.out());
      }
      (same ? SAME : SAME_MODULO_CONSTANTS).incrementAndGet();
    }));
  }

  static final Pattern VALUE = Pattern.compile("%[A-Za-z0-9_$.\\-]+");
  static final Pattern BLOCK = Pattern.compile("\\^[A-Za-z0-9_$.\\-]+");
  static final Pattern CONSTANT = Pattern.compile("^\\s*%[A-Za-z0-9_$.\\-]+ = arith\\.constant ");
  static final Pattern PRED_COMMENT = Pattern.compile("^(\\s*\\^.*:)\\s*// (pred|\\d+ preds|no predecessors)\\b.*$");
  static final Pattern RESULTS = Pattern.compile("^\\s*(%[A-Za-z0-9_$.\\-]+(:\\d+)?(, %[A-Za-z0-9_$.\\-]+(:\\d+)?)*) = ");
  static final Pattern SCOPE = Pattern.compile("^\\s*(func\\.func|module)\\b");
  static final Pattern BLOCK_START = Pattern.compile("(\\{|^\\s*\\^[A-Za-z0-9_$.\\-]+(\\(.*\\))?:)$");

  /**
   * The normalizations, applied to both outputs alike:
   * <ol>
   *   <li>trailing whitespace and blank lines are dropped, and so are the predecessor comments
   *       upstream prints after block labels ({@code ^bb1:  // 2 preds: ^bb0, ^bb2});
   *   <li>with {@code sortConstants}, the run of {@code arith.constant} lines that opens a block is
   *       sorted by its text after {@code =} (only the order in which folders materialize constants
   *       differs, not what they are);
   *   <li>SSA values and block labels are renamed {@code %vN} and {@code ^bN} in textual order,
   *       afresh in every function and module (upstream names results from OpAsmOpInterface,
   *       e.g. {@code %c3_i32}, and numbers them per isolated-from-above op); every value
   *       definition gets a new name (see {@link #renameValues}).
   * </ol>
   */
  static String normalize(String text, boolean sortConstants) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n")) if (!l.isBlank()) lines.add(PRED_COMMENT.matcher(l.stripTrailing()).replaceFirst("$1"));
    if (sortConstants) {
      for (int i = 0; i < lines.size(); i++) {
        if (!BLOCK_START.matcher(lines.get(i)).find()) continue;
        int j = i + 1;
        while (j < lines.size() && CONSTANT.matcher(lines.get(j)).find()) j++;
        lines.subList(i + 1, j).sort((a, b) -> rhs(a).compareTo(rhs(b)));
      }
    }
    // Names restart in every function and module (upstream numbers values per isolated-from-above op).
    StringBuilder out = new StringBuilder();
    Map<String, String> values = new HashMap<>(), blocks = new HashMap<>();
    int[] next = {0};
    for (String l : lines) {
      if (SCOPE.matcher(l).find()) {
        values.clear();
        blocks.clear();
        next[0] = 0;
      }
      out.append(renameBlocks(renameValues(l, values, next), blocks)).append('\n');
    }
    return out.toString();
  }

  /**
   * Renames the values of one line: a definition (a name in the result list before {@code =},
   * or followed by {@code :} or {@code " = "}: arguments, induction variables, iter_args) gets a
   * fresh name, a use the name of the latest definition. Definitions must get fresh names because
   * we reuse a number after a nested region ends, where upstream keeps counting.
   */
  private static String renameValues(String line, Map<String, String> names, int[] next) {
    Matcher results = RESULTS.matcher(line);
    int resultsEnd = results.find() ? results.end(1) : -1;
    Matcher m = VALUE.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String rest = line.substring(m.end());
      boolean def = m.start() < resultsEnd || rest.startsWith(":") || rest.startsWith(" = ");
      String name = def || !names.containsKey(m.group()) ? "%v" + next[0]++ : names.get(m.group());
      names.put(m.group(), name);
      m.appendReplacement(sb, Matcher.quoteReplacement(name));
    }
    return m.appendTail(sb).toString();
  }

  private static String rhs(String constantLine) { return constantLine.substring(constantLine.indexOf(" = ")); }

  private static String renameBlocks(String line, Map<String, String> names) {
    return BLOCK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(names.computeIfAbsent(m.group(), k -> "^b" + names.size())));
  }

  static String describe(String expected, String actual) {
    String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
    return "first difference at normalized line " + (i + 1) + ":\n  mlir-opt-19: " + (i < e.length ? e[i] : "<end>")
        + "\n  mlc-opt:     " + (i < a.length ? a[i] : "<end>") + "\n";
  }

  record Run(int code, String out, String err) {}

  /** mlc-opt in-process on one case (standard input), with the semantics check off (it is not under test here). */
  static Run runOurs(String pass, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath(), Map.of());
    int code = ToolMain.runGuarded(new MlcOpt(), List.of("--" + pass, "--no-check-semantics", "--mlir-disable-threading"), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** mlir-opt-19 once on a whole corpus file. */
  static Run runMlirOpt(Path mlirOpt, Path file, String pass) {
    try {
      Path out = Files.createTempFile("mlir-opt", ".out"), err = Files.createTempFile("mlir-opt", ".err");
      try {
        Process p = new ProcessBuilder(mlirOpt.toString(), "--" + pass, "--split-input-file", file.toAbsolutePath().toString())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          fail("mlir-opt-19 timed out on " + file);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** $MLIR_OPT, then mlir-opt-19 on PATH, then Debian's paths; the test fails (does not skip) without it. */
  static Path locateMlirOpt() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("MLIR_OPT");
    if (env != null && !env.isBlank()) candidates.add(Path.of(env));
    String pathVar = System.getenv("PATH");
    if (pathVar != null) for (String d : pathVar.split(java.io.File.pathSeparator)) if (!d.isEmpty()) candidates.add(Path.of(d, "mlir-opt-19"));
    candidates.add(Path.of("/usr/lib/llvm-19/bin/mlir-opt"));
    for (Path p : candidates) if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
    return fail("mlir-opt-19 (Debian's mlir-19-tools, or $MLIR_OPT) is required by the pass conformance test");
  }
}
