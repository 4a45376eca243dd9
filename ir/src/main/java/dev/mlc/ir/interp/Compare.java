package dev.mlc.ir.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares interpreter values with tolerances: floats pass when {@code |a - b| <= atol + rtol * |b|}
 * ({@code b} the expected value), NaN equals NaN, infinities must match exactly; integers and
 * booleans must be equal. Tensors, vectors and memrefs compare elementwise (shapes and element
 * types must match). The report names the first mismatches and the largest absolute and relative
 * errors.
 */
public final class Compare {
  private Compare() {}

  /** The defaults of {@code mlc-run} and of the semantics check. */
  public static final double DEFAULT_RTOL = 1e-4, DEFAULT_ATOL = 1e-5;

  /** How many mismatching elements a report names. */
  public static final int MAX_LISTED = 5;

  /** The outcome: {@link #ok()}, and a readable description of what differs. */
  public record Result(boolean ok, String report, double maxAbsError, double maxRelError) {
    @Override public String toString() { return report; }
  }

  /** Compares lists of values (results), position by position. */
  public static Result compare(Object[] expected, Object[] actual, double rtol, double atol) {
    if (expected.length != actual.length)
      return new Result(false, "expected " + expected.length + " values, got " + actual.length, 0, 0);
    Acc acc = new Acc(rtol, atol);
    for (int i = 0; i < expected.length; i++) acc.value("#" + i, expected[i], actual[i]);
    return acc.result();
  }

  /** Compares two values (scalars, tensors, buffers). */
  public static Result compare(Object expected, Object actual, double rtol, double atol) {
    Acc acc = new Acc(rtol, atol);
    acc.value("value", expected, actual);
    return acc.result();
  }

  /** Whether floats {@code a} (actual) and {@code b} (expected) are close. */
  public static boolean close(double a, double b, double rtol, double atol) {
    if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
    if (Double.isInfinite(a) || Double.isInfinite(b)) return a == b;
    return Math.abs(a - b) <= atol + rtol * Math.abs(b);
  }

  private static final class Acc {
    final double rtol, atol;
    final List<String> problems = new ArrayList<>();
    int mismatches;
    long compared;
    double maxAbs, maxRel;

    Acc(double rtol, double atol) {
      this.rtol = rtol;
      this.atol = atol;
    }

    void value(String where, Object e, Object a) {
      if (e instanceof Buffer b) e = snapshotOf(b);
      if (a instanceof Buffer b) a = snapshotOf(b);
      if (e instanceof Tensor te && a instanceof Tensor ta) {
        if (!te.elementType().equals(ta.elementType()) || !Arrays.equals(te.shape(), ta.shape())) {
          mismatch(where + ": expected " + typeText(te) + ", got " + typeText(ta));
          return;
        }
        for (int i = 0; i < te.size(); i++)
          element(where + indexText(te.shape(), i), te.elementType(), te.isFloat(), te.get(i), ta.get(i));
        return;
      }
      if (e instanceof Double || e instanceof Long) {
        if (a == null || a.getClass() != e.getClass()) mismatch(where + ": expected " + e + ", got " + describe(a));
        else element(where, null, e instanceof Double, e, a);
        return;
      }
      if (e instanceof String s && a instanceof String s2 && s.startsWith("<")) {
        if (!s.equals(s2)) mismatch(where + ": expected " + s + ", got " + s2);
        return;
      }
      compared++;
      if (e == null ? a != null : !e.equals(a)) mismatch(where + ": expected " + describe(e) + ", got " + describe(a));
    }

    void element(String where, dev.mlc.ir.Type type, boolean isFloat, Object e, Object a) {
      compared++;
      if (!isFloat) {
        if (((Number) e).longValue() != ((Number) a).longValue()) mismatch(where + ": expected " + e + ", got " + a);
        return;
      }
      boolean narrow = type instanceof dev.mlc.ir.type.FloatType ft && ft.width() <= 32;
      double x = ((Number) a).doubleValue(), y = ((Number) e).doubleValue();
      boolean ok = close(x, y, rtol, atol);
      if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
        double abs = Math.abs(x - y);
        maxAbs = Math.max(maxAbs, abs);
        if (y != 0) maxRel = Math.max(maxRel, abs / Math.abs(y));
        else if (abs != 0) maxRel = Double.POSITIVE_INFINITY;
        if (!ok) mismatch(where + ": expected " + num(y, narrow) + ", got " + num(x, narrow) + " (abs error " + fmt(abs) + ", allowed " + fmt(atol + rtol * Math.abs(y)) + ")");
      } else if (!ok) mismatch(where + ": expected " + num(y, narrow) + ", got " + num(x, narrow));
    }

    void mismatch(String text) {
      if (mismatches++ < MAX_LISTED) problems.add(text);
    }

    Result result() {
      StringBuilder sb = new StringBuilder();
      if (mismatches == 0) sb.append("all ").append(compared).append(" elements match");
      else {
        sb.append(mismatches).append(" of ").append(compared).append(" elements differ (rtol=").append(rtol).append(", atol=").append(atol).append(")");
        for (String p : problems) sb.append("\n  ").append(p);
        if (mismatches > MAX_LISTED) sb.append("\n  ... and ").append(mismatches - MAX_LISTED).append(" more");
      }
      sb.append("\n  max abs error ").append(fmt(maxAbs)).append(", max rel error ").append(fmt(maxRel));
      return new Result(mismatches == 0, sb.toString(), maxAbs, maxRel);
    }
  }

  /**
   * A buffer's elements as a tensor, or a description when they cannot all be read (uninitialized,
   * freed); compares as the buffer's contents at the time it was taken.
   */
  public static Object snapshotOf(Buffer b) {
    try {
      return b.toTensor();
    } catch (InterpreterException e) {
      return "<buffer: " + e.getMessage() + ">";
    }
  }

  /** A float element as its type would print it: the shortest float text for 32 bits and narrower. */
  private static String num(double d, boolean narrow) { return narrow ? Float.toString((float) d) : Double.toString(d); }

  private static String fmt(double d) { return String.format(java.util.Locale.ROOT, "%.3g", d); }

  private static String typeText(Tensor t) {
    StringBuilder b = new StringBuilder();
    for (long d : t.shape()) b.append(d).append('x');
    return b.append(t.elementType()).toString();
  }

  private static String indexText(long[] shape, int flat) {
    if (shape.length == 0) return "";
    long[] idx = new long[shape.length];
    long f = flat;
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = f % shape[d];
      f /= shape[d];
    }
    return Arrays.toString(idx);
  }

  private static String describe(Object v) {
    if (v == null) return "null";
    if (v instanceof Tensor t) return "a tensor of " + typeText(t);
    return v.toString();
  }
}
