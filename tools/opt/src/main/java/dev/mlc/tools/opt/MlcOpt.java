package dev.mlc.tools.opt;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.SourceManager;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassOptions;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.rewrite.PatternLog;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.text.SplitInput;
import dev.mlc.text.diag.ExpectedDiagnostics;
import dev.mlc.tools.StandardOptions;
import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolCommand;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolInput;
import dev.mlc.tools.ToolMain;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlc-opt}: parses, verifies, runs a pass pipeline, verifies again and prints MLIR text, as
 * upstream {@code mlir-opt} does (see shared/spec/tools.md). Every registered pass is a flag of its
 * own, run in the order given.
 */
public final class MlcOpt implements Tool {
  public static final String VERSION = "mlc-opt 0.1.0 (MLC multi-level compiler)";

  @Override public String name() { return "mlc-opt"; }

  public static void main(String[] args) { ToolMain.main(new MlcOpt(), args); }

  @Command(name = "mlc-opt", sortOptions = false, description = "Parses, verifies, transforms and prints MLIR-syntax IR.%n"
      + "Every registered pass is also an option: --NAME or --NAME=\"key=value ...\" (see --list-passes).")
  static final class Options {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file ('-' or none: standard input).")
    String input = "-";

    @Option(names = "-o", paramLabel = "FILE", description = "Output file (default: standard output).")
    String output = "-";

    @Option(names = "--pass-pipeline", paramLabel = "PIPELINE", description = "A textual pipeline, e.g. 'builtin.module(func.func(cse))'.")
    String passPipeline;

    @Option(names = "--load-plugin", paramLabel = "JAR", description = "Load dialects and passes from a jar (repeatable).")
    List<String> plugins = new ArrayList<>();

    @Option(names = "--list-passes", description = "List every registered pass with its summary and options, and exit.")
    boolean listPasses;

    @Option(names = "--mlir-print-op-generic", description = "Print every op in the generic form.")
    boolean generic;

    @Option(names = "--allow-unregistered-dialect", description = "Allow ops, types and attributes of unknown dialects.")
    boolean allowUnregistered;

    @Option(names = "--split-input-file", arity = "0..1", fallbackValue = SplitInput.MARKER, paramLabel = "MARKER",
        description = "Process each chunk between '// -----' lines on its own; join outputs with the marker.")
    String split;

    @Option(names = "--verify-diagnostics", description = "Check diagnostics against expected-error/-warning/-note/-remark comments.")
    boolean verifyDiagnostics;

    @Option(names = "--mlir-print-debuginfo", description = "Print locations.")
    boolean debugInfo;

    @Option(names = "--no-verify-each", description = "Do not verify the IR after each pass.")
    boolean noVerifyEach;

    @Option(names = "--mlir-print-ir-before", split = ",", paramLabel = "PASS", description = "Print the IR before these passes.")
    List<String> printBefore = new ArrayList<>();

    @Option(names = "--mlir-print-ir-after", split = ",", paramLabel = "PASS", description = "Print the IR after these passes.")
    List<String> printAfter = new ArrayList<>();

    @Option(names = "--mlir-print-ir-before-all", description = "Print the IR before every pass.")
    boolean printBeforeAll;

    @Option(names = "--mlir-print-ir-after-all", description = "Print the IR after every pass.")
    boolean printAfterAll;

    @Option(names = "--mlir-print-ir-after-change", description = "Print the IR after a pass only if it changed it.")
    boolean printAfterChange;

    @Option(names = "--mlir-print-ir-after-failure", description = "Print the IR after a pass that failed.")
    boolean printAfterFailure;

    @Option(names = "--mlir-print-ir-module-scope", description = "IR dumps show the whole module (disables threading).")
    boolean printModuleScope;

    @Option(names = "--mlir-timing", description = "Print a per-pass wall-time report to standard error.")
    boolean timing;

    @Option(names = "--mlir-pass-statistics", description = "Print the passes' statistics to standard error.")
    boolean statistics;

    @Option(names = "--mlir-disable-threading", description = "Run everything on one thread.")
    boolean disableThreading;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for running passes on functions in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--mlir-pass-pipeline-crash-reproducer", paramLabel = "FILE",
        description = "When the pipeline fails, write the input IR and the pipeline to FILE (run it with --run-reproducer).")
    String crashReproducer;

    @Option(names = "--run-reproducer", description = "Run the pipeline stored in the input file's mlir_reproducer resource.")
    boolean runReproducer;

    @Option(names = "--debug-patterns", arity = "0..1", fallbackValue = "", paramLabel = "FILTER",
        description = "Log every pattern attempt (op, location, outcome, failure reason) and summarize per pattern; "
            + "FILTER is a comma list of pattern:NAME and op:NAME substrings.")
    String debugPatterns;

    @Option(names = "--debug-patterns-summary-only", description = "With --debug-patterns, print only the per-pattern summary.")
    boolean debugPatternsSummaryOnly;

    @Option(names = "--no-implicit-module", description = "Reject input whose top level is not a single module.")
    boolean noImplicitModule;

    @Option(names = "--max-nesting-depth", paramLabel = "N", description = "Deepest nesting of regions/types/attributes accepted (default: ${DEFAULT-VALUE}).")
    int maxNesting = ParserConfig.DEFAULT_MAX_NESTING;

    @Option(names = "--diagnostics-format", paramLabel = "text|json", description = "How diagnostics are printed (default: text).")
    String diagnosticsFormat = "text";

    @Option(names = "--check-semantics", description = "Insist on the semantics check (on by default where it applies): "
        + "interpret the entry on seeded random inputs before the pipeline and after every pass, and report the first pass that "
        + "changed the results; warn when it cannot apply.")
    boolean checkSemantics;

    @Option(names = "--no-check-semantics", description = "Turn the semantics check off.")
    boolean noCheckSemantics;

    @Option(names = "--check-semantics-entry", paramLabel = "NAME", description = "The function the semantics check runs (default: main).")
    String checkSemanticsEntry;

    @Option(names = "--check-semantics-seed", paramLabel = "N", description = "Seed of the semantics check's random inputs (default: 0).")
    Long checkSemanticsSeed;

    @Option(names = "--check-semantics-rtol", paramLabel = "R", description = "Relative tolerance of the semantics check (default: 1e-4).")
    Double checkSemanticsRtol;

    @Option(names = "--check-semantics-atol", paramLabel = "A", description = "Absolute tolerance of the semantics check (default: 1e-5).")
    Double checkSemanticsAtol;

    @Option(names = "--check-semantics-max-steps", paramLabel = "N",
        description = "Ops one interpretation may execute before the semantics check gives up (default: 1000000).")
    Long checkSemanticsMaxSteps;

    @Mixin StandardOptions standard = new StandardOptions();
  }

  /** What a run needs besides the options: the class loader (with plugins) and the pipeline flags. */
  private record Setup(ClassLoader loader, PassRegistry registry, List<String[]> passFlags, InputPrefetch prefetch) {}

  @Override public int run(List<String> rawArgs, ToolIO io) {
    List<String> args = normalizeDashes(rawArgs);
    InputPrefetch prefetch = InputPrefetch.start(io, args);
    // Plugins first: they may register passes that appear as flags.
    ClassLoader loader = MlcOpt.class.getClassLoader();
    List<URL> pluginUrls = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String jar = a.startsWith("--load-plugin=") ? a.substring(14) : a.equals("--load-plugin") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (jar == null) continue;
      Path p = io.resolve(jar);
      if (!Files.isRegularFile(p)) {
        io.err().println("mlc-opt: error: cannot load plugin '" + jar + "': no such file");
        return 1;
      }
      try {
        pluginUrls.add(p.toUri().toURL());
      } catch (IOException e) {
        io.err().println("mlc-opt: error: cannot load plugin '" + jar + "': " + e.getMessage());
        return 1;
      }
    }
    if (!pluginUrls.isEmpty()) loader = new URLClassLoader(pluginUrls.toArray(new URL[0]), loader);
    PassRegistry registry;
    try {
      registry = PassRegistry.load(loader);
    } catch (IllegalStateException e) {
      io.err().println("mlc-opt: error: " + e.getMessage());
      return 1;
    } catch (java.util.ServiceConfigurationError e) {
      io.err().println("mlc-opt: error: could not load a pass: " + e.getMessage());
      return 1;
    }
    // Pass flags, in order; everything else goes to picocli.
    List<String[]> passFlags = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    boolean positional = false;
    for (String a : args) {
      if (!positional && a.equals("--")) positional = true;
      if (!positional && a.startsWith("--")) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        if (registry.lookup(name) != null || registry.pipeline(name) != null) {
          passFlags.add(new String[] {name, eq < 0 ? null : a.substring(eq + 1)});
          continue;
        }
      }
      rest.add(a);
    }
    Options quick = new Options();
    Options o = QuickOptions.read(rest, quick) ? quick : new Options();
    if (o != quick) {
      Integer done = ToolCommand.parse(this, new CommandLine(o), rest, io, VERSION,
          "Run 'mlc-opt --help' for the options, 'mlc-opt --list-passes' for the passes.");
      if (done != null) return done;
    }
    if (o.listPasses) {
      listPasses(registry, io.out());
      return 0;
    }
    if (!o.diagnosticsFormat.equals("text") && !o.diagnosticsFormat.equals("json")) {
      io.err().println("mlc-opt: error: --diagnostics-format must be 'text' or 'json'");
      return 1;
    }
    if (o.passPipeline != null && !passFlags.isEmpty()) {
      io.err().println("mlc-opt: error: --pass-pipeline cannot be combined with individual pass flags");
      return 1;
    }
    if (o.standard.debug) System.setProperty("mlc.debug", "true");
    if (o.noCheckSemantics && o.checkSemantics) {
      io.err().println("mlc-opt: error: --check-semantics and --no-check-semantics contradict each other");
      return 1;
    }
    Setup setup = new Setup(loader, registry, passFlags, prefetch);
    return ToolCommand.guard(this, io, () -> runWith(o, setup, io));
  }

  private int runWith(Options o, Setup setup, ToolIO io) {
    // The first chunk's context is made while the input may still be being read (InputPrefetch).
    MLContext firstContext = MLContext.withAllDialects(setup.loader());
    ToolInput in = InputPrefetch.take(setup.prefetch(), io, o.input);
    byte[] input = in.bytes();
    String bufferName = in.bufferName();
    SourceManager sources = new SourceManager();
    sources.add(bufferName, input);
    PatternLog log = null;
    if (o.debugPatterns != null) {
      List<String> pf = new ArrayList<>(), of = new ArrayList<>();
      for (String f : o.debugPatterns.split(",")) {
        if (f.isBlank()) continue;
        if (f.startsWith("op:")) of.add(f.substring(3));
        else pf.add(f.startsWith("pattern:") ? f.substring(8) : f);
      }
      log = new PatternLog(io.err(), pf, of, !o.debugPatternsSummaryOnly);
      PatternLog.setGlobal(log);
    }
    OutputStream rawOut;
    try {
      rawOut = o.output.equals("-") ? io.out() : Files.newOutputStream(io.resolve(o.output));
    } catch (IOException e) {
      io.err().println("mlc-opt: error: could not open output file '" + o.output + "': " + e.getMessage());
      return 1;
    }
    BufferedOutputStream out = new BufferedOutputStream(rawOut, 1 << 16);
    boolean ok = true;
    try {
      List<SplitInput.Chunk> chunks = o.split != null ? SplitInput.split(input, o.split)
          : List.of(new SplitInput.Chunk(0, input.length, 1));
      for (int i = 0; i < chunks.size(); i++) {
        SplitInput.Chunk c = chunks.get(i);
        ByteArrayOutputStream chunkOut = chunks.size() > 1 ? new ByteArrayOutputStream() : null;
        ok &= processChunk(o, setup, i == 0 ? firstContext : MLContext.withAllDialects(setup.loader()), input, bufferName, c, sources,
            chunkOut != null ? chunkOut : out, io.err());
        if (chunkOut != null) {
          if (i > 0) out.write((o.split + "\n").getBytes(StandardCharsets.UTF_8));
          chunkOut.writeTo(out);
        }
      }
      out.flush();
      if (rawOut != io.out()) rawOut.close();
    } catch (IOException e) {
      io.err().println("mlc-opt: error: could not write output: " + e.getMessage());
      return 1;
    } finally {
      if (log != null) {
        log.printSummary();
        PatternLog.setGlobal(null);
      }
    }
    return ok ? 0 : 1;
  }

  /** Single-dash long options ({@code -allow-unregistered-dialect}, as RUN lines write them) become double-dash. */
  static List<String> normalizeDashes(List<String> args) {
    // Options whose value is optional take it only after '=' (as in MLIR), never from the next argument.
    return ToolCommand.normalizeDashes(args, a -> switch (a.startsWith("--") ? a : "-" + a) {
      case "--split-input-file" -> "--split-input-file=" + SplitInput.MARKER;
      case "--debug-patterns" -> "--debug-patterns=";
      default -> a.startsWith("-o=") ? a : null;
    });
  }

  /** Builds the pipeline of a chunk: flags in order, --pass-pipeline, or the reproducer's. */
  private PassManager buildPipeline(Options o, Setup setup, MLContext ctx) {
    String root = "builtin.module";
    if (o.runReproducer) {
      Object p = ctx.resources().get("external:mlir_reproducer", "pipeline");
      if (!(p instanceof String s)) throw new IllegalArgumentException("--run-reproducer: the input has no mlir_reproducer pipeline resource");
      return PipelineParser.parse(setup.registry(), s, root);
    }
    if (o.passPipeline != null) return PipelineParser.parse(setup.registry(), o.passPipeline, root);
    PassManager pm = new PassManager(root);
    for (String[] f : setup.passFlags()) {
      Pass p = setup.registry().create(f[0]);
      if (p == null) {
        PipelineParser.parseInto(setup.registry(), f[0], pm);
        continue;
      }
      if (f[1] != null) {
        String opts = f[1];
        if (opts.startsWith("{") && opts.endsWith("}")) opts = opts.substring(1, opts.length() - 1);
        PassOptions.apply(p, opts);
      }
      pm.addPass(p);
    }
    return pm;
  }

  /** Parses, verifies, transforms and prints one chunk; returns whether it succeeded. */
  private boolean processChunk(Options o, Setup setup, MLContext ctx, byte[] input, String bufferName, SplitInput.Chunk chunk, SourceManager sources,
                               OutputStream out, PrintStream err) {
    ctx.allowUnregisteredDialects(o.allowUnregistered);
    List<Diagnostic> diags = new ArrayList<>();
    Runnable remove = ctx.diagnostics().addHandler(diags::add);
    Operation module = null;
    boolean ok;
    long t0 = System.nanoTime(), tParse = 0, tVerify = 0, tPasses = 0;
    PassExecutor exec = null;
    PassManager pm = null;
    SemanticsCheck semantics = null;
    PrintOptions printOptions = new PrintOptions(o.generic, o.debugInfo);
    try {
      module = Parser.parse(ctx, bufferName, input, chunk.from(), chunk.to(), chunk.firstLine(), new ParserConfig(o.maxNesting));
      tParse = System.nanoTime() - t0;
      ok = module != null;
      if (ok && o.noImplicitModule && module.location().equals(dev.mlc.ir.Location.file(bufferName, 0, 0))) {
        module.emitError("source must contain a single top-level operation (--no-implicit-module)");
        ok = false;
      }
      long tv = System.nanoTime();
      if (ok) ok = Verifier.verify(module);
      tVerify = System.nanoTime() - tv;
      if (ok) {
        try {
          pm = buildPipeline(o, setup, ctx);
        } catch (IllegalArgumentException e) {
          err.println("mlc-opt: error: " + e.getMessage());
          return false;
        }
        if (!pm.isEmpty()) {
          semantics = prepareSemanticsCheck(o, module);
          boolean singleThread = o.disableThreading || o.printModuleScope || o.runReproducer || semantics != null;
          final PrintOptions dumpOpts = printOptions;
          PassExecutor.Config cfg = new PassExecutor.Config(!o.noVerifyEach, singleThread ? 1 : Math.max(1, o.threads),
              Set.copyOf(o.printBefore), Set.copyOf(o.printAfter), o.printBeforeAll, o.printAfterAll, o.printAfterChange,
              o.printAfterFailure, o.printModuleScope, err, op -> Printer.print(op, dumpOpts),
              o.crashReproducer == null ? null : Path.of(o.crashReproducer));
          exec = new PassExecutor(cfg);
          if (semantics != null) exec.addInstrumentation(semantics.instrumentation());
          long tp = System.nanoTime();
          ok = exec.run(pm, module);
          tPasses = System.nanoTime() - tp;
          if (semantics != null) reportSemantics(o, semantics, module);
        }
      }
      ctx.diagnostics().flush();
    } finally {
      remove.run();
    }
    boolean result;
    if (o.verifyDiagnostics) {
      ExpectedDiagnostics expected = new ExpectedDiagnostics(bufferName, input, chunk.from(), chunk.to(), chunk.firstLine());
      List<String> problems = expected.check(diags);
      for (String p : problems) err.println(p);
      result = problems.isEmpty();
    } else {
      for (Diagnostic d : diags) {
        if (o.diagnosticsFormat.equals("json")) err.println(SourceManager.toJson(d));
        else err.print(sources.render(d));
      }
      result = ok;
    }
    if (semantics != null && semantics.failure() != null) SemanticsCheck.printDetails(semantics.failure(), err);
    long tOut = 0;
    if (ok) {
      long to = System.nanoTime();
      Printer.print(module, printOptions, out);
      try {
        out.write('\n'); // mlir-opt ends each output with an empty line
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      tOut = System.nanoTime() - to;
    }
    if (o.timing) {
      Map<String, Long> before = new LinkedHashMap<>();
      before.put("Parser", tParse);
      before.put("Verifier", tVerify);
      Map<String, Long> after = new LinkedHashMap<>();
      after.put("Output", tOut);
      long total = tParse + tVerify + tPasses + tOut;
      err.print(PassExecutor.formatTiming(exec != null ? exec.timing() : null, total, before, after));
    }
    if (o.statistics && exec != null) err.print(exec.formatStatistics(pm));
    return result;
  }

  /** Whether the user asked for the semantics check (then it warns when it cannot apply). */
  private static boolean semanticsExplicit(Options o) {
    return o.checkSemantics || o.checkSemanticsEntry != null || o.checkSemanticsSeed != null || o.checkSemanticsRtol != null
        || o.checkSemanticsAtol != null || o.checkSemanticsMaxSteps != null;
  }

  /**
   * The semantics check for this chunk, or null when it is off or cannot apply (silently, unless
   * asked for: then a warning says why).
   */
  private static SemanticsCheck prepareSemanticsCheck(Options o, Operation module) {
    if (o.noCheckSemantics || o.runReproducer) return null;
    SemanticsCheck.Options so = SemanticsCheck.Options.DEFAULT;
    if (o.checkSemanticsEntry != null) so = so.withEntry(o.checkSemanticsEntry);
    if (o.checkSemanticsSeed != null) so = so.withSeed(o.checkSemanticsSeed);
    so = so.withTolerances(o.checkSemanticsRtol != null ? o.checkSemanticsRtol : so.rtol(), o.checkSemanticsAtol != null ? o.checkSemanticsAtol : so.atol());
    if (o.checkSemanticsMaxSteps != null) so = so.withMaxSteps(o.checkSemanticsMaxSteps);
    PrintOptions dump = new PrintOptions(o.generic, o.debugInfo);
    SemanticsCheck.Prepared p = SemanticsCheck.prepare(module, so, null, op -> Printer.print(op, dump));
    if (p.check() == null && semanticsExplicit(o)) {
      Operation entry = dev.mlc.ir.interp.Interpreter.findFunction(module, so.entry());
      (entry != null ? entry : module).emitWarning("semantics check skipped: " + p.reason());
    }
    return p.check();
  }

  /** Reports the first pass that changed the results (an error), or why checking stopped early (a warning, if asked for). */
  private static void reportSemantics(Options o, SemanticsCheck check, Operation module) {
    SemanticsCheck.Failure f = check.failure();
    if (f != null) {
      Operation at = f.passTarget();
      if (at == module || at.location().fileLocation() == null) {
        Operation entry = dev.mlc.ir.interp.Interpreter.findFunction(module, o.checkSemanticsEntry != null ? o.checkSemanticsEntry : "main");
        if (entry != null) at = entry;
      }
      at.emitError("semantics check failed: " + f.summary());
    } else if (check.stoppedReason() != null && semanticsExplicit(o)) {
      module.emitWarning("semantics check stopped: " + check.stoppedReason());
    }
  }

  private static void listPasses(PassRegistry registry, PrintStream out) {
    out.println("Passes:");
    for (Class<? extends Pass> c : registry.all()) {
      PassInfo i = c.getAnnotation(PassInfo.class);
      out.printf("  --%-36s - %s%s%n", i.name(), i.summary(), i.anchor().isEmpty() ? "" : " (on '" + i.anchor() + "')");
      for (PassOptions.OptionInfo oi : PassOptions.options(c)) out.printf("      %-34s - %s%n", oi.name() + "=<" + oi.typeName() + ">", oi.description());
    }
    if (!registry.pipelines().isEmpty()) {
      out.println("Pass pipelines:");
      for (PassRegistry.PipelineDef d : registry.pipelines()) out.printf("  --%-36s - %s%n", d.name(), d.summary());
    }
  }
}
