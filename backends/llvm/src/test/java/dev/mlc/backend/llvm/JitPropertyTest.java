package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.ir.Operation;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random straight-line integer and float programs of the llvm dialect, JIT-compiled at -O2 and
 * interpreted, agree on random inputs (wrapping arithmetic, shifts by in-range amounts, selects,
 * compares, casts; float arithmetic with fma and minnum).
 */
class JitPropertyTest {
  static final String[] INT_OPS = {"add", "sub", "mul", "and", "or", "xor"};

  /** A program over %a, %b of type {@code t} with {@code n} ops, returning the last value. */
  static String intProgram(long seed, int n, String t, int width) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("llvm.func @p(%a: " + t + ", %b: " + t + ") -> " + t + " {\n");
    b.append("  %mask = llvm.mlir.constant(").append(width - 1).append(" : ").append(t).append(") : ").append(t).append('\n');
    int vals = 0;
    java.util.function.IntFunction<String> pick = k -> k < 2 ? (k == 0 ? "%a" : "%b") : "%v" + (k - 2);
    for (int i = 0; i < n; i++) {
      String x = pick.apply(r.nextInt(vals + 2)), y = pick.apply(r.nextInt(vals + 2));
      switch (r.nextInt(5)) {
        case 0, 1 -> b.append("  %v").append(vals).append(" = llvm.").append(INT_OPS[r.nextInt(INT_OPS.length)]).append(' ').append(x).append(", ").append(y)
            .append(" : ").append(t).append('\n');
        case 2 -> {
          String sh = new String[] {"shl", "lshr", "ashr"}[r.nextInt(3)];
          b.append("  %s").append(vals).append(" = llvm.and ").append(y).append(", %mask : ").append(t).append('\n');
          b.append("  %v").append(vals).append(" = llvm.").append(sh).append(' ').append(x).append(", %s").append(vals).append(" : ").append(t).append('\n');
        }
        case 3 -> {
          String pred = new String[] {"slt", "ult", "eq", "sge"}[r.nextInt(4)];
          b.append("  %c").append(vals).append(" = llvm.icmp \"").append(pred).append("\" ").append(x).append(", ").append(y).append(" : ").append(t).append('\n');
          b.append("  %v").append(vals).append(" = llvm.select %c").append(vals).append(", ").append(y).append(", ").append(x).append(" : i1, ").append(t).append('\n');
        }
        default -> {
          b.append("  %t").append(vals).append(" = llvm.trunc ").append(x).append(" : ").append(t).append(" to i8\n");
          b.append("  %v").append(vals).append(" = llvm.").append(r.nextBoolean() ? "sext" : "zext").append(" %t").append(vals).append(" : i8 to ").append(t).append('\n');
        }
      }
      vals++;
    }
    return b.append("  llvm.return %v").append(vals - 1).append(" : ").append(t).append("\n}\n").toString();
  }

  @Property(tries = 40)
  void integerProgramsAgree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 24) int n, @ForAll boolean wide) {
    String t = wide ? "i64" : "i32";
    Operation m = TranslationTest.parse(intProgram(seed, n, t, wide ? 64 : 32));
    Random r = new Random(~seed);
    try (JitModule j = JitModule.compile(m, TargetOptions.host())) {
      NativeFunction f = j.function("p");
      for (long[] in : List.of(new long[] {0, 0}, new long[] {-1, 1}, new long[] {r.nextLong(), r.nextLong()}, new long[] {r.nextInt(), r.nextInt(100)})) {
        long a = wide ? in[0] : (int) in[0], b = wide ? in[1] : (int) in[1];
        long expect = (Long) JitDifferentialTest.interpret(m, "p", a, b)[0];
        Object got = wide ? f.invoke(a, b) : f.invoke((int) a, (int) b);
        assertEquals(expect, ((Number) got).longValue(), "inputs " + a + ", " + b + " of\n" + intProgram(seed, n, t, wide ? 64 : 32));
      }
    }
  }

  static String floatProgram(long seed, int n) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("llvm.func @p(%a: f64, %b: f64) -> f64 {\n");
    int vals = 0;
    java.util.function.IntFunction<String> pick = k -> k < 2 ? (k == 0 ? "%a" : "%b") : "%v" + (k - 2);
    for (int i = 0; i < n; i++) {
      String x = pick.apply(r.nextInt(vals + 2)), y = pick.apply(r.nextInt(vals + 2)), z = pick.apply(r.nextInt(vals + 2));
      switch (r.nextInt(6)) {
        case 0 -> b.append("  %v").append(vals).append(" = llvm.fadd ").append(x).append(", ").append(y).append(" : f64\n");
        case 1 -> b.append("  %v").append(vals).append(" = llvm.fsub ").append(x).append(", ").append(y).append(" : f64\n");
        case 2 -> b.append("  %v").append(vals).append(" = llvm.fmul ").append(x).append(", ").append(y).append(" : f64\n");
        case 3 -> b.append("  %v").append(vals).append(" = llvm.fdiv ").append(x).append(", ").append(y).append(" : f64\n");
        case 4 -> b.append("  %v").append(vals).append(" = llvm.intr.fma(").append(x).append(", ").append(y).append(", ").append(z).append(") : (f64, f64, f64) -> f64\n");
        // minimum, not minnum: llvm.minnum of +0.0 and -0.0 may return either (LangRef), which no
        // bit-for-bit comparison can pin down; minimum orders -0.0 below +0.0
        default -> b.append("  %v").append(vals).append(" = llvm.intr.minimum(").append(x).append(", ").append(y).append(") : (f64, f64) -> f64\n");
      }
      vals++;
    }
    return b.append("  llvm.return %v").append(vals - 1).append(" : f64\n}\n").toString();
  }

  @Property(tries = 30)
  void floatProgramsAgreeBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
    Operation m = TranslationTest.parse(floatProgram(seed, n));
    Random r = new Random(seed * 31);
    try (JitModule j = JitModule.compile(m, TargetOptions.host())) {
      for (int k = 0; k < 4; k++) {
        double a = r.nextGaussian() * 10, b = k == 3 ? 0.0 : r.nextGaussian();
        double expect = (Double) JitDifferentialTest.interpret(m, "p", a, b)[0];
        double got = (Double) j.function("p").invoke(a, b);
        // Without fastmath flags LLVM may not reassociate or contract: the results are the same doubles.
        assertTrue(Double.compare(expect, got) == 0 || Double.isNaN(expect) && Double.isNaN(got),
            "p(" + a + ", " + b + ") = " + got + ", interpreter " + expect + "\n" + floatProgram(seed, n));
      }
    }
  }
}
