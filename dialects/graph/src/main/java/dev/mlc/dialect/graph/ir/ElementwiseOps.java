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
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/** The element-wise graph ops: binary arithmetic, compares, where, unary activations, cast. */
final class ElementwiseOps {
  private ElementwiseOps() {}

  private static final IntegerType I1 = IntegerType.of(1);

  /** A broadcasting binary op of one element type; folds constants and the identity {@code x op e = x} (and {@code e op x = x}). */
  static class Binary extends GraphOp {
    Binary(String name, String summary, Double rightIdentity, Double leftIdentity) {
      super(name, 2, 2, summary, doc(summary + ", with multidirectional (numpy) broadcasting. Both operands have the same element type."
          + (rightIdentity != null ? " Folds `x " + name.substring(6) + " " + fmtNum(rightIdentity) + "` to `x` when the result type is `x`'s." : ""),
          "%r = " + name + " %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>"), op -> {
            if (!name.equals("graph.pow")) sameElementType(op, 0, 1);
            return one(ShapeInference.broadcast(shape(op, 0), shape(op, 1)), elt(op, 0));
          });
      folder((op, c) -> {
        Value x = op.operand(0), y = op.operand(1);
        if (rightIdentity != null && isIdentity(c.get(1), rightIdentity) && x.type().equals(op.result(0).type())) return List.of(x);
        if (leftIdentity != null && isIdentity(c.get(0), leftIdentity) && y.type().equals(op.result(0).type())) return List.of(y);
        return null;
      });
    }

    /**
     * Whether {@code a} is a splat of the identity {@code v}; float zeros must match in sign too
     * ({@code x + -0.0 = x} for every x, but {@code -0.0 + 0.0 = 0.0}; {@code x - 0.0 = x}, but
     * {@code -0.0 - -0.0 = 0.0}), as MLIR's arith folds do.
     */
    private static boolean isIdentity(Attribute a, double v) {
      if (!ConstantFolding.isSplatOf(a, v)) return false;
      return v != 0 || !(a instanceof dev.mlc.ir.attr.DenseElementsAttr d && d.elementType() instanceof dev.mlc.ir.type.FloatType)
          || ConstantFolding.isNegZeroSplat(a) == (Double.doubleToRawLongBits(v) != 0);
    }

    private static String fmtNum(double v) {
      if (Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0)) return "0` (for floats `-0.0`, which keeps the sign of every `x`)";
      return v == (long) v ? Long.toString((long) v) : Double.toString(v);
    }
  }

  static final class CommutativeBinary extends Binary implements Traits.Commutative {
    CommutativeBinary(String name, String summary, Double identity) {
      super(name, summary, identity, identity);
    }
  }

  /** A broadcasting compare with an {@code i1} result. */
  static final class Compare extends GraphOp {
    Compare(String name, String summary) {
      super(name, 2, 2, summary, doc(summary + ", with multidirectional broadcasting; the result is `i1`.",
          "%r = " + name + " %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>"), op -> {
            sameElementType(op, 0, 1);
            return one(ShapeInference.broadcast(shape(op, 0), shape(op, 1)), I1);
          });
    }
  }

  /** A unary op whose result has the operand's type. */
  static class Unary extends GraphOp {
    Unary(String name, String summary, String text, String attrs, boolean floatOnly, java.util.function.Consumer<Operation> checkAttrs) {
      super(name, 1, 1, summary, doc(text, "%r = " + name + " %x" + attrs + " : tensor<2x3xf32>"), op -> {
        if (floatOnly) requireFloat(op, 0);
        checkAttrs.accept(op);
        return List.of(op.operand(0).type());
      });
    }
  }

  static void register(Dialect.Registrar r) {
    r.addOp(new CommutativeBinary("graph.add", "Element-wise addition", -0.0));
    r.addOp(new Binary("graph.sub", "Element-wise subtraction", 0.0, null));
    r.addOp(new CommutativeBinary("graph.mul", "Element-wise multiplication", 1.0));
    r.addOp(new Binary("graph.div", "Element-wise division (integers truncate toward zero)", 1.0, null));
    r.addOp(new CommutativeBinary("graph.max", "Element-wise maximum (NaN propagates)", null));
    r.addOp(new CommutativeBinary("graph.min", "Element-wise minimum (NaN propagates)", null));
    r.addOp(new Binary("graph.pow", "Element-wise power `lhs ^ rhs` (the exponent may have another element type)", 1.0, null));
    r.addOp(new Compare("graph.equal", "Element-wise equality"));
    r.addOp(new Compare("graph.less", "Element-wise less-than"));
    r.addOp(new Compare("graph.greater", "Element-wise greater-than"));
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
          return null;
        }));

    unary(r, "graph.relu", "Rectified linear unit: `max(x, 0)`", false).folder(idempotent());
    unary(r, "graph.sigmoid", "Logistic sigmoid: `1 / (1 + exp(-x))`", true);
    unary(r, "graph.tanh", "Hyperbolic tangent", true);
    unary(r, "graph.exp", "Exponential", true);
    unary(r, "graph.log", "Natural logarithm", true);
    unary(r, "graph.sqrt", "Square root", true);
    unary(r, "graph.neg", "Negation", false).folder(involution());
    unary(r, "graph.abs", "Absolute value", false);
    unary(r, "graph.erf", "Gauss error function", true);
    unary(r, "graph.reciprocal", "Reciprocal: `1 / x`", true);

    r.addOp(new Unary("graph.gelu", "Gaussian error linear unit",
        "GELU (ONNX Gelu, opset 20): `0.5 * x * (1 + erf(x / sqrt(2)))`, or with `approximate = \"tanh\"` "
            + "`0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))`.\n\nAttributes: `approximate` (string, `\"none\"` or `\"tanh\"`; default `\"none\"`).",
        " {approximate = \"tanh\"}", true, op -> GraphAttrs.choice(op, "approximate", "none", "tanh")));
    r.addOp(new Unary("graph.leaky_relu", "Leaky rectified linear unit: `x >= 0 ? x : alpha * x`",
        "LeakyRelu.\n\nAttributes: `alpha` (f32, default 0.01).", " {alpha = 1.000000e-01 : f32}", true,
        op -> GraphAttrs.floatAttr(op, "alpha", GraphAttrs.LEAKY_RELU_ALPHA)));
    r.addOp(new Unary("graph.hard_sigmoid", "Hard sigmoid: `max(0, min(1, alpha * x + beta))`",
        "HardSigmoid.\n\nAttributes: `alpha` (f32, default 0.2), `beta` (f32, default 0.5).", " {alpha = 2.000000e-01 : f32, beta = 5.000000e-01 : f32}", true,
        op -> { GraphAttrs.floatAttr(op, "alpha", GraphAttrs.HARD_SIGMOID_ALPHA); GraphAttrs.floatAttr(op, "beta", GraphAttrs.HARD_SIGMOID_BETA); }));
    r.addOp(new Unary("graph.hard_swish", "Hard swish: `x * max(0, min(1, x / 6 + 0.5))`",
        "HardSwish (HardSigmoid with alpha = 1/6, beta = 0.5, times x). No attributes.", "", true, op -> {}));
    r.addOp(new Unary("graph.clip", "Clamps values to `[min, max]`",
        "Clip: `min(max(x, min), max)`; either bound may be absent (no bound). Relu6 is `clip` with 0 and 6.\n\n"
            + "Attributes: `min`, `max` (f32, optional).", " {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32}", false, op -> {
          GraphAttrs.optFloat(op, "min", null);
          GraphAttrs.optFloat(op, "max", null);
        }));

    r.addOp(new GraphOp("graph.cast", 1, 1, "Converts the elements to the result's element type",
        doc("Cast: the target element type is the result type's; the shape is unchanged. Float to integer truncates toward zero "
            + "and saturates (NaN gives 0); to `f16`/`bf16` rounds to nearest even. A cast to the same type folds away.",
            "%r = graph.cast %x : (tensor<2x3xf32>) -> tensor<2x3xi32>"),
        op -> one(shape(op, 0), GraphOp.resultElt(op, 0))).folder((op, c) -> {
          if (op.operand(0).type().equals(op.result(0).type())) return List.of(op.operand(0));
          return null;
        }));
  }

  private static GraphOp unary(Dialect.Registrar r, String name, String summary, boolean floatOnly) {
    String text = summary + ", element-wise" + (floatOnly ? " on floating-point tensors." : ".") + " Constant operands fold.";
    Unary u = new Unary(name, summary, text, "", floatOnly, op -> {});
    r.addOp(u);
    return u;
  }

  /** {@code f(f(x)) -> f(x)}. */
  private static GraphOp.Folder idempotent() {
    return (op, c) -> {
      Operation d = op.operand(0).definingOp();
      return d != null && d.isa(op.name()) ? List.of(op.operand(0)) : null;
    };
  }

  /** {@code f(f(x)) -> x}. */
  private static GraphOp.Folder involution() {
    return (op, c) -> {
      Operation d = op.operand(0).definingOp();
      return d != null && d.isa(op.name()) ? List.of(d.operand(0)) : null;
    };
  }
}
