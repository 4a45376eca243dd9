package dev.mlc.dialect.graph.ir;

import static dev.mlc.dialect.graph.ir.GraphAttrs.integer;
import static dev.mlc.dialect.graph.ir.GraphAttrs.ints;
import static dev.mlc.dialect.graph.ir.GraphOp.doc;
import static dev.mlc.dialect.graph.ir.GraphOp.elt;
import static dev.mlc.dialect.graph.ir.GraphOp.fmt;
import static dev.mlc.dialect.graph.ir.GraphOp.isInt8;
import static dev.mlc.dialect.graph.ir.GraphOp.one;
import static dev.mlc.dialect.graph.ir.GraphOp.requireFloat;
import static dev.mlc.dialect.graph.ir.GraphOp.resultElt;
import static dev.mlc.dialect.graph.ir.GraphOp.shape;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;

/**
 * Quantization: {@code quantize_linear}/{@code dequantize_linear} (ONNX), and the integer compute
 * ops the quantization pass introduces. Scales and zero points are attributes: a scalar
 * ({@code 0.5 : f32}, {@code 3 : i64}) for per-tensor, or a 1-D dense attribute for per-axis.
 */
final class QuantOps {
  private QuantOps() {}

  static final String QUANT_ATTRS = "Attributes: `scale` (required: `f32`, or a 1-D dense attribute per slice along `axis`), "
      + "`zero_point` (`: i64`, or 1-D dense; default 0), `axis` (default 1; used by per-axis parameters).";

  static final IntegerType I32 = IntegerType.of(32);

  static void register(Dialect.Registrar r) {
    r.addOp(new GraphOp("graph.quantize_linear", 1, 1, "Quantizes floats to 8-bit integers",
        doc("QuantizeLinear: `saturate(round_half_even(x / scale) + zero_point)` into the result's element type (`i8` or `ui8`).\n\n" + QUANT_ATTRS,
            "%q = graph.quantize_linear %x {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xf32>) -> tensor<4xi8>"),
        op -> {
          requireFloat(op, 0);
          Type out = resultElt(op, 0);
          if (!isInt8(out)) throw new ShapeError("expects an i8 or ui8 result, but got '" + fmt(op.result(0).type()) + "'");
          quantParams(op, "scale", "zero_point", shape(op, 0), GraphAttrs.quantAxis(op), out);
          return one(shape(op, 0), out);
        }));
    r.addOp(new GraphOp("graph.dequantize_linear", 1, 1, "Dequantizes integers to floats",
        doc("DequantizeLinear: `(x - zero_point) * scale` in the result's float type; `x` is `i8`, `ui8` or `i32` (then `zero_point` is 0).\n\n" + QUANT_ATTRS,
            "%x = graph.dequantize_linear %q {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xi8>) -> tensor<4xf32>"),
        op -> {
          Type in = elt(op, 0);
          if (!isInt8(in) && !in.equals(I32)) throw new ShapeError("operand #0 must be a tensor of i8, ui8 or i32 values, but got '" + fmt(op.operand(0).type()) + "'");
          if (!(resultElt(op, 0) instanceof FloatType)) throw new ShapeError("expects a floating-point result, but got '" + fmt(op.result(0).type()) + "'");
          quantParams(op, "scale", "zero_point", shape(op, 0), GraphAttrs.quantAxis(op), in);
          if (in.equals(I32)) for (double z : GraphAttrs.quantParam(op, "zero_point", new double[] {0}))
            if (z != 0) throw new ShapeError("attribute 'zero_point' must be 0 for an i32 operand");
          return one(shape(op, 0), resultElt(op, 0));
        }));
    r.addOp(new GraphOp("graph.matmul_integer", 2, 2, "Integer matrix product with i32 accumulation",
        doc("MatMulInteger: `(a - a_zero_point) @ (b - b_zero_point)` with numpy matmul shapes, `a` and `b` `i8` or `ui8`, "
            + "accumulated exactly into an `i32` result.\n\nAttributes: `a_zero_point`, `b_zero_point` (`: i64`, default 0).",
            "%r = graph.matmul_integer %a, %b {a_zero_point = 3 : i64} : (tensor<2x4xui8>, tensor<4x3xi8>) -> tensor<2x3xi32>"),
        op -> {
          int8Operands(op, 2);
          zeroPoint(op, "a_zero_point", elt(op, 0));
          zeroPoint(op, "b_zero_point", elt(op, 1));
          return one(ShapeInference.matmul(shape(op, 0), shape(op, 1)), I32);
        }));
    r.addOp(new GraphOp("graph.qlinear_matmul", 2, 2, "Quantized matrix product with requantization",
        doc("QLinearMatMul with constant quantization parameters: `acc = (a - a_zero_point) @ (b - b_zero_point)` in `i32`, then "
            + "`y = saturate(round_half_even(acc * a_scale * b_scale / y_scale) + y_zero_point)` into the result type (`i8` or `ui8`). "
            + "`b_scale`/`b_zero_point` may be per output column (1-D, N elements).\n\nAttributes: `a_scale`, `b_scale`, `y_scale` (required, f32), "
            + "`a_zero_point`, `b_zero_point`, `y_zero_point` (`: i64`, default 0).",
            "%r = graph.qlinear_matmul %a, %b {a_scale = 5.000000e-01 : f32, b_scale = 2.500000e-01 : f32, y_scale = 1.000000e+00 : f32, y_zero_point = 2 : i64} : (tensor<2x4xi8>, tensor<4x3xi8>) -> tensor<2x3xi8>"),
        op -> {
          int8Operands(op, 2);
          Type out = resultElt(op, 0);
          if (!isInt8(out)) throw new ShapeError("expects an i8 or ui8 result, but got '" + fmt(op.result(0).type()) + "'");
          long[] s = ShapeInference.matmul(shape(op, 0), shape(op, 1));
          long[] b = shape(op, 1);
          quantParams(op, "a_scale", "a_zero_point", new long[] {1}, 0, elt(op, 0));
          quantParams(op, "b_scale", "b_zero_point", new long[] {b[b.length - 1]}, 0, elt(op, 1));
          quantParams(op, "y_scale", "y_zero_point", new long[] {1}, 0, out);
          return one(s, out);
        }));
    r.addOp(new GraphOp("graph.conv_integer", 2, 2, "Integer 2-D convolution with i32 accumulation",
        doc("ConvInteger: the convolution of `x - x_zero_point` and `w - w_zero_point`, `x` and `w` `i8` or `ui8`, accumulated exactly "
            + "into an `i32` result (padded cells count as `x_zero_point`, i.e. contribute 0). Shapes as `graph.conv2d` (NCHW); "
            + "`w_zero_point` may be per output channel (1-D, M elements).\n\nAttributes: as `graph.conv2d`, plus `x_zero_point`, "
            + "`w_zero_point` (`: i64`, or 1-D for `w`; default 0).",
            "%r = graph.conv_integer %x, %w {pads = [1, 1, 1, 1], x_zero_point = 3 : i64} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xui8>) -> tensor<1x4x8x8xi32>"),
        op -> {
          int8Operands(op, 2);
          zeroPoint(op, "x_zero_point", elt(op, 0));
          long[] w = shape(op, 1);
          double[] zw = GraphAttrs.quantParam(op, "w_zero_point", new double[] {0});
          for (double z : zw) checkRange("w_zero_point", z, elt(op, 1));
          if (zw.length != 1 && w.length == 4 && !ShapeInference.isDyn(w[0]) && zw.length != w[0])
            throw new ShapeError("per-channel 'w_zero_point' has " + zw.length + " elements, but the weight has " + w[0] + " output channels");
          return one(ShapeInference.conv2d(shape(op, 0), w, null, NnOps.strides(op), NnOps.pads(op), NnOps.dilations(op), GraphAttrs.groups(op)), I32);
        }));
    r.addOp(new GraphOp("graph.qlinear_conv2d", 2, 3, "Quantized 2-D convolution with requantization",
        doc("QLinearConv with constant quantization parameters: the convolution of `x - x_zero_point` and `w - w_zero_point` "
            + "accumulated in `i32`, plus the optional `i32` bias `b` (M elements, scale `x_scale * w_scale`, zero point 0), then "
            + "`y = saturate(round_half_even(acc * x_scale * w_scale / y_scale) + y_zero_point)`. Shapes as `graph.conv2d`; "
            + "`w_scale`/`w_zero_point` may be per output channel (1-D, M elements).\n\nAttributes: as `graph.conv2d`, plus `x_scale`, `w_scale`, "
            + "`y_scale` (required, f32) and `x_zero_point`, `w_zero_point`, `y_zero_point` (`: i64`, default 0).",
            "%r = graph.qlinear_conv2d %x, %w, %b {w_scale = 1.000000e-01 : f32, x_scale = 5.000000e-01 : f32, y_scale = 1.000000e+00 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>, tensor<4xi32>) -> tensor<1x4x6x6xui8>"),
        op -> {
          int8Operands(op, 2);
          if (op.numOperands() > 2 && !elt(op, 2).equals(I32))
            throw new ShapeError("operand #2 must be a tensor of i32 values, but got '" + fmt(op.operand(2).type()) + "'");
          Type out = resultElt(op, 0);
          if (!isInt8(out)) throw new ShapeError("expects an i8 or ui8 result, but got '" + fmt(op.result(0).type()) + "'");
          long[] s = ShapeInference.conv2d(shape(op, 0), shape(op, 1), op.numOperands() > 2 ? shape(op, 2) : null, NnOps.strides(op), NnOps.pads(op),
              NnOps.dilations(op), GraphAttrs.groups(op));
          quantParams(op, "x_scale", "x_zero_point", new long[] {1}, 0, elt(op, 0));
          quantParams(op, "w_scale", "w_zero_point", new long[] {shape(op, 1)[0]}, 0, elt(op, 1));
          quantParams(op, "y_scale", "y_zero_point", new long[] {1}, 0, out);
          return one(s, out);
        }));
  }

  private static void int8Operands(Operation op, int n) {
    for (int i = 0; i < n; i++)
      if (!isInt8(elt(op, i))) throw new ShapeError("operand #" + i + " must be a tensor of i8 or ui8 values, but got '" + fmt(op.operand(i).type()) + "'");
  }

  /** A scalar zero point within the range of {@code t}. */
  private static void zeroPoint(Operation op, String name, Type t) {
    if (op.attr(name) != null && !(op.attr(name) instanceof dev.mlc.ir.attr.IntegerAttr))
      throw new ShapeError("attribute '" + name + "' must be an integer");
    checkRange(name, integer(op, name, 0), t);
  }

  private static void checkRange(String name, double z, Type t) {
    if (!(t instanceof IntegerType it) || it.width() > 32) return;
    long lo = it.isUnsigned() ? 0 : -(1L << (it.width() - 1)), hi = it.isUnsigned() ? (1L << it.width()) - 1 : (1L << (it.width() - 1)) - 1;
    if (z < lo || z > hi || z != Math.rint(z)) throw new ShapeError("attribute '" + name + "' value " + (long) z + " is out of range for " + fmt(t));
  }

  /**
   * A scale (positive) and zero point (in the range of {@code qType}), each a scalar or a 1-D
   * attribute of the size of {@code x}'s dimension {@code axis}.
   */
  static void quantParams(Operation op, String scaleName, String zpName, long[] x, long axis, Type qType) {
    double[] scale = GraphAttrs.quantParam(op, scaleName, null);
    double[] zp = GraphAttrs.quantParam(op, zpName, new double[] {0});
    for (double s : scale) if (!(s > 0) || Double.isInfinite(s)) throw new ShapeError("attribute '" + scaleName + "' must hold positive finite values");
    for (double z : zp) checkRange(zpName, z, qType);
    boolean perAxis = GraphAttrs.isPerAxis(op, scaleName) || GraphAttrs.isPerAxis(op, zpName);
    if (!perAxis) return;
    if (GraphAttrs.isPerAxis(op, zpName) && zp.length != scale.length && scale.length != 1)
      throw new ShapeError("attributes '" + scaleName + "' and '" + zpName + "' must have the same number of elements");
    int a = ShapeInference.normalizeAxis(axis, Math.max(x.length, 1), "axis");
    long d = x.length == 0 ? 1 : x[a];
    for (double[] p : new double[][] {scale, zp})
      if (p.length != 1 && !ShapeInference.isDyn(d) && p.length != d)
        throw new ShapeError("per-axis quantization parameters have " + p.length + " elements, but the dimension has " + d);
  }
}
