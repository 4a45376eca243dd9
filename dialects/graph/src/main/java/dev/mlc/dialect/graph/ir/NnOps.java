package dev.mlc.dialect.graph.ir;

import static dev.mlc.dialect.graph.ir.GraphAttrs.bool;
import static dev.mlc.dialect.graph.ir.GraphAttrs.floatAttr;
import static dev.mlc.dialect.graph.ir.GraphAttrs.ints;
import static dev.mlc.dialect.graph.ir.GraphOp.doc;
import static dev.mlc.dialect.graph.ir.GraphOp.elt;
import static dev.mlc.dialect.graph.ir.GraphOp.one;
import static dev.mlc.dialect.graph.ir.GraphOp.requireFloat;
import static dev.mlc.dialect.graph.ir.GraphOp.sameElementType;
import static dev.mlc.dialect.graph.ir.GraphOp.shape;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import java.util.List;

/** Linear algebra, convolution, pooling, normalization, softmax and reductions. */
final class NnOps {
  private NnOps() {}

  static final String WINDOW_ATTRS = "`strides` (default `[1, 1]`), `pads` (default `[0, 0, 0, 0]`: top, left, bottom, right), "
      + "`dilations` (default `[1, 1]`)";

  static long[] strides(Operation op) { return GraphAttrs.strides(op); }

  static long[] pads(Operation op) { return GraphAttrs.pads2d(op); }

  static long[] dilations(Operation op) { return GraphAttrs.dilations(op); }

  static void sameElementTypes(Operation op) {
    for (int i = 1; i < op.numOperands(); i++) sameElementType(op, 0, i);
  }

  static void register(Dialect.Registrar r) {
    r.addOp(new GraphOp("graph.matmul", 2, 2, "Matrix product with numpy semantics",
        doc("MatMul: a 1-D operand is promoted to a matrix (a row for `a`, a column for `b`) and that dimension is removed from "
            + "the result; batch dimensions broadcast.", "%r = graph.matmul %a, %b : (tensor<8x1x2x3xf32>, tensor<4x3x5xf32>) -> tensor<8x4x2x5xf32>"),
        op -> {
          sameElementType(op, 0, 1);
          return one(ShapeInference.matmul(shape(op, 0), shape(op, 1)), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.gemm", 2, 3, "General matrix multiply: `alpha * op(a) @ op(b) + beta * c`",
        doc("Gemm on 2-D operands; `op(x)` transposes when `trans_a`/`trans_b` is set; the optional `c` broadcasts "
            + "(unidirectionally) to M×N.\n\nAttributes: `alpha` (f32, default 1.0), `beta` (f32, default 1.0), `trans_a`, `trans_b` (bool, default false).",
            "%r = graph.gemm %a, %b, %c {trans_b = true} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>"),
        op -> {
          sameElementTypes(op);
          floatAttr(op, "alpha", 1.0);
          floatAttr(op, "beta", 1.0);
          return one(ShapeInference.gemm(shape(op, 0), shape(op, 1), op.numOperands() > 2 ? shape(op, 2) : null,
              bool(op, "trans_a", false), bool(op, "trans_b", false)), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.conv2d", 2, 3, "2-D convolution (NCHW)",
        doc("Conv: `x` is N×C×H×W, `w` is M×(C/groups)×kH×kW, the optional bias `b` has M elements. Each output size is "
            + "`floor((in + pad_begin + pad_end - ((k - 1) * dilation + 1)) / stride) + 1`. ONNX's `auto_pad` is resolved into `pads` at import.\n\nAttributes: " + WINDOW_ATTRS + ", `groups` (default 1), `layout` (`\"nchw\"`, the default, or `\"nhwc\"`: `x` and the result are N×H×W×C and `w` is kH×kW×(C/groups)×M; docs/layout.md).",
            "%r = graph.conv2d %x, %w, %b {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>"),
        op -> {
          sameElementTypes(op);
          if (GraphAttrs.nhwc(op)) {
            ShapeInference.checkRank(shape(op, 0), 4, "input");
            ShapeInference.checkRank(shape(op, 1), 4, "weight");
            long[] y = ShapeInference.conv2d(GraphAttrs.permute(shape(op, 0), GraphAttrs.TO_NCHW), GraphAttrs.permute(shape(op, 1), GraphAttrs.TO_OIHW),
                op.numOperands() > 2 ? shape(op, 2) : null, strides(op), pads(op), dilations(op), GraphAttrs.groups(op));
            return one(GraphAttrs.permute(y, GraphAttrs.TO_NHWC), elt(op, 0));
          }
          return one(ShapeInference.conv2d(shape(op, 0), shape(op, 1), op.numOperands() > 2 ? shape(op, 2) : null, strides(op), pads(op),
              dilations(op), GraphAttrs.groups(op)), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.conv_transpose2d", 2, 3, "2-D transposed convolution (NCHW)",
        doc("ConvTranspose: `x` is N×C×H×W, `w` is C×(M/groups)×kH×kW, the optional bias `b` has M elements. Each output size is "
            + "`stride * (in - 1) + output_padding + (k - 1) * dilation + 1 - pad_begin - pad_end` (ONNX's `output_shape` is "
            + "resolved into `pads` at import).\n\nAttributes: " + WINDOW_ATTRS + ", `output_padding` (default `[0, 0]`), `groups` (default 1).",
            "%r = graph.conv_transpose2d %x, %w {strides = [2, 2]} : (tensor<1x4x3x3xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>"),
        op -> {
          sameElementTypes(op);
          return one(ShapeInference.convTranspose2d(shape(op, 0), shape(op, 1), op.numOperands() > 2 ? shape(op, 2) : null, strides(op), pads(op),
              dilations(op), GraphAttrs.outputPadding(op), GraphAttrs.groups(op)), elt(op, 0));
        }));
    pool(r, "graph.max_pool2d", "2-D max pooling (NCHW)", "MaxPool", "");
    pool(r, "graph.avg_pool2d", "2-D average pooling (NCHW)", "AveragePool",
        ", `count_include_pad` (default false: padding is not counted in the divisor)");
    r.addOp(new GraphOp("graph.global_avg_pool", 1, 1, "Average over all spatial dimensions",
        doc("GlobalAveragePool: N×C×D1×...×Dn to N×C×1×...×1.", "%r = graph.global_avg_pool %x : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>"),
        op -> {
          requireFloat(op, 0);
          return one(ShapeInference.globalPool(shape(op, 0)), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.batch_norm", 5, 5, "Batch normalization, inference mode",
        doc("BatchNormalization (inference): `(x - mean) / sqrt(var + epsilon) * scale + bias` per channel (dimension 1); "
            + "`scale`, `bias`, `mean`, `var` have C elements.\n\nAttributes: `epsilon` (f32, default 1e-5).",
            "%r = graph.batch_norm %x, %scale, %bias, %mean, %var {epsilon = 1.000000e-03 : f32} : (tensor<1x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>"),
        op -> {
          requireFloat(op, 0);
          sameElementTypes(op);
          GraphAttrs.epsilon(op);
          long[] x = shape(op, 0);
          if (x.length < 2) throw new ShapeError("expects an input of rank >= 2, but got rank " + x.length);
          for (int i = 1; i < 5; i++) {
            long[] s = shape(op, i);
            if (s.length != 1 || !ShapeInference.compatible(s[0], x[1]))
              throw new ShapeError("operand #" + i + " must have shape " + ShapeInference.fmt(new long[] {x[1]}) + ", but has " + ShapeInference.fmt(s));
          }
          return List.of(op.operand(0).type());
        }));
    r.addOp(new GraphOp("graph.layer_norm", 2, 3, "Layer normalization",
        doc("LayerNormalization: normalizes over the dimensions from `axis` to the end, `(x - mean) / sqrt(var + epsilon) * scale + bias`; "
            + "`scale` and the optional `bias` broadcast to those dimensions.\n\nAttributes: `axis` (default -1), `epsilon` (f32, default 1e-5).",
            "%r = graph.layer_norm %x, %scale, %bias : (tensor<2x5x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>"),
        op -> {
          requireFloat(op, 0);
          sameElementTypes(op);
          GraphAttrs.epsilon(op);
          long[] x = shape(op, 0);
          int axis = ShapeInference.normalizeAxis(GraphAttrs.lastAxis(op), x.length, "axis");
          long[] norm = java.util.Arrays.copyOfRange(x, axis, x.length);
          for (int i = 1; i < op.numOperands(); i++) ShapeInference.checkUnidirectional(shape(op, i), norm, "operand #" + i);
          return List.of(op.operand(0).type());
        }));
    r.addOp(new GraphOp("graph.softmax", 1, 1, "Softmax along one axis",
        doc("Softmax: `exp(x - max) / sum(exp(x - max))` along `axis`.\n\nAttributes: `axis` (default -1).",
            "%r = graph.softmax %x {axis = 1 : i64} : tensor<2x10xf32>"),
        op -> {
          requireFloat(op, 0);
          ShapeInference.normalizeAxis(GraphAttrs.lastAxis(op), shape(op, 0).length, "axis");
          return List.of(op.operand(0).type());
        }));
    reduce(r, "graph.reduce_sum", "Sum");
    reduce(r, "graph.reduce_mean", "Mean");
    reduce(r, "graph.reduce_max", "Maximum");
    reduce(r, "graph.reduce_min", "Minimum");
  }

  private static void pool(Dialect.Registrar r, String name, String summary, String onnx, String extra) {
    r.addOp(new GraphOp(name, 1, 1, summary,
        doc(onnx + " on N×C×H×W. Each output size is `floor((in + pad_begin + pad_end - ((k - 1) * dilation + 1)) / stride) + 1`; "
            + "with `ceil_mode` the division rounds up and a last window that would start in the end padding is dropped.\n\n"
            + "Attributes: `kernel_shape` (required), " + WINDOW_ATTRS + ", `ceil_mode` (default false)" + extra
            + ", `layout` (`\"nchw\"`, the default, or `\"nhwc\"`: input and result are N×H×W×C; docs/layout.md).",
            "%r = " + name + " %x {ceil_mode = true, kernel_shape = [3, 3], strides = [2, 2]} : (tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32>"),
        op -> {
          if (name.equals("graph.avg_pool2d")) {
            requireFloat(op, 0);
            GraphAttrs.countIncludePad(op);
          }
          long[] k = ints(op, "kernel_shape", null);
          if (k == null) throw new ShapeError("requires attribute 'kernel_shape'");
          if (GraphAttrs.nhwc(op)) {
            ShapeInference.checkRank(shape(op, 0), 4, "input");
            long[] y = ShapeInference.pool2d(GraphAttrs.permute(shape(op, 0), GraphAttrs.TO_NCHW), k, strides(op), pads(op), dilations(op), GraphAttrs.ceilMode(op));
            return one(GraphAttrs.permute(y, GraphAttrs.TO_NHWC), elt(op, 0));
          }
          return one(ShapeInference.pool2d(shape(op, 0), k, strides(op), pads(op), dilations(op), GraphAttrs.ceilMode(op)), elt(op, 0));
        }));
  }

  private static void reduce(Dialect.Registrar r, String name, String what) {
    r.addOp(new GraphOp(name, 1, 1, what + " over the given axes",
        doc("Reduce" + what.replace("imum", "") + ": reduces over `axes` (absent or empty: every axis; negative axes count from the end), "
            + "keeping them as size-1 dimensions when `keepdims`.\n\nAttributes: `axes` (default: all), `keepdims` (default true).",
            "%r = " + name + " %x {axes = [1], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>"),
        op -> one(ShapeInference.reduce(shape(op, 0), ints(op, "axes", null), GraphAttrs.keepdims(op)), elt(op, 0))));
  }
}
