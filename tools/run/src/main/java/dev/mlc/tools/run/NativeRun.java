package dev.mlc.tools.run;

import dev.mlc.api.CompileOptions;
import dev.mlc.api.CompileStats;
import dev.mlc.api.DType;
import dev.mlc.api.Model;
import dev.mlc.api.ModelException;
import dev.mlc.api.NDArray;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.backend.llvm.ParallelRuntime;
import dev.mlc.backend.llvm.Profiler;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.lowering.tollvm.ProfileGraphOpsPass;
import dev.mlc.tools.ToolIO;
import java.io.IOException;
import dev.mlc.tools.ToolError;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * mlc-run's native path, through the embedding API ({@link Model}): the module is compiled (or read
 * from the on-disk cache) for the shapes of the inputs, which are copied once into native segments;
 * each run calls the compiled code with them and out-parameter segments, so the timed runs copy
 * nothing; the results come back as interpreter values. The times are per run, the first one
 * (--bench's warm-up) included; with more than one run, untimed warm-up runs follow the first (at
 * least 2, then up to 500 within 50 ms: the JVM compiles the Java side of a call by then).
 */
record NativeRun(List<String> phases, List<Double> times, Object[] results) {
  /** mlc-run --profile: the report goes to {@code io}'s output, the Chrome trace to {@code trace} unless it is empty. */
  record Profiling(String trace, ToolIO io) {}

  static NativeRun run(Operation module, String entry, CompileOptions options, List<Type> argTypes, List<Type> resultTypes, Object[] inputs, int runs,
      int threads, Profiling profiling) {
    List<ProfileReport.Op> profiled = null;
    if (profiling != null) { // instrument a copy: the interpreter (--check-against-interpreter) runs the module as given
      module = module.clone();
      MlcRun.runPipeline(ProfileGraphOpsPass.NAME, module, "the profiling instrumentation '" + ProfileGraphOpsPass.NAME + "'");
      profiled = ProfileReport.ops(module);
      options = options.withPipeline(GraphToLlvmPipeline.profiled(options.pipeline()));
    }
    List<String> phases = new ArrayList<>();
    List<Double> times = new ArrayList<>();
    Object[] results = new Object[resultTypes.size()];
    List<long[]> shapes = new ArrayList<>();
    NDArray[] ins = new NDArray[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      ins[i] = toArray(inputs[i], argTypes.get(i));
      shapes.add(ins[i].shape());
    }
    try (Model model = Model.compile(module, options); Arena arena = Arena.ofConfined()) {
      CompileStats stats = model.prepare(shapes.toArray(new long[0][]));
      phases.add(stats.describe(model.cacheDirectory() != null) + (model.cacheDirectory() != null ? " [" + model.cacheDirectory() + "]" : ""));
      if (stats.cacheHit()) {
        phases.add(String.format(Locale.ROOT, "load (cached object, link): %.3f ms", stats.loadMs()));
      } else {
        phases.add(String.format(Locale.ROOT, "lower (%s): %.3f ms", options.pipeline(), stats.lowerMs()));
        phases.add(String.format(Locale.ROOT, "llvm (translation, optimization, codegen): %.3f ms", stats.llvmMs()));
      }
      NDArray[] nin = new NDArray[ins.length];
      for (int i = 0; i < ins.length; i++) nin[i] = ins[i].rank() == 0 ? ins[i] : ins[i].toSegment(arena);
      Profiler.Session session = profiled == null ? null : Profiler.start(profiled.size(), 100_000);
      NDArray[] outs;
      try {
        // parallel loops of the compiled code run on this many threads; the caller's setting is restored (mlc-run also runs in-process)
        outs = ParallelRuntime.withThreads(threads, () -> {
          long s0 = System.nanoTime();
          NDArray[] o = model.call(arena, nin); // the first run (the warm-up of --bench) also allocates the out-parameters
          times.add((System.nanoTime() - s0) / 1e6);
          // more untimed warm-up runs (at least 2, then up to 500 within 50 ms), so that the Java side of
          // a call (checks, the downcall), which the JVM compiles after some hundred calls, is measured
          // compiled, as ONNX Runtime's native one is (bench/OrtBench.java warms it up too)
          if (runs > 1) {
            long until = System.nanoTime() + 50_000_000L;
            for (int w = 0; w < 2 || w < 500 && System.nanoTime() < until; w++) model.callInto(nin, o);
          }
          if (session != null && runs > 1) session.reset(); // the warm-up runs are not profiled
          for (int r = 1; r < runs; r++) {
            long s = System.nanoTime();
            model.callInto(nin, o);
            times.add((System.nanoTime() - s) / 1e6);
          }
          return o;
        });
      } finally {
        if (session != null) session.close();
      }
      if (session != null) report(profiling, profiled, session, runs > 1 ? times.subList(1, times.size()) : times);
      for (int i = 0; i < results.length; i++) results[i] = fromArray(outs[i], resultTypes.get(i));
    } catch (ModelException e) {
      if (!e.diagnostics().isEmpty()) {
        module.context().diagnostics().replay(e.diagnostics());
        throw new ToolError.Reported();
      }
      throw new ToolError(e.getMessage());
    }
    return new NativeRun(phases, times, results);
  }

  private static void report(Profiling p, List<ProfileReport.Op> ops, Profiler.Session session, List<Double> timed) {
    ProfileReport.print(p.io().out(), ops, session, timed.stream().mapToDouble(Double::doubleValue).sum(), timed.size());
    if (p.trace().isEmpty()) return;
    try {
      ProfileReport.writeTrace(p.io().resolve(p.trace()), ops, session);
    } catch (IOException e) {
      throw new ToolError("cannot write the trace " + p.trace() + ": " + e.getMessage());
    }
  }

  /** An interpreter value (tensor, buffer or scalar) as an NDArray of the argument's type. */
  private static NDArray toArray(Object v, Type t) {
    if (v instanceof Buffer b) return NDArray.fromTensor(b.toTensor());
    if (v instanceof Tensor tv) return NDArray.fromTensor(tv);
    Type et = t instanceof ShapedType st ? st.elementType() : t;
    if (DType.of(et) == null) throw new ToolError("an argument of type " + dev.mlc.text.TypePrinting.toString(t) + " cannot be passed to native code yet");
    Tensor s = Tensor.zeros(et, new long[0]);
    s.set(0, v instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : v);
    return NDArray.fromTensor(s);
  }

  /** A result as the interpreter would give it: a tensor (a buffer for memref results), a scalar as Long/Double. */
  private static Object fromArray(NDArray a, Type t) {
    if (t instanceof ShapedType) {
      Tensor v = a.toTensor();
      if (t instanceof ShapedType st && !v.elementType().equals(st.elementType())) {
        Tensor w = Tensor.zeros(st.elementType(), v.shape());
        for (int i = 0; i < v.size(); i++) w.set(i, v.get(i) instanceof Long l ? Scalars.wrap(l, st.elementType()) : v.get(i)); // ui8 comes back as i8 bytes
        v = w;
      }
      return t instanceof MemRefType ? Buffer.of(v) : v;
    }
    return switch (a.dtype()) {
      case F32, F64, F16, BF16 -> a.getDouble(0);
      case I1 -> a.getLong(0);
      default -> Scalars.wrap(a.getLong(0), t);
    };
  }
}
