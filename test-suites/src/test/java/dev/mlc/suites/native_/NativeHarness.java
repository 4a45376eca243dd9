package dev.mlc.suites.native_;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.NativeFunction;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.func.ir.FuncOp;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.interp.Compare;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * The shared compile-and-run harness of the native op properties: a one-op graph function
 * {@code @main} is interpreted on given inputs, a copy is lowered with the {@code graph-to-llvm}
 * pipeline, JIT-compiled for the host, called through the memref calling convention
 * (docs/lowering-to-llvm.md: each buffer as allocated pointer, aligned pointer, offset, sizes,
 * strides; results as caller-allocated out-parameters after the arguments; {@code ui8} data as the
 * raw bytes of an {@code i8} buffer, docs/lowering-graph-to-tl.md) and its out-parameters compared
 * with the interpreter's results under a {@link Tol}erance.
 */
final class NativeHarness {
  private NativeHarness() {}

  static final MLContext CTX = MLContext.withAllDialects(NativeHarness.class.getClassLoader());
  private static final PassRegistry PASSES = PassRegistry.load(NativeHarness.class.getClassLoader());

  /**
   * A comparison tolerance: floats pass when {@code |native - interpreted| <= atol + rtol * |interpreted|}
   * (NaN matches NaN, infinities exactly); integers and booleans always compare exactly.
   */
  record Tol(double rtol, double atol) {
    /** Bit-exact floats: data movement, selections, single correctly rounded IEEE operations. */
    static final Tol EXACT = new Tol(0, 0);

    /** {@code n} units in the last place of f32, relative, and {@code n} ulps of 1.0 absolute near zero. */
    static Tol ulps(int n) { return new Tol(n * 0x1p-23, n * 0x1p-23); }

    /** Accumulations of {@code terms} products or terms of magnitude about one, summed in another order or precision. */
    static Tol sums(long terms) { return new Tol(1e-5, 1e-6 * Math.max(1, terms)); }
  }

  // ---- building one-op functions ----

  /** {@code tensor<2x3xf32>}; rank 0 gives {@code tensor<f32>}. */
  static String t(String elementType, long... dims) {
    StringBuilder sb = new StringBuilder("tensor<");
    for (long d : dims) sb.append(d).append('x');
    return sb.append(elementType).append('>').toString();
  }

  static String f32(long... dims) { return t("f32", dims); }

  /** {@code [1, 2, 3]}. */
  static String list(long... v) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (long x : v) j.add(Long.toString(x));
    return j.toString();
  }

  /** {@code [1.5, 2.0]} as f64 values written exactly. */
  static String floats(double... v) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (double x : v) j.add(Double.toString(x));
    return j.toString();
  }

  /**
   * {@code func.func @main} whose body is one op in generic form on all the arguments, returning all
   * its results. {@code attrs} is the attribute dictionary's contents (may be empty).
   */
  static String oneOp(String op, String attrs, List<String> args, List<String> results) {
    return oneOp(op, attrs, args, args.size(), results);
  }

  /** As {@link #oneOp(String, String, List, List)}, with only the first {@code used} arguments as operands. */
  static String oneOp(String op, String attrs, List<String> args, int used, List<String> results) {
    StringJoiner params = new StringJoiner(", "), operands = new StringJoiner(", "), operandTypes = new StringJoiner(", ");
    for (int i = 0; i < args.size(); i++) {
      params.add("%a" + i + ": " + args.get(i));
      if (i < used) {
        operands.add("%a" + i);
        operandTypes.add(args.get(i));
      }
    }
    String resultList = results.size() == 1 ? results.get(0) : "(" + String.join(", ", results) + ")";
    String lhs = results.size() == 1 ? "%r" : "%r:" + results.size();
    StringJoiner returned = new StringJoiner(", ");
    for (int i = 0; i < results.size(); i++) returned.add(results.size() == 1 ? "%r" : "%r#" + i);
    return "func.func @main(" + params + ") -> " + resultList + " {\n  " + lhs + " = \"" + op + "\"(" + operands + ")"
        + (attrs.isEmpty() ? "" : " {" + attrs + "}") + " : (" + operandTypes + ") -> " + resultList + "\n  return " + returned + " : "
        + String.join(", ", results) + "\n}\n";
  }

  // ---- inputs ----

  /** Seeded tensors for the inputs of one check. */
  static final class Inputs {
    private final SplittableRandom rng;

    Inputs(long seed) { rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17); }

    /** Uniform floats in [lo, hi), rounded to the element type. */
    Tensor uniform(Type e, long[] shape, double lo, double hi) {
      Tensor v = Tensor.zeros(e, shape);
      for (int i = 0; i < v.size(); i++) v.setDouble(i, Scalars.round(lo + rng.nextDouble() * (hi - lo), e));
      return v;
    }

    /**
     * Floats in [-4, 4) with about one element in eight special: NaN, ±∞, ±0, ±0.5, ±1.5 (exact
     * halves) or a large value.
     */
    Tensor floats(Type e, long... shape) {
      double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 0.5, -0.5, 1.5, -2.5, 1e6, -3e7};
      Tensor v = uniform(e, shape, -4, 4);
      for (int i = 0; i < v.size(); i++)
        if (rng.nextInt(8) == 0) v.setDouble(i, Scalars.round(specials[rng.nextInt(specials.length)], e));
      return v;
    }

    /** Finite floats in [lo, hi) only. */
    Tensor finite(long[] shape, double lo, double hi) { return uniform(FloatType.F32, shape, lo, hi); }

    /** Integers uniform in [lo, hi]. */
    Tensor ints(Type e, long[] shape, long lo, long hi) {
      Tensor v = Tensor.zeros(e, shape);
      for (int i = 0; i < v.size(); i++) v.setLong(i, Scalars.wrap(lo + rng.nextLong(hi - lo + 1), e));
      return v;
    }

    int nextInt(int bound) { return rng.nextInt(bound); }

    /** Values of any element type: {@link #floats} for floats, the whole range for integers up to 32 bits, ±2^40 for i64. */
    Tensor any(Type e, long... shape) {
      if (e instanceof FloatType) return floats(e, shape);
      int w = ((IntegerType) e).width();
      return w == 1 ? ints(e, shape, 0, 1) : w >= 64 ? ints(e, shape, -(1L << 40), 1L << 40) : ints(e, shape, -(1L << (w - 1)), (1L << (w - 1)) - 1);
    }
  }

  // ---- checking ----

  /** Interprets {@code src}'s {@code @main} on {@code inputs}, runs it natively, and compares under {@code tol}. */
  static void check(String src, Tol tol, Object... inputs) {
    Operation module = parse(src);
    Operation main = Interpreter.findFunction(module, "main");
    List<Type> argTypes = FuncOp.functionType(main).inputs(), resultTypes = FuncOp.functionType(main).results();
    assertEquals(argTypes.size(), inputs.length, "inputs for " + argTypes);
    Object[] expected;
    try {
      expected = new Interpreter(CTX).call(main, inputs.clone());
    } catch (RuntimeException e) {
      throw new AssertionError("the interpreter failed on\n" + src + "\n" + e, e);
    }
    Operation lowered = lower(module.clone(), src);
    Object[] actual = run(lowered, argTypes, resultTypes, inputs, src);
    Compare.Result c = Compare.compare(expected, actual, tol.rtol(), tol.atol());
    assertTrue(c.ok(), () -> "native results differ from the interpreter's (rtol " + tol.rtol() + ", atol " + tol.atol() + "): " + c.report() + "\n" + src
        + "inputs: " + Arrays.deepToString(inputs));
  }

  /**
   * The pipeline rejects {@code src} with a located error whose message contains {@code message}
   * (an attribute combination documented as unsupported natively).
   */
  static void rejects(String src, String message) {
    Operation module = parse(src);
    boolean[] ok = {true};
    List<Diagnostic> diags = CTX.diagnostics().captureOnThisThread(() -> ok[0] = pipeline().run(pm(), module));
    assertFalse(ok[0], () -> "the pipeline accepted\n" + src);
    assertTrue(diags.stream().anyMatch(d -> d.message().contains(message) && d.location() instanceof Location.FileLineCol),
        () -> "no located error containing '" + message + "' in " + diags + " for\n" + src);
  }

  private static Operation parse(String src) {
    List<Diagnostic> diags = new ArrayList<>();
    Operation[] m = {null};
    diags.addAll(CTX.diagnostics().captureOnThisThread(() -> {
      m[0] = Parser.parse(CTX, "prop.mlir", src);
      if (m[0] != null && !Verifier.verify(m[0])) m[0] = null;
    }));
    assertNotNull(m[0], () -> "invalid test IR " + diags + ":\n" + src);
    return m[0];
  }

  private static PassManager pm() {
    return PipelineParser.parse(PASSES, "builtin.module(" + GraphToLlvmPipeline.NAME + ")", "builtin.module");
  }

  private static PassExecutor pipeline() {
    return new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1));
  }

  private static Operation lower(Operation module, String src) {
    boolean[] ok = {false};
    List<Diagnostic> diags = CTX.diagnostics().captureOnThisThread(() -> ok[0] = pipeline().run(pm(), module));
    assertTrue(ok[0], () -> "graph-to-llvm failed: " + diags + "\n" + src);
    return module;
  }

  private static Object[] run(Operation lowered, List<Type> argTypes, List<Type> resultTypes, Object[] inputs, String src) {
    try (Arena arena = Arena.ofConfined(); JitModule jit = JitModule.compile(lowered, TargetOptions.host())) {
      NativeFunction fn = jit.function("main");
      List<Object> args = new ArrayList<>();
      for (int i = 0; i < inputs.length; i++) {
        Tensor v = (Tensor) inputs[i];
        assertTrue(v.matches((RankedTensorType) argTypes.get(i)), "input #" + i + " does not match " + argTypes.get(i));
        MemorySegment m = allocate(arena, v.elementType(), v.size());
        write(v, m);
        descriptor(args, m, v.shape());
      }
      List<MemorySegment> outs = new ArrayList<>();
      for (Type t : resultTypes) {
        RankedTensorType rt = (RankedTensorType) t;
        MemorySegment m = allocate(arena, rt.elementType(), Tensor.count(rt.shape()));
        m.fill((byte) 0x5A); // never-written elements show up as garbage, not as plausible zeros
        outs.add(m);
        descriptor(args, m, rt.shape());
      }
      assertEquals(fn.type().params().size(), args.size(), () -> "native signature " + fn.type() + " for\n" + src);
      fn.invoke(args.toArray());
      Object[] r = new Object[resultTypes.size()];
      for (int k = 0; k < r.length; k++) {
        RankedTensorType rt = (RankedTensorType) resultTypes.get(k);
        Tensor v = Tensor.zeros(rt.elementType(), rt.shape());
        read(outs.get(k), v);
        r[k] = v;
      }
      return r;
    } catch (RuntimeException e) {
      return fail("native compile or call failed: " + e + "\n" + src, e);
    }
  }

  private static void descriptor(List<Object> args, MemorySegment m, long[] shape) {
    args.add(m);
    args.add(m);
    args.add(0L);
    for (long s : shape) args.add(s);
    for (long s : Tensor.stridesOf(shape)) args.add(s);
  }

  private static long bytes(Type e) {
    if (e == FloatType.F64) return 8;
    if (e == FloatType.F32) return 4;
    if (e == FloatType.F16 || e == FloatType.BF16) return 2;
    if (e instanceof IntegerType it) return it.width() <= 8 ? 1 : it.width() / 8;
    throw new AssertionError("no native layout for " + e);
  }

  private static MemorySegment allocate(Arena arena, Type e, long count) { return arena.allocate(Math.max(1, bytes(e) * count), 64); }

  private static void write(Tensor t, MemorySegment m) {
    Type e = t.elementType();
    long b = bytes(e);
    for (int i = 0; i < t.size(); i++) {
      if (e == FloatType.F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) t.getDouble(i));
      else if (e == FloatType.F64) m.setAtIndex(ValueLayout.JAVA_DOUBLE, i, t.getDouble(i));
      else if (e == FloatType.F16) m.setAtIndex(ValueLayout.JAVA_SHORT, i, Float.floatToFloat16((float) t.getDouble(i)));
      else if (e == FloatType.BF16) m.setAtIndex(ValueLayout.JAVA_SHORT, i, (short) (Float.floatToRawIntBits((float) t.getDouble(i)) >>> 16));
      else if (b == 1) m.set(ValueLayout.JAVA_BYTE, i, (byte) t.getLong(i));
      else if (b == 2) m.setAtIndex(ValueLayout.JAVA_SHORT, i, (short) t.getLong(i));
      else if (b == 4) m.setAtIndex(ValueLayout.JAVA_INT, i, (int) t.getLong(i));
      else m.setAtIndex(ValueLayout.JAVA_LONG, i, t.getLong(i));
    }
  }

  /** Reads a result; integers are re-wrapped to the element type (so a {@code ui8} byte 0xC8 reads as 200); an {@code i1} byte must be 0 or 1. */
  private static void read(MemorySegment m, Tensor t) {
    Type e = t.elementType();
    long b = bytes(e);
    for (int i = 0; i < t.size(); i++) {
      if (e == FloatType.F32) t.setDouble(i, m.getAtIndex(ValueLayout.JAVA_FLOAT, i));
      else if (e == FloatType.F64) t.setDouble(i, m.getAtIndex(ValueLayout.JAVA_DOUBLE, i));
      else if (e == FloatType.F16) t.setDouble(i, Float.float16ToFloat(m.getAtIndex(ValueLayout.JAVA_SHORT, i)));
      else if (e == FloatType.BF16) t.setDouble(i, Float.intBitsToFloat((m.getAtIndex(ValueLayout.JAVA_SHORT, i) & 0xFFFF) << 16));
      else if (e instanceof IntegerType it && it.width() == 1) {
        byte v = m.get(ValueLayout.JAVA_BYTE, i);
        if (v != 0 && v != 1) throw new AssertionError("i1 result element " + i + " holds the byte " + v + " (never written?)");
        t.setLong(i, v);
      }
      else if (b == 1) t.setLong(i, Scalars.wrap(m.get(ValueLayout.JAVA_BYTE, i), e));
      else if (b == 2) t.setLong(i, Scalars.wrap(m.getAtIndex(ValueLayout.JAVA_SHORT, i), e));
      else if (b == 4) t.setLong(i, Scalars.wrap(m.getAtIndex(ValueLayout.JAVA_INT, i), e));
      else t.setLong(i, m.getAtIndex(ValueLayout.JAVA_LONG, i));
    }
  }
}
