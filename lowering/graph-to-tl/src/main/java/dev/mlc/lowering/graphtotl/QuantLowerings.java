package dev.mlc.lowering.graphtotl;

import static dev.mlc.lowering.graphtotl.Emit.elem;
import static dev.mlc.lowering.graphtotl.Emit.map;
import static dev.mlc.lowering.graphtotl.Emit.shape;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Quantization: {@code quantize_linear}/{@code dequantize_linear}, per tensor (scale and zero point
 * are constants in the body) or per axis (1-D f32 constant buffers read through {@code (d_axis)}).
 * Arithmetic is in f32, as the interpreter (and ONNX Runtime). {@code ui8} tensors are {@code i8}
 * buffers holding the same bits (arith is signless): reads zero-extend, writes saturate to [0, 255]
 * before truncating.
 */
final class QuantLowerings {
  private QuantLowerings() {}

  static final IntegerType I32 = IntegerType.of(32);

  static void register() {
    GraphLowerings.TABLE.put("graph.quantize_linear", QuantLowerings::quantize);
    GraphLowerings.TABLE.put("graph.dequantize_linear", QuantLowerings::dequantize);
    GraphLowerings.TABLE.put("graph.matmul_integer", (e, op, in, out) -> integerMatmul(e, op, in, out,
        new double[] {GraphAttrs.integer(op, "a_zero_point", 0)}, new double[] {GraphAttrs.integer(op, "b_zero_point", 0)}));
    GraphLowerings.TABLE.put("graph.qlinear_matmul", QuantLowerings::qlinearMatmul);
    GraphLowerings.TABLE.put("graph.qlinear_conv2d", QuantLowerings::qlinearConv2d);
    GraphLowerings.TABLE.put("graph.conv_integer", (e, op, in, out) -> integerConv(e, op, in, out, "x_zero_point", "w_zero_point"));
  }

  /** {@code y = trunci(fptosi(clamp(roundeven(x / scale) + zp, lo, hi)))}, NaN giving 0. */
  static void quantize(Emit e, Operation op, List<Value> in, Value out) {
    IntegerType to = (IntegerType) ((dev.mlc.ir.type.ShapedType) op.result(0).type()).elementType();
    double lo = to.isUnsigned() ? 0 : -Math.scalb(1.0, to.width() - 1), hi = to.isUnsigned() ? Math.scalb(1.0, to.width()) - 1 : -lo - 1;
    withParams(e, op, in.get(0), out, (x, p) -> {
      Type f = FloatType.F32;
      Value v = e.op("arith.divf", f, toF32(e, x), p.get(0));
      Value q = e.op("arith.addf", f, e.op("math.roundeven", f, v), p.get(1));
      Value c = e.op("arith.minimumf", f, e.op("arith.maximumf", f, q, e.cst(f, lo)), e.cst(f, hi));
      c = e.select(e.cmp(true, 14, q, q), e.cst(f, 0), c); // uno: NaN gives 0
      Value i = e.op("arith.fptosi", I32, c);
      return to.width() == 32 ? i : e.op("arith.trunci", elem(out), i);
    });
  }

  /** {@code y = (sitofp(ext(x)) - zp) · scale} in f32 ({@code ui8} zero-extended), then converted to the result's float type. */
  static void dequantize(Emit e, Operation op, List<Value> in, Value out) {
    boolean unsigned = unsignedOperand(e, 0);
    Type to = elem(out);
    withParams(e, op, in.get(0), out, (x, p) -> {
      Type f = FloatType.F32;
      Value wide = ((IntegerType) x.type()).width() == 32 ? x : e.op(unsigned ? "arith.extui" : "arith.extsi", I32, x);
      Value v = e.op("arith.mulf", f, e.op("arith.subf", f, e.op("arith.sitofp", f, wide), p.get(1)), p.get(0));
      return fromF32(e, v, to);
    });
  }

  /**
   * An element-wise generic {@code out[i] = body(x[i], [scale, zp])}: scalar constants per tensor, or
   * elements of 1-D constant buffers indexed by the quantization axis per axis.
   */
  static void withParams(Emit e, Operation op, Value x, Value out, BiFunction<Value, List<Value>, Value> body) {
    double[] scale = GraphAttrs.quantParam(op, "scale", null), zp = GraphAttrs.quantParam(op, "zero_point", new double[] {0});
    int r = shape(x).length;
    if (scale.length == 1 && zp.length == 1) {
      e.elementwise(List.of(x), out, a -> body.apply(a.get(0), List.of(e.cst(FloatType.F32, (float) scale[0]), e.cst(FloatType.F32, zp[0]))));
      return;
    }
    int n = Math.max(scale.length, zp.length), axis = (int) GraphAttrs.quantAxis(op);
    if (axis < 0) axis += r;
    Value s = e.constBuffer(FloatType.F32, repeat(scale, n)), z = e.constBuffer(FloatType.F32, repeat(zp, n));
    AffineMap perAxis = map(r, List.of(AffineExpr.dim(axis)));
    List<AffineMap> maps = new ArrayList<>(List.of(AffineMap.identity(r), perAxis, perAxis, AffineMap.identity(r)));
    e.generic(List.of(x, s, z), out, maps, Emit.iterators(r, null), a -> body.apply(a.get(0), List.of(a.get(1), a.get(2))));
  }

  static double[] repeat(double[] v, int n) {
    if (v.length == n) return v;
    double[] r = new double[n];
    java.util.Arrays.fill(r, v[0]);
    return r;
  }

  static Value toF32(Emit e, Value x) {
    int w = ((FloatType) x.type()).width();
    return w == 32 ? x : e.op(w < 32 ? "arith.extf" : "arith.truncf", FloatType.F32, x);
  }

  static Value fromF32(Emit e, Value x, Type to) {
    int w = ((FloatType) to).width();
    return w == 32 ? x : e.op(w < 32 ? "arith.truncf" : "arith.extf", to, x);
  }

  /** Whether operand {@code i} of {@code op} holds unsigned integers (its buffer is signless: reads zero-extend). */
  static boolean unsignedOperand(Emit e, int i) {
    return ((dev.mlc.ir.type.ShapedType) e.operandTypes.get(i)).elementType() instanceof IntegerType it && it.isUnsigned();
  }

  /** {@code x} widened to i32: zero-extended when {@code unsigned}, sign-extended otherwise. */
  static Value toI32(Emit e, Value x, boolean unsigned) {
    return ((IntegerType) x.type()).width() == 32 ? x : e.op(unsigned ? "arith.extui" : "arith.extsi", I32, x);
  }

  /**
   * {@code acc = 0; acc[b.., m, n] += (ext(a[.., m, k]) - za) · (ext(b[.., k, n]) - zb[n])} in i32 (wrapping), numpy
   * matmul shapes; {@code zb} is one zero point or one per column (an i32 constant buffer read through {@code n}).
   */
  static void integerMatmul(Emit e, Operation op, List<Value> in, Value acc, double[] za, double[] zb) {
    long[] os = shape(acc);
    int r = os.length, n = r + 1;
    boolean ua = unsignedOperand(e, 0), ub = unsignedOperand(e, 1);
    e.fill(acc, 0);
    List<AffineMap> maps = new ArrayList<>(GraphLowerings.matmulMaps(shape(in.get(0)), shape(in.get(1)), os));
    List<Value> ins = new ArrayList<>(in.subList(0, 2));
    if (zb.length > 1) {
      ins.add(e.constBuffer(I32, zb));
      maps.add(2, map(n, List.of(AffineExpr.dim(r - 1))));
    }
    boolean[] red = new boolean[n];
    red[r] = true;
    e.generic(ins, acc, maps, Emit.iterators(n, red), a -> {
      Value x = e.op("arith.subi", I32, toI32(e, a.get(0), ua), e.cst(I32, za[0]));
      Value y = e.op("arith.subi", I32, toI32(e, a.get(1), ub), zb.length > 1 ? a.get(2) : e.cst(I32, zb[0]));
      return e.op("arith.addi", I32, a.get(a.size() - 1), e.op("arith.muli", I32, x, y));
    });
  }

  /** The interpreter's requantization multiplier in f32 steps: {@code (float) (in_scale · w_scale) / out_scale}. */
  static double multiplier(double inScale, double wScale, double outScale) { return (float) ((float) inScale * (float) wScale) / (float) outScale; }

  /** {@code y = saturate(roundeven(sitofp(acc) · mult[c]) + zp)} into {@code out}'s 8-bit type, {@code c} the dimension {@code channelDim} when per channel. */
  static void requantize(Emit e, Operation op, Value acc, Value out, double[] mult, int channelDim, double zp) {
    IntegerType to = (IntegerType) ((dev.mlc.ir.type.ShapedType) op.result(0).type()).elementType();
    double lo = to.isUnsigned() ? 0 : -Math.scalb(1.0, to.width() - 1), hi = to.isUnsigned() ? Math.scalb(1.0, to.width()) - 1 : -lo - 1;
    int r = shape(out).length;
    Type f = FloatType.F32;
    List<Value> ins = new ArrayList<>(List.of(acc));
    List<AffineMap> maps = new ArrayList<>(List.of(AffineMap.identity(r)));
    if (mult.length > 1) {
      ins.add(e.constBuffer(f, mult));
      maps.add(map(r, List.of(AffineExpr.dim(channelDim))));
    }
    maps.add(AffineMap.identity(r));
    e.generic(ins, out, maps, Emit.iterators(r, null), a -> {
      Value m = mult.length > 1 ? a.get(1) : e.cst(f, mult[0]);
      Value q = e.op("arith.addf", f, e.op("math.roundeven", f, e.op("arith.mulf", f, e.op("arith.sitofp", f, a.get(0)), m)), e.cst(f, zp));
      Value c = e.op("arith.minimumf", f, e.op("arith.maximumf", f, q, e.cst(f, lo)), e.cst(f, hi));
      return e.op("arith.trunci", elem(out), e.op("arith.fptosi", I32, c));
    });
  }

  /** The scale and zero point pair {@code name_scale}/{@code name_zero_point}, both of length 1 or of a common length. */
  static double[][] pair(Operation op, String scaleName, String zpName) {
    double[] scale = GraphAttrs.quantParam(op, scaleName, null), zp = GraphAttrs.quantParam(op, zpName, new double[] {0});
    int n = Math.max(scale.length, zp.length);
    return new double[][] {repeat(scale, n), repeat(zp, n)};
  }

  /** QLinearMatMul: the integer matmul into an i32 temporary, requantized per tensor or per column. */
  static void qlinearMatmul(Emit e, Operation op, List<Value> in, Value out) {
    double[][] pa = pair(op, "a_scale", "a_zero_point"), pb = pair(op, "b_scale", "b_zero_point"), py = pair(op, "y_scale", "y_zero_point");
    Value acc = e.alloc(shape(out), I32);
    integerMatmul(e, op, in, acc, pa[1], pb[1]);
    double[] mult = new double[pb[0].length];
    for (int c = 0; c < mult.length; c++) mult[c] = multiplier(pa[0][0], pb[0][c], py[0][0]);
    requantize(e, op, acc, out, mult, shape(out).length - 1, py[1][0]);
  }

  /**
   * QLinearConv: {@code x - x_zp} and {@code w - w_zp[m]} into i32 temporaries, the integer convolution (zero
   * padding, i.e. padded cells count as {@code x_zp}) with the i32 bias into an i32 accumulator, requantized per output channel.
   */
  static void qlinearConv2d(Emit e, Operation op, List<Value> in, Value out) {
    double[][] px = pair(op, "x_scale", "x_zero_point"), pw = pair(op, "w_scale", "w_zero_point"), py = pair(op, "y_scale", "y_zero_point");
    Value x = e.alloc(shape(in.get(0)), I32), w = e.alloc(shape(in.get(1)), I32);
    boolean ux = unsignedOperand(e, 0), uw = unsignedOperand(e, 1);
    e.elementwise(List.of(in.get(0)), x, a -> e.op("arith.subi", I32, toI32(e, a.get(0), ux), e.cst(I32, px[1][0])));
    if (pw[1].length == 1) e.elementwise(List.of(in.get(1)), w, a -> e.op("arith.subi", I32, toI32(e, a.get(0), uw), e.cst(I32, pw[1][0])));
    else {
      List<AffineMap> maps = List.of(AffineMap.identity(4), map(4, List.of(AffineExpr.dim(0))), AffineMap.identity(4));
      e.generic(List.of(in.get(1), e.constBuffer(I32, pw[1])), w, maps, Emit.iterators(4, null),
          a -> e.op("arith.subi", I32, toI32(e, a.get(0), uw), a.get(1)));
    }
    Value acc = e.alloc(shape(out), I32);
    List<Value> cin = new ArrayList<>(List.of(x, w));
    if (in.size() > 2) cin.add(in.get(2));
    NnLowerings.conv2d(e, cin, acc, GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), (int) GraphAttrs.groups(op));
    double[] mult = new double[pw[0].length];
    for (int c = 0; c < mult.length; c++) mult[c] = multiplier(px[0][0], pw[0][c], py[0][0]);
    requantize(e, op, acc, out, mult, 1, py[1][0]);
  }

  /**
   * {@code x - x_zp} and {@code w - w_zp[m]} into i32 temporaries, then the integer convolution (zero padding, i.e.
   * padded cells count as {@code x_zp}) with the optional i32 bias (operand #2) into the i32 {@code acc}.
   */
  static void integerConv(Emit e, Operation op, List<Value> in, Value acc, String xZpName, String wZpName) {
    double[] zx = GraphAttrs.quantParam(op, xZpName, new double[] {0}), zw = GraphAttrs.quantParam(op, wZpName, new double[] {0});
    Value x = e.alloc(shape(in.get(0)), I32), w = e.alloc(shape(in.get(1)), I32);
    boolean ux = unsignedOperand(e, 0), uw = unsignedOperand(e, 1);
    e.elementwise(List.of(in.get(0)), x, a -> e.op("arith.subi", I32, toI32(e, a.get(0), ux), e.cst(I32, zx[0])));
    if (zw.length == 1) e.elementwise(List.of(in.get(1)), w, a -> e.op("arith.subi", I32, toI32(e, a.get(0), uw), e.cst(I32, zw[0])));
    else {
      List<AffineMap> maps = List.of(AffineMap.identity(4), map(4, List.of(AffineExpr.dim(0))), AffineMap.identity(4));
      e.generic(List.of(in.get(1), e.constBuffer(I32, zw)), w, maps, Emit.iterators(4, null),
          a -> e.op("arith.subi", I32, toI32(e, a.get(0), uw), a.get(1)));
    }
    List<Value> cin = new ArrayList<>(List.of(x, w));
    if (in.size() > 2) cin.add(in.get(2));
    NnLowerings.conv2d(e, cin, acc, GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), (int) GraphAttrs.groups(op));
  }
}
