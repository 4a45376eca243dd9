package dev.mlc.dialect.graph.transforms.quant;

import dev.mlc.dialect.graph.ir.ConstantFolding;
import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --fold-qdq}: the QDQ format (what ONNX Runtime's quantizer writes: an f32 contraction between
 * {@code DequantizeLinear}s of its int8 operands and a {@code QuantizeLinear} of its result) folded into
 * the integer ops, so that the contraction runs on 8-bit data with i32 accumulation:
 * <ul>
 *   <li>{@code q(relu?(conv2d(dq(x), dq(w), b?))) -> qlinear_conv2d(x, w, b')};</li>
 *   <li>{@code q(relu?(matmul(dq(a), dq(b)))) -> qlinear_matmul(a, b)};</li>
 *   <li>{@code q(relu?(gemm(dq(a), dq(b)))) -> qlinear_matmul(a, b)} (no {@code trans_b}); with {@code trans_b} or a
 *       bias {@code c} of N elements, a 1×1 {@code qlinear_conv2d} on {@code a} reshaped to M×K×1×1.</li>
 * </ul>
 * {@code x}/{@code a} and the result are quantized per tensor; the weight per tensor or per output
 * channel (conv2d: axis 0; matmul: the last axis; gemm: the N axis). A bias (constant f32, or the
 * dequantization of a constant, as the quantizer's i32 bias) becomes i32 with scale
 * {@code x_scale · w_scale[m]}: {@code b' = round_half_even(b / (x_scale · w_scale[m]))}. A {@code relu}
 * folds when the output zero point is its type's minimum (then quantization's saturation is the relu,
 * as in ONNX Runtime); otherwise the pattern stays in f32. gemm needs {@code alpha = beta = 1} and no
 * {@code trans_a}. Results differ from the f32 pattern by at most one quantization step: it rounds the
 * f32 result once more before quantizing, the integer op requantizes {@code acc · x_scale · w_scale / y_scale}
 * directly (as ONNX Runtime's QDQ fusion does). The {@code num-folded} statistic counts rewrites,
 * {@code num-left} quantized contractions that did not match (why: the debug log, {@code -Dmlc.debug.fold-qdq}).
 */
@PassInfo(name = "fold-qdq", summary = "Fold dequantize -> conv2d/matmul/gemm (-> relu) -> quantize into qlinear_conv2d/qlinear_matmul")
public final class FoldQdqPass extends Pass {
  private static final String NOT_A_CONTRACTION = "not a contraction";

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> qs = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("graph.quantize_linear")) qs.add(o);
    });
    PassContext.Statistic folded = ctx.statistic("num-folded", "Contractions folded into integer ops");
    PassContext.Statistic left = ctx.statistic("num-left", "Quantized contractions left in f32 (pattern did not match)");
    for (Operation q : qs) {
      String why = fold(q);
      if (why == null) folded.increment();
      else if (!why.equals(NOT_A_CONTRACTION)) {
        left.increment();
        if (Boolean.getBoolean("mlc.debug.fold-qdq")) System.err.println("fold-qdq: " + q.location() + ": not folded: " + why);
      }
    }
  }

  /** Folds every matching pattern under {@code root} (outside a pass manager: the ONNX importer); returns how many. */
  public static int foldAll(Operation root) {
    List<Operation> qs = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("graph.quantize_linear")) qs.add(o);
    });
    int n = 0;
    for (Operation q : qs) if (fold(q) == null) n++;
    return n;
  }

  /** Folds the pattern that ends in {@code q}; null when it did, else why not. */
  static String fold(Operation q) {
    if (GraphAttrs.isPerAxis(q, "scale") || GraphAttrs.isPerAxis(q, "zero_point")) return "the result is quantized per axis";
    Value y = q.operand(0);
    Operation p = y.definingOp();
    Operation relu = null;
    if (p != null && p.isa("graph.relu")) {
      if (!y.hasOneUse()) return "the relu's result has other uses";
      IntegerType qt = (IntegerType) elementType(q.result(0));
      if (GraphAttrs.integer(q, "zero_point", 0) != (qt.isUnsigned() ? 0 : -(1L << (qt.width() - 1))))
        return "a relu before a quantize_linear whose zero point is not its type's minimum";
      relu = p;
      y = p.operand(0);
      p = y.definingOp();
    }
    if (p == null || !(p.isa("graph.conv2d") || p.isa("graph.matmul") || p.isa("graph.gemm"))) return NOT_A_CONTRACTION;
    if (!y.hasOneUse()) return "the contraction's result has other uses";
    if (p.parentBlock() != q.parentBlock()) return "the contraction is in another block";
    Operation dx = dequantized(p.operand(0)), dw = dequantized(p.operand(1));
    if (dx == null || dw == null) return "an operand is not the dequantize_linear of an i8/ui8 tensor";
    if (GraphAttrs.isPerAxis(dx, "scale") || GraphAttrs.isPerAxis(dx, "zero_point")) return "the input is dequantized per axis";
    int wRank = ((RankedTensorType) dw.operand(0).type()).rank();
    Builder b = new Builder(q.context());
    b.setInsertionPoint(q);
    Value r;
    if (p.isa("graph.conv2d")) {
      if (GraphAttrs.nhwc(p)) return "an nhwc convolution";
      if (!perTensorOrAxis(dw, 0, wRank)) return "the weight is not quantized per tensor or per output channel (axis 0)";
      Value bias = null;
      if (p.numOperands() > 2 && (bias = intBias(b, p, p.operand(2), dx, dw, ((RankedTensorType) dw.operand(0).type()).shape()[0])) == null)
        return "the bias is not a constant of M elements";
      r = qlinearConv(b, q, p, dx, dw, dx.operand(0), dw.operand(0), bias, convAttrs(p), q.result(0).type());
    } else if (p.isa("graph.matmul")) {
      if (!perTensorOrAxis(dw, wRank - 1, wRank)) return "the weight is not quantized per tensor or per column (its last axis)";
      r = b.create("graph.qlinear_matmul", p.location(), List.of(dx.operand(0), dw.operand(0)), List.of(q.result(0).type()), params(dx, dw, q, "a", "b")).result(0);
    } else {
      if (GraphAttrs.bool(p, "trans_a", false) || GraphAttrs.floatAttr(p, "alpha", 1) != 1 || p.numOperands() > 2 && GraphAttrs.floatAttr(p, "beta", 1) != 1)
        return "a gemm with trans_a, alpha != 1 or beta != 1";
      boolean tb = GraphAttrs.bool(p, "trans_b", false);
      if (!perTensorOrAxis(dw, tb ? 0 : 1, wRank)) return "the weight is not quantized per tensor or per column";
      if (!tb && p.numOperands() == 2)
        r = b.create("graph.qlinear_matmul", p.location(), List.of(dx.operand(0), dw.operand(0)), List.of(q.result(0).type()), params(dx, dw, q, "a", "b")).result(0);
      else {
        Value bias = null;
        long n = ((RankedTensorType) dw.operand(0).type()).shape()[tb ? 0 : 1];
        if (p.numOperands() > 2 && (bias = intBias(b, p, p.operand(2), dx, dw, n)) == null) return "the bias is not a constant of N elements";
        r = gemmAsConv(b, q, p, dx, dw, bias, tb);
      }
    }
    q.replaceAllUsesWith(List.of(r));
    q.erase();
    if (relu != null) relu.erase();
    List<Operation> inputs = new ArrayList<>();
    for (Value v : p.operands()) inputs.add(v.definingOp());
    p.erase();
    for (Operation d : inputs) eraseIfDead(d);
    return null;
  }

  /** The dequantize_linear of an 8-bit tensor that defines {@code v}, or null. */
  private static Operation dequantized(Value v) {
    Operation d = v.definingOp();
    if (d == null || !d.isa("graph.dequantize_linear")) return null;
    Type t = elementType(d.operand(0));
    return t instanceof IntegerType it && it.width() == 8 ? d : null;
  }

  private static boolean perTensorOrAxis(Operation dq, int axis, int rank) {
    if (!GraphAttrs.isPerAxis(dq, "scale") && !GraphAttrs.isPerAxis(dq, "zero_point")) return true;
    long a = GraphAttrs.quantAxis(dq);
    return (a < 0 ? a + rank : a) == axis;
  }

  static Type elementType(Value v) { return ((RankedTensorType) v.type()).elementType(); }

  /** The integer op's scale/zero point attributes from the two dequantizations and the quantization. */
  private static DictionaryAttr params(Operation dx, Operation dw, Operation q, String x, String w) {
    List<NamedAttribute> a = new ArrayList<>();
    copy(a, dx, x);
    copy(a, dw, w);
    copy(a, q, "y");
    return DictionaryAttr.of(a);
  }

  private static void copy(List<NamedAttribute> to, Operation from, String prefix) {
    to.add(new NamedAttribute(prefix + "_scale", from.attr("scale")));
    Attribute zp = from.attr("zero_point");
    if (zp != null) to.add(new NamedAttribute(prefix + "_zero_point", zp));
  }

  private static List<NamedAttribute> convAttrs(Operation conv) {
    List<NamedAttribute> a = new ArrayList<>();
    for (String n : List.of("strides", "pads", "dilations", "groups")) if (conv.attr(n) != null) a.add(new NamedAttribute(n, conv.attr(n)));
    return a;
  }

  private static Value qlinearConv(Builder b, Operation q, Operation at, Operation dx, Operation dw, Value x, Value w, Value bias, List<NamedAttribute> conv,
                                   Type result) {
    List<NamedAttribute> a = new ArrayList<>(conv);
    a.addAll(params(dx, dw, q, "x", "w").entries());
    List<Value> ins = new ArrayList<>(List.of(x, w));
    if (bias != null) ins.add(bias);
    return b.create("graph.qlinear_conv2d", at.location(), ins, List.of(result), DictionaryAttr.of(a)).result(0);
  }

  /**
   * gemm(a, b, c) as a 1×1 convolution: a (M×K) reshaped to M×K×1×1, the weight as N×K×1×1
   * (transposed first unless {@code trans_b}), the result N channels reshaped back to M×N.
   */
  private static Value gemmAsConv(Builder b, Operation q, Operation g, Operation dx, Operation dw, Value bias, boolean transB) {
    Value a = dx.operand(0), w = dw.operand(0);
    long[] as = ((RankedTensorType) a.type()).shape(), ws = ((RankedTensorType) w.type()).shape();
    if (!transB) {
      w = b.create("graph.transpose", g.location(), List.of(w), List.of(new RankedTensorType(new long[] {ws[1], ws[0]}, elementType(w))),
          DictionaryAttr.of(new NamedAttribute("perm", new ArrayAttr(List.of(IntegerAttr.i64(1), IntegerAttr.i64(0)))))).result(0);
      ws = new long[] {ws[1], ws[0]};
    }
    Value a4 = reshape(b, g, a, new long[] {as[0], as[1], 1, 1});
    Value w4 = reshape(b, g, w, new long[] {ws[0], ws[1], 1, 1});
    Type yt = elementType(q.result(0));
    Value y4 = qlinearConv(b, q, g, dx, dw, a4, w4, bias, List.of(), new RankedTensorType(new long[] {as[0], ws[0], 1, 1}, yt));
    return reshape(b, g, y4, ((RankedTensorType) q.result(0).type()).shape());
  }

  private static Value reshape(Builder b, Operation at, Value v, long[] shape) {
    return b.create("graph.reshape", at.location(), List.of(v), List.of(new RankedTensorType(shape, elementType(v))), DictionaryAttr.EMPTY).result(0);
  }

  /**
   * A constant bias (f32, or the dequantization of a constant) of M elements as an i32 constant with
   * scale {@code x_scale · w_scale[m]}; null when it is not constant.
   */
  private static Value intBias(Builder b, Operation at, Value bias, Operation dx, Operation dw, long m) {
    RankedTensorType bt = (RankedTensorType) bias.type();
    long[] bs = bt.shape();
    if (bs.length == 0 || bs.length > 2 || bs[bs.length - 1] != m || bs.length == 2 && bs[0] != 1) return null;
    Tensor f = constantValue(bias);
    if (f == null) return null;
    double xs = GraphAttrs.quantParam(dx, "scale", null)[0];
    double[] ws = GraphAttrs.quantParam(dw, "scale", null);
    long[] v = new long[(int) m];
    for (int i = 0; i < m; i++) {
      double s = (float) ((float) xs * (float) ws[ws.length == 1 ? 0 : i]);
      v[i] = (long) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.rint(f.getDouble(i) / s)));
    }
    RankedTensorType t = new RankedTensorType(new long[] {m}, IntegerType.of(32));
    Tensor it = Tensor.zeros(IntegerType.of(32), m);
    for (int i = 0; i < m; i++) it.setLong(i, v[i]);
    return b.create("graph.constant", at.location(), List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", it.toAttr(t)))).result(0);
  }

  /** The value of a graph.constant, or of a dequantize_linear of one (evaluated), or null. */
  private static Tensor constantValue(Value v) {
    Operation d = v.definingOp();
    if (d == null) return null;
    if (d.isa("graph.constant")) return ConstantFolding.tensor(d.attr("value"));
    if (d.isa("graph.dequantize_linear") && d.operand(0).definingOp() != null && d.operand(0).definingOp().isa("graph.constant")) {
      List<Object> r = ConstantFolding.evaluate(d, List.of(d.operand(0).definingOp().attr("value")));
      if (r != null) return ConstantFolding.tensor((Attribute) r.get(0));
    }
    return null;
  }

  private static void eraseIfDead(Operation d) {
    if (d == null || d.parentBlock() == null || !d.useEmpty() || !(d.isa("graph.dequantize_linear") || d.isa("graph.constant"))) return;
    Operation src = d.numOperands() > 0 ? d.operand(0).definingOp() : null;
    d.erase();
    eraseIfDead(src);
  }
}
