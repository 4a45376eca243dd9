package dev.mlc.dialect.graph.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.graph.ir.ShapeInference;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Constant folding agrees with the interpreter: an op on random constant operands (small shapes,
 * broadcasting included) canonicalizes to a constant holding exactly the tensor the interpreter
 * computes for the unfolded op; where the interpreter reports an error (integer division by zero,
 * a gather index out of range), the op is left in place and the error stays.
 */
class ConstantFoldPropertyTest {
  private static final String[] ELTS = {"f32", "i32"};

  /** One op on constants in {@code @main}: the module text. */
  private record Case(String src, String op) {}

  @Provide Arbitrary<String> binaryOps() {
    return Arbitraries.of("graph.add", "graph.sub", "graph.mul", "graph.div", "graph.max", "graph.min", "graph.pow",
        "graph.equal", "graph.less", "graph.greater");
  }

  @Property(tries = 300)
  void binaryAndCompare(@ForAll("binaryOps") String op, @ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    String elt = integer ? "i32" : "f32";
    long[] a = shape(rnd, 0), b = partner(rnd, a);
    if (rnd.nextBoolean()) { long[] t = a; a = b; b = t; }
    long[] r = ShapeInference.broadcast(a, b);
    String rElt = op.equals("graph.equal") || op.equals("graph.less") || op.equals("graph.greater") ? "i1" : elt;
    check(new Case(module(rnd, List.of(a, b), List.of(elt, elt), op, "", Harness.type(r, rElt)), op));
  }

  @Property(tries = 100)
  void where(@ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    String elt = integer ? "i32" : "f32";
    long[] c = shape(rnd, 0), x = partner(rnd, c), y = partner(rnd, c);
    long[] r = ShapeInference.broadcast(c, x, y);
    check(new Case(module(rnd, List.of(c, x, y), List.of("i1", elt, elt), "graph.where", "", Harness.type(r, elt)), "graph.where"));
  }

  @Provide Arbitrary<String> castSources() { return Arbitraries.of("f32", "f16", "i32", "i8"); }

  @Provide Arbitrary<String> castTargets() { return Arbitraries.of("f32", "f16", "i32", "i8", "ui8", "i64"); }

  @Property(tries = 150)
  void cast(@ForAll("castSources") String from, @ForAll("castTargets") String to, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] s = shape(rnd, 0);
    check(new Case(module(rnd, List.of(s), List.of(from), "graph.cast", "", Harness.type(s, to)), "graph.cast"));
  }

  @Property(tries = 100)
  void reshape(@ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] s = shape(rnd, 0), t = switch (rnd.nextInt(3)) {
      case 0 -> new long[] {count(s)};
      case 1 -> new long[] {1, count(s), 1};
      default -> permuted(rnd, s);
    };
    check(new Case(module(rnd, List.of(s), List.of(integer ? "i32" : "f32"), "graph.reshape", "", Harness.type(t, integer ? "i32" : "f32")), "graph.reshape"));
  }

  @Property(tries = 100)
  void transpose(@ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] s = shape(rnd, 1);
    long[] perm = permutation(rnd, s.length);
    long[] t = new long[s.length];
    for (int i = 0; i < t.length; i++) t[i] = s[(int) perm[i]];
    String elt = integer ? "i32" : "f32";
    check(new Case(module(rnd, List.of(s), List.of(elt), "graph.transpose", " {perm = " + Arrays.toString(perm) + "}", Harness.type(t, elt)), "graph.transpose"));
  }

  @Property(tries = 100)
  void concat(@ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] s = shape(rnd, 1);
    int axis = rnd.nextInt(s.length), n = 1 + rnd.nextInt(3);
    List<long[]> shapes = new ArrayList<>();
    List<String> elts = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < n; i++) {
      long[] p = s.clone();
      p[axis] = 1 + rnd.nextInt(3);
      total += p[axis];
      shapes.add(p);
      elts.add(integer ? "i32" : "f32");
    }
    long[] r = s.clone();
    r[axis] = total;
    int written = rnd.nextBoolean() ? axis : axis - s.length;
    check(new Case(module(rnd, shapes, elts, "graph.concat", " {axis = " + written + " : i64}", Harness.type(r, elts.get(0))), "graph.concat"));
  }

  @Property(tries = 150)
  void slice(@ForAll boolean integer, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] s = shape(rnd, 1);
    int k = 1 + rnd.nextInt(s.length);
    long[] axes = Arrays.copyOf(permutation(rnd, s.length), k), starts = new long[k], ends = new long[k], steps = new long[k];
    for (int i = 0; i < k; i++) {
      if (rnd.nextBoolean()) axes[i] -= s.length;
      starts[i] = rnd.nextInt(9) - 4;
      ends[i] = switch (rnd.nextInt(4)) {
        case 0 -> Long.MAX_VALUE;
        case 1 -> Long.MIN_VALUE;
        default -> rnd.nextInt(9) - 4;
      };
      steps[i] = new long[] {-2, -1, 1, 2}[rnd.nextInt(4)];
    }
    long[] r = ShapeInference.slice(s, starts, ends, axes, steps);
    String elt = integer ? "i32" : "f32";
    String attrs = " {axes = " + Arrays.toString(axes) + ", ends = " + Arrays.toString(ends) + ", starts = " + Arrays.toString(starts)
        + ", steps = " + Arrays.toString(steps) + "}";
    check(new Case(module(rnd, List.of(s), List.of(elt), "graph.slice", attrs, Harness.type(r, elt)), "graph.slice"));
  }

  @Property(tries = 150)
  void gather(@ForAll boolean integer, @ForAll boolean i32Indices, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[] data = shape(rnd, 1), ind = shape(rnd, 0);
    if (ind.length > 2) ind = Arrays.copyOf(ind, 2);
    int axis = rnd.nextInt(data.length);
    long[] r = new long[data.length - 1 + ind.length];
    System.arraycopy(data, 0, r, 0, axis);
    System.arraycopy(ind, 0, r, axis, ind.length);
    System.arraycopy(data, axis + 1, r, axis + ind.length, data.length - axis - 1);
    String elt = integer ? "i32" : "f32", it = i32Indices ? "i32" : "i64";
    Object[] idx = new Object[(int) count(ind)];
    for (int i = 0; i < idx.length; i++) idx[i] = (long) (rnd.nextInt((int) (2 * data[axis] + 2)) - data[axis] - 1);
    String src = "func.func @main() -> " + Harness.type(r, elt) + " {\n"
        + "  %0 = graph.constant " + Harness.dense(data, type(elt), values(rnd, type(elt), data)) + " : " + Harness.type(data, elt) + "\n"
        + "  %1 = graph.constant " + Harness.dense(ind, type(it), idx) + " : " + Harness.type(ind, it) + "\n"
        + "  %r = graph.gather %0, %1 {axis = " + (rnd.nextBoolean() ? axis : axis - data.length) + " : i64} : ("
        + Harness.type(data, elt) + ", " + Harness.type(ind, it) + ") -> " + Harness.type(r, elt) + "\n"
        + "  return %r : " + Harness.type(r, elt) + "\n}\n";
    check(new Case(src, "graph.gather"));
  }

  /** Interprets the module, canonicalizes a second copy, and compares. */
  private static void check(Case c) {
    Object before = Harness.run(Harness.parse(c.src()));
    Operation m = Harness.parse(c.src());
    Harness.canonicalize(m);
    List<String> ops = Harness.opNames(m);
    String context = c.src() + "\nafter canonicalize:\n" + Harness.print(m);
    if (before instanceof InterpreterException) assertTrue(ops.contains(c.op()), "an op that faults must not fold\n" + context);
    else assertEquals(List.of("graph.constant", "func.return"), ops, "expected a single folded constant\n" + context);
    Harness.assertSameResults(before, Harness.run(m), false, context);
  }

  /** {@code @main} computing {@code op} on random constants of the given shapes and element types. */
  private static String module(Random rnd, List<long[]> shapes, List<String> elts, String op, String attrs, String resultType) {
    StringBuilder b = new StringBuilder("func.func @main() -> " + resultType + " {\n");
    List<String> names = new ArrayList<>(), types = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      String t = Harness.type(shapes.get(i), elts.get(i));
      b.append("  %").append(i).append(" = graph.constant ").append(Harness.dense(shapes.get(i), type(elts.get(i)), values(rnd, type(elts.get(i)), shapes.get(i))))
          .append(" : ").append(t).append('\n');
      names.add("%" + i);
      types.add(t);
    }
    b.append("  %r = ").append(op).append(' ').append(String.join(", ", names)).append(attrs).append(" : (").append(String.join(", ", types))
        .append(") -> ").append(resultType).append('\n');
    return b.append("  return %r : ").append(resultType).append("\n}\n").toString();
  }

  private static Type type(String elt) {
    return switch (elt) {
      case "f32" -> FloatType.F32;
      case "f16" -> FloatType.F16;
      case "i1" -> IntegerType.of(1);
      case "i8" -> IntegerType.of(8);
      case "i32" -> IntegerType.of(32);
      case "i64" -> IntegerType.of(64);
      default -> throw new IllegalArgumentException(elt);
    };
  }

  private static Object[] values(Random rnd, Type elt, long[] shape) {
    Object[] v = new Object[(int) count(shape)];
    for (int i = 0; i < v.length; i++) {
      if (elt instanceof FloatType) v[i] = rnd.nextInt(8) == 0 ? (rnd.nextBoolean() ? 1.0e10 : -3.5e9) : Harness.randomFloat(rnd);
      else if (((IntegerType) elt).width() == 1) v[i] = (long) rnd.nextInt(2);
      else if (((IntegerType) elt).width() == 8) v[i] = (long) (rnd.nextInt(256) - 128);
      else v[i] = (long) (rnd.nextInt(13) - 6);
    }
    return v;
  }

  /** Rank {@code minRank}..3, dimensions 1..3. */
  private static long[] shape(Random rnd, int minRank) {
    long[] s = new long[minRank + rnd.nextInt(4 - minRank)];
    for (int i = 0; i < s.length; i++) s[i] = 1 + rnd.nextInt(3);
    return s;
  }

  /** A shape that broadcasts with {@code s}: a suffix of it, some dimensions replaced by 1. */
  private static long[] partner(Random rnd, long[] s) {
    long[] p = Arrays.copyOfRange(s, rnd.nextInt(s.length + 1), s.length);
    for (int i = 0; i < p.length; i++) if (rnd.nextInt(3) == 0) p[i] = 1;
    return p;
  }

  private static long[] permutation(Random rnd, int n) {
    List<Long> xs = new ArrayList<>();
    for (long i = 0; i < n; i++) xs.add(i);
    java.util.Collections.shuffle(xs, rnd);
    return xs.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] permuted(Random rnd, long[] s) {
    long[] p = permutation(rnd, s.length), r = new long[s.length];
    for (int i = 0; i < r.length; i++) r[i] = s[(int) p[i]];
    return r;
  }

  private static long count(long[] s) {
    long n = 1;
    for (long d : s) n *= d;
    return n;
  }
}
