package dev.mlc.onnx;

import dev.mlc.dialect.graph.ir.ShapeInference;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.onnx.OnnxImporter.Val;
import dev.mlc.onnx.proto.Onnx.AttributeProto;
import dev.mlc.onnx.proto.Onnx.NodeProto;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ONNX operator table: one entry per operator type, mapping a node (at the model's opset) to
 * graph ops. Attribute-to-input moves across opsets are handled here (Squeeze/Unsqueeze/ReduceX axes,
 * Slice bounds, Clip limits, Pad, Split, Resize scales/sizes); such inputs must be constants (after
 * folding), else the node is reported.
 */
final class Converters {
  interface Converter { void convert(Node n); }

  private static final Map<String, Converter> TABLE = new HashMap<>();

  static boolean supports(String opType) { return TABLE.containsKey(opType); }

  /** The supported ONNX operator types (for the docs and tests). */
  static Set<String> supported() { return Set.copyOf(TABLE.keySet()); }

  private final OnnxImporter im;

  Converters(OnnxImporter im) { this.im = im; }

  void convert(NodeProto p) {
    Node n = new Node(p);
    TABLE.get(p.getOpType()).convert(n);
    if (n.outputsSet < p.getOutputCount())
      for (int i = n.outputsSet; i < p.getOutputCount(); i++)
        if (!p.getOutput(i).isEmpty()) throw n.fail("output #" + i + " ('" + p.getOutput(i) + "') is not supported");
  }

  /** One node being converted. */
  final class Node {
    final NodeProto p;
    final Map<String, AttributeProto> attrs = new HashMap<>();
    int outputsSet;

    Node(NodeProto p) {
      this.p = p;
      for (AttributeProto a : p.getAttributeList()) attrs.put(a.getName(), a);
    }

    int opset() { return im.opset; }

    OnnxImporter im() { return im; }

    OnnxImportException fail(String message) { return im.nodeError(p, message); }

    int numInputs() { return p.getInputCount(); }

    /** Input {@code i}, or null when absent (past the end or named ""). */
    Val opt(int i) { return i < p.getInputCount() && !p.getInput(i).isEmpty() ? im.lookup(p.getInput(i), p) : null; }

    Val in(int i) {
      Val v = opt(i);
      if (v == null) throw fail("requires input #" + i);
      return v;
    }

    List<Val> inputs() {
      List<Val> r = new ArrayList<>();
      for (int i = 0; i < p.getInputCount(); i++) r.add(in(i));
      return r;
    }

    /** The value of a constant input (after folding), for attributes that moved to inputs. */
    DenseElementsAttr constInput(int i, String what) {
      Val v = in(i);
      if (v.dense() == null)
        throw fail("input #" + i + " ('" + what + "') must be a constant (or computed from constants and static shapes), but it is computed at run time");
      return v.dense();
    }

    long[] constInts(int i, String what) {
      DenseElementsAttr d = constInput(i, what);
      long[] r = new long[(int) d.numElements()];
      for (int k = 0; k < r.length; k++) r[k] = d.longValue(d.isSplat() ? 0 : k);
      return r;
    }

    double[] constFloats(int i, String what) {
      DenseElementsAttr d = constInput(i, what);
      double[] r = new double[(int) d.numElements()];
      for (int k = 0; k < r.length; k++) r[k] = d.elementType() instanceof FloatType ? d.doubleValue(d.isSplat() ? 0 : k) : d.longValue(d.isSplat() ? 0 : k);
      return r;
    }

    boolean has(String name) { return attrs.containsKey(name); }

    long i(String name, long dflt) { return attrs.containsKey(name) ? attrs.get(name).getI() : dflt; }

    double f(String name, double dflt) { return attrs.containsKey(name) ? attrs.get(name).getF() : dflt; }

    String s(String name, String dflt) { return attrs.containsKey(name) ? attrs.get(name).getS().toString(StandardCharsets.UTF_8) : dflt; }

    long[] ints(String name, long[] dflt) {
      AttributeProto a = attrs.get(name);
      if (a == null) return dflt;
      long[] r = new long[a.getIntsCount()];
      for (int k = 0; k < r.length; k++) r[k] = a.getInts(k);
      return r;
    }

    double[] floats(String name, double[] dflt) {
      AttributeProto a = attrs.get(name);
      if (a == null) return dflt;
      double[] r = new double[a.getFloatsCount()];
      for (int k = 0; k < r.length; k++) r[k] = a.getFloats(k);
      return r;
    }

    void out(int i, Val v) {
      if (i < p.getOutputCount()) im.define(p.getOutput(i), v);
      outputsSet = Math.max(outputsSet, i + 1);
    }

    void out(List<Val> vs) { for (int i = 0; i < vs.size(); i++) out(i, vs.get(i)); }

    Val emit(String op, List<Val> operands, List<NamedAttribute> attrs) { return im.emit(p, op, operands, attrs, 1, null).get(0); }

    Val emit(String op, List<Val> operands, List<NamedAttribute> attrs, Type resultType) {
      return im.emit(p, op, operands, attrs, 1, List.of(resultType)).get(0);
    }

    /** The single-output node's result. */
    void emitOut(String op, List<Val> operands, NamedAttribute... attrs) { out(0, emit(op, operands, Converters.attrs(attrs))); }

    Val constant(DenseElementsAttr d) { return im.constant(d, p.getName()); }

    int rank(int input) { return in(input).shape().length; }

    long[] staticShape(int input) {
      long[] s = in(input).shape();
      for (long d : s) if (ShapeInference.isDyn(d)) throw fail("input #" + input + " has a dynamic shape " + ShapeInference.fmt(s) + "; pin it with --input-shape");
      return s;
    }
  }

  // ---- graph attribute builders ----

  static NamedAttribute ai(String n, long v) { return new NamedAttribute(n, IntegerAttr.i64(v)); }

  static NamedAttribute ab(String n, boolean v) { return new NamedAttribute(n, IntegerAttr.bool(v)); }

  static NamedAttribute af(String n, double v) { return new NamedAttribute(n, FloatAttr.f32((float) v)); }

  static NamedAttribute as(String n, String v) { return new NamedAttribute(n, StringAttr.of(v)); }

  static NamedAttribute aints(String n, long[] v) {
    List<Attribute> l = new ArrayList<>();
    for (long x : v) l.add(IntegerAttr.i64(x));
    return new NamedAttribute(n, new ArrayAttr(l));
  }

  static NamedAttribute afloats(String n, double[] v) {
    List<Attribute> l = new ArrayList<>();
    for (double x : v) l.add(FloatAttr.f32((float) x));
    return new NamedAttribute(n, new ArrayAttr(l));
  }

  static List<NamedAttribute> attrs(NamedAttribute... as) {
    List<NamedAttribute> r = new ArrayList<>();
    for (NamedAttribute a : as) if (a != null) r.add(a);
    return r;
  }

  private static void put(Converter c, String... names) { for (String n : names) TABLE.put(n, c); }

  static {
    // element-wise
    Map<String, String> binary = Map.of("Add", "graph.add", "Sub", "graph.sub", "Mul", "graph.mul", "Div", "graph.div", "Equal", "graph.equal",
        "Less", "graph.less", "Greater", "graph.greater");
    binary.forEach((onnx, graph) -> put(n -> n.emitOut(graph, List.of(n.in(0), n.in(1))), onnx));
    put(n -> {
      Val base = n.in(0), exp = n.in(1);
      if (!exp.elementType().equals(base.elementType()))
        exp = n.emit("graph.cast", List.of(exp), List.of(), new RankedTensorType(exp.shape(), base.elementType()));
      n.emitOut("graph.pow", List.of(base, exp));
    }, "Pow");
    Map<String, String> variadic = Map.of("Max", "graph.max", "Min", "graph.min", "Sum", "graph.add");
    variadic.forEach((onnx, graph) -> put(n -> {
      List<Val> ins = n.inputs();
      Val acc = ins.get(0);
      for (int k = 1; k < ins.size(); k++) acc = n.emit(graph, List.of(acc, ins.get(k)), List.of());
      n.out(0, acc);
    }, onnx));
    put(n -> n.emitOut("graph.where", List.of(n.in(0), n.in(1), n.in(2))), "Where");
    Map<String, String> unary = Map.of("Relu", "graph.relu", "Sigmoid", "graph.sigmoid", "Tanh", "graph.tanh", "Exp", "graph.exp",
        "Log", "graph.log", "Sqrt", "graph.sqrt", "Neg", "graph.neg", "Abs", "graph.abs", "Erf", "graph.erf", "Reciprocal", "graph.reciprocal");
    unary.forEach((onnx, graph) -> put(n -> n.emitOut(graph, List.of(n.in(0))), onnx));
    put(n -> n.emitOut("graph.hard_swish", List.of(n.in(0))), "HardSwish");
    put(n -> n.out(0, n.in(0)), "Identity");
    put(n -> {
      if (n.opset() >= 12 && n.opt(2) != null && (n.in(2).dense() == null || n.in(2).dense().longValue(0) != 0))
        throw n.fail("training mode (input 'training_mode' true) is not supported");
      n.out(0, n.in(0));
    }, "Dropout");
    put(n -> n.emitOut("graph.gelu", List.of(n.in(0)), as("approximate", n.s("approximate", "none"))), "Gelu");
    put(n -> n.emitOut("graph.leaky_relu", List.of(n.in(0)), af("alpha", n.f("alpha", 0.01))), "LeakyRelu");
    put(n -> n.emitOut("graph.hard_sigmoid", List.of(n.in(0)), af("alpha", n.f("alpha", 0.2)), af("beta", n.f("beta", 0.5))), "HardSigmoid");
    put(Converters::clip, "Clip");
    put(n -> {
      Type et = OnnxTensors.elementType((int) n.i("to", 0));
      if (et == null) throw n.fail("casts to unsupported element type " + OnnxTensors.dataTypeName((int) n.i("to", 0)));
      Val x = n.in(0);
      n.out(0, x.elementType().equals(et) ? x : n.emit("graph.cast", List.of(x), List.of(), new RankedTensorType(x.shape(), et)));
    }, "Cast");

    // contractions and NN ops
    put(n -> n.emitOut("graph.matmul", List.of(n.in(0), n.in(1))), "MatMul");
    put(n -> {
      List<Val> ins = new ArrayList<>(List.of(n.in(0), n.in(1)));
      if (n.opt(2) != null) ins.add(n.in(2));
      n.emitOut("graph.gemm", ins, af("alpha", n.f("alpha", 1.0)), af("beta", n.f("beta", 1.0)), ab("trans_a", n.i("transA", 0) != 0),
          ab("trans_b", n.i("transB", 0) != 0));
    }, "Gemm");
    put(n -> conv(n, false), "Conv");
    put(n -> conv(n, true), "ConvTranspose");
    put(n -> pool(n, "graph.max_pool2d"), "MaxPool");
    put(n -> pool(n, "graph.avg_pool2d"), "AveragePool");
    put(n -> n.emitOut("graph.global_avg_pool", List.of(n.in(0))), "GlobalAveragePool");
    put(n -> {
      long[] axes = new long[n.rank(0) - 2];
      for (int k = 0; k < axes.length; k++) axes[k] = k + 2;
      n.emitOut("graph.reduce_max", List.of(n.in(0)), aints("axes", axes), ab("keepdims", true));
    }, "GlobalMaxPool");
    put(n -> {
      if (n.i("training_mode", 0) != 0) throw n.fail("training mode is not supported");
      n.emitOut("graph.batch_norm", List.of(n.in(0), n.in(1), n.in(2), n.in(3), n.in(4)), af("epsilon", n.f("epsilon", 1e-5)));
    }, "BatchNormalization");
    put(n -> {
      List<Val> ins = new ArrayList<>(List.of(n.in(0), n.in(1)));
      if (n.opt(2) != null) ins.add(n.in(2));
      n.emitOut("graph.layer_norm", ins, ai("axis", n.i("axis", -1)), af("epsilon", n.f("epsilon", 1e-5)));
    }, "LayerNormalization");
    put(Converters::softmax, "Softmax");

    // reductions
    Map<String, String> reduce = Map.of("ReduceSum", "graph.reduce_sum", "ReduceMean", "graph.reduce_mean", "ReduceMax", "graph.reduce_max",
        "ReduceMin", "graph.reduce_min");
    reduce.forEach((onnx, graph) -> put(n -> {
      int axesInputFrom = onnx.equals("ReduceSum") ? 13 : 18;
      long[] axes = n.opset() >= axesInputFrom ? (n.opt(1) != null ? n.constInts(1, "axes") : null) : n.ints("axes", null);
      if ((axes == null || axes.length == 0) && n.i("noop_with_empty_axes", 0) != 0) {
        n.out(0, n.in(0));
        return;
      }
      n.emitOut(graph, List.of(n.in(0)), axes == null || axes.length == 0 ? null : aints("axes", axes), ab("keepdims", n.i("keepdims", 1) != 0));
    }, onnx));

    // shapes
    put(Converters::reshape, "Reshape");
    put(n -> n.emitOut("graph.flatten", List.of(n.in(0)), ai("axis", n.i("axis", 1))), "Flatten");
    put(n -> n.emitOut("graph.transpose", List.of(n.in(0)), n.has("perm") ? aints("perm", n.ints("perm", null)) : null), "Transpose");
    put(n -> n.emitOut("graph.concat", n.inputs(), ai("axis", n.i("axis", 0))), "Concat");
    put(Converters::slice, "Slice");
    put(Converters::pad, "Pad");
    put(n -> n.emitOut("graph.gather", List.of(n.in(0), n.in(1)), ai("axis", n.i("axis", 0))), "Gather");
    put(n -> {
      long[] axes = n.opset() >= 13 ? (n.opt(1) != null ? n.constInts(1, "axes") : null) : n.ints("axes", null);
      n.emitOut("graph.squeeze", List.of(n.in(0)), axes == null ? null : aints("axes", axes));
    }, "Squeeze");
    put(n -> {
      long[] axes = n.opset() >= 13 ? n.constInts(1, "axes") : n.ints("axes", null);
      if (axes == null) throw n.fail("requires attribute 'axes'");
      n.emitOut("graph.unsqueeze", List.of(n.in(0)), aints("axes", axes));
    }, "Unsqueeze");
    put(Converters::split, "Split");
    put(Converters::resize, "Resize", "Upsample");
    put(n -> n.emitOut("graph.depth_to_space", List.of(n.in(0)), ai("blocksize", n.i("blocksize", 0)), as("mode", n.s("mode", "DCR"))), "DepthToSpace");
    put(n -> n.emitOut("graph.space_to_depth", List.of(n.in(0)), ai("blocksize", n.i("blocksize", 0))), "SpaceToDepth");
    put(n -> {
      Val x = n.in(0);
      Val shape = n.in(1);
      long[] target = n.constInts(1, "shape");
      long[] out = ShapeInference.broadcast(x.shape(), target);
      // Expand is a bidirectional broadcast: x + zeros(out) (or x | false for booleans)
      Type et = x.elementType();
      if (et instanceof IntegerType it && it.width() == 1) throw n.fail("Expand of booleans is not supported");
      Attribute zero = et instanceof FloatType ft ? FloatAttr.of(ft, 0.0) : IntegerAttr.of(et, 0);
      Val z = n.constant(DenseElementsAttr.splat(new RankedTensorType(out, et), zero));
      if (java.util.Arrays.equals(x.shape(), out)) n.out(0, x);
      else n.emitOut("graph.add", List.of(x, z));
      if (shape == null) throw n.fail("requires input 'shape'");
    }, "Expand");

    // constants and shape arithmetic
    put(Converters::constant, "Constant");
    put(n -> {
      long[] s = n.staticShape(0);
      int r = s.length;
      long start = n.i("start", 0), end = n.i("end", r);
      start = Math.clamp(start < 0 ? start + r : start, 0, r);
      end = Math.clamp(end < 0 ? end + r : end, 0, r);
      long[] dims = end > start ? Arrays.copyOfRange(s, (int) start, (int) end) : new long[0];
      n.out(0, n.constant(longs(dims, new long[] {dims.length})));
    }, "Shape");
    put(n -> n.out(0, n.constant(longs(new long[] {ShapeInference.numElements(n.staticShape(0))}, new long[0]))), "Size");
    put(n -> {
      long[] shape = n.opt(0) == null ? new long[0] : n.constInts(0, "shape");
      AttributeProto v = n.attrs.get("value");
      DenseElementsAttr value = v == null ? DenseElementsAttr.splat(new RankedTensorType(new long[0], FloatType.F32), FloatAttr.f32(0))
          : tensorValue(n, v);
      RankedTensorType t = new RankedTensorType(shape, value.elementType());
      n.out(0, n.constant(DenseElementsAttr.ofRaw(t, Arrays.copyOf(value.rawData(), value.elementBytes()))));
    }, "ConstantOfShape");
    put(n -> {
      double start = n.constFloats(0, "start")[0], limit = n.constFloats(1, "limit")[0], delta = n.constFloats(2, "delta")[0];
      long count = Math.max((long) Math.ceil((limit - start) / delta), 0);
      Type et = n.in(0).elementType();
      double[] vals = new double[(int) count];
      for (int k = 0; k < count; k++) vals[k] = start + k * delta;
      var t = dev.mlc.ir.interp.Tensor.ofDoubles(FloatType.F64, new long[] {count}, vals);
      var cast = dev.mlc.ir.interp.Tensor.zeros(et, count);
      for (int k = 0; k < count; k++) {
        if (cast.isFloat()) cast.setDouble(k, t.getDouble(k));
        else cast.setLong(k, (long) t.getDouble(k));
      }
      n.out(0, n.constant(cast.toAttr()));
    }, "Range");

    // quantization
    put(n -> quant(n, "graph.quantize_linear"), "QuantizeLinear");
    put(n -> quant(n, "graph.dequantize_linear"), "DequantizeLinear");
    put(Converters::qlinearMatmul, "QLinearMatMul");
    put(Converters::qlinearConv, "QLinearConv");
    put(Converters::matmulInteger, "MatMulInteger");
    put(Converters::convInteger, "ConvInteger");
  }

  private static DenseElementsAttr tensorValue(Node n, AttributeProto a) {
    Val v = n.im().tensorConstant(a.getT().toBuilder().setName(n.p.getName()).build());
    if (v.dense() != null) return v.dense();
    return (DenseElementsAttr) dev.mlc.ir.interp.Tensor.fromAttr(v.constant, n.im().ctx.resources()).toAttr();
  }

  static DenseElementsAttr longs(long[] values, long[] shape) {
    byte[] raw = new byte[values.length * 8];
    for (int k = 0; k < values.length; k++) DenseElementsAttr.putLE(raw, k * 8, 8, values[k]);
    return DenseElementsAttr.ofRaw(new RankedTensorType(shape, IntegerType.of(64)), raw);
  }

  private static void clip(Node n) {
    Double min, max;
    if (n.opset() < 11) {
      min = n.has("min") ? n.f("min", 0) : null;
      max = n.has("max") ? n.f("max", 0) : null;
    } else {
      min = n.opt(1) != null ? n.constFloats(1, "min")[0] : null;
      max = n.opt(2) != null ? n.constFloats(2, "max")[0] : null;
    }
    n.emitOut("graph.clip", List.of(n.in(0)), min == null ? null : af("min", min), max == null ? null : af("max", max));
  }

  /** ONNX auto_pad resolved into explicit pads (top, left, bottom, right) for a 2-D window. */
  private static long[] pads2d(Node n, long[] inSpatial, long[] kernel, long[] strides, long[] dilations) {
    String autoPad = n.s("auto_pad", "NOTSET");
    long[] pads = n.ints("pads", new long[4]);
    switch (autoPad) {
      case "NOTSET" -> { return pads; }
      case "VALID" -> { return new long[4]; }
      case "SAME_UPPER", "SAME_LOWER" -> {
        long[] r = new long[4];
        for (int k = 0; k < 2; k++) {
          if (ShapeInference.isDyn(inSpatial[k])) throw n.fail("auto_pad " + autoPad + " needs static spatial dimensions");
          long out = (inSpatial[k] + strides[k] - 1) / strides[k];
          long total = Math.max(0, (out - 1) * strides[k] + (kernel[k] - 1) * dilations[k] + 1 - inSpatial[k]);
          long small = total / 2, big = total - small;
          r[k] = autoPad.equals("SAME_UPPER") ? small : big;
          r[k + 2] = autoPad.equals("SAME_UPPER") ? big : small;
        }
        return r;
      }
      default -> throw n.fail("unknown auto_pad '" + autoPad + "'");
    }
  }

  /** A 2-D convolution's {@code strides}, {@code pads} (auto_pad resolved), {@code dilations} and {@code groups}. */
  static List<NamedAttribute> convAttrs(Node n, Val x, Val w) {
    if (x.shape().length != 4) throw n.fail("only 2-D convolutions (rank-4 inputs) are supported, but the input is " + OnnxTensors.fmt(x.type));
    long[] strides = n.ints("strides", new long[] {1, 1}), dilations = n.ints("dilations", new long[] {1, 1});
    long[] kernel = n.ints("kernel_shape", new long[] {w.shape()[2], w.shape()[3]});
    long[] pads = pads2d(n, new long[] {x.shape()[2], x.shape()[3]}, kernel, strides, dilations);
    return attrs(aints("strides", strides), aints("pads", pads), aints("dilations", dilations), ai("groups", n.i("group", 1)));
  }

  private static void conv(Node n, boolean transpose) {
    Val x = n.in(0), w = n.in(1);
    List<Val> ins = new ArrayList<>(List.of(x, w));
    if (n.opt(2) != null) ins.add(n.in(2));
    if (!transpose) {
      n.out(0, n.emit("graph.conv2d", ins, convAttrs(n, x, w)));
      return;
    }
    if (x.shape().length != 4) throw n.fail("only 2-D convolutions (rank-4 inputs) are supported, but the input is " + OnnxTensors.fmt(x.type));
    long[] strides = n.ints("strides", new long[] {1, 1}), dilations = n.ints("dilations", new long[] {1, 1});
    long[] kernel = n.ints("kernel_shape", new long[] {w.shape()[2], w.shape()[3]});
    long[] in = {x.shape()[2], x.shape()[3]};
    long[] outPad = n.ints("output_padding", new long[] {0, 0});
    long[] pads = n.ints("pads", new long[4]);
    String autoPad = n.s("auto_pad", "NOTSET");
    long[] outShape = n.ints("output_shape", null);
    if (outShape != null || autoPad.startsWith("SAME")) {
      long[] target = new long[2];
      for (int k = 0; k < 2; k++) {
        if (ShapeInference.isDyn(in[k])) throw n.fail("output_shape/auto_pad need static spatial dimensions");
        target[k] = outShape != null ? outShape[outShape.length - 2 + k] : in[k] * strides[k];
      }
      pads = new long[4];
      for (int k = 0; k < 2; k++) {
        long total = strides[k] * (in[k] - 1) + outPad[k] + ((kernel[k] - 1) * dilations[k] + 1) - target[k];
        if (total < 0) throw n.fail("output_shape " + Arrays.toString(outShape) + " is larger than the transposed convolution can produce");
        // ONNX: SAME_UPPER puts the odd pixel at the end; SAME_LOWER and NOTSET (with output_shape) at the beginning
        boolean lower = !autoPad.equals("SAME_UPPER");
        pads[k] = lower ? total - total / 2 : total / 2;
        pads[k + 2] = lower ? total / 2 : total - total / 2;
      }
    } else if (autoPad.equals("VALID")) pads = new long[4];
    n.emitOut("graph.conv_transpose2d", ins, aints("strides", strides), aints("pads", pads), aints("dilations", dilations),
        aints("output_padding", outPad), ai("groups", n.i("group", 1)));
  }

  private static void pool(Node n, String op) {
    Val x = n.in(0);
    if (x.shape().length != 4) throw n.fail("only 2-D pooling (rank-4 inputs) is supported, but the input is " + OnnxTensors.fmt(x.type));
    if (n.i("storage_order", 0) != 0) throw n.fail("storage_order 1 is not supported");
    long[] kernel = n.ints("kernel_shape", null);
    if (kernel == null) throw n.fail("requires attribute 'kernel_shape'");
    long[] strides = n.ints("strides", new long[] {1, 1}), dilations = n.ints("dilations", new long[] {1, 1});
    long[] pads = pads2d(n, new long[] {x.shape()[2], x.shape()[3]}, kernel, strides, dilations);
    List<NamedAttribute> a = attrs(aints("kernel_shape", kernel), aints("strides", strides), aints("pads", pads), aints("dilations", dilations),
        ab("ceil_mode", n.i("ceil_mode", 0) != 0));
    if (op.equals("graph.avg_pool2d")) a.add(ab("count_include_pad", n.i("count_include_pad", 0) != 0));
    n.out(0, n.emit(op, List.of(x), a));
  }

  /** Softmax: before opset 13 the input is coerced to 2-D at {@code axis} (default 1), and the softmax runs over the flattened tail. */
  private static void softmax(Node n) {
    Val x = n.in(0);
    int rank = x.shape().length;
    long axis = n.i("axis", n.opset() >= 13 ? -1 : 1);
    if (axis < 0) axis += rank;
    if (n.opset() >= 13 || axis == rank - 1) {
      n.emitOut("graph.softmax", List.of(x), ai("axis", axis));
      return;
    }
    long[] s = n.staticShape(0);
    long rows = ShapeInference.numElements(Arrays.copyOfRange(s, 0, (int) axis));
    long cols = ShapeInference.numElements(Arrays.copyOfRange(s, (int) axis, rank));
    Val flat = n.emit("graph.reshape", List.of(x), List.of(), new RankedTensorType(new long[] {rows, cols}, x.elementType()));
    Val sm = n.emit("graph.softmax", List.of(flat), attrs(ai("axis", 1)));
    n.out(0, n.emit("graph.reshape", List.of(sm), List.of(), x.type));
  }

  private static void reshape(Node n) {
    Val x = n.in(0);
    long[] spec = n.opset() >= 5 ? n.constInts(1, "shape") : n.ints("shape", null);
    boolean allowZero = n.i("allowzero", 0) != 0;
    long[] in = x.shape();
    long[] out = spec.clone();
    int infer = -1;
    for (int k = 0; k < out.length; k++) {
      if (out[k] == 0 && !allowZero) {
        if (k >= in.length) throw n.fail("shape entry " + k + " is 0 (copy), but the input has rank " + in.length);
        out[k] = in[k];
      } else if (out[k] == -1) {
        if (infer >= 0) throw n.fail("shape " + Arrays.toString(spec) + " has more than one -1");
        infer = k;
      } else if (out[k] < -1) throw n.fail("shape " + Arrays.toString(spec) + " has a negative entry");
    }
    if (infer >= 0) {
      long total = ShapeInference.numElements(n.staticShape(0)), rest = 1;
      for (int k = 0; k < out.length; k++) if (k != infer) rest *= out[k];
      if (rest == 0 || total % rest != 0) throw n.fail("cannot reshape " + ShapeInference.fmt(in) + " to " + Arrays.toString(spec));
      out[infer] = total / rest;
    }
    RankedTensorType t = new RankedTensorType(out, x.elementType());
    n.out(0, x.type.equals(t) ? x : n.emit("graph.reshape", List.of(x), List.of(), t));
  }

  private static void slice(Node n) {
    long[] starts, ends, axes, steps;
    if (n.opset() < 10) {
      starts = n.ints("starts", null);
      ends = n.ints("ends", null);
      axes = n.ints("axes", null);
      steps = null;
      if (starts == null || ends == null) throw n.fail("requires attributes 'starts' and 'ends'");
    } else {
      starts = n.constInts(1, "starts");
      ends = n.constInts(2, "ends");
      axes = n.opt(3) != null ? n.constInts(3, "axes") : null;
      steps = n.opt(4) != null ? n.constInts(4, "steps") : null;
    }
    n.emitOut("graph.slice", List.of(n.in(0)), aints("starts", starts), aints("ends", ends), axes == null ? null : aints("axes", axes),
        steps == null ? null : aints("steps", steps));
  }

  private static void pad(Node n) {
    String mode = n.s("mode", "constant");
    if (!mode.equals("constant")) throw n.fail("pad mode '" + mode + "' is not supported (only 'constant')");
    Val x = n.in(0);
    int rank = x.shape().length;
    long[] pads;
    double value;
    if (n.opset() < 11) {
      pads = n.ints("pads", null);
      if (pads == null) throw n.fail("requires attribute 'pads'");
      value = n.f("value", 0.0);
    } else {
      pads = n.constInts(1, "pads");
      value = n.opt(2) != null ? n.constFloats(2, "constant_value")[0] : 0.0;
      if (n.opt(3) != null) {
        long[] axes = n.constInts(3, "axes");
        long[] full = new long[2 * rank];
        for (int k = 0; k < axes.length; k++) {
          int ax = (int) (axes[k] < 0 ? axes[k] + rank : axes[k]);
          full[ax] = pads[k];
          full[ax + rank] = pads[k + axes.length];
        }
        pads = full;
      }
    }
    if (!(x.elementType() instanceof FloatType) && value != 0.0) throw n.fail("a non-zero pad value for integer tensors is not supported");
    n.emitOut("graph.pad", List.of(x), aints("pads", pads), af("value", value));
  }

  private static void split(Node n) {
    long[] sizes = n.opset() >= 13 ? (n.opt(1) != null ? n.constInts(1, "split") : null) : n.ints("split", null);
    int outs = n.p.getOutputCount();
    List<NamedAttribute> a = attrs(ai("axis", n.i("axis", 0)), sizes == null ? null : aints("split", sizes));
    List<Val> r = n.im().emit(n.p, "graph.split", List.of(n.in(0)), a, outs, null);
    n.out(r);
  }

  private static void resize(Node n) {
    Val x = n.in(0);
    int rank = x.shape().length;
    boolean upsample = n.p.getOpType().equals("Upsample");
    String mode = n.s("mode", "nearest");
    if (mode.equals("bilinear")) mode = "linear";
    if (!mode.equals("nearest") && !mode.equals("linear")) throw n.fail("mode '" + mode + "' is not supported (nearest, linear)");
    double[] scales = null;
    long[] sizes = null;
    if (upsample || n.opset() == 10) {
      scales = n.opset() >= 9 ? n.constFloats(1, "scales") : n.floats("scales", null);
    } else {
      if (n.opt(3) != null) sizes = n.constInts(3, "sizes");
      else if (n.opt(2) != null && n.in(2).shape().length > 0 && n.in(2).shape()[0] > 0) scales = n.constFloats(2, "scales");
      else throw n.fail("needs 'scales' or 'sizes'");
      if (n.has("axes")) {
        long[] axes = n.ints("axes", null);
        double[] fs = scales == null ? null : new double[rank];
        long[] fz = sizes == null ? null : x.shape().clone();
        if (fs != null) Arrays.fill(fs, 1.0);
        for (int k = 0; k < axes.length; k++) {
          int ax = (int) (axes[k] < 0 ? axes[k] + rank : axes[k]);
          if (fs != null) fs[ax] = scales[k];
          if (fz != null) fz[ax] = sizes[k];
        }
        scales = fs;
        sizes = fz;
      }
      if (!n.s("keep_aspect_ratio_policy", "stretch").equals("stretch")) throw n.fail("keep_aspect_ratio_policy other than 'stretch' is not supported");
      if (n.i("exclude_outside", 0) != 0) throw n.fail("exclude_outside is not supported");
    }
    String ctm = upsample || n.opset() == 10 ? "asymmetric" : n.s("coordinate_transformation_mode", "half_pixel");
    if (ctm.equals("tf_crop_and_resize")) throw n.fail("coordinate_transformation_mode 'tf_crop_and_resize' is not supported");
    String nearest = upsample || n.opset() == 10 ? "floor" : n.s("nearest_mode", "round_prefer_floor");
    n.emitOut("graph.resize", List.of(x), scales != null ? afloats("scales", scales) : aints("sizes", sizes), as("mode", mode),
        as("coordinate_transformation_mode", ctm), mode.equals("nearest") ? as("nearest_mode", nearest) : null,
        n.i("antialias", 0) != 0 ? ai("antialias", 1) : null);
  }

  private static void constant(Node n) {
    AttributeProto a = n.p.getAttributeCount() == 1 ? n.p.getAttribute(0) : null;
    if (a == null) throw n.fail("expects exactly one attribute");
    DenseElementsAttr d = switch (a.getName()) {
      case "value" -> {
        Val v = n.im().tensorConstant(a.getT());
        if (v.dense() != null) yield v.dense();
        n.out(0, v);
        yield null;
      }
      case "value_float" -> DenseElementsAttr.ofFloats(new RankedTensorType(new long[0], FloatType.F32), a.getF());
      case "value_floats" -> {
        float[] fs = new float[a.getFloatsCount()];
        for (int k = 0; k < fs.length; k++) fs[k] = a.getFloats(k);
        yield DenseElementsAttr.ofFloats(new RankedTensorType(new long[] {fs.length}, FloatType.F32), fs);
      }
      case "value_int" -> longs(new long[] {a.getI()}, new long[0]);
      case "value_ints" -> {
        long[] is = new long[a.getIntsCount()];
        for (int k = 0; k < is.length; k++) is[k] = a.getInts(k);
        yield longs(is, new long[] {is.length});
      }
      default -> throw n.fail("attribute '" + a.getName() + "' is not supported");
    };
    if (d != null) n.out(0, n.constant(d));
  }

  static final IntegerType UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED), I32 = IntegerType.of(32);

  static boolean isInt8(Type t) { return t instanceof IntegerType it && it.width() == 8; }

  /**
   * QuantizeLinear / DequantizeLinear: constant scale and zero point, one element (per tensor) or 1-D
   * along {@code axis} (per axis). Opset 19's {@code saturate} concerns float8 only; opset 21's
   * {@code block_size} (blocked quantization) is reported. A dequantized constant stays an integer
   * constant and a {@code dequantize_linear} (not folded to f32), so that {@code fold-qdq} finds
   * quantized weights.
   */
  private static void quant(Node n, String op) {
    boolean q = op.equals("graph.quantize_linear");
    if (n.i("block_size", 0) != 0) throw n.fail("blocked quantization (block_size " + n.i("block_size", 0) + ") is not supported");
    Val x = n.in(0);
    DenseElementsAttr scale = n.constInput(1, q ? "y_scale" : "x_scale");
    DenseElementsAttr zp = n.opt(2) != null ? n.constInput(2, q ? "y_zero_point" : "x_zero_point") : null;
    if (scale.type().rank() > 1) throw n.fail("blocked quantization (a scale of rank " + scale.type().rank() + ") is not supported");
    Type qt = zp != null ? zp.elementType() : UI8;
    if (q && zp == null && n.i("output_dtype", 0) != 0) {
      qt = OnnxTensors.elementType((int) n.i("output_dtype", 0));
      if (qt == null) throw n.fail("output_dtype " + OnnxTensors.dataTypeName((int) n.i("output_dtype", 0)) + " is not supported");
    }
    Type it = q ? qt : x.elementType();
    if (!isInt8(it) && !(!q && it.equals(I32)))
      throw n.fail((q ? "quantizing to " : "dequantizing ") + OnnxTensors.fmt(new RankedTensorType(new long[0], it)) + " is not supported (i8 and ui8 are"
          + (q ? ")" : ", and i32)"));
    List<NamedAttribute> a = new ArrayList<>();
    if (scale.numElements() == 1) {
      a.add(af("scale", scale.doubleValue(0)));
      a.add(ai("zero_point", zp == null ? 0 : zp.longValue(0)));
    } else {
      a.add(new NamedAttribute("scale", f32s(scale)));
      long[] zps = new long[(int) scale.numElements()];
      if (zp != null) for (int k = 0; k < zps.length; k++) zps[k] = zp.longValue(zp.isSplat() ? 0 : k);
      a.add(new NamedAttribute("zero_point", longs(zps, new long[] {zps.length})));
      a.add(ai("axis", n.i("axis", 1)));
    }
    Type rt = q ? qt : scale.elementType();
    n.out(0, n.im().emit(n.p, op, List.of(x), a, 1, List.of(new RankedTensorType(x.shape(), rt)), q).get(0));
  }

  /** A float constant as a 1-D f32 dense attribute. */
  private static DenseElementsAttr f32s(DenseElementsAttr d) {
    float[] f = new float[(int) d.numElements()];
    for (int k = 0; k < f.length; k++) f[k] = (float) d.doubleValue(d.isSplat() ? 0 : k);
    return DenseElementsAttr.ofFloats(new RankedTensorType(new long[] {f.length}, FloatType.F32), f);
  }

  /** Scale input {@code i} as attribute {@code name}: f32 when it has one element, else 1-D f32 (per channel or column). */
  private static NamedAttribute scaleAttr(Node n, int i, String name) {
    DenseElementsAttr s = n.constInput(i, name);
    if (s.type().rank() > 1) throw n.fail("input '" + name + "' must be a scalar or 1-D, but it has rank " + s.type().rank());
    return s.numElements() == 1 ? af(name, s.doubleValue(0)) : new NamedAttribute(name, f32s(s));
  }

  /** Zero point input {@code i} as attribute {@code name} (i64, or 1-D i64); null when absent (0). */
  private static NamedAttribute zpAttr(Node n, int i, String name) {
    if (n.opt(i) == null) return null;
    DenseElementsAttr z = n.constInput(i, name);
    if (z.type().rank() > 1) throw n.fail("input '" + name + "' must be a scalar or 1-D, but it has rank " + z.type().rank());
    if (z.numElements() == 1) return ai(name, z.longValue(0));
    long[] v = new long[(int) z.numElements()];
    for (int k = 0; k < v.length; k++) v[k] = z.longValue(z.isSplat() ? 0 : k);
    return new NamedAttribute(name, longs(v, new long[] {v.length}));
  }

  /** Scale and zero point inputs of one quantized operand that must be per tensor. */
  private static void perTensor(Node n, int scale, String what) {
    for (int i : new int[] {scale, scale + 1})
      if (n.opt(i) != null && n.constInput(i, what).numElements() != 1)
        throw n.fail("per-row or per-axis parameters for '" + what + "' are not supported (only 'b'/'w' may be per column/channel)");
  }

  /** The element type of a quantized result: that of its zero point (input {@code i}), ui8 without one. */
  private static Type zpType(Node n, int i) { return n.opt(i) != null ? n.in(i).elementType() : UI8; }

  /** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): per-tensor a and y, b per tensor or per column. */
  private static void qlinearMatmul(Node n) {
    Val a = n.in(0), b = n.in(3);
    perTensor(n, 1, "a");
    perTensor(n, 6, "y");
    List<NamedAttribute> at = attrs(scaleAttr(n, 1, "a_scale"), zpAttr(n, 2, "a_zero_point"), scaleAttr(n, 4, "b_scale"), zpAttr(n, 5, "b_zero_point"),
        scaleAttr(n, 6, "y_scale"), zpAttr(n, 7, "y_zero_point"));
    Val y = n.emit("graph.qlinear_matmul", List.of(a, b), at, new RankedTensorType(ShapeInference.matmul(a.shape(), b.shape()), zpType(n, 7)));
    n.out(0, y);
  }

  /** QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B): per-tensor x and y, w per tensor or per output channel, i32 bias. */
  private static void qlinearConv(Node n) {
    Val x = n.in(0), w = n.in(3);
    perTensor(n, 1, "x");
    perTensor(n, 6, "y");
    List<Val> ins = new ArrayList<>(List.of(x, w));
    if (n.opt(8) != null) ins.add(n.in(8));
    List<NamedAttribute> at = convAttrs(n, x, w);
    at.addAll(attrs(scaleAttr(n, 1, "x_scale"), zpAttr(n, 2, "x_zero_point"), scaleAttr(n, 4, "w_scale"), zpAttr(n, 5, "w_zero_point"),
        scaleAttr(n, 6, "y_scale"), zpAttr(n, 7, "y_zero_point")));
    long[] shape = ShapeInference.conv2d(x.shape(), w.shape(), null, ints(at, "strides"), ints(at, "pads"), ints(at, "dilations"), n.i("group", 1));
    n.out(0, n.emit("graph.qlinear_conv2d", ins, at, new RankedTensorType(shape, zpType(n, 7))));
  }

  private static long[] ints(List<NamedAttribute> as, String name) {
    for (NamedAttribute a : as)
      if (a.name().equals(name)) return ((ArrayAttr) a.value()).elements().stream().mapToLong(v -> ((IntegerAttr) v).value().longValue()).toArray();
    throw new IllegalArgumentException(name);
  }

  /**
   * {@code x - zp} in i32, exactly: {@code cast(dequantize_linear(x, scale 1, zp))} (8-bit values and their
   * differences are exact in f32), the zero point input {@code i} constant per tensor or per slice of dimension
   * {@code axis}; a zero point computed at run time (one element) is widened the same way and subtracted in i32.
   */
  private static Val minusZeroPoint(Node n, Val x, int i, long axis) {
    Val zp = n.opt(i);
    List<NamedAttribute> q = new ArrayList<>(List.of(af("scale", 1.0)));
    if (zp != null && zp.dense() != null) {
      DenseElementsAttr d = zp.dense();
      long[] v = new long[(int) d.numElements()];
      for (int k = 0; k < v.length; k++) v[k] = d.longValue(d.isSplat() ? 0 : k);
      if (v.length == 1) q.add(ai("zero_point", v[0]));
      else {
        double[] ones = new double[v.length];
        Arrays.fill(ones, 1.0);
        q = attrs(afloats1("scale", ones), new NamedAttribute("zero_point", longs(v, new long[] {v.length})), ai("axis", axis));
      }
    }
    Val wide = widen(n, x, q);
    if (zp == null || zp.dense() != null) return wide;
    if (ShapeInference.numElements(zp.shape()) != 1) throw n.fail("a zero point computed at run time must have one element");
    return n.emit("graph.sub", List.of(wide, widen(n, zp, List.of(af("scale", 1.0)))), List.of());
  }

  private static Val widen(Node n, Val x, List<NamedAttribute> q) {
    Val f = n.emit("graph.dequantize_linear", List.of(x), q, new RankedTensorType(x.shape(), FloatType.F32));
    return n.emit("graph.cast", List.of(f), List.of(), new RankedTensorType(x.shape(), I32));
  }

  private static NamedAttribute afloats1(String name, double[] v) {
    float[] f = new float[v.length];
    for (int k = 0; k < f.length; k++) f[k] = (float) v[k];
    return new NamedAttribute(name, DenseElementsAttr.ofFloats(new RankedTensorType(new long[] {f.length}, FloatType.F32), f));
  }

  /** A constant scalar-or-one-element zero point, or null when the input is absent, computed, or has more elements. */
  private static Long scalarZp(Node n, int i) {
    Val v = n.opt(i);
    if (v == null) return 0L;
    return v.dense() != null && v.dense().numElements() == 1 ? v.dense().longValue(0) : null;
  }

  /**
   * MatMulInteger: {@code graph.matmul_integer} with constant scalar zero points; otherwise (a per-row
   * {@code a_zero_point}, a per-column {@code b_zero_point}, or zero points computed at run time) the exact
   * i32 form {@code matmul(a - a_zp, b - b_zp)} (see {@link #minusZeroPoint}).
   */
  private static void matmulInteger(Node n) {
    Val a = n.in(0), b = n.in(1);
    Long za = scalarZp(n, 2), zb = scalarZp(n, 3);
    if (za != null && zb != null) {
      n.emitOut("graph.matmul_integer", List.of(a, b), za == 0 ? null : ai("a_zero_point", za), zb == 0 ? null : ai("b_zero_point", zb));
      return;
    }
    Val a32 = minusZeroPoint(n, a, 2, Math.max(0, a.shape().length - 2));
    Val b32 = minusZeroPoint(n, b, 3, b.shape().length - 1);
    n.emitOut("graph.matmul", List.of(a32, b32));
  }

  /** ConvInteger: {@code graph.conv_integer} with constant zero points (x per tensor, w per tensor or per output channel). */
  private static void convInteger(Node n) {
    Val x = n.in(0), w = n.in(1);
    List<NamedAttribute> at = convAttrs(n, x, w);
    at.addAll(attrs(zpAttr(n, 2, "x_zero_point"), zpAttr(n, 3, "w_zero_point")));
    n.out(0, n.emit("graph.conv_integer", List.of(x, w), at));
  }

}
