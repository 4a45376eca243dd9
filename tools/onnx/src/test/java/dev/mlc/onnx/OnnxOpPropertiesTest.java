package dev.mlc.onnx;

import static dev.mlc.onnx.ModelBuilder.BOOL;
import static dev.mlc.onnx.ModelBuilder.FLOAT;
import static dev.mlc.onnx.ModelBuilder.INT64;
import static dev.mlc.onnx.ModelBuilder.attr;
import static dev.mlc.onnx.ModelBuilder.names;

import dev.mlc.ir.interp.Tensor;
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
import net.jqwik.api.constraints.IntRange;

/**
 * Every supported operator, as a single-op model over generated shapes and attributes, run by ONNX
 * Runtime, by our interpreter and by our native code, compared under the per-op tolerances of
 * docs/onnx-import.md. Default tries are small (src/test/resources/junit-platform.properties);
 * {@code -Djqwik.tries.default=200} runs more.
 */
class OnnxOpPropertiesTest {
  private static Map<String, Tensor> in(Object... kv) {
    Map<String, Tensor> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Tensor) kv[i + 1]);
    return m;
  }

  private static long[] shape(Random r, int minRank, int maxRank, int maxDim) {
    long[] s = new long[minRank + r.nextInt(maxRank - minRank + 1)];
    for (int i = 0; i < s.length; i++) s[i] = 1 + r.nextInt(maxDim);
    return s;
  }

  private static float[] values(Tensor t) {
    float[] f = new float[t.size()];
    for (int i = 0; i < f.length; i++) f[i] = (float) t.getDouble(i);
    return f;
  }

  private static Tensor rand(Random r, long... shape) { return Harness.randomFloats(r, shape, -1, 1); }

  @Provide Arbitrary<String> unaryOps() {
    return Arbitraries.of("Relu", "Sigmoid", "Tanh", "Exp", "Neg", "Abs", "Erf", "Log", "Sqrt", "Reciprocal", "HardSwish", "Identity");
  }

  @Property void unary(@ForAll("unaryOps") String op, @ForAll long seed) {
    Random r = new Random(seed);
    long[] s = shape(r, 1, 4, 5);
    boolean positive = op.equals("Log") || op.equals("Sqrt") || op.equals("Reciprocal");
    Tensor x = positive ? Harness.randomFloats(r, s, 0.1, 2) : Harness.randomFloats(r, s, -3, 3);
    byte[] m = new ModelBuilder(14).input("x", FLOAT, s).output("y", FLOAT).node(op, names("x"), names("y")).bytes();
    Harness.check(m, in("x", x), Tol.TRANSCENDENTAL, true);
  }

  @Property void activationsWithAttributes(@ForAll @IntRange(min = 0, max = 3) int which, @ForAll long seed) {
    Random r = new Random(seed);
    long[] s = shape(r, 1, 4, 5);
    float a = (float) (r.nextDouble() * 0.5), b = (float) (r.nextDouble());
    ModelBuilder mb = new ModelBuilder(which == 3 ? 20 : 13).input("x", FLOAT, s).output("y", FLOAT);
    switch (which) {
      case 0 -> mb.node("LeakyRelu", names("x"), names("y"), attr("alpha", a));
      case 1 -> mb.node("HardSigmoid", names("x"), names("y"), attr("alpha", a), attr("beta", b));
      case 2 -> mb.node("Softmax", names("x"), names("y"), attr("axis", (long) -1));
      default -> mb.node("Gelu", names("x"), names("y"), attr("approximate", r.nextBoolean() ? "tanh" : "none"));
    }
    Harness.check(mb.bytes(), in("x", Harness.randomFloats(r, s, -4, 4)), Tol.TRANSCENDENTAL, true);
  }

  /** Shapes for multidirectional broadcasting: b drops leading dims of a and sets some to 1 (and vice versa). */
  private static long[][] broadcastPair(Random r) {
    long[] a = shape(r, 1, 4, 4);
    long[] b = Arrays.copyOfRange(a, r.nextInt(a.length), a.length);
    for (int i = 0; i < b.length; i++) if (r.nextInt(3) == 0) b[i] = 1;
    for (int i = 0; i < a.length; i++) if (r.nextInt(4) == 0 && i >= a.length - b.length && b[i - (a.length - b.length)] != 1) a[i] = 1;
    return r.nextBoolean() ? new long[][] {a, b} : new long[][] {b, a};
  }

  @Provide Arbitrary<String> binaryOps() { return Arbitraries.of("Add", "Sub", "Mul", "Div", "Max", "Min", "Pow", "Sum"); }

  @Property void binaryBroadcast(@ForAll("binaryOps") String op, @ForAll long seed) {
    Random r = new Random(seed);
    long[][] s = broadcastPair(r);
    Tensor a = op.equals("Pow") ? Harness.randomFloats(r, s[0], 0.1, 2) : rand(r, s[0]);
    Tensor b = op.equals("Div") ? Harness.randomFloats(r, s[1], 0.5, 2) : rand(r, s[1]);
    byte[] m = new ModelBuilder(13).input("a", FLOAT, s[0]).input("b", FLOAT, s[1]).output("y", FLOAT).node(op, names("a", "b"), names("y")).bytes();
    Harness.check(m, in("a", a, "b", b), Tol.TRANSCENDENTAL, true);
  }

  @Property void compareAndWhere(@ForAll @IntRange(min = 0, max = 2) int which, @ForAll long seed) {
    Random r = new Random(seed);
    long[][] s = broadcastPair(r);
    String op = List.of("Equal", "Less", "Greater").get(which);
    Tensor a = rand(r, s[0]), b = rand(r, s[1]);
    if (op.equals("Equal")) for (int i = 0; i < a.size(); i++) a.setDouble(i, Math.round(a.getDouble(i) * 2));
    if (op.equals("Equal")) for (int i = 0; i < b.size(); i++) b.setDouble(i, Math.round(b.getDouble(i) * 2));
    byte[] m = new ModelBuilder(13).input("a", FLOAT, s[0]).input("b", FLOAT, s[1]).output("y", FLOAT)
        .node(op, names("a", "b"), names("c")).node("Where", names("c", "a", "b"), names("y")).bytes();
    Harness.check(m, in("a", a, "b", b), Tol.EXACT, true);
  }

  @Property void clip(@ForAll("opsets") int opset, @ForAll long seed) {
    Random r = new Random(seed);
    long[] s = shape(r, 1, 3, 5);
    float lo = (float) -r.nextDouble(), hi = (float) r.nextDouble();
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, s).output("y", FLOAT);
    if (opset < 11) mb.node("Clip", names("x"), names("y"), attr("min", lo), attr("max", hi));
    else mb.init(ModelBuilder.floats("lo", new long[0], lo)).init(ModelBuilder.floats("hi", new long[0], hi))
        .node("Clip", names("x", r.nextBoolean() ? "lo" : "", "hi"), names("y"));
    Harness.check(mb.bytes(), in("x", rand(r, s)), Tol.EXACT, true);
  }

  @Provide Arbitrary<Integer> opsets() { return Arbitraries.of(9, 11, 13, 17, 18); }

  @Property void matmul(@ForAll long seed) {
    Random r = new Random(seed);
    long m = 1 + r.nextInt(6), k = 1 + r.nextInt(9), n = 1 + r.nextInt(7);
    long[] batch = shape(r, 0, 2, 3);
    long[] sa = concat(batch, new long[] {m, k}), sb = r.nextBoolean() ? new long[] {k, n} : concat(batch, new long[] {k, n});
    byte[] mod = new ModelBuilder(13).input("a", FLOAT, sa).input("b", FLOAT, sb).output("y", FLOAT).node("MatMul", names("a", "b"), names("y")).bytes();
    Harness.check(mod, in("a", rand(r, sa), "b", rand(r, sb)), Tol.contraction(k), true);
  }

  private static long[] concat(long[] a, long[] b) {
    long[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Property void gemm(@ForAll boolean transA, @ForAll boolean transB, @ForAll @IntRange(min = 0, max = 2) int cKind, @ForAll long seed) {
    Random r = new Random(seed);
    long m = 1 + r.nextInt(6), k = 1 + r.nextInt(9), n = 1 + r.nextInt(7);
    long[] sa = transA ? new long[] {k, m} : new long[] {m, k}, sb = transB ? new long[] {n, k} : new long[] {k, n};
    float alpha = (float) (0.5 + r.nextDouble()), beta = (float) (0.5 + r.nextDouble());
    ModelBuilder mb = new ModelBuilder(13).input("a", FLOAT, sa).output("y", FLOAT);
    Tensor w = rand(r, sb);
    mb.init(ModelBuilder.floats("w", sb, values(w)));
    String c = "";
    if (cKind > 0) {
      long[] sc = cKind == 1 ? new long[] {n} : new long[] {m, n};
      mb.init(ModelBuilder.floats("c", sc, values(rand(r, sc))));
      c = "c";
    }
    mb.node("Gemm", names("a", "w", c), names("y"), attr("alpha", alpha), attr("beta", beta), attr("transA", transA ? 1L : 0L), attr("transB", transB ? 1L : 0L));
    Harness.check(mb.bytes(), in("a", rand(r, sa)), Tol.contraction(k), true);
  }

  @Property void conv(@ForAll boolean bias, @ForAll @IntRange(min = 0, max = 3) int autoPad, @ForAll long seed) {
    Random r = new Random(seed);
    long groups = 1 + r.nextInt(2), cpg = 1 + r.nextInt(3), mpg = 1 + r.nextInt(3);
    long c = groups * cpg, mOut = groups * mpg, kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3);
    long[] strides = {1 + r.nextInt(2), 1 + r.nextInt(2)}, dil = {1 + r.nextInt(2), 1 + r.nextInt(2)};
    long h = (kh - 1) * dil[0] + 1 + r.nextInt(5), wd = (kw - 1) * dil[1] + 1 + r.nextInt(5);
    long[] xs = {1 + r.nextInt(2), c, h, wd}, ws = {mOut, cpg, kh, kw};
    ModelBuilder mb = new ModelBuilder(11).input("x", FLOAT, xs).output("y", FLOAT).init(ModelBuilder.floats("w", ws, values(rand(r, ws))));
    if (bias) mb.init(ModelBuilder.floats("b", new long[] {mOut}, values(rand(r, mOut))));
    List<AttributeProto> as = new ArrayList<>(List.of(attr("strides", strides), attr("dilations", dil), attr("group", groups), attr("kernel_shape", new long[] {kh, kw})));
    String ap = List.of("NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER").get(autoPad);
    if (ap.startsWith("SAME")) as.set(1, attr("dilations", new long[] {1, 1}));
    if (autoPad == 0) as.add(attr("pads", new long[] {r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2)}));
    else as.add(attr("auto_pad", ap));
    mb.node("Conv", bias ? names("x", "w", "b") : names("x", "w"), names("y"), as.toArray(AttributeProto[]::new));
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.contraction(cpg * kh * kw), true);
  }

  @Property void convTranspose(@ForAll boolean bias, @ForAll boolean outputShape, @ForAll long seed) {
    Random r = new Random(seed);
    long groups = 1 + r.nextInt(2), cpg = 1 + r.nextInt(2), mpg = 1 + r.nextInt(2);
    long[] strides = {1 + r.nextInt(2), 1 + r.nextInt(2)};
    // k >= stride, so that output_shape = in * stride is reachable (ONNX leaves negative total padding undefined)
    long c = groups * cpg, mOut = groups * mpg, k = Math.max(1 + r.nextInt(3), Math.max(strides[0], strides[1]));
    long[] xs = {1, c, 1 + r.nextInt(4), 1 + r.nextInt(4)}, ws = {c, mpg, k, k};
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, xs).output("y", FLOAT).init(ModelBuilder.floats("w", ws, values(rand(r, ws))));
    if (bias) mb.init(ModelBuilder.floats("b", new long[] {mOut}, values(rand(r, mOut))));
    List<AttributeProto> as = new ArrayList<>(List.of(attr("strides", strides), attr("group", groups)));
    if (outputShape) as.add(attr("output_shape", new long[] {xs[2] * strides[0], xs[3] * strides[1]}));
    else {
      long p = r.nextInt((int) k);
      as.add(attr("pads", new long[] {p, 0, 0, p}));
      as.add(attr("output_padding", new long[] {strides[0] > 1 ? r.nextInt(2) : 0, 0}));
    }
    mb.node("ConvTranspose", bias ? names("x", "w", "b") : names("x", "w"), names("y"), as.toArray(AttributeProto[]::new));
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.contraction(cpg * k * k), true);
  }

  @Property void pools(@ForAll boolean max, @ForAll boolean ceil, @ForAll boolean includePad, @ForAll long seed) {
    Random r = new Random(seed);
    long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3);
    long[] xs = {1, 1 + r.nextInt(3), kh + r.nextInt(5), kw + r.nextInt(5)};
    long[] pads = {r.nextInt((int) kh), r.nextInt((int) kw), r.nextInt((int) kh), r.nextInt((int) kw)};
    List<AttributeProto> as = new ArrayList<>(List.of(attr("kernel_shape", new long[] {kh, kw}), attr("strides", new long[] {1 + r.nextInt(2), 1 + r.nextInt(2)}),
        attr("pads", pads), attr("ceil_mode", ceil ? 1L : 0L)));
    if (!max) as.add(attr("count_include_pad", includePad ? 1L : 0L));
    byte[] m = new ModelBuilder(11).input("x", FLOAT, xs).output("y", FLOAT).node(max ? "MaxPool" : "AveragePool", names("x"), names("y"), as.toArray(AttributeProto[]::new)).bytes();
    Harness.check(m, in("x", rand(r, xs)), Tol.DEFAULT, true);
  }

  @Property void normalizations(@ForAll @IntRange(min = 0, max = 2) int which, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = {1 + r.nextInt(2), 1 + r.nextInt(4), 1 + r.nextInt(4), 1 + r.nextInt(4)};
    ModelBuilder mb = new ModelBuilder(17).input("x", FLOAT, xs).output("y", FLOAT);
    switch (which) {
      case 0 -> {
        long c = xs[1];
        mb.init(ModelBuilder.floats("s", new long[] {c}, values(rand(r, c)))).init(ModelBuilder.floats("b", new long[] {c}, values(rand(r, c))))
            .init(ModelBuilder.floats("mean", new long[] {c}, values(rand(r, c))))
            .init(ModelBuilder.floats("var", new long[] {c}, values(Harness.randomFloats(r, new long[] {c}, 0.1, 2))))
            .node("BatchNormalization", names("x", "s", "b", "mean", "var"), names("y"), attr("epsilon", 1e-3f));
      }
      case 1 -> {
        long axis = 1 + r.nextInt(3);
        long[] ns = Arrays.copyOfRange(xs, (int) axis, 4);
        mb.init(ModelBuilder.floats("s", ns, values(rand(r, ns)))).init(ModelBuilder.floats("b", ns, values(rand(r, ns))))
            .node("LayerNormalization", names("x", "s", "b"), names("y"), attr("axis", axis));
      }
      default -> mb.node("GlobalAveragePool", names("x"), names("y"));
    }
    Harness.check(mb.bytes(), in("x", rand(r, xs)), new Tol(1e-4, 1e-4), true);
  }

  @Property void softmaxAcrossOpsets(@ForAll("opsets") int opset, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 4, 4);
    long axis = r.nextInt(xs.length) - (r.nextBoolean() ? xs.length : 0);
    byte[] m = new ModelBuilder(opset).input("x", FLOAT, xs).output("y", FLOAT).node("Softmax", names("x"), names("y"), attr("axis", axis)).bytes();
    Harness.check(m, in("x", Harness.randomFloats(r, xs, -3, 3)), Tol.TRANSCENDENTAL, true);
  }

  @Provide Arbitrary<String> reduceOps() { return Arbitraries.of("ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin"); }

  @Property void reductions(@ForAll("reduceOps") String op, @ForAll("opsets") int opset, @ForAll boolean keepdims, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 4, 4);
    List<Long> axes = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) if (r.nextBoolean()) axes.add(r.nextBoolean() ? (long) i : (long) (i - xs.length));
    long[] ax = axes.stream().mapToLong(Long::longValue).toArray();
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, xs).output("y", FLOAT);
    boolean asInput = opset >= (op.equals("ReduceSum") ? 13 : 18);
    if (asInput && ax.length > 0) mb.init(ModelBuilder.longs1("axes", ax)).node(op, names("x", "axes"), names("y"), attr("keepdims", keepdims ? 1L : 0L));
    else if (ax.length > 0) mb.node(op, names("x"), names("y"), attr("axes", ax), attr("keepdims", keepdims ? 1L : 0L));
    else mb.node(op, names("x"), names("y"), attr("keepdims", keepdims ? 1L : 0L));
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.contraction(64), true);
  }

  @Property void transposeReshapeFlatten(@ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 2, 4, 4);
    List<Long> perm = new ArrayList<>();
    for (long i = 0; i < xs.length; i++) perm.add(i);
    java.util.Collections.shuffle(perm, r);
    long[] p = perm.stream().mapToLong(Long::longValue).toArray();
    long total = 1;
    for (long d : xs) total *= d;
    byte[] m = new ModelBuilder(13).input("x", FLOAT, xs).output("y", FLOAT).output("z", FLOAT)
        .init(ModelBuilder.longs1("shape", 0, -1))
        .node("Transpose", names("x"), names("t"), attr("perm", p))
        .node("Reshape", names("t", "shape"), names("y"))
        .node("Flatten", names("x"), names("z"), attr("axis", (long) r.nextInt(xs.length + 1))).bytes();
    Harness.check(m, in("x", rand(r, xs)), Tol.EXACT, true);
  }

  @Property void concatSliceGather(@ForAll("opsets") int opset, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 3, 5);
    int axis = r.nextInt(xs.length);
    long[] ys = xs.clone();
    ys[axis] = 1 + r.nextInt(3);
    long dim = xs[axis] + ys[axis];
    long start = r.nextInt((int) dim), end = start + 1 + r.nextInt((int) (dim - start));
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, xs).input("y", FLOAT, ys).output("s", FLOAT).output("g", FLOAT)
        .node("Concat", names("x", "y"), names("c"), attr("axis", (long) axis));
    if (opset < 10) mb.node("Slice", names("c"), names("s"), attr("starts", new long[] {start}), attr("ends", new long[] {end}), attr("axes", new long[] {axis}));
    else mb.init(ModelBuilder.longs1("st", start)).init(ModelBuilder.longs1("en", end)).init(ModelBuilder.longs1("ax", axis))
        .node("Slice", names("c", "st", "en", "ax"), names("s"));
    long[] idx = {r.nextInt((int) dim), -1, 0};
    mb.init(ModelBuilder.longs1("idx", idx)).node("Gather", names("c", "idx"), names("g"), attr("axis", (long) axis));
    Harness.check(mb.bytes(), in("x", rand(r, xs), "y", rand(r, ys)), Tol.EXACT, true);
  }

  @Property void padSqueezeUnsqueeze(@ForAll("opsets") int opset, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 3, 4);
    long[] pads = new long[2 * xs.length];
    for (int i = 0; i < pads.length; i++) pads[i] = r.nextInt(3);
    float value = (float) r.nextDouble();
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, xs).output("y", FLOAT);
    if (opset < 11) mb.node("Pad", names("x"), names("p"), attr("pads", pads), attr("value", value));
    else mb.init(ModelBuilder.longs1("pads", pads)).init(ModelBuilder.floats("v", new long[0], value)).node("Pad", names("x", "pads", "v"), names("p"));
    long last = xs.length + 1;
    if (opset < 13) mb.node("Unsqueeze", names("p"), names("u"), attr("axes", new long[] {0, opset < 11 ? last : -1})).node("Squeeze", names("u"), names("y"), attr("axes", new long[] {0}));
    else mb.init(ModelBuilder.longs1("ua", 0, -1)).init(ModelBuilder.longs1("sa", 0)).node("Unsqueeze", names("p", "ua"), names("u"))
        .node("Squeeze", names("u", "sa"), names("y"));
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.EXACT, true);
  }

  @Property void split(@ForAll("opsets") int opset, @ForAll boolean explicit, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 3, 4);
    int axis = r.nextInt(xs.length);
    xs[axis] = 2 + r.nextInt(4);
    long first = 1 + r.nextInt((int) xs[axis] - 1);
    long[] sizes = {first, xs[axis] - first};
    ModelBuilder mb = new ModelBuilder(opset).input("x", FLOAT, xs).output("a", FLOAT).output("b", FLOAT);
    if (!explicit && opset < 18 && xs[axis] % 2 == 0) mb.node("Split", names("x"), names("a", "b"), attr("axis", (long) axis));
    else if (opset < 13) mb.node("Split", names("x"), names("a", "b"), attr("axis", (long) axis), attr("split", sizes));
    else mb.init(ModelBuilder.longs1("sp", sizes)).node("Split", names("x", "sp"), names("a", "b"), attr("axis", (long) axis));
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.EXACT, true);
  }

  @Property void resize(@ForAll boolean linear, @ForAll @IntRange(min = 0, max = 3) int ctm, @ForAll boolean bySizes, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = {1, 1 + r.nextInt(2), 1 + r.nextInt(4), 1 + r.nextInt(4)};
    float sh = List.of(0.5f, 1f, 2f, 3f).get(r.nextInt(4)), sw = List.of(1f, 2f, 1.5f).get(r.nextInt(3));
    String mode = List.of("half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel").get(ctm);
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, xs).output("y", FLOAT);
    if (bySizes) mb.init(ModelBuilder.longs1("sizes", xs[0], xs[1], Math.max(1, (long) (xs[2] * sh)), Math.max(1, (long) (xs[3] * sw))))
        .node("Resize", names("x", "", "", "sizes"), names("y"), attr("mode", linear ? "linear" : "nearest"), attr("coordinate_transformation_mode", mode));
    else {
      if (xs[2] * sh < 1) sh = 1;
      mb.init(ModelBuilder.floats("scales", new long[] {4}, 1, 1, sh, sw))
          .node("Resize", names("x", "", "scales"), names("y"), attr("mode", linear ? "linear" : "nearest"), attr("coordinate_transformation_mode", mode));
    }
    Harness.check(mb.bytes(), in("x", rand(r, xs)), Tol.DEFAULT, true);
  }

  @Property void depthSpace(@ForAll boolean crd, @ForAll long seed) {
    Random r = new Random(seed);
    long b = 1 + r.nextInt(2);
    long[] xs = {1, b * b * (1 + r.nextInt(2)), 1 + r.nextInt(3), 1 + r.nextInt(3)};
    byte[] m = new ModelBuilder(13).input("x", FLOAT, xs).output("y", FLOAT).output("z", FLOAT)
        .node("DepthToSpace", names("x"), names("y"), attr("blocksize", b), attr("mode", crd ? "CRD" : "DCR"))
        .node("SpaceToDepth", names("y"), names("z"), attr("blocksize", b)).bytes();
    Harness.check(m, in("x", rand(r, xs)), Tol.EXACT, true);
  }

  /** Shape arithmetic folds at import: Shape, Gather, Unsqueeze, Concat, Cast, ConstantOfShape feed Reshape and Expand. */
  @Property void shapeSubgraphsFold(@ForAll("opsets") int opset, @ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 2, 4, 4);
    ModelBuilder mb = new ModelBuilder(Math.max(opset, 13)).input("x", FLOAT, xs).output("y", FLOAT).output("e", FLOAT)
        .init(ModelBuilder.longs("i0", new long[0], 0)).init(ModelBuilder.longs1("minus1", -1)).init(ModelBuilder.longs1("ax0", 0))
        .node("Shape", names("x"), names("s"))
        .node("Gather", names("s", "i0"), names("d0"), attr("axis", 0L))
        .node("Unsqueeze", names("d0", "ax0"), names("d0v"))
        .node("Cast", names("d0v"), names("d0f"), attr("to", (long) FLOAT))
        .node("Cast", names("d0f"), names("d0i"), attr("to", (long) INT64))
        .node("Concat", names("d0i", "minus1"), names("shape"), attr("axis", 0L))
        .node("Reshape", names("x", "shape"), names("y"))
        .node("ConstantOfShape", names("s"), names("ones"), attr("value", ModelBuilder.floats("one", new long[] {1}, 1f)))
        .node("Slice", names("x", "i1", "i2", "ax0"), names("x0"))
        .node("Expand", names("x0", "s"), names("ex"))
        .node("Mul", names("ex", "ones"), names("e"));
    mb.init(ModelBuilder.longs1("i1", 0)).init(ModelBuilder.longs1("i2", 1));
    byte[] m = mb.bytes();
    String ir = Harness.print(Harness.importBytes(Harness.context(), m));
    org.junit.jupiter.api.Assertions.assertFalse(ir.contains("graph.gather") || ir.contains("graph.concat") || ir.contains("graph.cast"),
        "shape arithmetic left in\n" + ir);
    Harness.check(m, in("x", rand(r, xs)), Tol.EXACT, true);
  }

  @Property void castsAndCompares(@ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = shape(r, 1, 3, 5);
    Tensor x = Harness.randomFloats(r, xs, -9, 9);
    byte[] m = new ModelBuilder(13).input("x", FLOAT, xs).output("y", INT64).output("b", BOOL)
        .node("Cast", names("x"), names("y"), attr("to", (long) INT64))
        .node("Greater", names("x", "zero"), names("b")).init(ModelBuilder.floats("zero", new long[0], 0f)).bytes();
    Harness.check(m, in("x", x), Tol.EXACT, true);
  }
}
