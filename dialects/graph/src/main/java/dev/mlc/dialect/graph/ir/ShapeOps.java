package dev.mlc.dialect.graph.ir;

import static dev.mlc.dialect.graph.ir.GraphAttrs.floats;
import static dev.mlc.dialect.graph.ir.GraphAttrs.integer;
import static dev.mlc.dialect.graph.ir.GraphAttrs.ints;
import static dev.mlc.dialect.graph.ir.GraphOp.doc;
import static dev.mlc.dialect.graph.ir.GraphOp.elt;
import static dev.mlc.dialect.graph.ir.GraphOp.one;
import static dev.mlc.dialect.graph.ir.GraphOp.sameElementType;
import static dev.mlc.dialect.graph.ir.GraphOp.shape;

import dev.mlc.dialect.graph.transforms.GraphPatterns;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** Reshapes, layout changes, concatenation, slicing, padding, gathering and resizing. */
final class ShapeOps {
  private ShapeOps() {}

  /** Folds to the operand when the types agree. */
  static final GraphOp.Folder RESHAPE_LIKE = (op, c) -> op.operand(0).type().equals(op.result(0).type()) ? List.of(op.operand(0)) : null;

  static void register(Dialect.Registrar r) {
    r.addOp(new GraphOp("graph.reshape", 1, 1, "Changes the shape, keeping the elements in row-major order",
        doc("Reshape: the target shape is the result type; the element counts must match. An identity reshape folds away, a reshape "
            + "of a reshape reads the original operand, a constant operand folds.",
            "%r = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>"),
        op -> {
          Type rt = op.result(0).type();
          if (!elt(op, 0).equals(GraphOp.resultElt(op, 0)))
            throw new ShapeError("expects the result element type to be '" + GraphOp.fmt(elt(op, 0)) + "', but got '" + GraphOp.fmt(GraphOp.resultElt(op, 0)) + "'");
          ShapeInference.checkReshape(shape(op, 0), ((dev.mlc.ir.type.RankedTensorType) rt).shape());
          return List.of(rt);
        }).folder((op, c) -> {
          List<Object> f = RESHAPE_LIKE.fold(op, c);
          if (f != null) return f;
          Operation d = op.operand(0).definingOp();
          if (d == null || !d.isa("graph.reshape")) return null;
          op.setOperand(0, d.operand(0));
          return List.of(op.result(0));
        }));
    r.addOp(new GraphOp("graph.flatten", 1, 1, "Flattens to a matrix at an axis",
        doc("Flatten: the dimensions before `axis` become the rows, the rest the columns; canonicalizes to `graph.reshape`.\n\n"
            + "Attributes: `axis` (default 1; in `[-rank, rank]`).", "%r = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>"),
        op -> one(ShapeInference.flatten(shape(op, 0), integer(op, "axis", 1)), elt(op, 0))).folder(RESHAPE_LIKE).pattern(() -> new GraphPatterns.ToReshape("graph.flatten")));
    r.addOp(new GraphOp("graph.squeeze", 1, 1, "Removes dimensions of size 1",
        doc("Squeeze: removes the size-1 dimensions at `axes`, or every size-1 dimension when `axes` is absent; canonicalizes to "
            + "`graph.reshape`.\n\nAttributes: `axes` (optional).", "%r = graph.squeeze %x {axes = [0]} : (tensor<1x3x1xf32>) -> tensor<3x1xf32>"),
        op -> one(ShapeInference.squeeze(shape(op, 0), ints(op, "axes", null)), elt(op, 0))).folder(RESHAPE_LIKE).pattern(() -> new GraphPatterns.ToReshape("graph.squeeze")));
    r.addOp(new GraphOp("graph.unsqueeze", 1, 1, "Inserts dimensions of size 1",
        doc("Unsqueeze: inserts size-1 dimensions at `axes` (positions in the result, negative from its end); canonicalizes to "
            + "`graph.reshape`.\n\nAttributes: `axes` (required).", "%r = graph.unsqueeze %x {axes = [0, -1]} : (tensor<3xf32>) -> tensor<1x3x1xf32>"),
        op -> {
          long[] axes = ints(op, "axes", null);
          if (axes == null) throw new ShapeError("requires attribute 'axes'");
          return one(ShapeInference.unsqueeze(shape(op, 0), axes), elt(op, 0));
        }).folder(RESHAPE_LIKE).pattern(() -> new GraphPatterns.ToReshape("graph.unsqueeze")));
    r.addOp(new GraphOp("graph.transpose", 1, 1, "Permutes the dimensions",
        doc("Transpose: result dimension `i` is operand dimension `perm[i]`. An identity permutation folds away, a transpose of a "
            + "transpose composes into one, a constant operand folds.\n\nAttributes: `perm` (default: the dimensions reversed).",
            "%r = graph.transpose %x {perm = [0, 2, 1]} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>"),
        op -> one(ShapeInference.transpose(shape(op, 0), ints(op, "perm", null)), elt(op, 0))).folder((op, c) -> {
          long[] perm = ints(op, "perm", ShapeInference.reversedPerm(shape(op, 0).length));
          boolean identity = true;
          for (int i = 0; i < perm.length; i++) identity &= perm[i] == i;
          return identity && op.operand(0).type().equals(op.result(0).type()) ? List.of(op.operand(0)) : null;
        }).pattern(GraphPatterns.TransposeOfTranspose::new));
    r.addOp(new GraphOp("graph.concat", 1, -1, "Concatenates tensors along an axis",
        doc("Concat: operands of one rank and element type, equal outside `axis`. A single operand folds away; constants fold.\n\n"
            + "Attributes: `axis` (required; negative counts from the end).",
            "%r = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>"),
        op -> {
          List<long[]> shapes = new ArrayList<>();
          for (int i = 0; i < op.numOperands(); i++) {
            sameElementType(op, 0, i);
            shapes.add(shape(op, i));
          }
          return one(ShapeInference.concat(shapes, integer(op, "axis")), elt(op, 0));
        }).folder((op, c) -> op.numOperands() == 1 && op.operand(0).type().equals(op.result(0).type()) ? List.of(op.operand(0)) : null));
    r.addOp(new GraphOp("graph.slice", 1, 1, "Slices with constant bounds",
        doc("Slice: along each of `axes`, the elements from `starts` to `ends` (exclusive) by `steps`; negative bounds count from "
            + "the end, then bounds are clamped as ONNX does (`[0, dim]` for positive steps, `[0, dim - 1]` / `[-1, dim - 1]` for negative ones). "
            + "A slice that selects everything folds away; a constant operand folds.\n\nAttributes: `starts`, `ends` (required), `axes` (default `[0, ..., len(starts) - 1]`), "
            + "`steps` (default all 1).",
            "%r = graph.slice %x {ends = [9223372036854775807], starts = [1], axes = [1]} : (tensor<2x5xf32>) -> tensor<2x4xf32>"),
        op -> {
          long[] starts = ints(op, "starts", null), ends = ints(op, "ends", null);
          if (starts == null) throw new ShapeError("requires attribute 'starts'");
          if (ends == null) throw new ShapeError("requires attribute 'ends'");
          return one(ShapeInference.slice(shape(op, 0), starts, ends, ints(op, "axes", null), ints(op, "steps", null)), elt(op, 0));
        }).folder((op, c) -> isIdentitySlice(op) ? List.of(op.operand(0)) : null));
    r.addOp(new GraphOp("graph.pad", 1, 1, "Pads with a constant (negative pads crop)",
        doc("Pad, constant mode: `pads` holds all begins then all ends (ONNX order); negative values remove elements. "
            + "All-zero pads fold away.\n\nAttributes: `pads` (required), `value` (f32, default 0.0).",
            "%r = graph.pad %x {pads = [0, 1, 0, -1], value = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>"),
        op -> {
          long[] pads = ints(op, "pads", null);
          if (pads == null) throw new ShapeError("requires attribute 'pads'");
          GraphAttrs.floatAttr(op, "value", 0.0);
          return one(ShapeInference.pad(shape(op, 0), pads), elt(op, 0));
        }).folder((op, c) -> {
          for (long p : ints(op, "pads", new long[0])) if (p != 0) return null;
          return op.operand(0).type().equals(op.result(0).type()) ? List.of(op.operand(0)) : null;
        }));
    r.addOp(new GraphOp("graph.gather", 2, 2, "Gathers slices along an axis by index",
        doc("Gather: `out[i..., j..., k...] = data[i..., indices[j...], k...]` along `axis`; `indices` are `i32` or `i64`, "
            + "negative indices count from the end. Constant operands fold (shape subgraphs).\n\nAttributes: `axis` (default 0).",
            "%r = graph.gather %data, %idx {axis = 0 : i64} : (tensor<5x4xf32>, tensor<2x3xi64>) -> tensor<2x3x4xf32>"),
        op -> {
          Type it = elt(op, 1);
          if (!(it instanceof IntegerType t && t.isSignless() && (t.width() == 32 || t.width() == 64)))
            throw new ShapeError("operand #1 must be a tensor of i32 or i64 indices, but got '" + GraphOp.fmt(op.operand(1).type()) + "'");
          return one(ShapeInference.gather(shape(op, 0), shape(op, 1), integer(op, "axis", 0)), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.split", 1, 1, true, "Splits a tensor into parts along an axis",
        doc("Split: one result per part; the part sizes are `split`, or equal parts (the last one smaller) when absent.\n\n"
            + "Attributes: `axis` (default 0), `split` (optional), `num_outputs` (optional; must equal the number of results).",
            "%r:2 = graph.split %x {axis = 1 : i64, split = [2, 3]} : (tensor<2x5xf32>) -> (tensor<2x2xf32>, tensor<2x3xf32>)"),
        op -> {
          int n = op.numResults();
          long k = integer(op, "num_outputs", n);
          if (k != n) throw new ShapeError("attribute 'num_outputs' is " + k + ", but the op has " + n + " results");
          List<Type> out = new ArrayList<>();
          for (long[] s : ShapeInference.split(shape(op, 0), integer(op, "axis", 0), ints(op, "split", null), n)) out.add(GraphOp.tensor(s, elt(op, 0)));
          return out;
        }).folder((op, c) -> op.numResults() == 1 && op.operand(0).type().equals(op.result(0).type()) ? List.of(op.operand(0)) : null));
    r.addOp(new GraphOp("graph.depth_to_space", 1, 1, "Moves channel blocks into spatial blocks",
        doc("DepthToSpace: N×C×H×W to N×(C/b²)×(H·b)×(W·b) with `b = blocksize`; `mode` `\"DCR\"` (depth, column, row) or `\"CRD\"`.\n\n"
            + "Attributes: `blocksize` (required), `mode` (default `\"DCR\"`).",
            "%r = graph.depth_to_space %x {blocksize = 2 : i64} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>"),
        op -> {
          GraphAttrs.choice(op, "mode", "DCR", "CRD");
          return one(ShapeInference.depthToSpace(shape(op, 0), integer(op, "blocksize")), elt(op, 0));
        }));
    r.addOp(new GraphOp("graph.space_to_depth", 1, 1, "Moves spatial blocks into channels",
        doc("SpaceToDepth: N×C×H×W to N×(C·b²)×(H/b)×(W/b) with `b = blocksize`.\n\nAttributes: `blocksize` (required).",
            "%r = graph.space_to_depth %x {blocksize = 2 : i64} : (tensor<1x2x4x6xf32>) -> tensor<1x8x2x3xf32>"),
        op -> one(ShapeInference.spaceToDepth(shape(op, 0), integer(op, "blocksize")), elt(op, 0))));
    r.addOp(new GraphOp("graph.resize", 1, 1, "Resizes with nearest or linear interpolation",
        doc("Resize (ONNX opset 19+ semantics, attributes instead of the `scales`/`sizes` inputs): the output size is `sizes`, or "
            + "`floor(in * scale)` from `scales` (exactly one is given, one entry per dimension).\n\nAttributes: `scales` (floats) or `sizes`; "
            + "`mode` (`\"nearest\"` default, `\"linear\"`); `coordinate_transformation_mode` (`\"half_pixel\"` default, `\"half_pixel_symmetric\"`, "
            + "`\"pytorch_half_pixel\"`, `\"align_corners\"`, `\"asymmetric\"`); `nearest_mode` (`\"round_prefer_floor\"` default, "
            + "`\"round_prefer_ceil\"`, `\"floor\"`, `\"ceil\"`); `extrapolation_value` (f32, 0.0; unused without `tf_crop_and_resize`).",
            "%r = graph.resize %x {mode = \"linear\", scales = [1.0, 1.0, 2.0, 2.0]} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>"),
        op -> {
          GraphAttrs.choice(op, "mode", "nearest", "linear");
          GraphAttrs.choice(op, "coordinate_transformation_mode", "half_pixel", "half_pixel_symmetric", "pytorch_half_pixel", "align_corners", "asymmetric");
          GraphAttrs.choice(op, "nearest_mode", "round_prefer_floor", "round_prefer_ceil", "floor", "ceil");
          GraphAttrs.floatAttr(op, "extrapolation_value", 0.0);
          if (GraphAttrs.string(op, "mode", "nearest").equals("linear")) GraphOp.requireFloat(op, 0);
          return one(ShapeInference.resize(shape(op, 0), floats(op, "scales", null), ints(op, "sizes", null)), elt(op, 0));
        }).folder((op, c) -> op.operand(0).type().equals(op.result(0).type()) && isUnitResize(op) ? List.of(op.operand(0)) : null));
  }

  private static boolean isUnitResize(Operation op) {
    double[] s = floats(op, "scales", null);
    if (s == null) return false;
    for (double x : s) if (x != 1.0) return false;
    return true;
  }

  private static boolean isIdentitySlice(Operation op) {
    if (!op.operand(0).type().equals(op.result(0).type())) return false;
    long[] x = shape(op, 0), starts = ints(op, "starts", null), ends = ints(op, "ends", null);
    long[] axes = ShapeInference.sliceAxes(ints(op, "axes", null), starts.length), steps = ShapeInference.sliceSteps(ints(op, "steps", null), starts.length);
    for (int i = 0; i < starts.length; i++) {
      int a = ShapeInference.normalizeAxis(axes[i], x.length, "axes");
      if (ShapeInference.isDyn(x[a]) || steps[i] != 1) return false;
      ShapeInference.SliceRange sr = ShapeInference.sliceRange(x[a], starts[i], ends[i], steps[i]);
      if (sr.start() != 0 || sr.length() != x[a]) return false;
    }
    return true;
  }
}
