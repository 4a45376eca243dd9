package dev.mlc.dialect.graph.transforms.quant;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Post-training int8 quantization (see docs/quantization.md). Every f32 {@code graph.matmul},
 * {@code graph.gemm} and {@code graph.conv2d} whose weights (operand #1) are a {@code graph.constant}
 * is rewritten to integer compute with i32 accumulation:
 * <ul>
 * <li>the activation is quantized per tensor, asymmetric {@code ui8}, from its calibrated range
 *   ({@code quantize_linear});
 * <li>the weights are quantized at compile time, symmetric {@code i8} in [-127, 127], one scale per
 *   output channel (per tensor with {@code per-channel=false});
 * <li>matmul/gemm: {@code matmul_integer} into i32, then {@code dequantize_linear} with the scale
 *   {@code alpha * x_scale * w_scale[n]} per column, then gemm's {@code beta * c} added in f32;
 * <li>conv2d: {@code qlinear_conv2d} (bias quantized to i32 with scale {@code x_scale * w_scale[m]},
 *   output requantized to {@code ui8} with the calibrated output range), then {@code dequantize_linear}.
 * </ul>
 * Ranges come from a calibration table ({@link CalibrationTable}, option {@code calibration}) or,
 * without one, from the op's {@code quant.input_range} / {@code quant.output_range} attributes
 * ({@code [min, max]}). An eligible op without a range is an error.
 */
@PassInfo(name = "quantize", anchor = "builtin.module",
    summary = "Post-training int8 quantization of matmul, gemm and conv2d with constant weights",
    description = "Rewrites f32 graph.matmul/gemm/conv2d with constant weights into int8 compute with i32 accumulation "
        + "(quantize_linear, matmul_integer or qlinear_conv2d, dequantize_linear), from calibrated activation ranges.")
public final class QuantizePass extends Pass {
  @PassOption(name = "calibration", description = "Calibration table (JSON, from RangeObserver or mlc-run --quantize); empty: the ops' quant.input_range/quant.output_range attributes")
  String calibration = "";

  @PassOption(name = "per-channel", description = "One weight scale per output channel (false: one per tensor)")
  boolean perChannel = true;

  /** A table given in memory ({@link #of}); it takes precedence over {@code calibration}. */
  private CalibrationTable table;

  /** The pass with an in-memory calibration table (null: the ops' range attributes). */
  public static QuantizePass of(CalibrationTable table, boolean perChannel) {
    QuantizePass p = new QuantizePass();
    p.table = table;
    p.perChannel = perChannel;
    return p;
  }

  static final IntegerType I8 = IntegerType.of(8), UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED), I32 = IntegerType.of(32);
  static final String INPUT_RANGE = "quant.input_range", OUTPUT_RANGE = "quant.output_range";

  @Override public void runOnOperation(Operation module, PassContext ctx) {
    Map<String, CalibrationTable.Entry> table = this.table == null ? null : this.table.byKey();
    if (table == null && !calibration.isEmpty()) {
      try {
        table = CalibrationTable.read(Path.of(calibration)).byKey();
      } catch (IOException e) {
        module.emitError("quantize: cannot read calibration table '" + calibration + "': "
            + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        ctx.signalFailure();
        return;
      }
    }
    Map<Operation, String> keys = RangeObserver.keys(module);
    List<Operation> ops = new ArrayList<>();
    module.walk(op -> {
      if (keys.containsKey(op)) ops.add(op);
    });
    PassContext.Statistic done = ctx.statistic("num-quantized", "Ops rewritten to int8");
    PassContext.Statistic skipped = ctx.statistic("num-skipped", "Ops left in f32 (not eligible)");
    for (Operation op : ops) {
      String why = ineligible(op);
      if (why != null) {
        skipped.increment();
        continue;
      }
      double[] in = range(op, table, keys.get(op), true), out = range(op, table, keys.get(op), false);
      boolean conv = op.name().equals("graph.conv2d");
      if (in == null || (conv && out == null)) {
        op.emitOpError("has no calibration " + (in == null ? "input" : "output") + " range"
            + (table != null ? " (key '" + keys.get(op) + "') in " + (calibration.isEmpty() ? "the calibration table" : "'" + calibration + "'") : ": give calibration=FILE or the " + (in == null ? INPUT_RANGE : OUTPUT_RANGE) + " attribute"));
        ctx.signalFailure();
        continue;
      }
      if (table != null && table.get(keys.get(op)) instanceof CalibrationTable.Entry e && !op.name().equals(e.op())) {
        op.emitOpError("calibration entry '" + keys.get(op) + "' was recorded for '" + e.op() + "': the table is for another model");
        ctx.signalFailure();
        continue;
      }
      if (conv) rewriteConv(op, in, out);
      else rewriteMatmul(op, in);
      done.increment();
    }
  }

  /** Why {@code op} stays in f32, or null when it can be quantized. */
  static String ineligible(Operation op) {
    if (!(op.operand(0).type() instanceof RankedTensorType x) || !x.elementType().equals(FloatType.F32)) return "the input is not an f32 ranked tensor";
    if (!(op.result(0).type() instanceof RankedTensorType r) || !r.elementType().equals(FloatType.F32)) return "the result is not an f32 ranked tensor";
    Tensor w = constant(op.operand(1));
    if (w == null || !w.elementType().equals(FloatType.F32)) return "the weights are not an f32 graph.constant";
    switch (op.name()) {
      case "graph.matmul" -> {
        if (w.rank() != 2) return "the weights are not 2-D";
      }
      case "graph.gemm" -> {
        if (GraphAttrs.bool(op, "trans_a", false)) return "trans_a is set";
        if (op.numOperands() > 2 && GraphAttrs.floatAttr(op, "beta", 1.0) != 1.0 && constant(op.operand(2)) == null) return "beta != 1 with a non-constant c";
      }
      case "graph.conv2d" -> {
        if (op.numOperands() > 2 && constant(op.operand(2)) == null) return "the bias is not a graph.constant";
      }
      default -> { return "not a quantizable op"; }
    }
    return null;
  }

  /** The value of a {@code graph.constant}, or null. */
  static Tensor constant(Value v) {
    Operation d = v.definingOp();
    if (d == null || !d.isa("graph.constant") || !(d.attr("value") instanceof ElementsAttr a)) return null;
    return Tensor.fromAttr(a, d.context().resources());
  }

  private static double[] range(Operation op, Map<String, CalibrationTable.Entry> table, String key, boolean input) {
    if (table != null) {
      CalibrationTable.Entry e = table.get(key);
      return e == null ? null : input ? e.input() : e.output();
    }
    if (!(op.attr(input ? INPUT_RANGE : OUTPUT_RANGE) instanceof ArrayAttr a) || a.size() != 2) return null;
    double[] r = new double[2];
    for (int i = 0; i < 2; i++) {
      if (a.get(i) instanceof FloatAttr f) r[i] = f.value();
      else if (a.get(i) instanceof IntegerAttr n) r[i] = n.value().doubleValue();
      else return null;
    }
    return CalibrationTable.validRange(r) ? r : null;
  }

  /** Asymmetric ui8 parameters {scale, zero point} of a range (widened to contain 0). */
  public static double[] activationParams(double min, double max) {
    double lo = Math.min(min, 0), hi = Math.max(max, 0);
    if (hi - lo <= 0) return new double[] {1.0, 0};
    float scale = (float) ((hi - lo) / 255.0);
    double zp = Math.max(0, Math.min(255, Math.rint(-lo / scale)));
    return new double[] {scale, zp};
  }

  /** Symmetric weight scales (f32-rounded, max |w| / 127) along {@code axis}, or one for the whole tensor. */
  static double[] weightScales(Tensor w, int axis, boolean perChannel) {
    long[] s = w.shape();
    int channels = perChannel ? (int) s[axis] : 1;
    double[] max = new double[channels];
    long[] strides = w.strides();
    for (int i = 0; i < w.size(); i++) {
      int c = perChannel ? (int) ((i / strides[axis]) % s[axis]) : 0;
      max[c] = Math.max(max[c], Math.abs(w.getDouble(i)));
    }
    double[] r = new double[channels];
    for (int c = 0; c < channels; c++) r[c] = max[c] > 0 ? (float) (max[c] / 127.0) : 1.0;
    return r;
  }

  /** {@code w} quantized to i8 with the scales of {@link #weightScales}. */
  static Tensor quantizeWeights(Tensor w, int axis, double[] scales) {
    long[] s = w.shape();
    long[] strides = w.strides();
    long[] q = new long[w.size()];
    for (int i = 0; i < q.length; i++) {
      int c = scales.length == 1 ? 0 : (int) ((i / strides[axis]) % s[axis]);
      q[i] = (long) Math.max(-127, Math.min(127, Math.rint((float) w.getDouble(i) / (float) scales[c])));
    }
    return Tensor.ofLongs(I8, s, q);
  }

  private static Attribute scaleAttr(double[] scales) {
    if (scales.length == 1) return FloatAttr.f32((float) scales[0]);
    return Tensor.ofDoubles(FloatType.F32, new long[] {scales.length}, scales).toAttr();
  }

  private static Value constantOp(Builder b, Operation at, Tensor t) {
    RankedTensorType type = new RankedTensorType(t.shape(), t.elementType());
    return b.create("graph.constant", at.location(), List.of(), List.of(type), DictionaryAttr.EMPTY.with("value", t.toAttr(type))).result(0);
  }

  private static Type withElement(Value v, Type e) { return new RankedTensorType(((RankedTensorType) v.type()).shape(), e); }

  private static Value quantizeInput(Builder b, Operation op, double[] act) {
    return b.create("graph.quantize_linear", op.location(), List.of(op.operand(0)), List.of(withElement(op.operand(0), UI8)),
        DictionaryAttr.EMPTY.with("scale", FloatAttr.f32((float) act[0])).with("zero_point", IntegerAttr.i64((long) act[1]))).result(0);
  }

  /** matmul/gemm: {@code dequantize(matmul_integer(quantize(x), Wq)) [+ beta * c]}. */
  private void rewriteMatmul(Operation op, double[] in) {
    Builder b = new Builder(op.context());
    b.setInsertionPoint(op);
    Tensor w = constant(op.operand(1));
    boolean gemm = op.name().equals("graph.gemm");
    if (gemm && GraphAttrs.bool(op, "trans_b", false)) w = transpose2d(w);
    double alpha = gemm ? GraphAttrs.floatAttr(op, "alpha", 1.0) : 1.0;
    double[] act = activationParams(in[0], in[1]);
    double[] ws = weightScales(w, 1, perChannel);
    Value qx = quantizeInput(b, op, act);
    Value wq = constantOp(b, op, quantizeWeights(w, 1, ws));
    Value acc = b.create("graph.matmul_integer", op.location(), List.of(qx, wq), List.of(withElement(op.result(0), I32)),
        DictionaryAttr.EMPTY.with("a_zero_point", IntegerAttr.i64((long) act[1]))).result(0);
    double[] deq = new double[ws.length];
    for (int i = 0; i < ws.length; i++) deq[i] = (float) (alpha * act[0] * ws[i]);
    int rank = ((RankedTensorType) op.result(0).type()).rank();
    Value y = b.create("graph.dequantize_linear", op.location(), List.of(acc), List.of(op.result(0).type()),
        DictionaryAttr.EMPTY.with("scale", scaleAttr(deq)).with("axis", IntegerAttr.i64(rank - 1))).result(0);
    if (gemm && op.numOperands() > 2) {
      double beta = GraphAttrs.floatAttr(op, "beta", 1.0);
      Value c = op.operand(2);
      if (beta != 1.0) {
        Tensor ct = constant(c).copy();
        for (int i = 0; i < ct.size(); i++) ct.setDouble(i, beta * ct.getDouble(i));
        c = constantOp(b, op, ct);
      }
      if (beta != 0.0)
        y = b.create("graph.add", op.location(), List.of(y, c), List.of(op.result(0).type()), DictionaryAttr.EMPTY).result(0);
    }
    replace(op, y);
  }

  /** conv2d: {@code dequantize(qlinear_conv2d(quantize(x), Wq, bq))}. */
  private void rewriteConv(Operation op, double[] in, double[] out) {
    Builder b = new Builder(op.context());
    b.setInsertionPoint(op);
    Tensor w = constant(op.operand(1));
    double[] act = activationParams(in[0], in[1]), res = activationParams(out[0], out[1]);
    double[] ws = weightScales(w, 0, perChannel);
    List<Value> operands = new ArrayList<>(List.of(quantizeInput(b, op, act), constantOp(b, op, quantizeWeights(w, 0, ws))));
    if (op.numOperands() > 2) {
      Tensor bias = constant(op.operand(2));
      long[] q = new long[bias.size()];
      for (int m = 0; m < q.length; m++) {
        double s = (float) (act[0] * ws[ws.length == 1 ? 0 : m]);
        q[m] = (long) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.rint(bias.getDouble(m) / s)));
      }
      operands.add(constantOp(b, op, Tensor.ofLongs(I32, bias.shape(), q)));
    }
    DictionaryAttr attrs = op.attributes().without(INPUT_RANGE).without(OUTPUT_RANGE)
        .with("x_scale", FloatAttr.f32((float) act[0])).with("x_zero_point", IntegerAttr.i64((long) act[1]))
        .with("w_scale", scaleAttr(ws))
        .with("y_scale", FloatAttr.f32((float) res[0])).with("y_zero_point", IntegerAttr.i64((long) res[1]));
    Value qy = b.create("graph.qlinear_conv2d", op.location(), operands, List.of(withElement(op.result(0), UI8)), attrs).result(0);
    Value y = b.create("graph.dequantize_linear", op.location(), List.of(qy), List.of(op.result(0).type()),
        DictionaryAttr.EMPTY.with("scale", FloatAttr.f32((float) res[0])).with("zero_point", IntegerAttr.i64((long) res[1]))).result(0);
    replace(op, y);
  }

  private static void replace(Operation op, Value y) {
    List<Operation> inputs = new ArrayList<>();
    for (int i = 1; i < op.numOperands(); i++) if (op.operand(i).definingOp() != null) inputs.add(op.operand(i).definingOp());
    op.replaceAllUsesWith(List.of(y));
    op.erase();
    for (Operation d : inputs) if (d.isa("graph.constant") && d.parentBlock() != null && !d.result(0).hasUses()) d.erase();
  }

  private static Tensor transpose2d(Tensor w) {
    long r = w.dim(0), c = w.dim(1);
    Tensor t = Tensor.zeros(w.elementType(), c, r);
    for (int i = 0; i < r; i++)
      for (int j = 0; j < c; j++) t.setDouble((int) (j * r + i), w.getDouble((int) (i * c + j)));
    return t;
  }
}
