package dev.mlc.text.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks our parser and printer against upstream MLIR 19 on every case of
 * {@code test-suites/conformance/corpus/*.mlir} (cases separated by {@code // -----}).
 *
 * <p>For each case, with U = {@code mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic}
 * of the case:
 * <ol>
 *   <li>we parse U without diagnostics and print it generic, giving O;
 *   <li>mlir-opt-19 reads O back and prints exactly U (what we print means the same IR upstream);
 *   <li>parsing O and printing again gives O (our print-parse-print fixpoint);
 *   <li>the same three steps with {@code --mlir-print-debuginfo} and our {@code withDebugInfo(true)};
 *   <li>the original case text (custom {@code module} syntax, aliases, resources) parsed by us and
 *       printed generic reads back through mlir-opt-19 as U, and our {@link Verifier} accepts it
 *       (mlir-opt-19 verifies every case it accepts).
 * </ol>
 * mlir-opt-19 runs once per corpus file and variant ({@code --split-input-file}), never per case.
 * It is required: without Debian's {@code mlir-19-tools} the test fails rather than skips.
 */
class UpstreamConformanceTest {
  /** Maven runs tests in the module directory (textual-ir/). */
  static final Path CORPUS = Path.of("../test-suites/conformance/corpus");
  static final String SPLIT = "// -----";
  static final List<String> FLAGS = List.of("--allow-unregistered-dialect", "--split-input-file", "--mlir-print-op-generic");
  static final String DEBUG_INFO = "--mlir-print-debuginfo";
  static final PrintOptions GENERIC_DEBUG = PrintOptions.GENERIC.withDebugInfo(true);
  /** Stands in for a case we failed to print, so that mlir-opt's output stays aligned with the cases. */
  static final String PLACEHOLDER = "\"conformance.placeholder\"() : () -> ()\n";

  @TestFactory
  Stream<DynamicNode> corpus() throws IOException {
    MlirOpt mlirOpt = MlirOpt.locate();
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".mlir")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .mlir files in " + CORPUS.toAbsolutePath().normalize());
    // The containers' streams are consumed when JUnit runs them, so one file's work (and its
    // failures) stays inside that file's container.
    return files.stream().map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(), f.toUri(),
        Stream.of(f).flatMap(p -> new FileRun(mlirOpt, p).tests())));
  }

  /**
   * One case: its text, the 1-based line of its first non-blank line (its name) and the line where
   * its split starts (the separator line, or 1), which mlir-opt names in "within split at FILE:LINE".
   */
  record Case(String file, int line, int splitLine, String text) {
    String name() { return file + ":" + line; }
  }

  /** Splits a corpus file on {@code // -----} lines, as {@code --split-input-file} does. */
  static List<Case> split(String file, String content) {
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    StringBuilder text = new StringBuilder();
    int splitLine = 1, first = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].startsWith(SPLIT)) {
        cases.add(new Case(file, first == 0 ? splitLine : first, splitLine, text.toString()));
        text.setLength(0);
        splitLine = i + 1;
        first = 0;
        continue;
      }
      text.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
      if (first == 0 && !lines[i].isBlank()) first = i + 1;
    }
    return cases;
  }

  /** All the work for one corpus file; upstream runs are batched across its cases. */
  static final class FileRun {
    final MlirOpt mlirOpt;
    final Path path;
    final String name;
    final List<Case> cases;
    final List<List<String>> problems = new ArrayList<>();

    FileRun(MlirOpt mlirOpt, Path path) {
      this.mlirOpt = mlirOpt;
      this.path = path;
      this.name = path.getFileName().toString();
      try {
        this.cases = split(name, Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < cases.size(); i++) problems.add(new ArrayList<>());
    }

    Stream<DynamicTest> tests() {
      Path dir = path.toAbsolutePath().getParent();
      var upstreamRun = CompletableFuture.supplyAsync(() -> mlirOpt.run(dir, name, List.of()));
      MlirOpt.Result upstreamDebug = mlirOpt.run(dir, name, List.of(DEBUG_INFO));
      MlirOpt.Result upstream = upstreamRun.join();
      List<String> u = upstream.chunks(cases.size());
      List<String> uDebug = upstreamDebug.chunks(cases.size());

      String[] ours = new String[cases.size()];
      String[] oursDebug = new String[cases.size()];
      String[] oursFromSource = new String[cases.size()];
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        if (u.get(i) == null || uDebug.get(i) == null) {
          problems.get(i).add("mlir-opt-19 rejects this corpus case (fix the corpus):\n"
              + upstream.stderrFor(name, c.splitLine()) + upstreamDebug.stderrFor(name, c.splitLine()));
          continue;
        }
        ours[i] = roundTrip(i, "generic", c.name() + " (upstream generic)", u.get(i), PrintOptions.GENERIC);
        oursDebug[i] = roundTrip(i, "debug-info", c.name() + " (upstream generic, debug info)", uDebug.get(i), GENERIC_DEBUG);
        oursFromSource[i] = parseAndPrint(i, "source", c.name(), c.text(), PrintOptions.GENERIC);
      }
      // The three upstream runs are independent: run them side by side, then compare in order.
      Batch generic = Batch.of(ours, List.of()), debug = Batch.of(oursDebug, List.of(DEBUG_INFO));
      Batch source = Batch.of(oursFromSource, List.of());
      var runs = Stream.of(generic, debug, source).map(b -> CompletableFuture.supplyAsync(() -> b.run(mlirOpt, name))).toList();
      compareUpstream(generic, runs.get(0).join(), u, "generic: mlir-opt-19 reading what we printed from U");
      compareUpstream(debug, runs.get(1).join(), uDebug, "debug-info: mlir-opt-19 reading what we printed from U_dbg");
      compareUpstream(source, runs.get(2).join(), u, "source: mlir-opt-19 reading what we printed from the original case");
      return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).name(), path.toUri(), () -> {
        List<String> p = problems.get(i);
        if (!p.isEmpty()) fail(p.size() + " problem(s) with " + cases.get(i).name() + ":\n\n" + String.join("\n\n", p));
      }));
    }

    /** Parses {@code text}, prints it with {@code options}, and checks that printing is a fixpoint. */
    private String roundTrip(int i, String variant, String bufferName, String text, PrintOptions options) {
      String printed = parseAndPrint(i, variant, bufferName, text, options);
      if (printed == null) return null;
      String again = parseAndPrint(i, variant + " fixpoint", bufferName + " (our print)", printed, options);
      if (again != null && !again.equals(printed))
        problems.get(i).add(variant + ": print(parse(O)) != O\n" + Diff.describe(printed, again));
      return printed;
    }

    private String parseAndPrint(int i, String step, String bufferName, String text, PrintOptions options) {
      MLContext ctx = new MLContext();
      ctx.allowUnregisteredDialects(true);
      Operation module;
      try {
        module = Parser.parse(ctx, bufferName, text.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
      } catch (Throwable t) {
        problems.get(i).add(step + ": parser threw " + describe(t) + "\n--- input ---\n" + text);
        return null;
      }
      List<Diagnostic> diags = ctx.diagnostics().takeCollected();
      if (module == null || !diags.isEmpty()) {
        problems.get(i).add(step + ": parse failed" + (module == null ? "" : " (module returned but with diagnostics)")
            + ":\n" + Diags.render(diags) + "--- input ---\n" + text);
        return null;
      }
      if (step.equals("source")) verify(i, module, text);
      try {
        return Printer.print(module, options);
      } catch (Throwable t) {
        problems.get(i).add(step + ": printer threw " + describe(t) + "\n--- input ---\n" + text);
        return null;
      }
    }

    /** mlir-opt-19 verifies every case it accepts, so our verifier must accept them too. */
    private void verify(int i, Operation module, String text) {
      try {
        boolean ok = Verifier.verify(module);
        List<Diagnostic> diags = module.context().diagnostics().takeCollected();
        if (!ok || !diags.isEmpty())
          problems.get(i).add("verify: Verifier.verify rejects IR that mlir-opt-19 verifies:\n" + Diags.render(diags) + "--- input ---\n" + text);
      } catch (Throwable t) {
        problems.get(i).add("verify: Verifier.verify threw " + describe(t) + "\n--- input ---\n" + text);
      }
    }

    /** Compares mlir-opt-19's reading of each printed case with upstream's own output. */
    private void compareUpstream(Batch b, MlirOpt.Result r, List<String> expected, String what) {
      if (r == null) return;
      List<String> got = r.chunks(b.printed().length);
      for (int i = 0; i < b.printed().length; i++) {
        String printed = b.printed()[i];
        if (printed == null || expected.get(i) == null) continue;
        if (got.get(i) == null) {
          problems.get(i).add(what + ": mlir-opt-19 rejects our output:\n"
              + r.stderrFor(b.fileName(name), b.splitLines().get(i)) + "--- our output ---\n" + printed);
        } else if (!got.get(i).equals(expected.get(i))) {
          problems.get(i).add(what + ": differs from upstream\n" + Diff.describe(expected.get(i), got.get(i))
              + "--- our output ---\n" + printed);
        }
      }
    }
  }

  /** What we printed for each case of a file (null where we failed), joined into one split input. */
  record Batch(String[] printed, List<String> extraFlags, String text, List<Integer> splitLines) {
    static Batch of(String[] printed, List<String> extraFlags) {
      StringBuilder text = new StringBuilder();
      List<Integer> splitLines = new ArrayList<>();
      int line = 1;
      for (int i = 0; i < printed.length; i++) {
        if (i > 0) {
          text.append(SPLIT).append('\n');
          splitLines.add(line++);
        } else {
          splitLines.add(1);
        }
        String t = printed[i] == null ? PLACEHOLDER : printed[i].endsWith("\n") ? printed[i] : printed[i] + "\n";
        text.append(t);
        line += (int) t.chars().filter(ch -> ch == '\n').count();
      }
      return new Batch(printed, extraFlags, text.toString(), List.copyOf(splitLines));
    }

    String fileName(String corpusFile) { return corpusFile + ".ours.mlir"; }

    /** One mlir-opt-19 run over the whole batch; null when there is nothing of ours to check. */
    MlirOpt.Result run(MlirOpt mlirOpt, String corpusFile) {
      if (Arrays.stream(printed).allMatch(s -> s == null)) return null;
      return mlirOpt.runText(fileName(corpusFile), text, extraFlags);
    }
  }

  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder(t.toString());
    StackTraceElement[] st = t.getStackTrace();
    for (int k = 0; k < Math.min(8, st.length); k++) sb.append("\n    at ").append(st[k]);
    return sb.toString();
  }

  /** Renders diagnostics one per line as {@code file:line:col: severity: message}. */
  static final class Diags {
    static String render(List<Diagnostic> diags) {
      StringBuilder sb = new StringBuilder();
      for (Diagnostic d : diags) {
        one(sb, d);
        for (Diagnostic n : d.notes()) one(sb.append("  "), n);
      }
      return sb.toString();
    }

    private static void one(StringBuilder sb, Diagnostic d) {
      var f = d.location().fileLocation();
      if (f != null) sb.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ");
      sb.append(d.severity().label()).append(": ").append(d.message()).append('\n');
    }
  }

  /** A compact description of where two texts first differ. */
  static final class Diff {
    static String describe(String expected, String actual) {
      String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
      int i = 0;
      while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
      StringBuilder sb = new StringBuilder("first difference at line " + (i + 1) + ":\n");
      sb.append("  expected: ").append(i < e.length ? e[i] : "<end of text>").append('\n');
      sb.append("  actual:   ").append(i < a.length ? a[i] : "<end of text>").append('\n');
      sb.append("--- expected ---\n").append(expected).append("\n--- actual ---\n").append(actual).append('\n');
      return sb.toString();
    }
  }

  /** The upstream tool, run as a subprocess. */
  record MlirOpt(Path executable) {
    static final String INSTALL_HINT = "mlir-opt-19 (MLIR 19) is required by the upstream conformance test and was not"
        + " found: install Debian's mlir-19-tools (`apt-get install mlir-19-tools`; CI installs it), or point the"
        + " MLIR_OPT environment variable at an mlir-opt of LLVM 19.";

    /** Finds mlir-opt 19 ($MLIR_OPT, then mlir-opt-19 on PATH, then Debian's paths) or fails the test. */
    static MlirOpt locate() {
      List<Path> candidates = new ArrayList<>();
      String env = System.getenv("MLIR_OPT");
      if (env != null && !env.isBlank()) {
        Path p = Path.of(env);
        if (!Files.isRegularFile(p) || !Files.isExecutable(p)) fail("MLIR_OPT=" + env + " is not an executable file. " + INSTALL_HINT);
        candidates.add(p);
      }
      String pathVar = System.getenv("PATH");
      if (pathVar != null)
        for (String dir : pathVar.split(java.io.File.pathSeparator)) if (!dir.isEmpty()) candidates.add(Path.of(dir, "mlir-opt-19"));
      candidates.add(Path.of("/usr/bin/mlir-opt-19"));
      candidates.add(Path.of("/usr/lib/llvm-19/bin/mlir-opt"));
      for (Path p : candidates) {
        if (!Files.isRegularFile(p) || !Files.isExecutable(p)) continue;
        MlirOpt m = new MlirOpt(p);
        String version = m.version();
        if (!version.contains("LLVM version 19."))
          fail(p + " is not from LLVM 19 (`--version` says: " + version.strip() + "). " + INSTALL_HINT);
        return m;
      }
      return fail(INSTALL_HINT);
    }

    String version() {
      try {
        Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
      } catch (IOException e) {
        return fail("cannot run " + executable + ": " + e + ". " + INSTALL_HINT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** What one run printed: stdout split into per-case chunks, and stderr. */
    record Result(String stdout, String stderr) {
      /** Output of case i, trailing whitespace removed; null where the case failed or output is missing. */
      List<String> chunks(int expectedCount) {
        String[] parts = Pattern.compile("^" + Pattern.quote(SPLIT) + "\\n", Pattern.MULTILINE).split(stdout, -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < expectedCount; i++) {
          String s = i < parts.length ? parts[i].stripTrailing() : "";
          out.add(s.isEmpty() || parts.length != expectedCount ? null : s);
        }
        return out;
      }

      /** The stderr lines about the split of {@code bufferName} starting at {@code separatorLine}, or all of stderr. */
      String stderrFor(String bufferName, int separatorLine) {
        String key = "within split at " + bufferName + ":" + separatorLine + " offset";
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : stderr.split("\n")) {
          if (l.startsWith("within split at ")) in = l.startsWith(key);
          if (in) sb.append(l).append('\n');
        }
        return sb.isEmpty() ? (stderr.isBlank() ? "(mlir-opt printed nothing for this case)\n" : stderr) : sb.toString();
      }
    }

    /** Runs on {@code file} (relative to {@code dir}, which becomes the working directory). */
    Result run(Path dir, String file, List<String> extraFlags) {
      List<String> cmd = new ArrayList<>();
      cmd.add(executable.toString());
      cmd.addAll(FLAGS);
      cmd.addAll(extraFlags);
      cmd.add(file);
      try {
        Path out = Files.createTempFile("mlir-opt", ".out"), err = Files.createTempFile("mlir-opt", ".err");
        try {
          Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
          if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("mlir-opt-19 timed out: " + String.join(" ", cmd));
          }
          return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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

    /** Runs on {@code text}, written to a temporary file named {@code fileName}. */
    Result runText(String fileName, String text, List<String> extraFlags) {
      try {
        Path dir = Files.createTempDirectory("conformance");
        Path file = dir.resolve(fileName);
        try {
          Files.writeString(file, text, StandardCharsets.UTF_8);
          return run(dir, fileName, extraFlags);
        } finally {
          Files.deleteIfExists(file);
          Files.deleteIfExists(dir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
