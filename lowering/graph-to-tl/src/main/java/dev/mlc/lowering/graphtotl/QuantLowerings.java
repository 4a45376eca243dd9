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
    Type from = ((dev.mlc.ir.type.ShapedType) op.operand(0).type()).elementType();
    boolean unsigned = from instanceof IntegerType it && it.isUnsigned();
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
}
