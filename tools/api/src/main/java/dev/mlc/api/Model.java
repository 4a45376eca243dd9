package dev.mlc.api;

import dev.mlc.backend.llvm.BackendException;
import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.LlvmModule;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.llvm.ir.FuncOp;
import dev.mlc.dialect.tl.transforms.contraction.TuningDb;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import dev.mlc.ir.diag.SourceManager;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.text.TypePrinting;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A model compiled to native code once and called many times from Java (docs/embedding.md).
 *
 * <p>{@link #compile} parses a graph-level module (a {@code .mlir} file, text, an in-memory module,
 * or a file a {@link ModelFrontend} reads), lowers it with the {@code graph-to-llvm} pipeline and
 * JIT-compiles its entry. A model with dynamic dimensions ({@code tensor<?x784xf32>}) is compiled
 * on its first call with each distinct set of input shapes: the entry is specialized to them
 * (static argument types, graph ops' result types inferred again) and kept in memory; compiled
 * code is also kept in an on-disk cache ({@link CompileOptions}), so a later process starts without
 * lowering or compiling again.
 *
 * <p>Every call checks the arguments against the {@link #signature()} (count, element types,
 * shapes; for segments: native or heap, alive, aligned to the element size, large enough; outputs
 * writable) before native code runs; a wrong call is a {@link ModelException}.
 *
 * <p>Threads: a model may be called from any number of threads at once. Each call has its own
 * native buffers (arguments copied from Java arrays, out-parameters) and results; compiled code is
 * reentrant and each specialization's LLJIT is only used under its lock, to compile and look up.
 * Compiling a new specialization is serialized per model. {@link #close} waits for calls in
 * progress, then frees all native code; later calls are refused with an {@link IllegalStateException}.
 */
public final class Model implements AutoCloseable {
  private final MLContext ctx;
  private final Operation module; // this model's copy, never lowered
  private final String entry;
  private final List<Type> argTypes, resultTypes;
  private final Signature signature;
  private final TargetOptions target;
  private final CompileCache cache;
  private final boolean dynamic;
  private final SourceManager sources;
  private final Map<String, Executable> compiled = new ConcurrentHashMap<>();
  private final Object compileLock = new Object();
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private volatile CompileStats lastStats;
  private boolean closed;
  private final String pipeline;
  /** What the cache key says of the pipeline: {@link #pipeline}, with a tuning database's content hash in place of its path. */
  private final String keyPipeline;

  private Model(Operation source, CompileOptions options, SourceManager sources) {
    this.ctx = source.context();
    this.sources = sources;
    this.entry = options.entry();
    String base = options.pipeline() != null ? options.pipeline() : GraphToLlvmPipeline.NAME;
    this.target = options.target() != null ? options.target() : TargetOptions.host();
    if (options.tuningDb() == null) {
      this.pipeline = base;
      this.keyPipeline = base;
    } else {
      Path db = options.tuningDb().toAbsolutePath();
      String text;
      try {
        text = Files.readString(db, StandardCharsets.UTF_8);
        TuningDb.fromJson(text);
      } catch (IOException | IllegalArgumentException e) {
        throw new ModelException("cannot read the tuning database " + db + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
      }
      String tuning = "tuning-target=" + new TuningDb.Target(target.cpu(), target.features()).id() + " tuning-threads=" + options.tuningThreads();
      this.pipeline = withTuning(CompileCache.pipelineText(base), "tuning-db='" + db + "' " + tuning);
      this.keyPipeline = withTuning(CompileCache.pipelineText(base), "tuning-db=sha256:" + TuningDb.sha256(text) + " " + tuning);
    }
    Path dir = options.effectiveCacheDir();
    this.cache = dir == null ? null : new CompileCache(dir);
    this.module = source.clone();
    Operation f = Interpreter.findFunction(module, entry);
    if (f == null) throw new ModelException("no entry function '@" + entry + "' in the module" + functionList(module));
    if (f.region(0).numBlocks() == 0) throw new ModelException("cannot compile '@" + entry + "': it is a declaration without a body");
    this.argTypes = SemanticsCheck.argumentTypes(f);
    this.resultTypes = SemanticsCheck.resultTypes(f);
    this.signature = new Signature(entry, specs(f, argTypes, "arg_attrs", "arg"), specs(f, resultTypes, "res_attrs", "out"));
    this.dynamic = Specializer.isDynamic(argTypes);
    if (!dynamic) executable(List.of()); // compile now: errors surface here
  }

  // ---- compiling ----

  /** Compiles the {@code main} of a module file ({@code .mlir}, or a format a {@link ModelFrontend} reads) with default options. */
  public static Model compile(Path file) { return compile(file, CompileOptions.defaults()); }

  public static Model compile(Path file, CompileOptions options) {
    for (ModelFrontend fe : ServiceLoader.load(ModelFrontend.class, Model.class.getClassLoader())) {
      if (!fe.accepts(file)) continue;
      MLContext ctx = MLContext.withAllDialects(Model.class.getClassLoader());
      SourceManager sm = new SourceManager();
      Operation[] m = {null};
      List<Diagnostic> diags = ctx.diagnostics().captureOnThisThread(() -> m[0] = fe.load(ctx, file));
      if (m[0] == null || hasErrors(diags)) throw failure("cannot read '" + file + "'", diags, sm);
      return fromModule(m[0], options, sm);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ModelException("cannot read '" + file + "': " + e.getMessage(), e);
    }
    return parse(file.toString(), bytes, options);
  }

  /** Compiles the {@code main} of a module in MLIR text with default options. */
  public static Model compile(String mlirText) { return compile(mlirText, CompileOptions.defaults()); }

  public static Model compile(String mlirText, CompileOptions options) { return parse("<string>", mlirText.getBytes(StandardCharsets.UTF_8), options); }

  /** Compiles a module built or parsed in memory (which is copied, not changed) with default options. */
  public static Model compile(Operation module) { return compile(module, CompileOptions.defaults()); }

  public static Model compile(Operation module, CompileOptions options) { return fromModule(module, options, new SourceManager()); }

  private static Model parse(String name, byte[] source, CompileOptions options) {
    MLContext ctx = MLContext.withAllDialects(Model.class.getClassLoader());
    SourceManager sm = new SourceManager();
    sm.add(name, source);
    Operation[] m = {null};
    List<Diagnostic> diags = ctx.diagnostics().captureOnThisThread(() -> m[0] = Parser.parse(ctx, name, source, ParserConfig.DEFAULT));
    if (m[0] == null || hasErrors(diags)) throw failure("cannot parse '" + name + "'", diags, sm);
    return fromModule(m[0], options, sm);
  }

  private static Model fromModule(Operation module, CompileOptions options, SourceManager sm) {
    boolean[] ok = {false};
    List<Diagnostic> diags = module.context().diagnostics().captureOnThisThread(() -> ok[0] = Verifier.verify(module));
    if (!ok[0]) throw failure("the module is invalid", diags, sm);
    return new Model(module, options, sm);
  }

  private static boolean hasErrors(List<Diagnostic> diags) {
    for (Diagnostic d : diags) if (d.severity() == Severity.ERROR) return true;
    return false;
  }

  private static ModelException failure(String what, List<Diagnostic> diags, SourceManager sm) {
    StringBuilder b = new StringBuilder(what);
    for (Diagnostic d : diags) b.append('\n').append(sm.render(d).stripTrailing());
    return new ModelException(b.toString(), diags);
  }

  /** The compiled specialization for input shapes {@code shapes} (ignored for a static model), compiling it if needed. */
  private Executable executable(List<long[]> shapes) {
    String key = shapeKey(shapes);
    Executable e = compiled.get(key);
    if (e != null) return e;
    synchronized (compileLock) {
      e = compiled.get(key);
      if (e == null) {
        e = build(shapes);
        compiled.put(key, e);
      }
      lastStats = e.stats;
      return e;
    }
  }

  private String shapeKey(List<long[]> shapes) {
    if (!dynamic) return "";
    StringBuilder b = new StringBuilder();
    for (long[] s : shapes) b.append(s == null ? "-" : NDArray.dims(s)).append(';');
    return b.toString();
  }

  private Executable build(List<long[]> shapes) {
    long t0 = System.nanoTime();
    Operation m = module.clone();
    Operation f = Interpreter.findFunction(m, entry);
    if (dynamic) {
      Specializer.specialize(f, shapes);
      boolean[] ok = {false};
      List<Diagnostic> diags = ctx.diagnostics().captureOnThisThread(() -> ok[0] = Verifier.verify(m));
      if (!ok[0]) throw failure("'@" + entry + "' specialized to the input shapes is invalid", diags, sources);
    }
    List<Type> args = SemanticsCheck.argumentTypes(f), results = SemanticsCheck.resultTypes(f);
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof ShapedType st && (!st.hasRank() || !st.hasStaticShape()))
        throw new ModelException("result #" + i + " of '@" + entry + "' has a dynamic shape (" + TypePrinting.toString(st) + ")"
            + (dynamic ? " after specializing to the input shapes" : "") + "; native code needs static result shapes");
    }
    String key = null;
    if (cache != null) {
      key = CompileCache.key(Printer.print(m, PrintOptions.GENERIC.withDebugInfo(target.debugInfo())), entry, target, keyPipeline);
      CompileCache.Entry hit = cache.get(key, ctx);
      if (hit != null) {
        try {
          JitModule jm = JitModule.fromObject(hit.object(), Map.of(entry, hit.signature()), target);
          double load = (System.nanoTime() - t0) / 1e6;
          return new Executable(jm, entry, args, results, new CompileStats(true, 0, 0, load));
        } catch (BackendException | ModelException ex) {
          cache.remove(key); // stale or damaged: compile it again
        }
      }
    }
    lower(m);
    long t1 = System.nanoTime();
    JitModule jm;
    try {
      if (cache == null) {
        jm = JitModule.compile(m, target);
      } else {
        LlvmType.Func sig = llvmSignature(m);
        byte[] obj;
        try (LlvmModule lm = LlvmModule.translateOrThrow(m, target)) {
          lm.optimize();
          obj = lm.toObject();
        }
        jm = JitModule.fromObject(obj, Map.of(entry, sig), target);
        cache.put(key, sig, obj);
      }
    } catch (BackendException ex) {
      throw new ModelException("native compilation of '@" + entry + "' failed: " + ex.getMessage(), ex);
    }
    long t2 = System.nanoTime();
    return new Executable(jm, entry, args, results, new CompileStats(false, (t1 - t0) / 1e6, (t2 - t1) / 1e6, 0));
  }

  /** The pipeline text with {@code options} added to its {@code tl-matmul-kernel} (the pass that reads a tuning database). */
  static String withTuning(String pipeline, String options) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])tl-matmul-kernel(?![\\w-])(\\{([^}]*)\\})?").matcher(pipeline);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement("tl-matmul-kernel{" + (m.group(2) == null ? "" : m.group(2) + " ") + options + "}"));
    return m.appendTail(b).toString();
  }

  private void lower(Operation m) {
    PassManager pm;
    try {
      pm = PipelineParser.parse(PassRegistry.load(Model.class.getClassLoader()), pipeline, "builtin.module");
    } catch (IllegalArgumentException e) {
      throw new ModelException("the pipeline '" + pipeline + "' is not available: " + e.getMessage(), e);
    }
    PassExecutor exec = new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1));
    boolean[] ok = {false};
    List<Diagnostic> diags = ctx.diagnostics().captureOnThisThread(() -> ok[0] = exec.run(pm, m));
    if (!ok[0]) throw failure("lowering '@" + entry + "' with '" + pipeline + "' failed", diags, sources);
  }

  private LlvmType.Func llvmSignature(Operation lowered) {
    for (Operation op : lowered.region(0).front())
      if (op.isa(FuncOp.NAME) && op.attr("sym_name") instanceof StringAttr s && s.value().equals(entry)) return FuncOp.functionType(op);
    throw new ModelException("the lowered module has no llvm function '@" + entry + "'");
  }

  // ---- the signature ----

  private List<TensorSpec> specs(Operation f, List<Type> types, String attrs, String prefix) {
    List<TensorSpec> r = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      String what = (prefix.equals("arg") ? "argument #" : "result #") + i + " of '@" + entry + "'";
      Type et = t;
      long[] shape = new long[0];
      if (t instanceof ShapedType st) {
        if (!st.hasRank()) throw new ModelException(what + " is unranked (" + TypePrinting.toString(t) + "); native calls need ranked types");
        et = st.elementType();
        shape = st.shape().clone(); // the type's own array: never changed
        for (int k = 0; k < shape.length; k++) if (st.isDynamicDim(k)) shape[k] = -1;
      }
      DType dt = DType.of(et);
      if (dt == null) throw new ModelException(what + " has element type " + TypePrinting.toString(et) + ", which native calls do not support yet");
      String name = prefix + i;
      if (f.attr(attrs) instanceof ArrayAttr a && i < a.size() && a.get(i) instanceof DictionaryAttr d && d.get("graph.name") instanceof StringAttr s)
        name = s.value();
      r.add(new TensorSpec(name, dt, shape, TypePrinting.toString(t)));
    }
    return r;
  }

  private static String functionList(Operation module) {
    List<String> names = new ArrayList<>();
    for (Operation op : module.region(0).front())
      if (op.attr("sym_name") instanceof StringAttr s && op.numRegions() > 0) names.add("@" + s.value());
    return names.isEmpty() ? " (it defines no functions)" : " (functions: " + String.join(", ", names) + ")";
  }

  /** The entry's name, arguments and results (with {@code -1} for dynamic dimensions). */
  public Signature signature() { return signature; }

  /** Whether an argument has a dynamic dimension (compiled per distinct input shapes). */
  public boolean isDynamic() { return dynamic; }

  /** How many specializations are compiled (1 for a static model). */
  public int compiledCount() { return compiled.size(); }

  /** How the specialization compiled (or read from the cache) most recently was compiled. */
  public CompileStats lastCompileStats() { return lastStats; }

  /** The directory of the on-disk cache, or null when it is off. */
  public Path cacheDirectory() { return cache == null ? null : cache.directory(); }

  /** Compiles the specialization for inputs of these shapes now (for a dynamic model; a static one is compiled already). */
  public CompileStats prepare(long[]... shapes) {
    return withOpen(() -> {
      if (!dynamic) return executable(List.of()).stats;
      List<long[]> s = new ArrayList<>();
      for (int i = 0; i < argTypes.size(); i++) s.add(i < shapes.length ? shapes[i] : new long[0]);
      checkShapes(s);
      return executable(s).stats;
    });
  }

  // ---- calling ----

  /** Calls the entry; results come back in Java arrays ({@link NDArray#toArray}). */
  public NDArray[] call(NDArray... inputs) {
    return withOpen(() -> {
      Executable e = executable(checkInputs(inputs));
      NDArray[] outs = new NDArray[resultTypes.size()];
      for (int i = 0; i < outs.length; i++) outs[i] = NDArray.zeros(signature.outputs().get(i).dtype(), resultShape(e, i));
      e.call(inputs, outs);
      return outs;
    });
  }

  /**
   * Calls the entry with inputs by name ({@code graph.name}, or {@code argN}); the results come
   * back in Java arrays, by name ({@code graph.name}, or {@code outN}), in order.
   */
  public Map<String, NDArray> call(Map<String, NDArray> inputs) {
    NDArray[] in = new NDArray[signature.inputs().size()];
    for (Map.Entry<String, NDArray> e : inputs.entrySet()) {
      int i = signature.inputIndex(e.getKey());
      if (i < 0) throw new ModelException("'@" + entry + "' has no argument named '" + e.getKey() + "': " + signature);
      if (in[i] != null) throw new ModelException("argument #" + i + " ('" + signature.inputs().get(i).name() + "') is given twice");
      in[i] = e.getValue();
    }
    for (int i = 0; i < in.length; i++)
      if (in[i] == null) throw new ModelException("argument #" + i + " ('" + signature.inputs().get(i).name() + "') of '@" + entry + "' is missing");
    NDArray[] out = call(in);
    Map<String, NDArray> r = new java.util.LinkedHashMap<>();
    for (int i = 0; i < out.length; i++) r.putIfAbsent(signature.outputs().get(i).name(), out[i]);
    return r;
  }

  /** Calls the entry; results come back in native segments allocated in {@code arena} (64-byte aligned). */
  public NDArray[] call(Arena arena, NDArray... inputs) {
    return withOpen(() -> {
      Executable e = executable(checkInputs(inputs));
      NDArray[] outs = new NDArray[resultTypes.size()];
      for (int i = 0; i < outs.length; i++) {
        DType dt = signature.outputs().get(i).dtype();
        long[] shape = resultShape(e, i);
        outs[i] = NDArray.of(arena.allocate(Math.max(1, NDArray.count(shape) * dt.byteSize()), 64), dt, shape);
      }
      e.call(inputs, outs);
      return outs;
    });
  }

  /**
   * Calls the entry, writing the results into {@code outputs} (Java arrays or segments of the
   * result's element type and exact shape; native segments are written in place, without a copy).
   */
  public void callInto(NDArray[] inputs, NDArray[] outputs) {
    withOpen(() -> {
      Executable e = executable(checkInputs(inputs));
      if (outputs == null || outputs.length != resultTypes.size())
        throw new ModelException("'@" + entry + "' has " + resultTypes.size() + " result(s), but " + (outputs == null ? "no" : outputs.length) + " output array(s) were given");
      for (int i = 0; i < outputs.length; i++) {
        TensorSpec spec = signature.outputs().get(i);
        NDArray o = outputs[i];
        String what = "output #" + i + " ('" + spec.name() + "', " + spec.mlirType() + ")";
        if (o == null) throw new ModelException(what + " is null");
        long[] want = resultShape(e, i);
        if (!sameType(o.dtype(), spec.dtype())) throw new ModelException(what + " needs " + spec.dtype() + " elements, but the array holds " + o.dtype());
        if (!java.util.Arrays.equals(o.shape(), want))
          throw new ModelException(what + " has shape " + NDArray.dims(want) + " for these inputs, but the array has shape " + NDArray.dims(o.shape()));
        checkSegment(o, what, true);
      }
      e.call(inputs, outputs);
      return null;
    });
  }

  private static long[] resultShape(Executable e, int i) { return e.resultShapes[i] != null ? e.resultShapes[i] : new long[0]; }

  private static boolean sameType(DType have, DType want) {
    return have == want || (have == DType.I64 && want == DType.INDEX) || (have == DType.INDEX && want == DType.I64);
  }

  /** Checks the inputs against the signature; returns their shapes. */
  private List<long[]> checkInputs(NDArray[] inputs) {
    List<TensorSpec> specs = signature.inputs();
    if (inputs == null || inputs.length != specs.size())
      throw new ModelException("'@" + entry + "' takes " + specs.size() + " argument(s) " + signature + ", but " + (inputs == null ? 0 : inputs.length) + " were given");
    List<long[]> shapes = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      TensorSpec spec = specs.get(i);
      NDArray v = inputs[i];
      String what = "argument #" + i + " ('" + spec.name() + "', " + spec.mlirType() + ")";
      if (v == null) throw new ModelException(what + " is null");
      if (!sameType(v.dtype(), spec.dtype())) throw new ModelException(what + " needs " + spec.dtype() + " elements, but the array holds " + v.dtype());
      checkSegment(v, what, false);
      shapes.add(v.shape());
    }
    checkShapes(shapes);
    return shapes;
  }

  private void checkShapes(List<long[]> shapes) {
    List<TensorSpec> specs = signature.inputs();
    for (int i = 0; i < specs.size(); i++) {
      TensorSpec spec = specs.get(i);
      long[] want = spec.shape(), have = shapes.get(i);
      boolean fits = want.length == have.length;
      for (int k = 0; fits && k < want.length; k++) fits = want[k] < 0 || want[k] == have[k];
      if (!fits)
        throw new ModelException("argument #" + i + " ('" + spec.name() + "', " + spec.mlirType() + ") needs shape " + NDArray.dims(want) + ", but the array has shape "
            + NDArray.dims(have));
    }
  }

  private static void checkSegment(NDArray v, String what, boolean written) {
    if (!v.isSegment()) return;
    MemorySegment s = v.segment();
    if (!s.scope().isAlive()) throw new ModelException(what + ": its memory segment is no longer alive (its arena is closed)");
    if (written && s.isReadOnly()) throw new ModelException(what + ": its memory segment is read-only");
    if (s.isNative() && s.address() % v.dtype().byteSize() != 0)
      throw new ModelException(what + ": its memory segment at 0x" + Long.toHexString(s.address()) + " is not aligned to " + v.dtype().byteSize() + " bytes");
    long need = v.size() * v.dtype().byteSize();
    if (s.byteSize() < need) throw new ModelException(what + ": its memory segment has " + s.byteSize() + " bytes, but " + need + " are needed");
  }

  private <T> T withOpen(java.util.function.Supplier<T> body) {
    lifecycle.readLock().lock();
    try {
      if (closed) throw new IllegalStateException("the model is closed");
      return body.get();
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Frees the native code of every specialization (after calls in progress end). */
  @Override public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) return;
      closed = true;
      for (Executable e : compiled.values()) e.close();
      compiled.clear();
    } finally {
      lifecycle.writeLock().unlock();
    }
  }
}
