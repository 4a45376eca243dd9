package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.UnrankedTensorType;
import dev.mlc.ir.type.VectorType;
import java.util.function.Predicate;

/**
 * The element-type constraints of arith and math operands, named as MLIR names them in its
 * messages ({@code signless-integer-like}: a signless integer or index, or a vector or tensor of one).
 */
public enum Kind {
  INT("signless-integer-like", t -> t instanceof IndexType || t instanceof IntegerType it && it.isSignless()),
  FIXED_INT("signless-fixed-width-integer-like", t -> t instanceof IntegerType it && it.isSignless()),
  FLOAT("floating-point-like", t -> t instanceof FloatType),
  BOOL("bool-like", t -> t instanceof IntegerType it && it.isSignless() && it.width() == 1),
  INT_OR_FLOAT("signless-integer-or-float-like", t -> t instanceof FloatType || t instanceof IntegerType it && it.isSignless()),
  ANY("any type", t -> true);

  public final String description;
  private final Predicate<Type> element;

  Kind(String description, Predicate<Type> element) {
    this.description = description;
    this.element = element;
  }

  /** Whether {@code t} is a scalar of this kind, or a vector or tensor of one. */
  public boolean accepts(Type t) {
    if (this == ANY) return true;
    if (t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType) return element.test(((ShapedType) t).elementType());
    return !(t instanceof MemRefType) && element.test(t);
  }

  /** The element type of a vector or tensor, the type itself otherwise. */
  public static Type elementOf(Type t) {
    return t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType ? ((ShapedType) t).elementType() : t;
  }

  /** {@code t}'s shape with element type {@code e} ({@code vector<4xf32>} and i1 give {@code vector<4xi1>}). */
  public static Type withElement(Type t, Type e) {
    if (t instanceof VectorType v) return new VectorType(v.shape(), e, v.scalableDims());
    if (t instanceof RankedTensorType r) return new RankedTensorType(r.shape(), e, r.encoding());
    if (t instanceof UnrankedTensorType) return new UnrankedTensorType(e);
    return e;
  }

  /** Whether two types have the same container (scalar, vector or tensor) and shape. */
  public static boolean sameShape(Type a, Type b) {
    if (a instanceof VectorType va) return b instanceof VectorType vb && java.util.Arrays.equals(va.shape(), vb.shape());
    if (a instanceof RankedTensorType ra) return b instanceof RankedTensorType rb && java.util.Arrays.equals(ra.shape(), rb.shape());
    if (a instanceof UnrankedTensorType) return b instanceof UnrankedTensorType;
    return !(b instanceof ShapedType);
  }

  /** The bit width of an integer or float element ({@code index}: 64). */
  public static int width(Type e) {
    if (e instanceof IntegerType it) return it.width();
    if (e instanceof FloatType ft) return ft.width();
    return 64;
  }
}
