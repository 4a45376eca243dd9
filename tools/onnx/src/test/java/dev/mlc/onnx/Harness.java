package dev.mlc.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.NativeFunction;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs one ONNX model three ways: ONNX Runtime (the oracle), our importer plus the reference
 * interpreter, and our importer plus the native pipeline (JIT), and compares the results.
 */
final class Harness {
  private Harness() {}

  static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

  /** Tolerances: |ours - ort| <= atol + rtol * |ort| per element. */
  record Tol(double rtol, double atol) {
    static final Tol EXACT = new Tol(0, 0), DEFAULT = new Tol(1e-4, 1e-5), TRANSCENDENTAL = new Tol(1e-4, 1e-5);

    /** Sums of {@code k} products: the error grows with the reduction length. */
    static Tol contraction(long k) { return new Tol(1e-4, 2e-6 * Math.max(1, k)); }
  }

  static MLContext context() { return MLContext.withAllDialects(Harness.class.getClassLoader()); }

  static Operation importBytes(MLContext ctx, byte[] model) { return OnnxImporter.importModel(ctx, model, "test.onnx", null, OnnxImporter.Options.DEFAULT); }

  static String print(Operation module) { return Printer.print(module, PrintOptions.DEFAULT); }

  /** The module's text for failure messages, cut short for big models. */
  static String show(Operation module) {
    String s = print(module);
    return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n... (" + s.length() + " characters)";
  }

  static Operation entry(Operation module) { return Interpreter.findFunction(module, "main"); }

  static Tensor randomFloats(Random r, long[] shape, double lo, double hi) {
    Tensor t = Tensor.zeros(FloatType.F32, shape);
    for (int i = 0; i < t.size(); i++) t.setDouble(i, (float) (lo + (hi - lo) * r.nextDouble()));
    return t;
  }

  // ---- ONNX Runtime ----

  static List<Tensor> ort(byte[] model, Map<String, Tensor> inputs) {
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setIntraOpNumThreads(1);
      try (OrtSession s = ENV.createSession(model, so)) {
        Map<String, OnnxTensor> in = new LinkedHashMap<>();
        try {
          for (Map.Entry<String, Tensor> e : inputs.entrySet()) in.put(e.getKey(), toOrt(e.getValue()));
          try (OrtSession.Result res = s.run(in)) {
            List<Tensor> out = new ArrayList<>();
            for (Map.Entry<String, OnnxValue> e : res) out.add(fromOrt((OnnxTensor) e.getValue()));
            return out;
          }
        } finally {
          for (OnnxTensor t : in.values()) t.close();
        }
      }
    } catch (OrtException e) {
      throw new AssertionError("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  static OnnxTensor toOrt(Tensor t) throws OrtException {
    Type et = t.elementType();
    long[] shape = t.shape();
    int n = t.size();
    if (et == FloatType.F32) {
      float[] f = new float[n];
      for (int i = 0; i < n; i++) f[i] = (float) t.getDouble(i);
      return OnnxTensor.createTensor(ENV, FloatBuffer.wrap(f), shape);
    }
    if (et instanceof IntegerType it && it.width() == 64) {
      long[] l = new long[n];
      for (int i = 0; i < n; i++) l[i] = t.getLong(i);
      return OnnxTensor.createTensor(ENV, LongBuffer.wrap(l), shape);
    }
    if (et instanceof IntegerType it && it.width() == 32) {
      int[] l = new int[n];
      for (int i = 0; i < n; i++) l[i] = (int) t.getLong(i);
      return OnnxTensor.createTensor(ENV, java.nio.IntBuffer.wrap(l), shape);
    }
    if (et instanceof IntegerType it && it.width() == 8) {
      ByteBuffer b = ByteBuffer.allocateDirect(n);
      for (int i = 0; i < n; i++) b.put(i, (byte) t.getLong(i));
      return OnnxTensor.createTensor(ENV, b, shape, it.isUnsigned() ? OnnxJavaType.UINT8 : OnnxJavaType.INT8);
    }
    if (et instanceof IntegerType it && it.width() == 1) {
      ByteBuffer b = ByteBuffer.allocateDirect(n);
      for (int i = 0; i < n; i++) b.put(i, (byte) t.getLong(i));
      return OnnxTensor.createTensor(ENV, b, shape, OnnxJavaType.BOOL);
    }
    throw new IllegalArgumentException("no ORT conversion for " + et);
  }

  static Tensor fromOrt(OnnxTensor t) {
    long[] shape = t.getInfo().getShape();
    switch (t.getInfo().type) {
      case FLOAT -> {
        FloatBuffer b = t.getFloatBuffer();
        Tensor r = Tensor.zeros(FloatType.F32, shape);
        for (int i = 0; i < r.size(); i++) r.setDouble(i, b.get(i));
        return r;
      }
      case INT64 -> {
        LongBuffer b = t.getLongBuffer();
        Tensor r = Tensor.zeros(IntegerType.of(64), shape);
        for (int i = 0; i < r.size(); i++) r.setLong(i, b.get(i));
        return r;
      }
      case INT32 -> {
        java.nio.IntBuffer b = t.getIntBuffer();
        Tensor r = Tensor.zeros(IntegerType.of(32), shape);
        for (int i = 0; i < r.size(); i++) r.setLong(i, b.get(i));
        return r;
      }
      case BOOL -> {
        ByteBuffer b = t.getByteBuffer();
        Tensor r = Tensor.zeros(IntegerType.of(1), shape);
        for (int i = 0; i < r.size(); i++) r.setLong(i, b.get(i) != 0 ? 1 : 0);
        return r;
      }
      case UINT8, INT8 -> {
        ByteBuffer b = t.getByteBuffer();
        boolean u = t.getInfo().type == OnnxJavaType.UINT8;
        Tensor r = Tensor.zeros(u ? IntegerType.of(8, IntegerType.Signedness.UNSIGNED) : IntegerType.of(8), shape);
        for (int i = 0; i < r.size(); i++) r.setLong(i, u ? b.get(i) & 0xff : b.get(i));
        return r;
      }
      default -> throw new IllegalArgumentException("no conversion from ORT type " + t.getInfo().type);
    }
  }

  // ---- ours ----

  static List<Tensor> interpret(Operation module, List<Tensor> inputs) {
    Object[] out = new Interpreter(module.context()).call(entry(module), inputs.toArray());
    List<Tensor> r = new ArrayList<>();
    for (Object o : out) r.add((Tensor) o);
    return r;
  }

  /** Lowers a copy of the module with the graph-to-llvm pipeline, JIT-compiles it and calls {@code @main}. */
  static List<Tensor> runNative(Operation module, List<Tensor> inputs) {
    Operation lowered = module.clone();
    FunctionType ft = (FunctionType) ((dev.mlc.ir.attr.TypeAttr) entry(module).attr("function_type")).type();
    PassManager pm = PipelineParser.parse(PassRegistry.load(Harness.class.getClassLoader()), GraphToLlvmPipeline.NAME, "builtin.module");
    PassExecutor exec = new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1));
    if (!exec.run(pm, lowered)) fail("the graph-to-llvm pipeline failed on\n" + show(module));
    try (JitModule jit = JitModule.compile(lowered, TargetOptions.host()); Arena arena = Arena.ofConfined()) {
      NativeFunction fn = jit.function("main");
      List<Object> args = new ArrayList<>();
      for (Tensor t : inputs) descriptor(args, write(arena, t), t.shape());
      List<MemorySegment> outs = new ArrayList<>();
      for (Type t : ft.results()) {
        RankedTensorType rt = (RankedTensorType) t;
        MemorySegment m = arena.allocate(Math.max(1, bytes(rt.elementType()) * Tensor.count(rt.shape())), 64);
        outs.add(m);
        descriptor(args, m, rt.shape());
      }
      fn.invoke(args.toArray());
      List<Tensor> r = new ArrayList<>();
      for (int k = 0; k < outs.size(); k++) {
        RankedTensorType rt = (RankedTensorType) ft.results().get(k);
        r.add(read(outs.get(k), rt));
      }
      return r;
    }
  }

  private static long bytes(Type e) {
    if (e instanceof FloatType f) return f.width() / 8;
    return Math.max(1, ((IntegerType) e).width() / 8);
  }

  private static void descriptor(List<Object> args, MemorySegment m, long[] shape) {
    args.add(m);
    args.add(m);
    args.add(0L);
    for (long s : shape) args.add(s);
    for (long s : Tensor.stridesOf(shape)) args.add(s);
  }

  private static MemorySegment write(Arena arena, Tensor t) {
    Type e = t.elementType();
    long b = bytes(e);
    MemorySegment m = arena.allocate(Math.max(1, b * t.size()), 64);
    for (int i = 0; i < t.size(); i++) {
      if (e == FloatType.F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) t.getDouble(i));
      else if (b == 8) m.setAtIndex(ValueLayout.JAVA_LONG, i, t.getLong(i));
      else if (b == 4) m.setAtIndex(ValueLayout.JAVA_INT, i, (int) t.getLong(i));
      else m.set(ValueLayout.JAVA_BYTE, i, (byte) t.getLong(i));
    }
    return m;
  }

  private static Tensor read(MemorySegment m, RankedTensorType rt) {
    Type e = rt.elementType();
    long b = bytes(e);
    Tensor t = Tensor.zeros(e, rt.shape());
    for (int i = 0; i < t.size(); i++) {
      if (e == FloatType.F32) t.setDouble(i, m.getAtIndex(ValueLayout.JAVA_FLOAT, i));
      else if (b == 8) t.setLong(i, m.getAtIndex(ValueLayout.JAVA_LONG, i));
      else if (b == 4) t.setLong(i, m.getAtIndex(ValueLayout.JAVA_INT, i));
      else t.setLong(i, m.get(ValueLayout.JAVA_BYTE, i));
    }
    return t;
  }

  // ---- comparison ----

  static void assertClose(String what, Tensor expected, Tensor actual, Tol tol) {
    assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what + ": shape");
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.getDouble(i), a = actual.getDouble(i);
      if (Double.isNaN(e) && Double.isNaN(a)) continue;
      if (!(Math.abs(a - e) <= tol.atol() + tol.rtol() * Math.abs(e)))
        fail(what + ": element " + i + " is " + a + ", expected " + e + " (rtol " + tol.rtol() + ", atol " + tol.atol() + ")");
    }
  }

  /** ORT, the interpreter and native code on the same inputs, compared with the tolerance. */
  static void check(byte[] model, Map<String, Tensor> inputs, Tol tol, boolean nativeToo) { check(model, inputs, tol, true, nativeToo); }

  /** Rank-0 arguments or results: the graph-to-tl lowering does not take them yet, so such models run in the interpreter only. */
  static boolean hasScalarTensor(Operation module) {
    FunctionType ft = (FunctionType) ((dev.mlc.ir.attr.TypeAttr) entry(module).attr("function_type")).type();
    for (Type t : ft.inputs()) if (((RankedTensorType) t).rank() == 0) return true;
    for (Type t : ft.results()) if (((RankedTensorType) t).rank() == 0) return true;
    return false;
  }

  /** A real model: its symbolic input dimensions are pinned to the given inputs' shapes; ORT against native code. */
  static void checkWithShapes(byte[] model, Map<String, Tensor> inputs, Tol tol) {
    List<Tensor> expected = ort(model, inputs);
    Map<String, long[]> shapes = new LinkedHashMap<>();
    inputs.forEach((k, v) -> shapes.put(k, v.shape()));
    Operation module = OnnxImporter.importModel(context(), model, "model.onnx", null, OnnxImporter.Options.DEFAULT.withInputShapes(shapes));
    List<Tensor> nat = runNative(module, new ArrayList<>(inputs.values()));
    assertEquals(expected.size(), nat.size(), "number of results");
    for (int k = 0; k < expected.size(); k++) assertClose("native result #" + k + " of\n" + show(module), expected.get(k), nat.get(k), tol);
  }

  /** As {@link #check(byte[], Map, Tol, boolean)}; large models skip the (slow) interpreter. */
  static void check(byte[] model, Map<String, Tensor> inputs, Tol tol, boolean interpreterToo, boolean nativeToo) {
    List<Tensor> expected = ort(model, inputs);
    MLContext ctx = context();
    Operation module = importBytes(ctx, model);
    List<Tensor> in = new ArrayList<>(inputs.values());
    if (interpreterToo) {
      List<Tensor> interp = interpret(module, in);
      assertEquals(expected.size(), interp.size(), "number of results");
      for (int k = 0; k < expected.size(); k++) assertClose("interpreter result #" + k + " of\n" + show(module), expected.get(k), interp.get(k), tol);
    }
    if (nativeToo && !hasScalarTensor(module)) {
      List<Tensor> nat = runNative(module, in);
      for (int k = 0; k < expected.size(); k++) assertClose("native result #" + k + " of\n" + show(module), expected.get(k), nat.get(k), tol);
    }
  }
}
