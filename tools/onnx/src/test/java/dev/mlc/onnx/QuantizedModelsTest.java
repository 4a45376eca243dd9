package dev.mlc.onnx;

import static dev.mlc.onnx.ModelBuilder.FLOAT;
import static dev.mlc.onnx.ModelBuilder.INT32;
import static dev.mlc.onnx.ModelBuilder.INT8;
import static dev.mlc.onnx.ModelBuilder.UINT8;
import static dev.mlc.onnx.ModelBuilder.attr;
import static dev.mlc.onnx.ModelBuilder.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whole pre-quantized models built with seeded weights, run by ONNX Runtime and by our native code
 * (the graph-to-llvm pipeline, as {@code mlc-run}): a QDQ CNN (the format of ORT's quantizer: Q/DQ
 * around f32 Conv/Relu/Gemm, int8 weights per channel, i32 biases), which the importer's
 * {@code fold-qdq} turns into {@code qlinear_conv2d}s, and an MLP of QLinearMatMuls.
 *
 * <p>Results are compared in units of their quantization step and allowed one unit. On these seeds they
 * are bit-exact (0 units), but that is not guaranteed: both sides round half to even, and requantize
 * with the f32 multiplier {@code (x_scale · w_scale) / y_scale}, but ORT's MLAS kernels apply it in
 * vector code that may fuse or order the product differently, so a value within an ulp of a .5
 * boundary may round the other way. The f32 QDQ pattern (imported without {@code fold-qdq}, run in the
 * interpreter) rounds its f32 result once more before quantizing, so it too may differ by one unit.
 */
class QuantizedModelsTest {
  static float[] scales(Random r, int n, double lo, double hi) {
    float[] s = new float[n];
    for (int i = 0; i < n; i++) s[i] = (float) (lo + (hi - lo) * r.nextDouble());
    return s;
  }

  static long[] ints(Random r, int n, int lo, int hi) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) v[i] = lo + r.nextInt(hi - lo + 1);
    return v;
  }

  /** Q then DQ of {@code in} as {@code out} with a per-tensor u8 scale and zero point (named {@code name}). */
  static void qdq(ModelBuilder mb, String in, String out, String name, float scale, long zp) {
    mb.init(ModelBuilder.floats(name + "_s", new long[0], scale)).init(ModelBuilder.ints(name + "_z", UINT8, new long[0], zp));
    mb.node("QuantizeLinear", names(in, name + "_s", name + "_z"), names(name + "_q"));
    mb.node("DequantizeLinear", names(name + "_q", name + "_s", name + "_z"), names(out));
  }

  /** An s8 weight per output channel (axis {@code axis}) and its i32 bias (scale x_scale · w_scale[m]), both dequantized. */
  static void weights(ModelBuilder mb, Random r, String name, long[] shape, int axis, float xScale, boolean bias) {
    int m = (int) shape[axis], n = 1;
    for (long d : shape) n *= (int) d;
    float[] ws = scales(r, m, 0.002, 0.01);
    mb.init(ModelBuilder.ints(name + "_q", INT8, shape, ints(r, n, -127, 127)));
    mb.init(ModelBuilder.floats(name + "_s", new long[] {m}, ws)).init(ModelBuilder.ints(name + "_z", INT8, new long[] {m}, new long[m]));
    mb.node("DequantizeLinear", names(name + "_q", name + "_s", name + "_z"), names(name), attr("axis", (long) axis));
    if (!bias) return;
    float[] bs = new float[m];
    for (int i = 0; i < m; i++) bs[i] = xScale * ws[i];
    mb.init(ModelBuilder.ints(name + "_bq", INT32, new long[] {m}, ints(r, m, -2000, 2000)));
    mb.init(ModelBuilder.floats(name + "_bs", new long[] {m}, bs)).init(ModelBuilder.ints(name + "_bz", INT32, new long[] {m}, new long[m]));
    mb.node("DequantizeLinear", names(name + "_bq", name + "_bs", name + "_bz"), names(name + "_b"), attr("axis", 0L));
  }

  /** x (1x3x16x16) -> Conv3x3+Relu (8) -> Conv3x3/2+Relu (16) -> GlobalAveragePool -> Flatten -> Gemm (10), QDQ around each. */
  static byte[] qdqCnn(Random r) {
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, 1, 3, 16, 16).output("logits", FLOAT);
    float sx = 1f / 255, s1 = 0.02f, s2 = 0.02f, s3 = 0.01f, s4 = 0.03f;
    qdq(mb, "x", "xd", "x", sx, 0);
    weights(mb, r, "w1", new long[] {8, 3, 3, 3}, 0, sx, true);
    mb.node("Conv", names("xd", "w1", "w1_b"), names("c1"), attr("pads", new long[] {1, 1, 1, 1}), attr("kernel_shape", new long[] {3, 3}));
    mb.node("Relu", names("c1"), names("r1"));
    qdq(mb, "r1", "r1d", "r1", s1, 0);
    weights(mb, r, "w2", new long[] {16, 8, 3, 3}, 0, s1, true);
    mb.node("Conv", names("r1d", "w2", "w2_b"), names("c2"), attr("pads", new long[] {1, 1, 1, 1}), attr("strides", new long[] {2, 2}),
        attr("kernel_shape", new long[] {3, 3}));
    mb.node("Relu", names("c2"), names("r2"));
    qdq(mb, "r2", "r2d", "r2", s2, 0);
    mb.node("GlobalAveragePool", names("r2d"), names("p"));
    mb.node("Flatten", names("p"), names("f"));
    qdq(mb, "f", "fd", "f", s3, 0);
    weights(mb, r, "w3", new long[] {10, 16}, 0, s3, true);
    mb.node("Gemm", names("fd", "w3", "w3_b"), names("g"), attr("transB", 1L));
    qdq(mb, "g", "logits", "g", s4, 128);
    return mb.bytes();
  }

  /** x (4x32) -> QuantizeLinear -> QLinearMatMul (64, u8 x s8 per column) -> DQ, Relu, Q -> QLinearMatMul (10) -> DequantizeLinear; also returns the hidden u8 layer. */
  static byte[] qlinearMlp(Random r) {
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, 4, 32).output("h", UINT8).output("y", FLOAT);
    mb.init(ModelBuilder.floats("xs", new long[0], 0.01f)).init(ModelBuilder.ints("xz", UINT8, new long[0], 128));
    mb.node("QuantizeLinear", names("x", "xs", "xz"), names("xq"));
    String prev = "xq";
    long[][] shapes = {{32, 64}, {64, 10}};
    float[] ys = {0.05f, 0.1f};
    long[] yz = {100, 120};
    for (int l = 0; l < 2; l++) {
      int k = (int) shapes[l][0], n = (int) shapes[l][1];
      String w = "w" + l;
      mb.init(ModelBuilder.ints(w, INT8, shapes[l], ints(r, k * n, -127, 127)));
      mb.init(ModelBuilder.floats(w + "_s", new long[] {n}, scales(r, n, 0.002, 0.01))).init(ModelBuilder.ints(w + "_z", INT8, new long[] {n}, new long[n]));
      mb.init(ModelBuilder.floats("y" + l + "_s", new long[0], ys[l])).init(ModelBuilder.ints("y" + l + "_z", UINT8, new long[0], yz[l]));
      String as = l == 0 ? "xs" : "h_s", az = l == 0 ? "xz" : "h_z";
      mb.node("QLinearMatMul", names(prev, as, az, w, w + "_s", w + "_z", "y" + l + "_s", "y" + l + "_z"), names(l == 0 ? "h" : "yq"));
      if (l == 0) {
        mb.node("DequantizeLinear", names("h", "y0_s", "y0_z"), names("hd"));
        mb.node("Relu", names("hd"), names("hr"));
        mb.init(ModelBuilder.floats("h_s", new long[0], 0.05f)).init(ModelBuilder.ints("h_z", UINT8, new long[0], 0));
        mb.node("QuantizeLinear", names("hr", "h_s", "h_z"), names("hq"));
        prev = "hq";
      }
    }
    mb.node("DequantizeLinear", names("yq", "y1_s", "y1_z"), names("y"));
    return mb.bytes();
  }

  /** The largest difference between two tensors in units of {@code step}. */
  static double maxUnits(Tensor a, Tensor b, double step) {
    double m = 0;
    for (int i = 0; i < a.size(); i++) m = Math.max(m, Math.abs(a.getDouble(i) - b.getDouble(i)) / step);
    return m;
  }

  @Test void qdqCnnFoldsToIntegerOpsAndMatchesOrt() {
    Operation module = Harness.importBytes(Harness.context(), qdqCnn(new Random(7)));
    String text = Harness.print(module);
    assertEquals(3, count(text, "graph.qlinear_conv2d %"), "two convolutions and the gemm (as a 1x1 qlinear_conv2d) fold:\n" + text);
    assertFalse(text.contains("graph.conv2d") || text.contains("graph.gemm"), "no f32 contraction is left:\n" + text);
    Operation plain = OnnxImporter.importModel(Harness.context(), qdqCnn(new Random(7)), "test.onnx", null, OnnxImporter.Options.DEFAULT.withFoldQdq(false));
    for (int seed = 0; seed < 4; seed++) {
      Tensor x = Harness.randomFloats(new Random(seed), new long[] {1, 3, 16, 16}, 0, 1);
      Tensor ort = Harness.ort(qdqCnn(new Random(7)), Map.of("x", x)).get(0);
      Tensor nat = Harness.runNative(module, List.of(x)).get(0);
      Tensor interp = Harness.interpret(module, List.of(x)).get(0);
      Tensor unfolded = Harness.interpret(plain, List.of(x)).get(0);
      double step = 0.03;
      if (Boolean.getBoolean("mlc.test.report")) System.out.printf("cnn seed %d: ort-native %.2f units, unfolded-native %.2f units%n", seed, maxUnits(ort, nat, step), maxUnits(unfolded, nat, step));
      assertEquals(0, maxUnits(interp, nat, step), 1e-6, "native code equals the interpreter");
      assertTrue(maxUnits(ort, nat, step) <= 1.0001, "within 1 output step of ORT: " + maxUnits(ort, nat, step));
      assertTrue(maxUnits(unfolded, nat, step) <= 1.0001, "within 1 output step of the unfolded f32 pattern: " + maxUnits(unfolded, nat, step));
    }
  }

  @Test void qlinearMlpMatchesOrt() {
    byte[] model = qlinearMlp(new Random(11));
    Operation module = Harness.importBytes(Harness.context(), model);
    for (int seed = 0; seed < 4; seed++) {
      Tensor x = Harness.randomFloats(new Random(seed), new long[] {4, 32}, -1, 1);
      List<Tensor> ort = Harness.ort(model, Map.of("x", x));
      List<Tensor> nat = Harness.runNative(module, List.of(x));
      List<Tensor> interp = Harness.interpret(module, List.of(x));
      if (Boolean.getBoolean("mlc.test.report"))
        System.out.printf("mlp seed %d: hidden %.2f units, logits %.2f units%n", seed, maxUnits(ort.get(0), nat.get(0), 1), maxUnits(ort.get(1), nat.get(1), 0.1));
      for (int k = 0; k < 2; k++) assertEquals(0, maxUnits(interp.get(k), nat.get(k), 1), 1e-9, "native code equals the interpreter");
      assertTrue(maxUnits(ort.get(0), nat.get(0), 1) <= 1, "hidden layer within 1 unit of ORT: " + maxUnits(ort.get(0), nat.get(0), 1));
      assertTrue(maxUnits(ort.get(1), nat.get(1), 0.1) <= 1.0001, "logits within 1 step of ORT: " + maxUnits(ort.get(1), nat.get(1), 0.1));
    }
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
    return n;
  }
}
