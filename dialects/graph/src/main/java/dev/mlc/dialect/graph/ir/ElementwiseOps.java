package dev.mlc.dialect.graph.ir;

import static dev.mlc.dialect.graph.ir.GraphOp.doc;
import static dev.mlc.dialect.graph.ir.GraphOp.elt;
import static dev.mlc.dialect.graph.ir.GraphOp.one;
import static dev.mlc.dialect.graph.ir.GraphOp.requireFloat;
import static dev.mlc.dialect.graph.ir.GraphOp.sameElementType;
import static dev.mlc.dialect.graph.ir.GraphOp.shape;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** The element-wise graph ops: binary arithmetic, compares, where, unary activations, cast. */
final class ElementwiseOps {
  private ElementwiseOps() {}

  private static final IntegerType I1 = IntegerType.of(1);

  /** A broadcasting binary op of one element type; folds constants and the identity {@code x op e = x} (and {@code e op x = x}). */
  static class Binary extends GraphOp {
    Binary(String name, String summary, DoubleBinaryOperator fl, LongBinaryOperator il, Double rightIdentity, Double leftIdentity) {
      super(name, 2, 2, summary, doc(summary + ", with multidirectional (numpy) broadcasting. Both operands have the same element type."
          + (rightIdentity != null ? " Folds `x " + name.substring(6) + " " + fmtNum(rightIdentity) + "` to `x` when the result type is `x`'s." : ""),
          "%r = " + name + " %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>"), op -> {
            if (!name.equals("graph.pow")) sameElementType(op, 0, 1);
            return one(ShapeInference.broadcast(shape(op, 0), shape(op, 1)), elt(op, 0));
          });
      folder((op, c) -> {
        Attribute r = ConstantFolding.binary(op, c, fl, il);
        if (r != null) return List.of(r);
        Value x = op.operand(0), y = op.operand(1);
        if (rightIdentity != null && isIdentity(c.get(1), rightIdentity) && x.type().equals(op.result(0).type())) return List.of(x);
        if (leftIdentity != null && isIdentity(c.get(0), leftIdentity) && y.type().equals(op.result(0).type())) return List.of(y);
        return null;
      });
    }

    private static boolean isIdentity(Attribute a, double v) { return ConstantFolding.isSplatOf(a, v) || v == 0 && ConstantFolding.isNegZeroSplat(a); }

    private static String fmtNum(double v) { return v == (long) v ? Long.toString((long) v) : Double.toString(v); }
  }

  static final class CommutativeBinary extends Binary implements Traits.Commutative {
    CommutativeBinary(String name, String summary, DoubleBinaryOperator fl, LongBinaryOperator il, Double identity) {
      super(name, summary, fl, il, identity, identity);
    }
  }

  /** A broadcasting compare with an {@code i1} result. */
  static final class Compare extends GraphOp {
    Compare(String name, String summary, DoubleBinaryOperator cmp) {
      super(name, 2, 2, summary, doc(summary + ", with multidirectional broadcasting; the result is `i1`.",
          "%r = " + name + " %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>"), op -> {
            sameElementType(op, 0, 1);
            return one(ShapeInference.broadcast(shape(op, 0), shape(op, 1)), I1);
          });
      folder((op, c) -> {
        Tensor a = ConstantFolding.tensor(c.get(0)), b = ConstantFolding.tensor(c.get(1));
        RankedTensorType rt = ConstantFolding.staticResult(op);
        if (a == null || b == null || rt == null) return null;
        Tensor r = ConstantFolding.map(rt, List.of(a, b), v -> cmp.applyAsDouble(((Number) v[0]).doubleValue(), ((Number) v[1]).doubleValue()) != 0 ? 1L : 0L);
        return List.of(r.toAttr(rt));
      });
    }
  }

  /** A unary op whose result has the operand's type. */
  static class Unary extends GraphOp {
    Unary(String name, String summary, String text, String attrs, boolean floatOnly, java.util.function.Consumer<Operation> checkAttrs,
          Function<Operation, DoubleUnaryOperator> fl, Function<Operation, LongUnaryOperator> il) {
      super(name, 1, 1, summary, doc(text, "%r = " + name + " %x" + attrs + " : tensor<2x3xf32>"), op -> {
        if (floatOnly) requireFloat(op, 0);
        checkAttrs.accept(op);
        return List.of(op.operand(0).type());
      });
      if (fl != null)
        folder((op, c) -> {
          Attribute r = ConstantFolding.unary(op, c.get(0), fl.apply(op), il == null ? null : il.apply(op));
          return r == null ? null : List.of(r);
        });
    }
  }

  static void register(Dialect.Registrar r) {
    r.addOp(new CommutativeBinary("graph.add", "Element-wise addition", Double::sum, (a, b) -> a + b, 0.0));
    r.addOp(new Binary("graph.sub", "Element-wise subtraction", (a, b) -> a - b, (a, b) -> a - b, 0.0, null));
    r.addOp(new CommutativeBinary("graph.mul", "Element-wise multiplication", (a, b) -> a * b, (a, b) -> a * b, 1.0));
    r.addOp(new Binary("graph.div", "Element-wise division (integers truncate toward zero)", (a, b) -> a / b, null, 1.0, null));
    r.addOp(new CommutativeBinary("graph.max", "Element-wise maximum (NaN propagates)", ElementwiseOps::fmax, Math::max, null));
    r.addOp(new CommutativeBinary("graph.min", "Element-wise minimum (NaN propagates)", ElementwiseOps::fmin, Math::min, null));
    r.addOp(new Binary("graph.pow", "Element-wise power `lhs ^ rhs` (the exponent may have another element type)", Math::pow, null, 1.0, null) {
      @Override public List<Object> fold(Operation op, List<Attribute> c) {
        return elt(op, 0).equals(elt(op, 1)) ? super.fold(op, c) : null;
      }
    });
    r.addOp(new Compare("graph.equal", "Element-wise equality", (a, b) -> a == b ? 1 : 0));
    r.addOp(new Compare("graph.less", "Element-wise less-than", (a, b) -> a < b ? 1 : 0));
    r.addOp(new Compare("graph.greater", "Element-wise greater-than", (a, b) -> a > b ? 1 : 0));
    r.addOp(new GraphOp("graph.where", 3, 3, "Broadcasting select: `cond ? x : y`",
        doc("Selects `x` where the `i1` condition holds and `y` elsewhere; the three operands broadcast together.",
            "%r = graph.where %c, %x, %y : (tensor<2x3xi1>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>"), op -> {
          if (!elt(op, 0).equals(I1)) throw new ShapeError("operand #0 must be a tensor of i1 values, but got '" + GraphOp.fmt(op.operand(0).type()) + "'");
          sameElementType(op, 1, 2);
          return one(ShapeInference.broadcast(shape(op, 0), shape(op, 1), shape(op, 2)), elt(op, 1));
        }).folder((op, c) -> {
          if (c.get(0) instanceof dev.mlc.ir.attr.DenseElementsAttr d && d.isSplat()) {
            Value pick = op.operand(d.longValue(0) != 0 ? 1 : 2);
            if (pick.type().equals(op.result(0).type())) return List.of(pick);
          }
          Tensor k = ConstantFolding.tensor(c.get(0)), x = ConstantFolding.tensor(c.get(1)), y = ConstantFolding.tensor(c.get(2));
          RankedTensorType rt = ConstantFolding.staticResult(op);
          if (k == null || x == null || y == null || rt == null) return null;
          return List.of(ConstantFolding.map(rt, List.of(k, x, y), v -> ((Long) v[0]) != 0 ? v[1] : v[2]).toAttr(rt));
        }));

    unary(r, "graph.relu", "Rectified linear unit: `max(x, 0)`", false, x -> x > 0 ? x : x == 0 ? x : Double.isNaN(x) ? x : 0.0, x -> Math.max(x, 0))
        .folder(idempotent());
    unary(r, "graph.sigmoid", "Logistic sigmoid: `1 / (1 + exp(-x))`", true, x -> 1 / (1 + Math.exp(-x)), null);
    unary(r, "graph.tanh", "Hyperbolic tangent", true, Math::tanh, null);
    unary(r, "graph.exp", "Exponential", true, Math::exp, null);
    unary(r, "graph.log", "Natural logarithm", true, Math::log, null);
    unary(r, "graph.sqrt", "Square root", true, Math::sqrt, null);
    unary(r, "graph.neg", "Negation", false, x -> -x, x -> -x).folder(involution(x -> -x, x -> -x));
    unary(r, "graph.abs", "Absolute value", false, Math::abs, Math::abs);
    unary(r, "graph.erf", "Gauss error function", true, null, null);
    unary(r, "graph.reciprocal", "Reciprocal: `1 / x`", true, x -> 1 / x, null);

    r.addOp(new Unary("graph.gelu", "Gaussian error linear unit",
        "GELU (ONNX Gelu, opset 20): `0.5 * x * (1 + erf(x / sqrt(2)))`, or with `approximate = \"tanh\"` "
            + "`0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))`.\n\nAttributes: `approximate` (string, `\"none\"` or `\"tanh\"`; default `\"none\"`).",
        " {approximate = \"tanh\"}", true, op -> GraphAttrs.choice(op, "approximate", "none", "tanh"), null, null));
    r.addOp(new Unary("graph.leaky_relu", "Leaky rectified linear unit: `x >= 0 ? x : alpha * x`",
        "LeakyRelu.\n\nAttributes: `alpha` (f32, default 0.01).", " {alpha = 1.000000e-01 : f32}", true,
        op -> GraphAttrs.floatAttr(op, "alpha", 0.01), op -> {
          double a = GraphAttrs.floatAttr(op, "alpha", 0.01);
          return x -> x >= 0 ? x : a * x;
        }, null));
    r.addOp(new Unary("graph.hard_sigmoid", "Hard sigmoid: `max(0, min(1, alpha * x + beta))`",
        "HardSigmoid.\n\nAttributes: `alpha` (f32, default 0.2), `beta` (f32, default 0.5).", " {alpha = 2.000000e-01 : f32, beta = 5.000000e-01 : f32}", true,
        op -> { GraphAttrs.floatAttr(op, "alpha", 0.2); GraphAttrs.floatAttr(op, "beta", 0.5); }, op -> {
          double a = GraphAttrs.floatAttr(op, "alpha", 0.2), b = GraphAttrs.floatAttr(op, "beta", 0.5);
          return x -> Math.max(0, Math.min(1, a * x + b));
        }, null));
    r.addOp(new Unary("graph.hard_swish", "Hard swish: `x * max(0, min(1, x / 6 + 0.5))`",
        "HardSwish (HardSigmoid with alpha = 1/6, beta = 0.5, times x). No attributes.", "", true, op -> {},
        op -> x -> x * Math.max(0, Math.min(1, x / 6 + 0.5)), null));
    r.addOp(new Unary("graph.clip", "Clamps values to `[min, max]`",
        "Clip: `min(max(x, min), max)`; either bound may be absent (no bound). Relu6 is `clip` with 0 and 6.\n\n"
            + "Attributes: `min`, `max` (f32, optional).", " {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32}", false, op -> {
          Double lo = GraphAttrs.optFloat(op, "min", null), hi = GraphAttrs.optFloat(op, "max", null);
        }, op -> {
          Double lo = GraphAttrs.optFloat(op, "min", null), hi = GraphAttrs.optFloat(op, "max", null);
          return x -> Double.isNaN(x) ? x : Math.min(Math.max(x, lo == null ? Double.NEGATIVE_INFINITY : lo), hi == null ? Double.POSITIVE_INFINITY : hi);
        }, op -> {
          Double lo = GraphAttrs.optFloat(op, "min", null), hi = GraphAttrs.optFloat(op, "max", null);
          return x -> Math.min(Math.max(x, lo == null ? Long.MIN_VALUE : (long) Math.ceil(lo)), hi == null ? Long.MAX_VALUE : (long) Math.floor(hi));
        }));

    r.addOp(new GraphOp("graph.cast", 1, 1, "Converts the elements to the result's element type",
        doc("Cast: the target element type is the result type's; the shape is unchanged. Float to integer truncates toward zero "
            + "and saturates (NaN gives 0); to `f16`/`bf16` rounds to nearest even. A cast to the same type folds away.",
            "%r = graph.cast %x : (tensor<2x3xf32>) -> tensor<2x3xi32>"),
        op -> one(shape(op, 0), GraphOp.resultElt(op, 0))).folder((op, c) -> {
          if (op.operand(0).type().equals(op.result(0).type())) return List.of(op.operand(0));
          Tensor a = ConstantFolding.tensor(c.get(0));
          RankedTensorType rt = ConstantFolding.staticResult(op);
          if (a == null || rt == null || !(rt.elementType() instanceof dev.mlc.ir.type.FloatType || rt.elementType() instanceof IntegerType it && it.width() <= 64)) return null;
          boolean unsignedSrc = a.elementType() instanceof IntegerType it && it.isUnsigned();
          Tensor out = Tensor.zeros(rt.elementType(), rt.shape());
          for (int i = 0; i < out.size(); i++) {
            if (a.isFloat()) out.setDouble(i, a.getDouble(i));
            else if (out.isFloat()) out.setDouble(i, dev.mlc.ir.interp.Scalars.intToFloat(a.getLong(i), unsignedSrc, rt.elementType()));
            else out.setLong(i, a.getLong(i));
          }
          return List.of(out.toAttr(rt));
        }));
  }

  private static GraphOp unary(Dialect.Registrar r, String name, String summary, boolean floatOnly, DoubleUnaryOperator fl, LongUnaryOperator il) {
    String text = summary + ", element-wise" + (floatOnly ? " on floating-point tensors." : ".") + (fl != null ? " Constant operands fold." : "");
    Unary u = new Unary(name, summary, text, "", floatOnly, op -> {}, fl == null ? null : op -> fl, il == null ? null : op -> il);
    r.addOp(u);
    return u;
  }

  /** {@code f(f(x)) -> f(x)} besides the constant fold. */
  private static GraphOp.Folder idempotent() {
    return (op, c) -> {
      Attribute r = ConstantFolding.unary(op, c.get(0), x -> x > 0 || Double.isNaN(x) ? x : x == 0 ? x : 0.0, x -> Math.max(x, 0));
      if (r != null) return List.of(r);
      Operation d = op.operand(0).definingOp();
      return d != null && d.isa(op.name()) ? List.of(op.operand(0)) : null;
    };
  }

  /** {@code f(f(x)) -> x} besides the constant fold. */
  private static GraphOp.Folder involution(DoubleUnaryOperator fl, LongUnaryOperator il) {
    return (op, c) -> {
      Attribute r = ConstantFolding.unary(op, c.get(0), fl, il);
      if (r != null) return List.of(r);
      Operation d = op.operand(0).definingOp();
      return d != null && d.isa(op.name()) ? List.of(d.operand(0)) : null;
    };
  }

  static double fmax(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b); }

  static double fmin(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b); }
}
