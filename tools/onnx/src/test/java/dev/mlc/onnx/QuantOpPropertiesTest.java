package dev.mlc.onnx;

import static dev.mlc.onnx.ModelBuilder.FLOAT;
import static dev.mlc.onnx.ModelBuilder.INT32;
import static dev.mlc.onnx.ModelBuilder.INT8;
import static dev.mlc.onnx.ModelBuilder.UINT8;
import static dev.mlc.onnx.ModelBuilder.attr;
import static dev.mlc.onnx.ModelBuilder.names;

import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.onnx.Harness.Tol;
import dev.mlc.onnx.proto.Onnx.AttributeProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quantization operators (QuantizeLinear, DequantizeLinear, QLinearMatMul, QLinearConv,
 * MatMulInteger, ConvInteger) as single-op models over generated shapes, types (u8/s8), zero points
 * and per-tensor/per-axis parameters, run by ONNX Runtime, our interpreter and our native code.
 * Integer results of i32 arithmetic are exact; requantized 8-bit results may differ by one unit where
 * the f32 product {@code acc · multiplier} lands within an ulp of a rounding boundary (ORT's MLAS
 * requantizes with a fused multiply in its vector code), so they are compared within 1.
 */
class QuantOpPropertiesTest {
  static final Tol ONE_UNIT = new Tol(0, 1);

  static final IntegerType U8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED), S8 = IntegerType.of(8), I32 = IntegerType.of(32);

  static Map<String, Tensor> in(Object... kv) {
    Map<String, Tensor> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Tensor) kv[i + 1]);
    return m;
  }

  static long[] shape(Random r, int minRank, int maxRank, int maxDim) {
    long[] s = new long[minRank + r.nextInt(maxRank - minRank + 1)];
    for (int i = 0; i < s.length; i++) s[i] = 1 + r.nextInt(maxDim);
    return s;
  }

  static long lo(boolean unsigned) { return unsigned ? 0 : -128; }

  static long hi(boolean unsigned) { return unsigned ? 255 : 127; }

  /** Uniform 8-bit integers of the type. */
  static Tensor ints(Random r, boolean unsigned, long... shape) {
    Tensor t = Tensor.zeros(unsigned ? U8 : S8, shape);
    for (int i = 0; i < t.size(); i++) t.setLong(i, lo(unsigned) + r.nextInt(256));
    return t;
  }

  static long[] values(Tensor t) {
    long[] v = new long[t.size()];
    for (int i = 0; i < v.length; i++) v[i] = t.getLong(i);
    return v;
  }

  static float[] scales(Random r, int n) {
    float[] s = new float[n];
    for (int i = 0; i < n; i++) s[i] = (float) (0.005 + 0.05 * r.nextDouble());
    return s;
  }

  static long[] zeroPoints(Random r, boolean unsigned, int n, boolean zero) {
    long[] z = new long[n];
    for (int i = 0; i < n; i++) z[i] = zero ? 0 : unsigned ? 100 + r.nextInt(56) : -20 + r.nextInt(41);
    return z;
  }

  static int type(boolean unsigned) { return unsigned ? UINT8 : INT8; }

  static long[] dims(int n) { return n == 0 ? new long[0] : new long[] {n}; }

  /** Scale and zero point initializers {@code name_scale}/{@code name_zp} with n elements (0: scalars). */
  static void params(ModelBuilder mb, Random r, String name, boolean unsigned, int n, boolean zeroZp) {
    mb.init(ModelBuilder.floats(name + "_scale", dims(n), scales(r, Math.max(n, 1))));
    mb.init(ModelBuilder.ints(name + "_zp", type(unsigned), dims(n), zeroPoints(r, unsigned, Math.max(n, 1), zeroZp)));
  }

  /** {@code y_scale}/{@code y_zp} for a product over k terms: a scale that keeps most results in range. */
  static void outputParams(ModelBuilder mb, Random r, boolean unsigned, long k) {
    mb.init(ModelBuilder.floats("y_scale", new long[0], (float) (0.01 + 0.02 * r.nextDouble() * Math.sqrt(k))));
    mb.init(ModelBuilder.ints("y_zp", type(unsigned), new long[0], zeroPoints(r, unsigned, 1, false)));
  }

  @Provide Arbitrary<Integer> quantOpsets() { return Arbitraries.of(10, 13, 19, 21); }

  /**
   * QuantizeLinear then DequantizeLinear, both results returned: per tensor (all opsets) or per axis
   * (13+, any axis, negative too), u8 or s8; a third of the cases put every value on a rounding tie
   * (a power-of-two scale and values (k + 0.5)·scale) to check round-half-to-even; wide inputs saturate.
   */
  @Property void quantizeDequantize(@ForAll("quantOpsets") int opset, @ForAll boolean unsigned, @ForAll long seed) {
    Random r = new Random(seed);
    long[] s = shape(r, 1, 4, 5);
    boolean perAxis = opset >= 13 && r.nextBoolean();
    int axis = r.nextInt(s.length);
    int n = perAxis ? (int) s[axis] : 0;
    boolean ties = r.nextInt(3) == 0;
    float[] sc = scales(r, Math.max(n, 1));
    if (ties) Arrays.fill(sc, (float) Math.scalb(1.0, -r.nextInt(6)));
    Tensor x = Harness.randomFloats(r, s, -6, 6);
    if (ties) for (int i = 0; i < x.size(); i++) x.setDouble(i, (r.nextInt(600) - 300 + 0.5) * sc[0]);
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, s).output("q", type(unsigned)).output("y", FLOAT);
    mb.init(ModelBuilder.floats("s", dims(n), sc));
    boolean omitZp = unsigned && r.nextInt(4) == 0;
    if (!omitZp) mb.init(ModelBuilder.ints("z", type(unsigned), dims(n), zeroPoints(r, unsigned, Math.max(n, 1), false)));
    AttributeProto[] as = perAxis ? new AttributeProto[] {attr("axis", (long) (r.nextBoolean() ? axis : axis - s.length))} : new AttributeProto[0];
    mb.node("QuantizeLinear", names("x", "s", omitZp ? "" : "z"), names("q"), as).node("DequantizeLinear", names("q", "s", omitZp ? "" : "z"), names("y"), as);
    Harness.check(mb.bytes(), in("x", x), Tol.EXACT, true);
  }

  /** DequantizeLinear of a u8/s8 input with a zero point, or of an i32 input (zero point 0, as for biases). */
  @Property void dequantize(@ForAll boolean int32, @ForAll boolean unsigned, @ForAll long seed) {
    Random r = new Random(seed);
    long[] s = shape(r, 1, 3, 5);
    ModelBuilder mb = new ModelBuilder(13).output("y", FLOAT).init(ModelBuilder.floats("s", new long[0], scales(r, 1)));
    Tensor x;
    if (int32) {
      x = Tensor.zeros(I32, s);
      for (int i = 0; i < x.size(); i++) x.setLong(i, r.nextInt(200001) - 100000);
      mb.input("x", INT32, s).node("DequantizeLinear", names("x", "s"), names("y"));
    } else {
      x = ints(r, unsigned, s);
      mb.input("x", type(unsigned), s).init(ModelBuilder.ints("z", type(unsigned), new long[0], zeroPoints(r, unsigned, 1, false)))
          .node("DequantizeLinear", names("x", "s", "z"), names("y"));
    }
    Harness.check(mb.bytes(), in("x", x), Tol.EXACT, true);
  }

  /** The 8-bit type pairs ONNX Runtime implements for (a, b): u8×u8, u8×s8, s8×s8. */
  static boolean[] typePair(Random r) {
    boolean ua = r.nextBoolean();
    return new boolean[] {ua, ua && r.nextBoolean()};
  }

  /** QLinearMatMul, 2-D or batched N-D (b 2-D or batched), b per tensor or per column, y of a's type. */
  @Property void qlinearMatmul(@ForAll boolean perColumn, @ForAll boolean opset21, @ForAll long seed) {
    Random r = new Random(seed);
    boolean[] u = typePair(r);
    long m = 1 + r.nextInt(5), k = 1 + r.nextInt(12), n = 1 + r.nextInt(6);
    long[] batch = shape(r, 0, 2, 3);
    // ONNX Runtime takes per-column parameters for a 2-D b only
    long[] sa = concat(batch, new long[] {m, k}), sb = perColumn || r.nextBoolean() ? new long[] {k, n} : concat(batch, new long[] {k, n});
    ModelBuilder mb = new ModelBuilder(opset21 ? 21 : 10).input("a", type(u[0]), sa).input("b", type(u[1]), sb).output("y", type(u[0]));
    params(mb, r, "a", u[0], 0, false);
    params(mb, r, "b", u[1], perColumn ? (int) n : 0, !u[1]);
    outputParams(mb, r, u[0], k);
    mb.node("QLinearMatMul", names("a", "a_scale", "a_zp", "b", "b_scale", "b_zp", "y_scale", "y_zp"), names("y"));
    Harness.check(mb.bytes(), in("a", ints(r, u[0], sa), "b", ints(r, u[1], sb)), ONE_UNIT, true);
  }

  static long[] concat(long[] a, long[] b) {
    long[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** A random 2-D convolution geometry: x shape, w shape and the attributes (groups, pads, strides, dilations). */
  record Conv(long[] xs, long[] ws, List<AttributeProto> attrs, long m, long reduction) {
    static Conv random(Random r) {
      long groups = 1 + r.nextInt(2), cpg = 1 + r.nextInt(3), mpg = 1 + r.nextInt(3);
      long c = groups * cpg, mOut = groups * mpg, kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3);
      long[] strides = {1 + r.nextInt(2), 1 + r.nextInt(2)}, dil = {1 + r.nextInt(2), 1 + r.nextInt(2)};
      long h = (kh - 1) * dil[0] + 1 + r.nextInt(5), wd = (kw - 1) * dil[1] + 1 + r.nextInt(5);
      List<AttributeProto> as = new ArrayList<>(List.of(attr("strides", strides), attr("dilations", dil), attr("group", groups),
          attr("kernel_shape", new long[] {kh, kw}), attr("pads", new long[] {r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2)})));
      return new Conv(new long[] {1 + r.nextInt(2), c, h, wd}, new long[] {mOut, cpg, kh, kw}, as, mOut, cpg * kh * kw);
    }

    AttributeProto[] attrArray() { return attrs.toArray(AttributeProto[]::new); }
  }

  /** QLinearConv: groups, pads, strides, dilations, w per tensor or per output channel, optional i32 bias. */
  @Property void qlinearConv(@ForAll boolean perChannel, @ForAll boolean bias, @ForAll long seed) {
    Random r = new Random(seed);
    boolean[] u = typePair(r);
    Conv c = Conv.random(r);
    ModelBuilder mb = new ModelBuilder(10).input("x", type(u[0]), c.xs()).output("y", type(u[0]));
    mb.init(ModelBuilder.ints("w", type(u[1]), c.ws(), values(ints(r, u[1], c.ws()))));
    params(mb, r, "x", u[0], 0, false);
    params(mb, r, "w", u[1], perChannel ? (int) c.m() : 0, true);
    outputParams(mb, r, u[0], c.reduction());
    long[] b = new long[(int) c.m()];
    for (int i = 0; i < b.length; i++) b[i] = r.nextInt(4001) - 2000;
    if (bias) mb.init(ModelBuilder.ints("bias", INT32, new long[] {c.m()}, b));
    mb.node("QLinearConv", names("x", "x_scale", "x_zp", "w", "w_scale", "w_zp", "y_scale", "y_zp", bias ? "bias" : ""), names("y"), c.attrArray());
    Harness.check(mb.bytes(), in("x", ints(r, u[0], c.xs())), ONE_UNIT, true);
  }

  /**
   * MatMulInteger, exact: without zero points, with scalar ones, with a per-column {@code b_zero_point},
   * or with {@code a_zero_point} a graph input (computed at run time, as DynamicQuantizeLinear makes it).
   */
  @Property void matmulInteger(@ForAll("zpKinds") int zpKind, @ForAll long seed) {
    Random r = new Random(seed);
    boolean[] u = typePair(r);
    long m = 1 + r.nextInt(5), k = 1 + r.nextInt(12), n = 1 + r.nextInt(6);
    long[] batch = shape(r, 0, 2, 3);
    long[] sa = concat(batch, new long[] {m, k}), sb = zpKind == 2 || r.nextBoolean() ? new long[] {k, n} : concat(batch, new long[] {k, n});
    ModelBuilder mb = new ModelBuilder(10).input("a", type(u[0]), sa).input("b", type(u[1]), sb).output("y", INT32);
    Map<String, Tensor> ins = in("a", ints(r, u[0], sa), "b", ints(r, u[1], sb));
    String[] inputs = switch (zpKind) {
      case 0 -> names("a", "b");
      case 1 -> {
        mb.init(ModelBuilder.ints("az", type(u[0]), new long[0], zeroPoints(r, u[0], 1, false)));
        mb.init(ModelBuilder.ints("bz", type(u[1]), new long[0], zeroPoints(r, u[1], 1, false)));
        yield names("a", "b", "az", "bz");
      }
      case 2 -> {
        mb.init(ModelBuilder.ints("bz", type(u[1]), new long[] {n}, zeroPoints(r, u[1], (int) n, false)));
        yield names("a", "b", "", "bz");
      }
      default -> {
        mb.input("az", type(u[0]), 1);
        Tensor az = ints(r, u[0], 1);
        ins.put("az", az);
        yield names("a", "b", "az");
      }
    };
    mb.node("MatMulInteger", inputs, names("y"));
    Harness.check(mb.bytes(), ins, Tol.EXACT, true);
  }

  @Provide Arbitrary<Integer> zpKinds() { return Arbitraries.of(0, 1, 2, 3); }

  /** ConvInteger (u8 × u8 as ONNX Runtime implements it), exact; padded cells count as the input's zero point. */
  @Property void convInteger(@ForAll boolean zeroPoints, @ForAll long seed) {
    Random r = new Random(seed);
    Conv c = Conv.random(r);
    ModelBuilder mb = new ModelBuilder(10).input("x", UINT8, c.xs()).output("y", INT32);
    mb.init(ModelBuilder.ints("w", UINT8, c.ws(), values(ints(r, true, c.ws()))));
    if (zeroPoints) {
      mb.init(ModelBuilder.ints("xz", UINT8, new long[0], zeroPoints(r, true, 1, false)));
      mb.init(ModelBuilder.ints("wz", UINT8, new long[0], zeroPoints(r, true, 1, false)));
    }
    mb.node("ConvInteger", zeroPoints ? names("x", "w", "xz", "wz") : names("x", "w"), names("y"), c.attrArray());
    Harness.check(mb.bytes(), in("x", ints(r, true, c.xs())), Tol.EXACT, true);
  }

  /**
   * QDQ-format Conv and Gemm (DequantizeLinear of u8 activations and s8 weights per tensor or per
   * channel, an optional i32 bias, an optional Relu, QuantizeLinear of the result), which the importer's
   * fold-qdq turns into integer ops (checked), against ONNX Runtime: the quantized result within one unit.
   */
  @Property void qdqContractions(@ForAll boolean gemm, @ForAll boolean perChannel, @ForAll boolean bias, @ForAll boolean relu, @ForAll long seed) {
    Random r = new Random(seed);
    ModelBuilder mb = new ModelBuilder(13).output("q", UINT8);
    long[] xs, ws;
    long m, k;
    AttributeProto[] as;
    boolean transB = r.nextBoolean();
    if (gemm) {
      long rows = 1 + r.nextInt(4);
      k = 1 + r.nextInt(12);
      m = 1 + r.nextInt(6);
      xs = new long[] {rows, k};
      ws = transB ? new long[] {m, k} : new long[] {k, m};
      as = new AttributeProto[] {attr("transB", transB ? 1L : 0L)};
    } else {
      Conv c = Conv.random(r);
      xs = c.xs();
      ws = c.ws();
      m = c.m();
      k = c.reduction();
      as = c.attrArray();
    }
    Tensor x = Harness.randomFloats(r, xs, -1, 1);
    float sx = 2f / 255;
    mb.input("x", FLOAT, xs).init(ModelBuilder.floats("xs", new long[0], sx)).init(ModelBuilder.ints("xz", UINT8, new long[0], 128));
    mb.node("QuantizeLinear", names("x", "xs", "xz"), names("xq")).node("DequantizeLinear", names("xq", "xs", "xz"), names("xd"));
    int n = (int) m, axis = gemm && !transB ? 1 : 0;
    float[] wsc = scales(r, perChannel ? n : 1);
    mb.init(ModelBuilder.ints("w", INT8, ws, values(ints(r, false, ws))));
    mb.init(ModelBuilder.floats("ws", dims(perChannel ? n : 0), wsc)).init(ModelBuilder.ints("wz", INT8, dims(perChannel ? n : 0), new long[perChannel ? n : 1]));
    mb.node("DequantizeLinear", names("w", "ws", "wz"), names("wd"), perChannel ? new AttributeProto[] {attr("axis", (long) axis)} : new AttributeProto[0]);
    String b = "";
    if (bias) {
      float[] bs = new float[n];
      for (int i = 0; i < n; i++) bs[i] = sx * wsc[perChannel ? i : 0];
      long[] bq = new long[n];
      for (int i = 0; i < n; i++) bq[i] = r.nextInt(2001) - 1000;
      mb.init(ModelBuilder.ints("bq", INT32, new long[] {n}, bq)).init(ModelBuilder.floats("bs", new long[] {n}, bs))
          .init(ModelBuilder.ints("bz", INT32, new long[] {n}, new long[n]));
      mb.node("DequantizeLinear", names("bq", "bs", "bz"), names("bd"), attr("axis", 0L));
      b = "bd";
    }
    mb.node(gemm ? "Gemm" : "Conv", names("xd", "wd", b), names("y"), as);
    if (relu) mb.node("Relu", names("y"), names("yr"));
    mb.init(ModelBuilder.floats("ys", new long[0], (float) (0.005 + 0.01 * r.nextDouble() * Math.sqrt(k))))
        .init(ModelBuilder.ints("yz", UINT8, new long[0], relu ? 0 : 100 + r.nextInt(56)));
    mb.node("QuantizeLinear", names(relu ? "yr" : "y", "ys", "yz"), names("q"));
    String text = Harness.print(Harness.importBytes(Harness.context(), mb.bytes()));
    if (!text.contains("graph.qlinear_")) throw new AssertionError("fold-qdq did not fold:\n" + text);
    Harness.check(mb.bytes(), in("x", x), ONE_UNIT, true);
  }

  /**
   * MatMulInteger with a per-row {@code a_zero_point} (the spec allows it; ONNX Runtime does not, so
   * the oracle is the definition, computed here): interpreter and native code exact.
   */
  @Property void matmulIntegerPerRowZeroPoint(@ForAll long seed) {
    Random r = new Random(seed);
    boolean[] u = typePair(r);
    int m = 1 + r.nextInt(5), k = 1 + r.nextInt(12), n = 1 + r.nextInt(6);
    long[] az = zeroPoints(r, u[0], m, false), bz = zeroPoints(r, u[1], n, false);
    Tensor a = ints(r, u[0], m, k), b = ints(r, u[1], k, n);
    byte[] model = new ModelBuilder(10).input("a", type(u[0]), m, k).input("b", type(u[1]), k, n).output("y", INT32)
        .init(ModelBuilder.ints("az", type(u[0]), new long[] {m}, az)).init(ModelBuilder.ints("bz", type(u[1]), new long[] {n}, bz))
        .node("MatMulInteger", names("a", "b", "az", "bz"), names("y")).bytes();
    Tensor expected = Tensor.zeros(I32, m, n);
    for (int i = 0; i < m; i++)
      for (int j = 0; j < n; j++) {
        long acc = 0;
        for (int q = 0; q < k; q++) acc += (a.getLong(i * k + q) - az[i]) * (b.getLong(q * n + j) - bz[j]);
        expected.setLong(i * n + j, acc);
      }
    dev.mlc.ir.Operation module = Harness.importBytes(Harness.context(), model);
    Harness.assertClose("interpreter", expected, Harness.interpret(module, List.of(a, b)).get(0), Tol.EXACT);
    Harness.assertClose("native", expected, Harness.runNative(module, List.of(a, b)).get(0), Tol.EXACT);
  }
}
