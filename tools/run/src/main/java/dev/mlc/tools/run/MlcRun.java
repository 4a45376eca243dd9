package dev.mlc.tools.run;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Compare;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Npy;
import dev.mlc.ir.interp.RandomInputs;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.backend.llvm.Profiler;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.lowering.tollvm.ProfileGraphOpsPass;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.text.TypePrinting;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlc-run}: runs a module's entry function on {@code .npy} or random inputs and writes or
 * prints its results (see shared/spec/tools.md). By default the module is lowered with the
 * {@code graph-to-llvm} pipeline, JIT-compiled and called natively through the embedding API
 * ({@link NativeRun}, {@code dev.mlc.api.Model}; compiled code is cached on disk);
 * {@code --check-against-interpreter} also interprets it and compares. With {@code --interpret}
 * the reference interpreter runs the module at whatever level it is.
 */
public final class MlcRun implements Tool {
  public static final String VERSION = "mlc-run 0.1.0 (MLC multi-level compiler)";

  @Override public String name() { return "mlc-run"; }

  public static void main(String[] args) { ToolMain.main(new MlcRun(), args); }

  @Command(name = "mlc-run", sortOptions = false, description = "Runs the entry function of a module on .npy or random inputs.")
  static final class Options {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input module ('-' or none: standard input).")
    String input = "-";

    @Option(names = "--entry", paramLabel = "NAME", description = "The function to run (default: ${DEFAULT-VALUE}).")
    String entry = "main";

    @Option(names = "--input", paramLabel = "NAME=FILE.npy", description = "An input: argN= by position, or the argument's graph.name (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--random-inputs", description = "Generate the inputs not given with --input (floats in [-1, 1), integers in [0, 8), fair booleans).")
    boolean randomInputs;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of --random-inputs (default: ${DEFAULT-VALUE}).")
    long seed = 0;

    @Option(names = "--input-shape", paramLabel = "NAME=DIMS", description = "Shape of a dynamically shaped input for --random-inputs, e.g. x=1x3x224x224 (repeatable).")
    List<String> inputShapes = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each result as DIR/out0.npy, out1.npy, ...")
    String outputDir;

    @Option(names = "--print-outputs", description = "Print each result.")
    boolean printOutputs;

    @Option(names = "--pipeline", paramLabel = "PIPELINE", description = "A pass pipeline to run first, e.g. 'builtin.module(canonicalize)'.")
    String pipeline;

    @Option(names = "--interpret", description = "Run the reference interpreter instead of native code.")
    boolean interpret;

    @Option(names = "--check-against-interpreter", description = "Compare native results with the interpreter's (needs native code).")
    boolean checkAgainstInterpreter;

    @Option(names = "--rtol", paramLabel = "R", description = "Relative tolerance of --check-against-interpreter (default: ${DEFAULT-VALUE}).")
    double rtol = 1e-4;

    @Option(names = "--atol", paramLabel = "A", description = "Absolute tolerance of --check-against-interpreter (default: ${DEFAULT-VALUE}).")
    double atol = 1e-5;

    @Option(names = "--bench", paramLabel = "N", description = "Run the entry N times after warm-up runs (native: the first, then more within 50 ms) and print a 'bench:' line.")
    Integer bench;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for native code (default: the number of cores; the interpreter uses one).")
    Integer threads;

    @Option(names = "--no-cache", description = "Compile without reading or writing the on-disk cache of compiled code.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Directory of the on-disk cache of compiled code (default: $MLC_CACHE_DIR, else ~/.cache/mlc/compiled; see docs/embedding.md).")
    String cacheDir;

    @Option(names = "--profile", arity = "0..1", paramLabel = "TRACE.json", fallbackValue = "",
        description = "Time each graph op of the native run (a table per op and location); with a file name, also write a Chrome trace JSON there.")
    String profile;

    @Option(names = "--allow-unregistered-dialect", description = "Allow ops, types and attributes of unknown dialects.")
    boolean allowUnregistered;

    @Option(names = "--tuning-db", paramLabel = "FILE", description = "Compile with the kernel parameters of this tuning database (written by mlc-tune) for this CPU and --threads; see docs/tuning.md.")
    String tuningDb;

    @Mixin QuantizedRun.Options quant = new QuantizedRun.Options();

    @Mixin StandardOptions standard = new StandardOptions();
  }

  @Override public int run(List<String> args, ToolIO io) {
    Options o = new Options();
    Integer done = ToolCommand.parse(this, new CommandLine(o), normalizeDashes(args), io, VERSION);
    if (done != null) return done;
    if (o.standard.debug) System.setProperty("mlc.debug", "true");
    return ToolCommand.guard(this, io, () -> {
      checkOptions(o);
      return runWith(o, io);
    });
  }

  /** {@code --threads}, by default the number of cores. */
  private static int threads(Options o) { return o.threads != null ? o.threads : Runtime.getRuntime().availableProcessors(); }

  /** The threads native code runs on: {@code --threads N}; without it the sequential pipeline runs, on one thread. */
  private static int effectiveThreads(Options o) { return threads(o); }

  private static void checkOptions(Options o) {
    if (o.bench != null && o.bench < 1) throw new ToolError("--bench needs a positive number of runs, got " + o.bench);
    if (o.threads != null && o.threads < 1) throw new ToolError("--threads needs a positive number, got " + o.threads);
    if (!(o.rtol >= 0) || !(o.atol >= 0)) throw new ToolError("--rtol and --atol must be non-negative");
    if (o.noCache && o.cacheDir != null) throw new ToolError("--no-cache and --cache-dir contradict each other");
    if (o.profile != null && o.interpret) throw new ToolError("--profile times native code; it cannot be combined with --interpret");
    if (o.tuningDb != null && o.interpret) throw new ToolError("--tuning-db tunes native code; it cannot be combined with --interpret");
    if (o.checkAgainstInterpreter && o.interpret)
      throw new ToolError("--check-against-interpreter compares native code with the interpreter; with --interpret there is nothing to compare");
  }

  /** Single-dash long options ({@code -entry}) become double-dash, as in mlc-opt. */
  static List<String> normalizeDashes(List<String> args) { return ToolCommand.normalizeDashes(args, a -> null); }

  private int runWith(Options o, ToolIO io) {
    long t0 = System.nanoTime();
    ToolInput input = ToolInput.read(io, o.input);
    return IrSession.run(input, MlcRun.class.getClassLoader(), o.allowUnregistered, io,
        ctx -> execute(o, io, ctx, input.bytes(), input.bufferName(), t0));
  }

  private int execute(Options o, ToolIO io, MLContext ctx, byte[] source, String bufferName, long t0) {
    Operation module = o.input.endsWith(".onnx") ? loadOnnx(ctx, io, io.resolve(o.input), onnxShapes(io, o.inputShapes)) : Parser.parse(ctx, bufferName, source, ParserConfig.DEFAULT);
    if (module == null) throw new ToolError.Reported();
    long tParsed = System.nanoTime();
    if (!Verifier.verify(module)) throw new ToolError.Reported();
    long tVerified = System.nanoTime();
    if (o.pipeline != null) runPipeline(o.pipeline, module);
    QuantizedRun quantized = o.quant.quantize ? QuantizedRun.prepare(o.quant, io, ctx, module, o.entry, o.seed) : null;
    long tPipeline = System.nanoTime();

    Operation entry = Interpreter.findFunction(module, o.entry);
    if (entry == null) throw new ToolError("no entry function '@" + o.entry + "' in " + displayName(o) + functionList(module));
    List<Type> argTypes = SemanticsCheck.argumentTypes(entry);
    if (entry.region(0).numBlocks() == 0) throw new ToolError("cannot run '@" + o.entry + "': it is a declaration without a body");
    Object[] given = loadInputs(o, io, entry, argTypes);

    List<Type> resultTypes = SemanticsCheck.resultTypes(entry);
    List<Double> times = new ArrayList<>();
    Object[] results = null;
    int runs = o.bench == null ? 1 : o.bench + 1;
    List<String> phases = new ArrayList<>();
    if (o.interpret) {
      for (int r = 0; r < runs; r++) {
        Object[] inputs = inputsFor(o, argTypes, given, entry);
        long s = System.nanoTime();
        results = interpret(ctx, entry, inputs, o.entry);
        if (r > 0 || o.bench == null) times.add((System.nanoTime() - s) / 1e6);
      }
    } else {
      Object[] inputs = inputsFor(o, argTypes, given, entry);
      // Parallel loops on the parallel runtime whenever more than one thread runs them (the default: one per core, as tools.md says)
      String pipeline = threads(o) > 1 ? GraphToLlvmPipeline.PARALLEL_NAME : GraphToLlvmPipeline.NAME;
      NativeRun nr = NativeRun.run(module, o.entry, cacheOptions(o, io).withPipeline(pipeline), argTypes, resultTypes, inputs, runs,
          threads(o), o.profile == null ? null : new NativeRun.Profiling(o.profile, io));
      phases.addAll(nr.phases());
      if (o.bench != null) times.addAll(nr.times().subList(1, nr.times().size()));
      else times.addAll(nr.times());
      results = nr.results();
      if (o.checkAgainstInterpreter) {
        Object[] expected = interpret(ctx, entry, inputsFor(o, argTypes, given, entry), o.entry);
        Compare.Result c = Compare.compare(expected, results, o.rtol, o.atol);
        if (!c.ok()) {
          entry.emitError("native results of '@" + o.entry + "' differ from the interpreter's on " + (o.randomInputs ? "random inputs (seed " + o.seed + ")" : "the inputs")
              + ": " + c.report());
          throw new ToolError.Reported();
        }
        io.err().printf(Locale.ROOT, "check-against-interpreter: ok (%d results; max abs error %.3g, max rel error %.3g)%n", results.length,
            c.maxAbsError(), c.maxRelError());
      }
    }
    if (o.outputDir != null) {
      List<Tensor> outs = new ArrayList<>();
      for (int i = 0; i < results.length; i++) outs.add(toTensor(results[i], i < resultTypes.size() ? resultTypes.get(i) : null, i, entry));
      writeOutputs(io.resolve(o.outputDir), outs);
    }
    if (o.printOutputs) {
      for (int i = 0; i < results.length; i++) {
        Type t = i < resultTypes.size() ? resultTypes.get(i) : null;
        Tensor v = asTensorOrNull(results[i], t);
        String type = t != null ? TypePrinting.toString(t) : v != null ? describeType(v) : results[i].getClass().getSimpleName();
        io.out().println("out" + i + ": " + type + " = " + (v != null ? format(v) : String.valueOf(results[i])));
      }
    }
    if (o.bench != null) {
      PrintStream out = io.out();
      out.printf(Locale.ROOT, "parse: %.3f ms%nverify: %.3f ms%npipeline: %.3f ms%n", (tParsed - t0) / 1e6, (tVerified - tParsed) / 1e6,
          (tPipeline - tVerified) / 1e6);
      for (String p : phases) out.println(p);
      List<Double> sorted = new ArrayList<>(times);
      sorted.sort(null);
      double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2) : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
      out.printf(Locale.ROOT, "bench: median_ms=%.3f min_ms=%.3f runs=%d threads=%d%n", median, sorted.get(0), o.bench, o.interpret ? 1 : effectiveThreads(o));
    }
    if (quantized != null) reportQuantization(o, io, ctx, quantized, entry, argTypes, resultTypes, given, results);
    return 0;
  }

  /** --quantize: runs the f32 model (natively, or interpreted with --interpret) on the quantized run's inputs and prints the accuracy report. */
  private void reportQuantization(Options o, ToolIO io, MLContext ctx, QuantizedRun q, Operation entry, List<Type> argTypes, List<Type> resultTypes,
                                  Object[] given, Object[] results) {
    Object[] inputs = inputsFor(o, argTypes, given, entry);
    Object[] f32 = o.interpret ? interpret(ctx, Interpreter.findFunction(q.reference(), o.entry), inputs, o.entry)
        : NativeRun.run(q.reference(), o.entry, cacheOptions(o, io), argTypes, resultTypes, inputs, 1, threads(o), null).results();
    QuantizedRun.report(io.out(), f32, results);
  }

  /** The embedding API's options for --no-cache and --cache-dir. */
  private static dev.mlc.api.CompileOptions cacheOptions(Options o, ToolIO io) {
    dev.mlc.api.CompileOptions c = dev.mlc.api.CompileOptions.defaults().withEntry(o.entry);
    if (o.tuningDb != null) c = c.withTuningDb(io.resolve(o.tuningDb), threads(o));
    if (o.noCache) return c.withoutCache();
    if (o.cacheDir != null) return c.withCacheDir(io.resolve(o.cacheDir));
    String env = io.env() == null ? null : io.env().get("MLC_CACHE_DIR"); // the tool's environment (in-process runs have their own)
    return env != null && !env.isEmpty() ? c.withCacheDir(io.resolve(env)) : c;
  }

  /** An ONNX model imported into the graph dialect ({@code --input-shape NAME=DxD...} pins dynamic input dimensions); errors go to standard error. */
  static Operation loadOnnx(MLContext ctx, ToolIO io, java.nio.file.Path file, Map<String, long[]> inputShapes) {
    try {
      return dev.mlc.onnx.OnnxImporter.importModel(ctx, file, dev.mlc.onnx.OnnxImporter.Options.DEFAULT.withInputShapes(inputShapes));
    } catch (dev.mlc.onnx.OnnxImportException e) {
      io.err().println(e.getMessage());
      throw new ToolError.Reported();
    }
  }

  private static Map<String, long[]> onnxShapes(ToolIO io, List<String> specs) {
    try {
      return dev.mlc.onnx.OnnxShapes.parse(specs);
    } catch (dev.mlc.onnx.OnnxImportException e) {
      throw new ToolError(e.getMessage().replaceFirst("^error: ", ""));
    }
  }

  /** Runs {@code entry} in the reference interpreter; a fault is a located error. */
  private static Object[] interpret(MLContext ctx, Operation entry, Object[] inputs, String name) {
    Interpreter in = new Interpreter(ctx);
    try {
      return in.call(entry, inputs);
    } catch (InterpreterException e) {
      if (e.op() != null) e.op().emitError(e.describe());
      else entry.emitError("interpreting '@" + name + "': " + e.getMessage());
      throw new ToolError.Reported();
    }
  }

  private static String displayName(Options o) { return o.input.equals("-") ? "<stdin>" : o.input; }

  private static String functionList(Operation module) {
    List<String> names = new ArrayList<>();
    for (Operation op : module.region(0).front())
      if (op.attr("sym_name") instanceof StringAttr s && op.numRegions() > 0) names.add("@" + s.value());
    return names.isEmpty() ? " (it defines no functions)" : " (functions: " + String.join(", ", names) + ")";
  }

  private static void runPipeline(String text, Operation module) { runPipeline(text, module, "--pipeline"); }

  static void runPipeline(String text, Operation module, String what) {
    PassManager pm;
    try {
      pm = PipelineParser.parse(PassRegistry.load(MlcRun.class.getClassLoader()), text, "builtin.module");
    } catch (IllegalArgumentException e) {
      throw new ToolError(what + ": " + e.getMessage());
    }
    PassExecutor exec = new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1));
    if (!exec.run(pm, module)) throw new ToolError.Reported();
  }

  // ---- inputs ----

  /** The name an argument answers to besides argN: its graph.name attribute, or null. */
  private static String argName(Operation entry, int i) {
    if (entry.attr("arg_attrs") instanceof ArrayAttr a && i < a.size() && a.get(i) instanceof DictionaryAttr d
        && d.get("graph.name") instanceof StringAttr s)
      return s.value();
    return null;
  }

  private static String describeArg(Operation entry, int i, List<Type> types) {
    String n = argName(entry, i);
    return "argument #" + i + " (" + (n != null ? "'" + n + "', " : "") + TypePrinting.toString(types.get(i)) + ")";
  }

  /** Reports an error about argument {@code i} at its location (the function's when it has none). */
  private static ToolError.Reported argError(Operation entry, int i, String message) {
    dev.mlc.ir.Location loc = entry.region(0).front().argument(i).location();
    if (loc == null || loc.fileLocation() == null) loc = entry.location();
    entry.context().diagnostics().emit(new Diagnostic(dev.mlc.ir.diag.Severity.ERROR, loc, message));
    return new ToolError.Reported();
  }

  private static int argIndex(Operation entry, String name, int count) {
    if (name.matches("arg[0-9]+")) {
      int i = Integer.parseInt(name.substring(3));
      if (i < count) return i;
    }
    for (int i = 0; i < count; i++) if (name.equals(argName(entry, i))) return i;
    return -1;
  }

  private static String argNames(Operation entry, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String n = argName(entry, i);
      names.add("arg" + i + (n != null ? " or " + n : ""));
    }
    return names.isEmpty() ? "it takes no arguments" : "its arguments are " + String.join(", ", names);
  }

  /** The values of the --input files, by argument position (null where none was given). */
  private Object[] loadInputs(Options o, ToolIO io, Operation entry, List<Type> types) {
    Object[] given = new Object[types.size()];
    for (String spec : o.inputs) {
      int eq = spec.indexOf('=');
      if (eq <= 0) throw new ToolError("--input expects NAME=FILE.npy, got '" + spec + "'");
      String name = spec.substring(0, eq), file = spec.substring(eq + 1);
      int i = argIndex(entry, name, types.size());
      if (i < 0) throw new ToolError("--input " + name + ": '@" + o.entry + "' has no argument named '" + name + "'; " + argNames(entry, types.size()));
      if (given[i] != null) throw new ToolError("--input " + name + ": " + describeArg(entry, i, types) + " is given twice");
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(io.resolve(file));
      } catch (NoSuchFileException e) {
        throw new ToolError("--input " + name + ": cannot open '" + file + "': no such file");
      } catch (IOException e) {
        throw new ToolError("--input " + name + ": cannot read '" + file + "': " + e.getMessage());
      }
      Type t = types.get(i);
      Type et = t instanceof ShapedType st ? st.elementType() : t;
      Tensor v;
      try {
        v = Npy.read(bytes, et);
      } catch (Npy.FormatException | InterpreterException e) {
        throw argError(entry, i, file + ": " + e.getMessage() + ", for " + describeArg(entry, i, types));
      }
      long[] want = t instanceof ShapedType st && st.hasRank() ? st.shape() : new long[0];
      if (!fits(want, v.shape())) {
        throw argError(entry, i, file + " has shape " + dims(v.shape()) + ", but " + describeArg(entry, i, types) + " needs shape " + dims(want));
      }
      given[i] = v;
    }
    return given;
  }

  private static boolean fits(long[] want, long[] have) {
    if (want.length != have.length) return false;
    for (int k = 0; k < want.length; k++) if (want[k] >= 0 && want[k] != have[k]) return false;
    return true;
  }

  private static String dims(long[] shape) {
    if (shape.length == 0) return "() (a scalar)";
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < shape.length; k++) b.append(k > 0 ? "x" : "").append(shape[k] < 0 ? "?" : Long.toString(shape[k]));
    return b.toString();
  }

  /** Fresh input values for one run (memrefs are mutable, so every run gets its own). */
  private Object[] inputsFor(Options o, List<Type> types, Object[] given, Operation entry) {
    Object[] r = new Object[types.size()];
    Map<Integer, long[]> shapes = inputShapes(o, entry, types);
    for (int i = 0; i < r.length; i++) {
      Type t = types.get(i);
      if (given[i] != null) {
        r[i] = asValue((Tensor) given[i], t);
        continue;
      }
      if (!o.randomInputs)
        throw new ToolError("missing input for " + describeArg(entry, i, types) + " of '@" + o.entry + "'; give it with --input arg" + i
            + "=FILE.npy or use --random-inputs");
      Type gen = t;
      if (t instanceof ShapedType st && st.hasRank() && !st.hasStaticShape()) {
        long[] s = shapes.get(i);
        if (s == null)
          throw new ToolError(describeArg(entry, i, types) + " has a dynamic shape; give it with --input-shape arg" + i + "=DIMS or --input");
        if (!fits(st.shape(), s)) throw new ToolError("--input-shape " + dims(s) + " does not fit " + describeArg(entry, i, types));
        gen = t instanceof MemRefType ? new MemRefType(s, st.elementType()) : new RankedTensorType(s, st.elementType());
      }
      String why = RandomInputs.unsupportedReason(gen);
      if (why != null) throw new ToolError("cannot generate a random value for " + describeArg(entry, i, types) + ": " + why);
      r[i] = RandomInputs.generate(gen, RandomInputs.streamFor(o.seed, i));
    }
    return r;
  }

  private Map<Integer, long[]> inputShapes(Options o, Operation entry, List<Type> types) {
    Map<Integer, long[]> m = new LinkedHashMap<>();
    for (String spec : o.inputShapes) {
      int eq = spec.indexOf('=');
      if (eq <= 0) throw new ToolError("--input-shape expects NAME=DIMS (e.g. x=1x3x224x224), got '" + spec + "'");
      int i = argIndex(entry, spec.substring(0, eq), types.size());
      if (i < 0) throw new ToolError("--input-shape " + spec.substring(0, eq) + ": no such argument; " + argNames(entry, types.size()));
      String d = spec.substring(eq + 1);
      try {
        m.put(i, d.isEmpty() ? new long[0] : Arrays.stream(d.split("x")).mapToLong(Long::parseLong).toArray());
      } catch (NumberFormatException e) {
        throw new ToolError("--input-shape " + spec + ": dimensions must be numbers separated by 'x'");
      }
    }
    return m;
  }

  /** A tensor read from a file as the value an argument of type {@code t} takes. */
  private static Object asValue(Tensor v, Type t) {
    if (t instanceof MemRefType) return Buffer.of(v);
    if (t instanceof ShapedType) return v;
    return v.get(0);
  }

  // ---- outputs ----

  /** A result as a tensor, or null when it is not an array (an LLVM-level pointer, say); throws when it cannot be read. */
  private static Tensor asTensor(Object v, Type t) {
    if (v instanceof Tensor tv) return tv;
    if (v instanceof Buffer b) return b.toTensor();
    if ((v instanceof Long || v instanceof Double) && t != null && !(t instanceof ShapedType)) {
      Tensor s = Tensor.zeros(t, new long[0]);
      s.set(0, v);
      return s;
    }
    return null;
  }

  /** A result as a tensor, or null when it is not an array or cannot be read. */
  private static Tensor asTensorOrNull(Object v, Type t) {
    try {
      return asTensor(v, t);
    } catch (InterpreterException e) {
      return null;
    }
  }

  private static Tensor toTensor(Object v, Type t, int i, Operation entry) {
    Tensor r;
    try {
      r = asTensor(v, t);
    } catch (InterpreterException e) {
      entry.emitError("result #" + i + " cannot be read: " + e.getMessage());
      throw new ToolError.Reported();
    }
    if (r == null) throw new ToolError("result #" + i + (t != null ? " of type " + TypePrinting.toString(t) : "") + " cannot be written as an array");
    return r;
  }

  private static void writeOutputs(Path dir, List<Tensor> outs) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < outs.size(); i++) Files.write(dir.resolve("out" + i + ".npy"), Npy.write(outs.get(i)));
    } catch (Npy.FormatException e) {
      throw new ToolError("cannot write the results: " + e.getMessage());
    } catch (IOException e) {
      throw new ToolError("cannot write the results to '" + dir + "': " + e.getMessage());
    }
  }

  private static String describeType(Tensor t) {
    return TypePrinting.toString(new RankedTensorType(t.shape(), t.elementType()));
  }

  /** Elements printed before the rest is elided (as NumPy's threshold). */
  static final int PRINT_LIMIT = 1000;

  /** A tensor as nested brackets in row-major order ({@code [[1.0, 2.0], [3.0, 4.0]]}); a rank-0 tensor as its element. */
  static String format(Tensor t) {
    StringBuilder b = new StringBuilder();
    if (t.rank() == 0) return element(t, 0);
    int[] next = {0};
    nest(t, 0, next, b);
    return b.toString();
  }

  private static void nest(Tensor t, int dim, int[] next, StringBuilder b) {
    b.append('[');
    for (long k = 0; k < t.dim(dim); k++) {
      if (k > 0) b.append(", ");
      if (next[0] >= PRINT_LIMIT && t.size() > PRINT_LIMIT) {
        b.append("...");
        next[0] = t.size();
        break;
      }
      if (dim + 1 < t.rank()) nest(t, dim + 1, next, b);
      else b.append(element(t, next[0]++));
    }
    b.append(']');
  }

  private static String element(Tensor t, int i) {
    Type et = t.elementType();
    if (et instanceof IntegerType it && it.width() == 1) return t.getLong(i) != 0 ? "true" : "false";
    if (!t.isFloat()) return Long.toString(t.getLong(i));
    double d = t.getDouble(i);
    if (et == FloatType.F64) return Double.toString(d);
    return Float.toString((float) d);
  }
}
