package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.ShapedType;
import java.util.List;

/**
 * The one evaluator of arith and math ops, shared by the interpreter and the folder (so a fold
 * and an interpretation of the same op always agree). Values follow the interpreter's model
 * ({@link Long}, {@link Double}, {@link Tensor}); an op applies its scalar function element by
 * element to vector and tensor operands of one shape.
 */
public final class Elementwise {
  private Elementwise() {}

  /**
   * A result the op leaves undefined (division by zero, signed division overflow, an out-of-range
   * shift): the interpreter reports it as an error, the folder declines to fold.
   */
  public static final class Undefined extends RuntimeException {
    public Undefined(String message) { super(message, null, false, false); }
  }

  /** What a scalar function sees: the op, its first operand's and its result's element types, and whether it is folding. */
  public record Env(Operation op, Type in, Type out, boolean folding) {}

  /** The scalar semantics of an op: element values in, one element value out. */
  @FunctionalInterface
  public interface ScalarFn {
    Object apply(Env env, Object[] args);
  }

  /**
   * Applies {@code fn} to the operand values: elementwise when the result type is a vector or
   * tensor (operands that are scalars are broadcast, as a select condition is).
   */
  public static Object map(Operation op, int result, Object[] operands, boolean folding, ScalarFn fn) {
    Type rt = op.result(result).type();
    Type in = Kind.elementOf(op.operand(0).type()), out = Kind.elementOf(rt);
    Env env = new Env(op, in, out, folding);
    if (!(rt instanceof ShapedType)) return normalize(fn.apply(env, operands), out);
    Tensor shapeFrom = null;
    for (Object o : operands) if (o instanceof Tensor t) shapeFrom = t;
    if (shapeFrom == null) throw new IllegalStateException("'" + op.name() + "' expects tensor operand values");
    Tensor r = Tensor.zeros(out, shapeFrom.shape());
    Object[] args = new Object[operands.length];
    for (int i = 0, n = r.size(); i < n; i++) {
      for (int k = 0; k < args.length; k++) args[k] = operands[k] instanceof Tensor t ? t.get(i) : operands[k];
      Object v = normalize(fn.apply(env, args), out);
      if (v instanceof Double d) r.setDouble(i, d);
      else r.setLong(i, (Long) v);
    }
    return r;
  }

  /** Brings a scalar result into the value model of its element type (wrapped or rounded). */
  static Object normalize(Object v, Type t) {
    if (t instanceof FloatType) return Scalars.round(((Number) v).doubleValue(), t);
    if (v instanceof Boolean b) return b ? 1L : 0L;
    if (Scalars.width(t) == 0) return 0L;  // i0 holds only 0
    return Scalars.wrap(((Number) v).longValue(), t);
  }

  // ---- constants: attributes <-> values ----

  /** The interpreter value of a constant attribute, or null when it has none (an unsupported type). */
  public static Object valueOf(Attribute a) {
    try {
      if (a instanceof IntegerAttr i) return normalize(i.value().longValue(), i.type());
      if (a instanceof FloatAttr f) return Scalars.round(f.value(), f.type());
      if (a instanceof ElementsAttr e) return Tensor.fromAttr(e, null);
    } catch (RuntimeException unsupported) {
      return null;
    }
    return null;
  }

  /** The attribute of {@code type} holding value {@code v}. */
  public static Attribute attrOf(Object v, Type type) {
    if (v instanceof Tensor t) return t.toAttr((ShapedType) type);
    if (v instanceof Double d) return FloatAttr.of((FloatType) type, d);
    return IntegerAttr.of(type, (Long) v);
  }

  /** The values of constant operands, or null unless every one is a supported constant. */
  public static Object[] constantValues(List<Attribute> operands) {
    Object[] vals = new Object[operands.size()];
    for (int i = 0; i < vals.length; i++) {
      Attribute a = operands.get(i);
      if (a == null || (vals[i] = valueOf(a)) == null) return null;
    }
    return vals;
  }
}
