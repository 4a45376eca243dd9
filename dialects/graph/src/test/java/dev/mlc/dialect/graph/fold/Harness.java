package dev.mlc.dialect.graph.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.text.Parser;
import dev.mlc.text.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Parses, verifies, interprets and canonicalizes graph modules for the fold and pattern tests. */
final class Harness {
  private Harness() {}

  /** A verified module parsed from {@code src}. */
  static Operation parse(String src) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    if (module == null) fail("parse error in\n" + src);
    List<Diagnostic> diags = new ArrayList<>(ctx.diagnostics().captureOnThisThread(() -> {
      if (!Verifier.verify(module)) fail("invalid IR:\n" + src);
    }));
    if (!diags.isEmpty()) fail("invalid IR: " + diags + "\n" + src);
    return module;
  }

  static Operation main(Operation module) {
    Operation main = Interpreter.findFunction(module, "main");
    if (main == null) fail("no @main");
    return main;
  }

  /** Runs {@code @main} on {@code args}: its results, or the interpreter's error. */
  static Object run(Operation module, Object... args) {
    try {
      return new Interpreter(module.context()).call(main(module), args);
    } catch (InterpreterException e) {
      return e;
    }
  }

  /** Applies the canonicalize pass's rewrites (every registered op's patterns, with folding) to {@code module}. */
  static void canonicalize(Operation module) {
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : module.context().registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(module, patterns);
    if (!Verifier.verify(module)) fail("canonicalize produced invalid IR:\n" + Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT));
  }

  static String print(Operation module) { return Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT); }

  /** Names of the ops in {@code @main}'s body. */
  static List<String> opNames(Operation module) {
    List<String> names = new ArrayList<>();
    for (Operation op : main(module).region(0).front()) names.add(op.name());
    return names;
  }

  /** Seeded random values for {@code @main}'s arguments: small integers, and floats with signed zeros, NaN and infinities now and then. */
  static Object[] randomArgs(Operation module, long seed) {
    Random rnd = new Random(seed);
    List<Object> args = new ArrayList<>();
    for (Value v : main(module).region(0).front().arguments()) {
      RankedTensorType t = (RankedTensorType) v.type();
      Tensor x = Tensor.zeros(t.elementType(), t.shape());
      for (int i = 0; i < x.size(); i++) {
        if (x.isFloat()) x.setDouble(i, randomFloat(rnd));
        else if (t.elementType() instanceof IntegerType it && it.width() == 1) x.setLong(i, rnd.nextInt(2));
        else x.setLong(i, rnd.nextInt(21) - 10);
      }
      args.add(x);
    }
    return args.toArray();
  }

  static double randomFloat(Random rnd) {
    return switch (rnd.nextInt(12)) {
      case 0 -> -0.0;
      case 1 -> 0.0;
      case 2 -> Double.NaN;
      case 3 -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 4 -> rnd.nextInt(7) - 3;
      default -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(5) - 2);
    };
  }

  /**
   * Asserts that two runs agree: the same error, or tensors of the same type whose elements are
   * identical (NaN equals NaN; {@code -0.0} differs from {@code 0.0} unless {@code signedZeroEqual}).
   */
  static void assertSameResults(Object expected, Object actual, boolean signedZeroEqual, String context) {
    if (expected instanceof InterpreterException e) {
      if (!(actual instanceof InterpreterException a)) throw new AssertionError("expected the error '" + e.describe() + "', got results\n" + context);
      assertEquals(e.describe(), a.describe(), context);
      return;
    }
    if (actual instanceof InterpreterException a) throw new AssertionError("unexpected error '" + a.describe() + "'\n" + context);
    Object[] x = (Object[]) expected, y = (Object[]) actual;
    assertEquals(x.length, y.length, context);
    for (int r = 0; r < x.length; r++) {
      Tensor p = (Tensor) x[r], q = (Tensor) y[r];
      assertEquals(p.elementType(), q.elementType(), context);
      assertEquals(java.util.Arrays.toString(p.shape()), java.util.Arrays.toString(q.shape()), context);
      for (int i = 0; i < p.size(); i++) {
        boolean same = p.isFloat()
            ? Double.compare(p.getDouble(i), q.getDouble(i)) == 0 || signedZeroEqual && p.getDouble(i) == q.getDouble(i)
            : p.getLong(i) == q.getLong(i);
        if (!same) throw new AssertionError("result #" + r + " element " + i + ": expected " + p.get(i) + ", got " + q.get(i) + "\n" + context);
      }
    }
  }

  /** MLIR text of a tensor type. */
  static String type(long[] shape, String elt) {
    StringBuilder b = new StringBuilder("tensor<");
    for (long d : shape) b.append(d).append('x');
    return b.append(elt).append('>').toString();
  }

  /** A {@code dense<...>} literal of a flat value list (floats in hex, so every bit pattern survives). */
  static String dense(long[] shape, Type elt, Object[] flat) {
    StringBuilder b = new StringBuilder("dense<");
    nest(b, shape, 0, new int[] {0}, elt, flat);
    return b.append('>').toString();
  }

  private static void nest(StringBuilder b, long[] shape, int d, int[] at, Type elt, Object[] flat) {
    if (d == shape.length) {
      Object v = flat[at[0]++];
      if (elt instanceof FloatType ft) {
        double x = (Double) v;
        if (ft.width() == 16) b.append(String.format("0x%04X", dev.mlc.ir.interp.Scalars.floatBits(x, elt)));
        else b.append(String.format("0x%08X", Float.floatToRawIntBits((float) x)));
      } else if (elt instanceof IntegerType it && it.width() == 1) b.append((Long) v != 0 ? "true" : "false");
      else b.append(v);
      return;
    }
    b.append('[');
    for (long i = 0; i < shape[d]; i++) {
      if (i > 0) b.append(", ");
      nest(b, shape, d + 1, at, elt, flat);
    }
    b.append(']');
  }
}
