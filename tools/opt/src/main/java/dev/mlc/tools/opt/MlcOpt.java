package dev.mlc.tools.opt;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.SourceManager;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.text.SplitInput;
import dev.mlc.text.diag.ExpectedDiagnostics;
import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlc-opt}: parses, verifies, transforms and prints MLIR text, as upstream {@code mlir-opt}
 * does (see shared/spec/tools.md).
 */
public final class MlcOpt implements Tool {
  public static final String VERSION = "mlc-opt 0.1.0 (MLC multi-level compiler)";

  @Override public String name() { return "mlc-opt"; }

  public static void main(String[] args) { ToolMain.main(new MlcOpt(), args); }

  @Command(name = "mlc-opt", mixinStandardHelpOptions = false, sortOptions = false,
      description = "Parses, verifies, transforms and prints MLIR-syntax IR.")
  static final class Options {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file ('-' or none: standard input).")
    String input = "-";

    @Option(names = "-o", paramLabel = "FILE", description = "Output file (default: standard output).")
    String output = "-";

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

    @Option(names = "--no-implicit-module", description = "Reject input whose top level is not a single module.")
    boolean noImplicitModule;

    @Option(names = "--max-nesting-depth", paramLabel = "N", description = "Deepest nesting of regions/types/attributes accepted (default: ${DEFAULT-VALUE}).")
    int maxNesting = ParserConfig.DEFAULT_MAX_NESTING;

    @Option(names = "--diagnostics-format", paramLabel = "text|json", description = "How diagnostics are printed (default: text).")
    String diagnosticsFormat = "text";

    @Option(names = "--mlir-timing", description = "Print the wall time of each phase to standard error.")
    boolean timing;

    @Option(names = "--debug", description = "Print Java stack traces of internal errors.")
    boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;
  }

  @Override public int run(List<String> rawArgs, ToolIO io) {
    Options o = new Options();
    CommandLine cl = new CommandLine(o);
    cl.setUnmatchedOptionsArePositionalParams(false);
    List<String> args = normalizeDashes(rawArgs);
    try {
      cl.parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      io.err().println("mlc-opt: error: " + e.getMessage());
      io.err().println("Run 'mlc-opt --help' for the options.");
      return 1;
    }
    if (o.help) {
      cl.usage(io.out());
      return 0;
    }
    if (o.version) {
      io.out().println(VERSION);
      return 0;
    }
    if (!o.diagnosticsFormat.equals("text") && !o.diagnosticsFormat.equals("json")) {
      io.err().println("mlc-opt: error: --diagnostics-format must be 'text' or 'json'");
      return 1;
    }
    byte[] input;
    String bufferName;
    try {
      if (o.input.equals("-")) {
        input = io.in().readAllBytes();
        bufferName = "<stdin>";
      } else {
        Path p = io.resolve(o.input);
        input = Files.readAllBytes(p);
        bufferName = o.input;
      }
    } catch (NoSuchFileException e) {
      io.err().println("mlc-opt: error: could not open input file '" + o.input + "': no such file");
      return 1;
    } catch (IOException e) {
      io.err().println("mlc-opt: error: could not read input file '" + o.input + "': " + e.getMessage());
      return 1;
    }
    SourceManager sources = new SourceManager();
    sources.add(bufferName, input);
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
        boolean chunkOk = processChunk(o, input, bufferName, c, sources, chunkOut != null ? chunkOut : out, io.err());
        ok &= chunkOk;
        if (chunkOut != null) {
          if (i > 0) out.write((o.split + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
          chunkOut.writeTo(out);
        }
      }
      out.flush();
      if (rawOut != io.out()) rawOut.close();
    } catch (IOException e) {
      io.err().println("mlc-opt: error: could not write output: " + e.getMessage());
      return 1;
    }
    return ok ? 0 : 1;
  }

  /** Single-dash long options ({@code -allow-unregistered-dialect}, as RUN lines write them) become double-dash. */
  static List<String> normalizeDashes(List<String> args) {
    List<String> r = new ArrayList<>(args.size());
    boolean positionalOnly = false;
    for (String a : args) {
      if (!positionalOnly && a.equals("--")) positionalOnly = true;
      else if (!positionalOnly && a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-' && !a.startsWith("-o=")) a = "-" + a;
      r.add(a);
    }
    return r;
  }

  /** Parses, verifies and prints one chunk; returns whether it succeeded. */
  private boolean processChunk(Options o, byte[] input, String bufferName, SplitInput.Chunk chunk, SourceManager sources,
                               OutputStream out, PrintStream err) {
    MLContext ctx = MLContext.withAllDialects();
    ctx.allowUnregisteredDialects(o.allowUnregistered);
    List<Diagnostic> diags = new ArrayList<>();
    Runnable remove = ctx.diagnostics().addHandler(diags::add);
    Operation module;
    boolean ok;
    long t0 = System.nanoTime(), t1, t2;
    try {
      module = Parser.parse(ctx, bufferName, input, chunk.from(), chunk.to(), chunk.firstLine(), new ParserConfig(o.maxNesting));
      t1 = System.nanoTime();
      ok = module != null;
      if (ok) ok = Verifier.verify(module);
      t2 = System.nanoTime();
      ctx.diagnostics().flush();
    } finally {
      remove.run();
    }
    if (o.verifyDiagnostics) {
      ExpectedDiagnostics expected = new ExpectedDiagnostics(bufferName, input, chunk.from(), chunk.to(), chunk.firstLine());
      List<String> problems = expected.check(diags);
      for (String p : problems) err.println(p);
      if (!problems.isEmpty()) return false;
      if (!ok) return true;
    } else {
      for (Diagnostic d : diags) {
        if (o.diagnosticsFormat.equals("json")) err.println(SourceManager.toJson(d));
        else err.print(sources.render(d));
      }
      if (!ok) return false;
    }
    Printer.print(module, new PrintOptions(o.generic, o.debugInfo), out);
    long t3 = System.nanoTime();
    if (o.timing) {
      err.printf("===-------------------------------------------------------------------------===%n");
      err.printf("                         ... Execution time report ...%n");
      err.printf("===-------------------------------------------------------------------------===%n");
      err.printf("  Total Execution Time: %.4f seconds%n%n", (t3 - t0) / 1e9);
      err.printf("  ----Wall Time----  ----Name----%n");
      err.printf("    %.4f (%5.1f%%)  Parser%n", (t1 - t0) / 1e9, 100.0 * (t1 - t0) / (t3 - t0));
      err.printf("    %.4f (%5.1f%%)  Verifier%n", (t2 - t1) / 1e9, 100.0 * (t2 - t1) / (t3 - t0));
      err.printf("    %.4f (%5.1f%%)  Output%n", (t3 - t2) / 1e9, 100.0 * (t3 - t2) / (t3 - t0));
      err.printf("    %.4f (100.0%%)  Total%n", (t3 - t0) / 1e9);
    }
    return true;
  }
}
