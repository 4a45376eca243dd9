package dev.mlc.dialect.graph.interp;

/** Scalar functions the JDK lacks, accurate to about 1e-14 relative (far beyond f32). */
final class MathFns {
  private MathFns() {}

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  /** The error function: Taylor series near 0, a continued fraction for erfc in the tails. */
  static double erf(double x) {
    if (Double.isNaN(x)) return x;
    double ax = Math.abs(x);
    if (ax < 2.5) {
      double term = x, sum = x, x2 = x * x;
      for (int n = 1; n < 200; n++) {
        term *= -x2 / n;
        double add = term / (2 * n + 1);
        sum += add;
        if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
      }
      return TWO_OVER_SQRT_PI * sum;
    }
    if (ax > 6.5) return Math.copySign(1.0, x);
    return Math.copySign(1.0 - erfcTail(ax), x);
  }

  /** erfc(x) for x >= 2.5: exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + 2/(x + ...))))), by modified Lentz. */
  private static double erfcTail(double x) {
    double tiny = 1e-300;
    double f = x, c = x, d = 0;
    for (int n = 1; n < 500; n++) {
      double a = n / 2.0;
      d = x + a * d;
      if (d == 0) d = tiny;
      c = x + a / c;
      if (c == 0) c = tiny;
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    return StrictMath.exp(-x * x) / Math.sqrt(Math.PI) / f;
  }

  static double sigmoid(double x) { return x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x)); }

  /** Round half to even (IEEE rint). */
  static double rint(double x) { return Math.rint(x); }
}
