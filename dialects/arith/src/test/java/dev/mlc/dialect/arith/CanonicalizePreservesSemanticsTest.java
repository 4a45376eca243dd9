package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mlc.dialect.arith.ir.Kind;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.ShapedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function of the arith canonicalization lit test computes the same values before and after
 * {@code canonicalize}, on random inputs (those the original rejects, e.g. by a division by zero,
 * are skipped: the rewrite may refine undefined results).
 */
class CanonicalizePreservesSemanticsTest {
  private static final Path LIT = Path.of("../../test-suites/lit/dialects/arith/canonicalize.mlir");

  @TestFactory
  Stream<DynamicTest> canonicalizationKeepsResults() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String chunk : Files.readString(LIT).split("(?m)^// -----$")) {
      String name = chunk.replaceAll("(?s).*?func\\.func @(\\w+).*", "$1");
      tests.add(DynamicTest.dynamicTest(name, () -> check(chunk)));
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  private static void check(String src) {
    Operation before = Ir.parse(src), after = before.clone();
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : after.context().registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(after, patterns, new GreedyRewriteDriver.Config(10, -1, true, true, true));
    Operation f = first(before), g = first(after);
    List<Type> inputs = f.region(0).front().argumentTypes();
    Random rnd = new Random(42);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      Object[] args = inputs.stream().map(t -> random(t, rnd)).toArray();
      Object[] expected;
      try {
        expected = new Interpreter(Ir.context()).call(f, args);
      } catch (InterpreterException undefined) {
        continue;
      }
      Object[] actual = new Interpreter(Ir.context()).call(g, args);
      assertEquals(Arrays.asList(keys(expected)), Arrays.asList(keys(actual)), () -> "inputs " + Arrays.toString(args) + " of\n" + src);
      compared++;
    }
    // @muldiv divides a constant by zero, so no input of it is defined; every other function gets compared.
    assertFalse(compared == 0 && !src.contains("@muldiv"), "no input was defined for\n" + src);
  }

  private static Operation first(Operation module) {
    for (Operation o : module.region(0).front()) if (o.isa("func.func")) return o;
    throw new AssertionError("no function");
  }

  private static Object[] keys(Object[] vs) {
    Object[] k = new Object[vs.length];
    for (int i = 0; i < vs.length; i++) k[i] = vs[i] instanceof Double d ? (Object) Double.doubleToLongBits(d) : vs[i];
    return k;
  }

  private static final long[] EDGES = {0, 1, -1, 2, 3, 5, 7, 127, -128, 255, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
  private static final double[] FLOAT_EDGES = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  private static Object random(Type t, Random rnd) {
    if (t instanceof ShapedType s) {
      Tensor x = Tensor.zeros(s.elementType(), s.shape());
      for (int i = 0; i < x.size(); i++) x.set(i, random(s.elementType(), rnd));
      return x;
    }
    if (t instanceof FloatType) {
      double v = rnd.nextInt(3) == 0 ? FLOAT_EDGES[rnd.nextInt(FLOAT_EDGES.length)] : (rnd.nextDouble() - 0.5) * 200;
      return Scalars.round(v, t);
    }
    long v = switch (rnd.nextInt(3)) {
      case 0 -> EDGES[rnd.nextInt(EDGES.length)];
      case 1 -> rnd.nextInt(21) - 10;
      default -> rnd.nextLong();
    };
    return Scalars.wrap(v, Kind.elementOf(t));
  }
}
