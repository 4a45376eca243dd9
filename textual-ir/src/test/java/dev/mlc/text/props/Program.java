package dev.mlc.text.props;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated MLIR file and how to make it again ({@code MlirGenerator.generate(seed, size)}).
 * The properties turn jqwik's shrinking off: a failing file is minimized as text by
 * {@link Reducer}, which gives far smaller inputs than shrinking the seed would.
 */
record Program(long seed, int size, String text) {
  static Program of(long seed, int size) { return new Program(seed, size, MlirGenerator.generate(seed, size)); }

  /** Programs of 1 to {@code maxSize} operations. */
  static Arbitrary<Program> arbitrary(int maxSize) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, maxSize)).as(Program::of);
  }

  @Override public String toString() {
    return "Program(seed=" + seed + "L, size=" + size + ")\n" + text;
  }
}
