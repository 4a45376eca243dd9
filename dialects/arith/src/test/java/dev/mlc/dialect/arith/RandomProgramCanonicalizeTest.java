package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random straight-line programs of integer and float arith ops (with constants that trigger the
 * folds and patterns) compute the same values before and after canonicalization.
 */
class RandomProgramCanonicalizeTest {
  private static final String[] INT_OPS = {"addi", "subi", "muli", "andi", "ori", "xori", "maxsi", "maxui", "minsi", "minui", "divsi", "divui",
      "remsi", "remui", "ceildivsi", "floordivsi", "shli", "shrsi", "shrui"};
  private static final String[] FLOAT_OPS = {"addf", "subf", "mulf", "divf", "maximumf", "minnumf"};
  private static final long[] INT_CONSTANTS = {0, 1, -1, 2, 3, 7, 31, -128, 255, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final String[] FLOAT_CONSTANTS = {"0.0", "-0.0", "1.0", "2.0", "-1.5", "0x7FC00000", "0xFF800000"};

  /** A random program over i32 and f32 values; returns its text. */
  static String program(Random r) {
    List<String> ints = new ArrayList<>(List.of("%a", "%b")), floats = new ArrayList<>(List.of("%x"));
    StringBuilder b = new StringBuilder("func.func @f(%a: i32, %b: i32, %x: f32) -> (i32, i32, f32, i1) {\n");
    int n = 0;
    for (int i = 0; i < 10; i++) {
      String v = "%v" + n++;
      switch (r.nextInt(9)) {
        case 0 -> { b.append("  ").append(v).append(" = arith.constant ").append(INT_CONSTANTS[r.nextInt(INT_CONSTANTS.length)]).append(" : i32\n"); ints.add(v); }
        case 1 -> { b.append("  ").append(v).append(" = arith.constant ").append(FLOAT_CONSTANTS[r.nextInt(FLOAT_CONSTANTS.length)]).append(" : f32\n"); floats.add(v); }
        case 2 -> {
          String p = List.of("eq", "ne", "slt", "ule", "sgt", "uge").get(r.nextInt(6));
          b.append("  %c").append(n).append(" = arith.cmpi ").append(p).append(", ").append(pick(r, ints)).append(", ").append(pick(r, ints)).append(" : i32\n");
          b.append("  ").append(v).append(" = arith.select %c").append(n).append(", ").append(pick(r, ints)).append(", ").append(pick(r, ints)).append(" : i32\n");
          ints.add(v);
        }
        case 3 -> {
          String ext = r.nextBoolean() ? "extsi" : "extui";
          b.append("  %t").append(n).append(" = arith.trunci ").append(pick(r, ints)).append(" : i32 to i8\n");
          b.append("  ").append(v).append(" = arith.").append(ext).append(" %t").append(n).append(" : i8 to i32\n");
          ints.add(v);
        }
        case 4 -> { b.append("  ").append(v).append(" = arith.").append(FLOAT_OPS[r.nextInt(FLOAT_OPS.length)]).append(' ').append(pick(r, floats))
            .append(", ").append(pick(r, floats)).append(" : f32\n"); floats.add(v); }
        case 5 -> {
          b.append("  %s").append(n).append(" = arith.sitofp ").append(pick(r, ints)).append(" : i32 to f32\n");
          b.append("  ").append(v).append(" = arith.negf %s").append(n).append(" : f32\n");
          floats.add(v);
        }
        default -> {
          String op = INT_OPS[r.nextInt(INT_OPS.length)];
          b.append("  ").append(v).append(" = arith.").append(op).append(' ').append(pick(r, ints)).append(", ").append(pick(r, ints)).append(" : i32\n");
          ints.add(v);
        }
      }
    }
    String f = pick(r, floats);
    b.append("  %cf = arith.cmpf ").append(List.of("olt", "uge", "oeq", "une", "ord").get(r.nextInt(5))).append(", ").append(f).append(", ").append(pick(r, floats)).append(" : f32\n");
    b.append("  return ").append(ints.get(ints.size() - 1)).append(", ").append(pick(r, ints)).append(", ").append(f).append(", %cf : i32, i32, f32, i1\n}\n");
    return b.toString();
  }

  private static String pick(Random r, List<String> vs) { return vs.get(vs.size() - 1 - r.nextInt(Math.min(vs.size(), 4))); }

  @Property(tries = 300)
  void canonicalizationPreservesRandomPrograms(@ForAll long seed) {
    Random r = new Random(seed);
    String src = program(r);
    Operation before = Ir.parse(src), after = before.clone();
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : after.context().registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(after, patterns, new GreedyRewriteDriver.Config(10, -1, true, true, true));
    long[] special = {0, 1, -1, 2, 7, -128, 255, Integer.MIN_VALUE, Integer.MAX_VALUE};
    double[] fspecial = {0.0, -0.0, 1.0, -2.5, Double.NaN, Double.POSITIVE_INFINITY};
    for (int t = 0; t < 20; t++) {
      Object[] args = {r.nextBoolean() ? special[r.nextInt(special.length)] : (long) r.nextInt(),
          r.nextBoolean() ? special[r.nextInt(special.length)] : (long) r.nextInt(),
          r.nextBoolean() ? fspecial[r.nextInt(fspecial.length)] : (double) (float) (r.nextGaussian() * 100)};
      Object[] expected;
      try {
        expected = new Interpreter(Ir.context()).call(Interpreter.findFunction(before, "f"), args);
      } catch (InterpreterException undefined) {
        continue;
      }
      Object[] actual = new Interpreter(Ir.context()).call(Interpreter.findFunction(after, "f"), args);
      assertEquals(Arrays.asList(keys(expected)), Arrays.asList(keys(actual)), () -> "inputs " + Arrays.toString(args) + " of\n" + src
          + "\ncanonicalized:\n" + dev.mlc.text.Printer.print(after, dev.mlc.text.PrintOptions.DEFAULT));
    }
  }

  private static Object[] keys(Object[] vs) {
    Object[] k = new Object[vs.length];
    for (int i = 0; i < vs.length; i++) k[i] = vs[i] instanceof Double d ? (Object) Double.doubleToLongBits(d) : vs[i];
    return k;
  }
}
