package dev.mlc.dialect.math.ir;

/**
 * Double-precision implementations of the math functions {@link Math} lacks (erf, the inverse
 * hyperbolic functions), accurate to about one ulp; results are rounded to the op's type afterwards.
 */
public final class MathFunctions {
  private MathFunctions() {}

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126, TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17,
      ONE_OVER_SQRT_PI = 0.5641895835477563;

  /**
   * The error function, correctly rounded in almost all cases. For |x| < 3 its Maclaurin series
   * erf(x) = 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)), summed in double-double arithmetic (about
   * 32 digits, so the cancellation of its alternating terms costs nothing visible); beyond, 1 - erfc(x)
   * with erfc from its continued fraction (erfc(x) < 2.3e-5 there, so its own error vanishes in the sum).
   */
  public static double erf(double x) {
    if (Double.isNaN(x)) return x;
    double a = Math.abs(x);
    if (a >= 6) return Math.copySign(1.0, x);
    if (a >= 3) return Math.copySign(1 - erfc(a), x);
    if (a < 1e-300) return x * TWO_OVER_SQRT_PI;
    // p = x^(2n+1) / n! as a double-double (ph, pl); sum = (sh, sl).
    double x2h = a * a, x2l = Math.fma(a, a, -x2h);
    double ph = a, pl = 0, sh = a, sl = 0;
    for (int n = 1; n < 200; n++) {
      // p *= x^2 / n
      double mh = ph * x2h, ml = Math.fma(ph, x2h, -mh) + ph * x2l + pl * x2h;
      double qh = mh + ml;
      ml = ml - (qh - mh);
      double dh = qh / n, dr = Math.fma(-dh, n, qh) + ml;
      ph = dh + dr / n;
      pl = dr / n - (ph - dh);
      // term = (-1)^n p / (2n+1)
      double th = ph / (2 * n + 1), tr = Math.fma(-th, 2 * n + 1, ph) + pl;
      double tl = tr / (2 * n + 1);
      if ((n & 1) != 0) { th = -th; tl = -tl; }
      // sum += term (two-sum)
      double s = sh + th, bb = s - sh, err = (sh - (s - bb)) + (th - bb) + sl + tl;
      sh = s + err;
      sl = err - (sh - s);
      if (Math.abs(th) < Math.abs(sh) * 1e-34) break;
    }
    // (2/sqrt(pi)) * sum in double-double, then rounded once.
    double rh = TWO_OVER_SQRT_PI * sh, rl = Math.fma(TWO_OVER_SQRT_PI, sh, -rh) + TWO_OVER_SQRT_PI * sl + TWO_OVER_SQRT_PI_LO * sh;
    return Math.copySign(rh + rl, x);
  }

  /** e^(-x*x), with x*x split into its exact high and low parts so that large x loses no accuracy. */
  private static double expMinusSquare(double x) {
    double hi = x * x, lo = Math.fma(x, x, -hi);
    return StrictMath.exp(-hi) * (1 - lo);
  }

  /** The complementary error function for x >= 3, by its continued fraction (evaluated backwards). */
  static double erfc(double x) {
    double f = x;
    for (int n = 120; n >= 1; n--) f = x + (n / 2.0) / f;
    return ONE_OVER_SQRT_PI * expMinusSquare(x) / f;
  }

  public static double asinh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || Double.isInfinite(x)) return x;
    double r = a > 1e150 ? StrictMath.log(a) + StrictMath.log(2) : StrictMath.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
    return Math.copySign(r, x);
  }

  public static double acosh(double x) {
    if (Double.isNaN(x) || x < 1) return Double.NaN;
    if (x > 1e150) return StrictMath.log(x) + StrictMath.log(2);
    double t = x - 1;
    return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
  }

  public static double atanh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || a > 1) return Double.NaN;
    return Math.copySign(0.5 * StrictMath.log1p(2 * a / (1 - a)), x);
  }

  /** log2, exact for powers of two. */
  public static double log2(double x) {
    if (x > 0 && !Double.isInfinite(x) && x == Math.scalb(1.0, Math.getExponent(x)) && Math.getExponent(x) >= Double.MIN_EXPONENT)
      return Math.getExponent(x);
    return StrictMath.log(x) / StrictMath.log(2);
  }

  /** Rounds half away from zero (C's round). */
  public static double round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) return x;
    double t = trunc(x);
    return Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
  }

  public static double trunc(double x) { return x < 0 ? Math.ceil(x) : Math.floor(x); }

  /** Integer power with wrapping; negative exponents give 0 except for bases 1 and -1 (0 is a division by zero). */
  public static long ipowi(long base, long exp) {
    if (exp < 0) {
      if (base == 0) throw new dev.mlc.dialect.arith.ir.Elementwise.Undefined("division by zero (0 to a negative power)");
      if (base == 1) return 1;
      if (base == -1) return (exp & 1) == 0 ? 1 : -1;
      return 0;
    }
    long r = 1;
    while (exp != 0) {
      if ((exp & 1) != 0) r *= base;
      base *= base;
      exp >>>= 1;
    }
    return r;
  }
}
