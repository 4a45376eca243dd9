package dev.mlc.dialect.graph.interp;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.type.FloatType;

/**
 * Reads a graph op's attributes by name, with the spec's defaults when absent. Integer lists may
 * be {@code [1, 2]} (an array of integers) or {@code array<i64: 1, 2>}; a 1-D {@code dense<...>}
 * is accepted too. Numbers may be integer or float attributes.
 */
final class Attrs {
  private Attrs() {}

  /** An integer list, or null when absent. */
  static long[] ints(Operation op, String name) {
    Attribute a = op.attr(name);
    if (a == null) return null;
    if (a instanceof DenseArrayAttr d) return d.asLongs();
    if (a instanceof ArrayAttr arr) {
      long[] r = new long[arr.size()];
      for (int i = 0; i < r.length; i++) r[i] = (long) number(name, arr.get(i));
      return r;
    }
    if (a instanceof DenseElementsAttr d) {
      int n = (int) dev.mlc.ir.interp.Tensor.count(d.type().shape());
      long[] r = new long[n];
      for (int i = 0; i < n; i++) r[i] = d.elementType() instanceof FloatType ? (long) d.doubleValue(d.isSplat() ? 0 : i) : d.longValue(d.isSplat() ? 0 : i);
      return r;
    }
    if (a instanceof IntegerAttr i) return new long[] {i.longValue()};
    throw new InterpreterException("attribute '" + name + "' must be a list of integers, got " + a);
  }

  static long[] ints(Operation op, String name, long[] dflt) {
    long[] r = ints(op, name);
    return r == null ? dflt : r;
  }

  /** A number list (scalar, array, dense array or 1-D dense elements), or null when absent. */
  static double[] reals(Operation op, String name) {
    Attribute a = op.attr(name);
    if (a == null) return null;
    if (a instanceof DenseArrayAttr d) {
      double[] r = new double[d.size()];
      for (int i = 0; i < r.length; i++) r[i] = d.asDouble(i);
      return r;
    }
    if (a instanceof ArrayAttr arr) {
      double[] r = new double[arr.size()];
      for (int i = 0; i < r.length; i++) r[i] = number(name, arr.get(i));
      return r;
    }
    if (a instanceof DenseElementsAttr d) {
      int n = (int) dev.mlc.ir.interp.Tensor.count(d.type().shape());
      double[] r = new double[n];
      for (int i = 0; i < n; i++) r[i] = d.elementType() instanceof FloatType ? d.doubleValue(d.isSplat() ? 0 : i) : d.longValue(d.isSplat() ? 0 : i);
      return r;
    }
    return new double[] {number(name, a)};
  }

  static long integer(Operation op, String name, long dflt) {
    Attribute a = op.attr(name);
    return a == null ? dflt : (long) number(name, a);
  }

  static double real(Operation op, String name, double dflt) {
    Attribute a = op.attr(name);
    return a == null ? dflt : number(name, a);
  }

  /** A float attribute, or null when absent. */
  static Double realOrNull(Operation op, String name) {
    Attribute a = op.attr(name);
    return a == null ? null : number(name, a);
  }

  static boolean bool(Operation op, String name, boolean dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof UnitAttr) return true;
    return number(name, a) != 0;
  }

  static String string(Operation op, String name, String dflt) {
    Attribute a = op.attr(name);
    if (a == null) return dflt;
    if (a instanceof StringAttr s) return s.value();
    throw new InterpreterException("attribute '" + name + "' must be a string, got " + a);
  }

  private static double number(String name, Attribute a) {
    if (a instanceof IntegerAttr i) return i.value().doubleValue();
    if (a instanceof FloatAttr f) return f.value();
    throw new InterpreterException("attribute '" + name + "' must be a number, got " + a);
  }
}
