package dev.mlc.tools.run;

import dev.mlc.api.CompileOptions;
import dev.mlc.api.HostTuningTarget;
import dev.mlc.api.Model;
import dev.mlc.api.NDArray;
import dev.mlc.backend.llvm.ParallelRuntime;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.tl.transforms.contraction.Tunables;
import dev.mlc.dialect.tl.transforms.contraction.TuningDb;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.tools.IrSession;
import dev.mlc.tools.StandardOptions;
import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolCommand;
import dev.mlc.tools.ToolError;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolInput;
import dev.mlc.tools.ToolMain;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlc-tune}: finds the kernel parameters that run fastest on this machine for every
 * product and convolution of a model and stores them in a tuning database (docs/tuning.md). The
 * model goes through the graph passes and {@code convert-graph-to-tl}; each distinct tunable op
 * ({@link Tunables}) becomes a module of its own ({@link TuneSearch#standalone}), compiled through
 * the embedding API with each candidate of the search space and timed natively.
 */
public final class MlcTune implements Tool {
  public static final String VERSION = "mlc-tune 0.1.0 (MLC multi-level compiler)";

  /** The passes before {@code tl-matmul-kernel} in {@code graph-to-llvm}: the ops tuned are the ones that pass sees. */
  static final String PREFIX = GraphToLlvmPipeline.PIPELINE.substring(0, GraphToLlvmPipeline.PIPELINE.indexOf(",tl-matmul-kernel"));

  @Override public String name() { return "mlc-tune"; }

  public static void main(String[] args) { ToolMain.main(new MlcTune(), args); }

  @Command(name = "mlc-tune", sortOptions = false, description = "Searches kernel parameters for the products and convolutions of a model on this machine and writes a tuning database.")
  static final class Options {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model (.mlir at the graph or tl level, or .onnx).")
    String input;

    @Option(names = "--tuning-db", required = true, paramLabel = "FILE", description = "The tuning database to write (an existing one is read and its entries kept, those of the ops tuned now replaced).")
    String tuningDb;

    @Option(names = "--threads", paramLabel = "N", description = "Threads the kernels run on while timed, and the entries' thread count (default: the number of cores, as mlc-run).")
    Integer threads;

    @Option(names = "--budget-seconds", paramLabel = "S", description = "Time for the whole search (default: ${DEFAULT-VALUE}); each op gets an even share of what is left, its search stopping after it with the best so far.")
    double budgetSeconds = 120;

    @Option(names = "--input-shape", paramLabel = "NAME=DIMS", description = "Shape of a dynamically shaped ONNX input, e.g. x=1x3x224x224 (repeatable).")
    List<String> inputShapes = new ArrayList<>();

    @Option(names = "--min-time-ms", hidden = true, paramLabel = "MS", description = "Timed runs per candidate: until this much time, at least 3, at most 50.")
    double minTimeMs = 100;

    @Option(names = "--mr", hidden = true, split = ",", paramLabel = "LIST", description = "Restrict the search: register tile rows.")
    List<Integer> mr;

    @Option(names = "--nr", hidden = true, split = ",", paramLabel = "LIST", description = "Restrict the search: register tile columns (multiples of 16).")
    List<Integer> nr;

    @Option(names = "--mc", hidden = true, split = ",", paramLabel = "LIST", description = "Restrict the search: rows per cache block.")
    List<Integer> mc;

    @Option(names = "--kc", hidden = true, split = ",", paramLabel = "LIST", description = "Restrict the search: reduction block.")
    List<Integer> kc;

    @Mixin StandardOptions standard = new StandardOptions();
  }

  @Override public int run(List<String> args, ToolIO io) {
    Options o = new Options();
    Integer done = ToolCommand.parse(this, new CommandLine(o), MlcRun.normalizeDashes(args), io, VERSION);
    if (done != null) return done;
    if (o.standard.debug) System.setProperty("mlc.debug", "true");
    return ToolCommand.guard(this, io, () -> {
      if (o.threads != null && o.threads < 1) throw new ToolError("--threads needs a positive number, got " + o.threads);
      if (!(o.budgetSeconds > 0)) throw new ToolError("--budget-seconds needs a positive number, got " + o.budgetSeconds);
      ToolInput input = ToolInput.read(io, o.input);
      return IrSession.run(input, MlcTune.class.getClassLoader(), false, io, ctx -> tune(o, io, ctx, input));
    });
  }

  private int tune(Options o, ToolIO io, MLContext ctx, ToolInput input) {
    Operation module = o.input.endsWith(".onnx") ? MlcRun.loadOnnx(ctx, io, io.resolve(o.input), onnxShapes(o.inputShapes))
        : Parser.parse(ctx, input.bufferName(), input.bytes(), ParserConfig.DEFAULT);
    if (module == null || !Verifier.verify(module)) throw new ToolError.Reported();
    MlcRun.runPipeline(PREFIX, module, "the graph passes");
    int threads = o.threads != null ? o.threads : Runtime.getRuntime().availableProcessors();
    TuningDb.Target target = HostTuningTarget.target(TargetOptions.host());
    Path dbFile = io.resolve(o.tuningDb);
    TuningDb db = new TuningDb();
    if (Files.exists(dbFile)) {
      try {
        db = TuningDb.load(dbFile);
      } catch (IOException | IllegalArgumentException e) {
        throw new ToolError("cannot read the tuning database " + o.tuningDb + ": " + e.getMessage());
      }
    }
    List<Tunables.Tunable> ops = distinct(Tunables.find(module, true));
    if (ops.isEmpty()) io.err().println("mlc-tune: no tunable op (f32 matmul, gemm or unit-width-stride conv2d on static shapes) in " + o.input);
    TuneSearch.Space space = TuneSearch.Space.of(o.mr, o.nr, o.mc, o.kc);
    Progress progress = new Progress(io.err(), io.err() == System.err && System.console() != null && System.console().isTerminal(), columns(io));
    long start = System.nanoTime();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      double share = (o.budgetSeconds * 1e3 - (System.nanoTime() - start) / 1e6) / (ops.size() - i); // what earlier ops left, shared evenly
      Tunables.Tunable t = ops.get(i);
      String name = String.format(Locale.ROOT, "op %d/%d %s %s", i + 1, ops.size(), t.kind(), shapeText(t));
      TuneSearch s = new TuneSearch(t, threads, o.minTimeMs, progress, name);
      TuneSearch.Result r = s.run(space.candidates(t), share);
      progress.done();
      if (r == null) {
        io.err().println("mlc-tune: " + name + ": no candidate compiled; no entry");
        continue;
      }
      db.put(new TuningDb.Entry(new TuningDb.Key(t.kind(), t.shape(), t.dtype(), target, threads), r.params(), r.ms(), r.defaultMs()));
      rows.add(String.format(Locale.ROOT, "%-8s %-44s %10.4f %10.4f %7.2fx  %s (%d/%d candidates)", t.kind(), shapeText(t), r.defaultMs(), r.ms(), r.defaultMs() / r.ms(),
          r.params(), r.timed(), r.total()));
    }
    try {
      db.save(dbFile);
    } catch (IOException e) {
      throw new ToolError("cannot write the tuning database " + o.tuningDb + ": " + e.getMessage());
    }
    PrintStream out = io.out();
    out.printf(Locale.ROOT, "target %s (%s), %d thread(s)%n", target.id(), target.cpu(), threads);
    out.printf(Locale.ROOT, "%-8s %-44s %10s %10s %8s  %s%n", "op", "shape", "default_ms", "tuned_ms", "speedup", "params");
    rows.forEach(out::println);
    out.printf(Locale.ROOT, "wrote %s (%d entries)%n", o.tuningDb, db.entries().size());
    return 0;
  }

  private static int columns(ToolIO io) {
    String c = io.env() == null ? null : io.env().get("COLUMNS");
    try {
      return c == null ? 120 : Integer.parseInt(c.trim());
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  static String shapeText(Tunables.Tunable t) { return new TuningDb.Key(t.kind(), t.shape(), t.dtype(), new TuningDb.Target("", ""), 1).shapeText(); }

  /** One per kind and shape, in first-seen order. */
  private static List<Tunables.Tunable> distinct(List<Tunables.Tunable> all) {
    List<Tunables.Tunable> r = new ArrayList<>();
    for (Tunables.Tunable t : all)
      if (r.stream().noneMatch(x -> x.kind().equals(t.kind()) && x.shape().equals(t.shape()) && x.dtype().equals(t.dtype()))) r.add(t);
    return r;
  }

  private static java.util.Map<String, long[]> onnxShapes(List<String> specs) {
    try {
      return dev.mlc.onnx.OnnxShapes.parse(specs);
    } catch (dev.mlc.onnx.OnnxImportException e) {
      throw new ToolError(e.getMessage().replaceFirst("^error: ", ""));
    }
  }

  /** The progress line: rewritten in place on a terminal, one plain line per candidate otherwise. */
  static final class Progress {
    private final PrintStream err;
    private final boolean tty;
    private final int width;
    private int last;

    /** {@code width}: the terminal's columns ({@code $COLUMNS}, else 120). */
    Progress(PrintStream err, boolean tty, int width) {
      this.err = err;
      this.tty = tty;
      this.width = Math.max(40, width);
    }

    void show(String line) {
      if (!tty) {
        err.println("mlc-tune: " + line);
        return;
      }
      if (line.length() > width - 1) line = line.substring(0, width - 4) + "..."; // a wrapped line could not be rewritten in place
      String padded = line.length() < last ? line + " ".repeat(last - line.length()) : line;
      err.print("\r" + padded);
      err.flush();
      last = line.length();
    }

    void done() {
      if (tty && last > 0) err.println();
      last = 0;
    }
  }

  /** Compiles {@code module} with {@code pipeline}, without the cache; throws {@link dev.mlc.api.ModelException} when it does not compile. */
  static Model compile(Operation module, String pipeline) { return Model.compile(module, CompileOptions.defaults().withoutCache().withPipeline(pipeline)); }

  /** The median time of the entry over its runs: two warm-up calls, then calls until {@code minTimeMs} has passed (at least 3, at most 50). */
  static double time(Model m, NDArray[] inputs, int threads, double minTimeMs) {
    try (Arena arena = Arena.ofConfined()) {
      NDArray[] in = new NDArray[inputs.length];
      for (int i = 0; i < in.length; i++) in[i] = inputs[i].toSegment(arena);
      return ParallelRuntime.withThreads(threads, () -> {
        NDArray[] outs = m.call(arena, in); // warm-up
        m.callInto(in, outs);
        List<Double> times = new ArrayList<>();
        double total = 0;
        while (times.size() < 50 && (times.size() < 3 || total < minTimeMs)) {
          long s = System.nanoTime();
          m.callInto(in, outs);
          double ms = (System.nanoTime() - s) / 1e6;
          times.add(ms);
          total += ms;
        }
        return median(times);
      });
    }
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }
}
