package dev.mlc.lit;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code mlc-lit PATH... [-v] [-a] [-s] [-q] [-j N] [--filter REGEX] [--filter-out REGEX]}: runs the
 * lit tests under the paths in parallel, in-process, and prints one {@code STATUS: name (i of n)}
 * line per test in path order, the log of each failing test, the lists of failing tests, and last
 * a line {@code N passed, N failed} (with {@code , N skipped} when any test was skipped). Exits 0
 * iff no test failed. {@code LIT_OPTS} is read as extra options; {@code LIT_FILTER} and
 * {@code LIT_FILTER_OUT} as the filters.
 */
public final class LitTool implements Tool {
  private static final String USAGE = """
      USAGE: mlc-lit [options] PATH...

      Runs lit-style tests (files with RUN: lines) in-process and in parallel.

      OPTIONS:
        -v, --verbose          show the log of failing tests (the default)
        -a, --show-all         show the log of every test
        -s, --succinct         show only failing tests (status and log)
        -q, --quiet            like -s, without the header line
        -j N, --workers N      run N tests at a time (default: the number of cores)
        --filter REGEX         run only tests whose name matches REGEX (also LIT_FILTER)
        --filter-out REGEX     skip tests whose name matches REGEX (also LIT_FILTER_OUT)
        --param FEATURE        add FEATURE to the features every test has
        --keep-temps           keep the temporary files (%t) of passing tests too
        --temp-dir DIR         make the tests' temporary directories under DIR
        --allow-empty-runs     do not fail when no test is found
        --list-tools           list the tools RUN lines can name, then exit
        --help, --version
      """;

  @Override
  public String name() { return "mlc-lit"; }

  public static void main(String[] args) { ToolMain.main(new LitTool(), args); }

  @Override
  public int run(List<String> argList, ToolIO io) {
    PrintStream out = io.out(), err = io.err();
    List<String> args = new ArrayList<>();
    String litOpts = io.env().get("LIT_OPTS");
    if (litOpts != null && !litOpts.isBlank()) args.addAll(Arrays.asList(litOpts.strip().split("\\s+")));
    args.addAll(argList);

    boolean showAll = false, succinct = false, quiet = false, keepTemps = false, allowEmpty = false, listTools = false;
    int jobs = Runtime.getRuntime().availableProcessors();
    String filter = io.env().get("LIT_FILTER"), filterOut = io.env().get("LIT_FILTER_OUT");
    List<String> params = new ArrayList<>();
    Path tempDir = null;
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      int eq = a.indexOf('=');
      String flag = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
      if (a.startsWith("--") && eq > 0) value = a.substring(eq + 1);
      switch (flag) {
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        case "--version" -> {
          out.println("mlc-lit (MLC) " + version());
          return 0;
        }
        case "-v", "--verbose", "-vv", "--echo-all-commands", "--no-progress-bar", "--debug" -> { }
        case "-a", "--show-all" -> showAll = true;
        case "-s", "--succinct" -> succinct = true;
        case "-q", "--quiet" -> quiet = true;
        case "--keep-temps" -> keepTemps = true;
        case "--allow-empty-runs" -> allowEmpty = true;
        case "--list-tools" -> listTools = true;
        case "-j", "--workers", "--threads", "--filter", "--filter-out", "--param", "-D", "--temp-dir" -> {
          if (value == null) {
            if (i + 1 >= args.size()) return usageError(err, "option '" + flag + "' needs a value");
            value = args.get(++i);
          }
          switch (flag) {
            case "--filter" -> filter = value;
            case "--filter-out" -> filterOut = value;
            case "--param", "-D" -> params.add(value);
            case "--temp-dir" -> tempDir = io.resolve(value);
            default -> {
              Integer n = parseJobs(value);
              if (n == null) return usageError(err, "option '" + flag + "' needs a positive number, found '" + value + "'");
              jobs = n;
            }
          }
        }
        default -> {
          if (a.startsWith("-j") && a.length() > 2) {
            Integer n = parseJobs(a.substring(2));
            if (n == null) return usageError(err, "option '-j' needs a positive number, found '" + a.substring(2) + "'");
            jobs = n;
          } else if (a.startsWith("-") && !a.equals("-")) {
            return usageError(err, "unknown option '" + a + "'");
          } else {
            paths.add(io.resolve(a));
          }
        }
      }
    }

    Pattern include, exclude;
    try {
      include = filter == null || filter.isEmpty() ? null : Pattern.compile(filter);
      exclude = filterOut == null || filterOut.isEmpty() ? null : Pattern.compile(filterOut);
    } catch (PatternSyntaxException e) {
      return usageError(err, "invalid filter regular expression: " + e.getDescription() + " in '" + e.getPattern() + "'");
    }

    LitRunner.Builder builder = LitRunner.builder().keepTemps(keepTemps);
    if (tempDir != null) builder.tempRoot(tempDir);
    for (String p : params) builder.feature(p.contains("=") ? p.substring(0, p.indexOf('=')) : p);
    LitRunner runner;
    try {
      runner = builder.build();
    } catch (LitException e) {
      err.println("mlc-lit: " + e.getMessage());
      return 1;
    }
    for (String w : runner.tools().warnings()) err.println("mlc-lit: warning: " + w);
    if (listTools) {
      runner.tools().names().forEach(out::println);
      return 0;
    }
    if (paths.isEmpty()) return usageError(err, "no test paths given");

    List<LitTest> tests;
    try {
      tests = runner.discover(paths);
    } catch (LitException e) {
      err.println("mlc-lit: " + e.getMessage());
      return 1;
    }
    if (tests.isEmpty()) {
      if (allowEmpty) return summarize(out, List.of());
      err.println("mlc-lit: error: did not discover any tests for the given path(s)");
      return 1;
    }
    List<LitTest> selected = tests.stream()
        .filter(t -> include == null || include.matcher(t.name()).find())
        .filter(t -> exclude == null || !exclude.matcher(t.name()).find())
        .toList();
    if (selected.isEmpty()) {
      if (allowEmpty) return summarize(out, List.of());
      err.println("mlc-lit: error: the filter did not match any of the " + tests.size() + " tests");
      return 1;
    }
    int workers = Math.min(jobs, selected.size());
    if (!quiet) out.println("-- Testing: " + selected.size() + " tests, " + workers + " workers --");
    int total = selected.size();
    int[] index = {0};
    boolean all = showAll, brief = succinct || quiet;
    List<LitResult> results = runner.runAll(selected, workers, r -> {
      int i = ++index[0];
      boolean failure = r.isFailure();
      if (brief && !failure) return;
      out.println(r.statusLine() + " (" + i + " of " + total + ")");
      if (failure || all) out.print(r.report());
      out.flush();
    });
    return summarize(out, results);
  }

  private static int summarize(PrintStream out, List<LitResult> results) {
    Map<String, List<LitResult>> groups = new LinkedHashMap<>();
    groups.put("Unexpectedly Passed Tests", new ArrayList<>());
    groups.put("Unresolved Tests", new ArrayList<>());
    groups.put("Failed Tests", new ArrayList<>());
    for (LitResult r : results) {
      switch (r.status()) {
        case XPASS -> groups.get("Unexpectedly Passed Tests").add(r);
        case UNRESOLVED -> groups.get("Unresolved Tests").add(r);
        case FAIL -> groups.get("Failed Tests").add(r);
        default -> { }
      }
    }
    for (Map.Entry<String, List<LitResult>> g : groups.entrySet()) {
      if (g.getValue().isEmpty()) continue;
      out.println("********************");
      out.println(g.getKey() + " (" + g.getValue().size() + "):");
      for (LitResult r : g.getValue()) out.println("  " + r.test().name());
      out.println();
    }
    LitSummary summary = LitSummary.of(results);
    out.println(summary.line());
    out.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private static Integer parseJobs(String s) {
    try {
      int n = Integer.parseInt(s);
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("mlc-lit: error: " + message);
    err.println("Run 'mlc-lit --help' for usage.");
    return 1;
  }

  private static String version() {
    String v = LitTool.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }
}
