package dev.mlc.dialect.graph.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.text.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs graph IR through the reference interpreter. {@link #op} wraps one generic op in
 * {@code func.func @main}, its operands being the function's arguments {@code %a, %b, %c, ...} in
 * order, its types taken from the op's trailing function type.
 */
abstract class GraphInterpTestBase {
  static final Type F32 = FloatType.F32, F16 = FloatType.F16, BF16 = FloatType.BF16;
  static final Type I1 = IntegerType.of(1), I8 = IntegerType.of(8), I32 = IntegerType.of(32), I64 = IntegerType.of(64);
  static final Type UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED);

  /**
   * Parses {@code src} (a module or functions), verifies it (the graph ops' own verifiers run once
   * they are registered, so the IR here must be valid per the spec) and calls {@code @main} with
   * {@code inputs}.
   */
  static Object[] run(String src, Object... inputs) {
    MLContext ctx = MLContext.withAllDialects();
    ctx.allowUnregisteredDialects(true);
    List<Diagnostic> diags = new ArrayList<>();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    if (module == null) fail("parse error in\n" + src);
    diags.addAll(ctx.diagnostics().captureOnThisThread(() -> {
      if (!Verifier.verify(module)) diags.add(null);
    }));
    if (!diags.isEmpty()) fail("invalid IR: " + diags + "\n" + src);
    Operation main = Interpreter.findFunction(module, "main");
    if (main == null) fail("no @main in\n" + src);
    return new Interpreter(ctx).call(main, inputs);
  }

  /** The single result of running {@code src}. */
  static Tensor run1(String src, Object... inputs) {
    Object[] r = run(src, inputs);
    assertEquals(1, r.length, "results");
    return (Tensor) r[0];
  }

  /** Wraps one generic op ({@code "graph.x"(%a, %b) {...} : (T0, T1) -> R}) in {@code @main}. */
  static String wrap(String op) {
    int colon = op.lastIndexOf(" : (");
    String fnType = op.substring(colon + 3).trim();
    int arrow = fnType.lastIndexOf("->");
    String ins = fnType.substring(0, arrow).trim();
    ins = ins.substring(1, ins.length() - 1).trim();
    String out = fnType.substring(arrow + 2).trim();
    List<String> args = new ArrayList<>();
    int depth = 0, start = 0;
    for (int i = 0; i < ins.length(); i++) {
      char c = ins.charAt(i);
      if (c == '<' || c == '(') depth++;
      else if (c == '>' || c == ')') depth--;
      else if (c == ',' && depth == 0) {
        args.add(ins.substring(start, i).trim());
        start = i + 1;
      }
    }
    if (!ins.isEmpty()) args.add(ins.substring(start).trim());
    StringBuilder sig = new StringBuilder();
    for (int i = 0; i < args.size(); i++) sig.append(i > 0 ? ", " : "").append('%').append((char) ('a' + i)).append(": ").append(args.get(i));
    List<String> outs = new ArrayList<>();
    if (out.startsWith("(")) for (String s : out.substring(1, out.length() - 1).split(",\\s*")) outs.add(s.trim());
    else outs.add(out);
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < outs.size(); i++) results.append(i > 0 ? ", " : "").append("%r#").append(i);
    String resultDef = outs.size() == 1 ? "%r" : "%r:" + outs.size();
    String returned = outs.size() == 1 ? "%r" : results.toString();
    return "func.func @main(" + sig + ") -> (" + String.join(", ", outs) + ") {\n  " + resultDef + " = " + op + "\n  func.return " + returned
        + " : " + String.join(", ", outs) + "\n}\n";
  }

  /** Runs one op (see {@link #wrap}) on {@code inputs}; returns its first result. */
  static Tensor op(String op, Object... inputs) { return run1(wrap(op), inputs); }

  /** Runs one op with several results. */
  static Object[] opN(String op, Object... inputs) { return run(wrap(op), inputs); }

  /** The interpreter error of running one op. */
  static InterpreterException opError(String op, Object... inputs) {
    return assertThrows(InterpreterException.class, () -> run(wrap(op), inputs));
  }

  static void assertError(String fragment, String op, Object... inputs) {
    InterpreterException e = opError(op, inputs);
    assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
  }

  static long[] shape(long... dims) { return dims; }

  static Tensor f32(long[] shape, double... v) { return Tensor.ofDoubles(F32, shape, v); }

  static Tensor f16(long[] shape, double... v) { return Tensor.ofDoubles(F16, shape, v); }

  static Tensor i64(long[] shape, long... v) { return Tensor.ofLongs(I64, shape, v); }

  static Tensor i32(long[] shape, long... v) { return Tensor.ofLongs(I32, shape, v); }

  static Tensor i8(long[] shape, long... v) { return Tensor.ofLongs(I8, shape, v); }

  static Tensor ui8(long[] shape, long... v) { return Tensor.ofLongs(UI8, shape, v); }

  static Tensor i1(long[] shape, long... v) { return Tensor.ofLongs(I1, shape, v); }

  /** 0, 1, 2, ... as f32 of {@code shape}. */
  static Tensor iota(long... shape) {
    double[] v = new double[(int) Tensor.count(shape)];
    for (int i = 0; i < v.length; i++) v[i] = i;
    return f32(shape, v);
  }

  /** Exact shape, element type and values (floats compared exactly, NaN equal to NaN). */
  static void assertTensor(Tensor actual, Type type, long[] shape, double... expected) {
    assertEquals(type, actual.elementType(), "element type");
    assertArrayEquals(shape, actual.shape(), "shape");
    double[] got = new double[actual.size()];
    for (int i = 0; i < got.length; i++) got[i] = actual.getDouble(i);
    assertArrayEquals(expected, got, () -> "values of " + actual);
  }

  /** Shape, element type and values within {@code tol} (absolute). */
  static void assertClose(Tensor actual, Type type, long[] shape, double tol, double... expected) {
    assertEquals(type, actual.elementType(), "element type");
    assertArrayEquals(shape, actual.shape(), "shape");
    double[] got = new double[actual.size()];
    for (int i = 0; i < got.length; i++) got[i] = actual.getDouble(i);
    assertArrayEquals(expected, got, tol, () -> "values of " + actual);
  }

  static void assertLongs(Tensor actual, Type type, long[] shape, long... expected) {
    assertEquals(type, actual.elementType(), "element type");
    assertArrayEquals(shape, actual.shape(), "shape");
    long[] got = new long[actual.size()];
    for (int i = 0; i < got.length; i++) got[i] = actual.getLong(i);
    assertArrayEquals(expected, got, () -> "values of " + actual);
  }
}
