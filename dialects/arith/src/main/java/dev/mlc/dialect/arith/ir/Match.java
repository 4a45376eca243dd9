package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.ShapedType;

/** Matchers for folds and patterns: constant scalars and splats, defining ops. */
public final class Match {
  private Match() {}

  /** The integer of a constant scalar or splat (wrapped to its type), or null. */
  public static Long intOf(Attribute a) {
    try {
      if (a instanceof IntegerAttr i) return (Long) Elementwise.normalize(i.value().longValue(), i.type());
      if (a instanceof DenseElementsAttr d && d.isSplat() && Kind.INT.accepts(d.elementType()))
        return Scalars.wrap(d.longValue(0), d.elementType());
    } catch (RuntimeException wide) {
      return null;
    }
    return null;
  }

  /** The float of a constant scalar or splat, or null. */
  public static Double floatOf(Attribute a) {
    if (a instanceof FloatAttr f) return f.value();
    if (a instanceof DenseElementsAttr d && d.isSplat() && d.elementType() instanceof FloatType) return d.doubleValue(0);
    return null;
  }

  public static boolean isInt(Attribute a, long v) {
    Long x = intOf(a);
    return x != null && x == v;
  }

  /** Whether {@code a} is an integer constant with every bit set (-1; true for i1). */
  public static boolean isAllOnes(Attribute a) {
    Long x = intOf(a);
    if (x == null) return false;
    Type t = a instanceof IntegerAttr i ? i.type() : ((DenseElementsAttr) a).elementType();
    return Scalars.wrap(-1, t) == x;
  }

  public static boolean isFloat(Attribute a, double v) {
    Double x = floatOf(a);
    return x != null && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(v);
  }

  /** The constant value of {@code v}'s producer, or null. */
  public static Attribute constant(Value v) { return OperationFolder.constantValue(v); }

  /** {@code v}'s defining op if it is named {@code name}, else null. */
  public static Operation def(Value v, String name) {
    Operation d = v.definingOp();
    return d != null && d.isa(name) ? d : null;
  }

  /** Whether {@code v} is an integer constant (scalar, splat or dense) all of whose elements, read signed, pass {@code p}. */
  public static boolean allSigned(Value v, java.util.function.LongPredicate p) {
    Object c = Elementwise.valueOf(constant(v));
    Type e = Kind.elementOf(v.type());
    if (c instanceof Long l) return p.test(Scalars.signed(l, e));
    if (!(c instanceof dev.mlc.ir.interp.Tensor t) || t.isFloat()) return false;
    for (int i = 0; i < t.size(); i++) if (!p.test(Scalars.signed(t.getLong(i), e))) return false;
    return true;
  }

  /** A constant scalar or splat of {@code type} holding integer {@code v}, or null for dynamic shapes. */
  public static Attribute intAttr(Type type, long v) {
    Type e = Kind.elementOf(type);
    IntegerAttr s = IntegerAttr.of(e, Scalars.wrap(v, e));
    if (!(type instanceof ShapedType st)) return s;
    return st.hasStaticShape() ? DenseElementsAttr.splat(st, s) : null;
  }

  /** A constant scalar or splat of {@code type} holding float {@code v}, or null for dynamic shapes. */
  public static Attribute floatAttr(Type type, double v) {
    FloatAttr s = FloatAttr.of((FloatType) Kind.elementOf(type), v);
    if (!(type instanceof ShapedType st)) return s;
    return st.hasStaticShape() ? DenseElementsAttr.splat(st, s) : null;
  }
}
