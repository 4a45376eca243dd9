package dev.mlc.ir.interp;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random inputs for an entry function, the same in every tool ({@code mlc-run
 * --random-inputs}, {@code mlc-opt}'s semantics check, the test harness).
 *
 * <p>The generator, exactly: argument {@code i} (from 0) draws from its own
 * {@code new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (i + 1))}, one draw per element in
 * row-major order (one draw for a scalar argument):
 * <ul>
 *   <li>floats: {@code nextDouble() * 2 - 1} rounded to the element type, uniform in [-1, 1) (a
 *       value that rounds up to 1.0 in a narrow type becomes the largest value below 1);
 *   <li>{@code i1}: {@code nextBoolean()} (fair);
 *   <li>other integers and {@code index}: {@code nextInt(8)}, uniform in [0, 8).
 * </ul>
 * Tensors and vectors become {@link Tensor}s, memrefs fresh initialized {@link Buffer}s.
 */
public final class RandomInputs {
  private RandomInputs() {}

  /** The stream argument {@code index} draws from. */
  public static SplittableRandom streamFor(long seed, int index) {
    return new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (index + 1));
  }

  /** One value per type of {@code argTypes}. */
  public static Object[] generate(List<Type> argTypes, long seed) {
    Object[] r = new Object[argTypes.size()];
    for (int i = 0; i < r.length; i++) r[i] = generate(argTypes.get(i), streamFor(seed, i));
    return r;
  }

  /**
   * Why {@link #generate} cannot make a value of {@code t} (a phrase about "it": {@code "it has a
   * dynamic shape"}), or null when it can: supported scalars and static shapes of them.
   */
  public static String unsupportedReason(Type t) {
    if (t instanceof ShapedType st) {
      if (!(t instanceof MemRefType || t instanceof VectorType || t instanceof dev.mlc.ir.type.RankedTensorType)) return "its type is not supported";
      if (!st.hasRank()) return "it is unranked";
      for (long d : st.shape()) if (d < 0) return "it has a dynamic shape";
      String e = unsupportedReason(st.elementType());
      return e == null ? null : e.replace("its type", "its element type");
    }
    if (t instanceof IndexType) return null;
    if (t instanceof IntegerType it) return it.width() <= 64 ? null : "its type " + t + " is wider than 64 bits";
    if (t instanceof FloatType f) {
      return switch (f) {
        case F16, BF16, F32, F64 -> null;
        default -> "its type " + t + " is not supported";
      };
    }
    return "its type is not supported";
  }

  /** A value of {@code t} drawn from {@code rng}. */
  public static Object generate(Type t, SplittableRandom rng) {
    String why = unsupportedReason(t);
    if (why != null) throw new InterpreterException("cannot generate a random value: " + why);
    if (t instanceof ShapedType st) {
      Tensor v = Tensor.zeros(st.elementType(), st.shape());
      for (int i = 0; i < v.size(); i++) v.set(i, scalar(st.elementType(), rng));
      return t instanceof MemRefType ? Buffer.of(v) : v;
    }
    return scalar(t, rng);
  }

  private static Object scalar(Type t, SplittableRandom rng) {
    if (t instanceof FloatType f) {
      double v = Scalars.round(rng.nextDouble() * 2 - 1, f);
      if (v >= 1.0) v = 1.0 - Math.scalb(1.0, -(f.mantissaBits() + 1));
      return v;
    }
    if (t instanceof IntegerType it && it.width() == 1) return rng.nextBoolean() ? 1L : 0L;
    return (long) rng.nextInt(8);
  }
}
