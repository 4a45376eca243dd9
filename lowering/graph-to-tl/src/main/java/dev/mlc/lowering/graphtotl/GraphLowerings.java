package dev.mlc.lowering.graphtotl;

import static dev.mlc.lowering.graphtotl.Emit.dims;
import static dev.mlc.lowering.graphtotl.Emit.elem;
import static dev.mlc.lowering.graphtotl.Emit.isFloat;
import static dev.mlc.lowering.graphtotl.Emit.map;
import static dev.mlc.lowering.graphtotl.Emit.shape;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The lowering of each supported graph op: a table from op name to a {@link OpLowering} that writes
 * the op's value into a destination buffer of the result's shape, reading its operands' buffers.
 */
final class GraphLowerings {
  private GraphLowerings() {}

  /** Writes {@code op}'s result into {@code out}, reading the operand buffers {@code ins}. */
  @FunctionalInterface
  interface OpLowering {
    void lower(Emit e, Operation op, List<Value> ins, Value out);
  }

  static final Map<String, OpLowering> TABLE = new HashMap<>();

  /** Writes the results of a multi-result {@code op} into {@code outs}, one buffer per result. */
  @FunctionalInterface
  interface MultiLowering {
    void lower(Emit e, Operation op, List<Value> ins, List<Value> outs);
  }

  static final Map<String, MultiLowering> MULTI = new HashMap<>();

  static {
    // element-wise binary with numpy broadcasting: float op / integer op
    binary("add", "arith.addf", "arith.addi");
    binary("sub", "arith.subf", "arith.subi");
    binary("mul", "arith.mulf", "arith.muli");
    binary("div", "arith.divf", "arith.divsi");
    binary("max", "arith.maximumf", "arith.maxsi");
    binary("min", "arith.minimumf", "arith.minsi");
    TABLE.put("graph.pow", (e, op, in, out) -> e.elementwise(in, out, a -> pow(e, a.get(0), a.get(1))));
    // compares: cmpf predicate / cmpi predicate
    compare("equal", 1, 0);
    compare("less", 4, 2);
    compare("greater", 2, 4);
    TABLE.put("graph.where", (e, op, in, out) -> e.elementwise(in, out, a -> e.select(a.get(0), a.get(1), a.get(2))));
    // element-wise unary
    unary("relu", (e, x) -> e.op(isFloat(x.type()) ? "arith.maximumf" : "arith.maxsi", x.type(), x, e.cst(x.type(), 0)));
    unary("neg", (e, x) -> isFloat(x.type()) ? e.op("arith.negf", x.type(), x) : e.op("arith.subi", x.type(), e.cst(x.type(), 0), x));
    unary("abs", (e, x) -> e.op(isFloat(x.type()) ? "math.absf" : "math.absi", x.type(), x));
    for (String m : List.of("exp", "log", "sqrt", "tanh", "erf")) unary(m, (e, x) -> e.op("math." + m, x.type(), x));
    unary("reciprocal", (e, x) -> e.op("arith.divf", x.type(), e.cst(x.type(), 1), x));
    unary("sigmoid", (e, x) -> e.op("arith.divf", x.type(), e.cst(x.type(), 1),
        e.op("arith.addf", x.type(), e.cst(x.type(), 1), e.op("math.exp", x.type(), e.op("arith.negf", x.type(), x)))));
    TABLE.put("graph.leaky_relu", (e, op, in, out) -> {
      double alpha = GraphAttrs.floatAttr(op, "alpha", GraphAttrs.LEAKY_RELU_ALPHA);
      e.elementwise(in, out, a -> {
        Value x = a.get(0);
        return e.select(e.cmp(true, 4, x, e.cst(x.type(), 0)), e.op("arith.mulf", x.type(), x, e.cst(x.type(), alpha)), x);
      });
    });
    TABLE.put("graph.clip", (e, op, in, out) -> {
      Double lo = GraphAttrs.optFloat(op, "min", null), hi = GraphAttrs.optFloat(op, "max", null);
      e.elementwise(in, out, a -> {
        Value x = a.get(0);
        if (lo != null) x = e.op("arith.maximumf", x.type(), x, e.cst(x.type(), lo));
        if (hi != null) x = e.op("arith.minimumf", x.type(), x, e.cst(x.type(), hi));
        return x;
      });
    });
    TABLE.put("graph.hard_sigmoid", (e, op, in, out) -> {
      double alpha = GraphAttrs.floatAttr(op, "alpha", GraphAttrs.HARD_SIGMOID_ALPHA), beta = GraphAttrs.floatAttr(op, "beta", GraphAttrs.HARD_SIGMOID_BETA);
      e.elementwise(in, out, a -> hardSigmoid(e, a.get(0), alpha, beta));
    });
    unary("hard_swish", (e, x) -> e.op("arith.mulf", x.type(), x, hardSigmoid(e, x, 1.0 / 6, 0.5)));
    TABLE.put("graph.gelu", (e, op, in, out) -> {
      boolean tanh = GraphAttrs.string(op, "approximate", "none").equals("tanh");
      e.elementwise(in, out, a -> gelu(e, a.get(0), tanh));
    });
    TABLE.put("graph.cast", (e, op, in, out) -> e.elementwise(in, out, a -> cast(e, a.get(0), elem(out))));
    // linear algebra
    TABLE.put("graph.matmul", GraphLowerings::matmul);
    TABLE.put("graph.gemm", GraphLowerings::gemm);
    // shapes: a view of the (contiguous) source with the result's shape, copied into the destination
    for (String s : List.of("reshape", "flatten", "squeeze", "unsqueeze"))
      TABLE.put("graph." + s, (e, op, in, out) -> Tl.copy(e.b, e.loc, reshapeView(e, in.get(0), out), out));
    TABLE.put("graph.transpose", GraphLowerings::transpose);
    // reductions
    TABLE.put("graph.reduce_sum", (e, op, in, out) -> reduce(e, op, in.get(0), out, Kind.SUM));
    TABLE.put("graph.reduce_mean", (e, op, in, out) -> reduce(e, op, in.get(0), out, Kind.MEAN));
    TABLE.put("graph.reduce_max", (e, op, in, out) -> reduce(e, op, in.get(0), out, Kind.MAX));
    TABLE.put("graph.reduce_min", (e, op, in, out) -> reduce(e, op, in.get(0), out, Kind.MIN));
    TABLE.put("graph.global_avg_pool", (e, op, in, out) -> reduceAxes(e, in.get(0), out, spatialAxes(shape(in.get(0)).length), true, Kind.MEAN));
    TABLE.put("graph.softmax", GraphLowerings::softmax);
    TABLE.put("graph.batch_norm", GraphLowerings::batchNorm);
    NnLowerings.register();
    QuantLowerings.register();
    ShapeLowerings.register();
  }

  /** Why {@code op} cannot be lowered, or null when it can. */
  static String unsupported(Operation op) {
    if (!TABLE.containsKey(op.name()) && !MULTI.containsKey(op.name())) return "no lowering to tl is implemented for this op";
    boolean unsignedOk = UNSIGNED_AWARE.contains(op.name());
    for (Type t : op.operandTypes()) {
      String r = typeReason(t, unsignedOk);
      if (r != null) return r;
    }
    for (Type t : op.resultTypes()) {
      String r = typeReason(t, unsignedOk);
      if (r != null) return r;
    }
    Type e0 = op.numOperands() > 0 ? ((dev.mlc.ir.type.ShapedType) op.operandTypes().get(op.isa("graph.where") ? 1 : 0)).elementType() : null;
    boolean floatOnly = switch (op.name()) {
      case "graph.pow", "graph.exp", "graph.log", "graph.sqrt", "graph.tanh", "graph.erf", "graph.reciprocal", "graph.sigmoid",
           "graph.leaky_relu", "graph.clip", "graph.hard_sigmoid", "graph.hard_swish", "graph.gelu", "graph.reduce_mean", "graph.global_avg_pool", "graph.softmax",
           "graph.batch_norm", "graph.gemm", "graph.conv2d", "graph.max_pool2d", "graph.avg_pool2d", "graph.layer_norm" -> true;
      default -> false;
    };
    if (floatOnly && !(e0 instanceof FloatType)) return "only float element types are supported for this op";
    if (op.isa("graph.resize")) return ShapeLowerings.resizeReason(op);
    return null;
  }

  /**
   * Ops whose lowering reads or writes {@code ui8} (as {@code i8} buffers of the same bits) with unsigned semantics,
   * and the shape ops whose lowering only copies elements (the bits are the same whatever the signedness).
   */
  static final java.util.Set<String> UNSIGNED_AWARE = java.util.Set.of("graph.quantize_linear", "graph.dequantize_linear",
      "graph.matmul_integer", "graph.qlinear_matmul", "graph.qlinear_conv2d", "graph.conv_integer",
      "graph.reshape", "graph.flatten", "graph.squeeze", "graph.unsqueeze", "graph.transpose");

  static String typeReason(Type t) { return typeReason(t, false); }

  /**
   * Why tensor type {@code t} cannot be lowered, or null. With {@code unsignedOk}, {@code ui8} is
   * accepted: it becomes an {@code i8} buffer holding the same bits (see {@link ConvertGraphToTlPass#toMemRef}).
   */
  static String typeReason(Type t, boolean unsignedOk) {
    if (!(t instanceof dev.mlc.ir.type.RankedTensorType rt)) return "expected ranked tensor types, got " + t;
    for (long d : rt.shape()) if (d < 0) return "dynamic shapes are not supported (" + t + ")";
    if (rt.elementType() instanceof IntegerType it && !it.isSignless() && !(unsignedOk && it.isUnsigned() && it.width() == 8)) return "signed/unsigned integer element types are not supported (" + t + ")";
    return null;
  }

  private static void binary(String name, String fop, String iop) {
    TABLE.put("graph." + name, (e, op, in, out) -> e.elementwise(in, out, a -> {
      Value x = a.get(0), y = a.get(1);
      return e.op(isFloat(x.type()) ? fop : iop, x.type(), x, y);
    }));
  }

  private static void compare(String name, int fpred, int ipred) {
    TABLE.put("graph." + name, (e, op, in, out) -> e.elementwise(in, out, a -> {
      boolean f = isFloat(a.get(0).type());
      return e.cmp(f, f ? fpred : ipred, a.get(0), a.get(1));
    }));
  }

  private static void unary(String name, BiFunction<Emit, Value, Value> f) {
    TABLE.put("graph." + name, (e, op, in, out) -> e.elementwise(in, out, a -> f.apply(e, a.get(0))));
  }

  /** {@code min(1, max(0, alpha·x + beta))} (NaN propagates through maximumf/minimumf). */
  static Value hardSigmoid(Emit e, Value x, double alpha, double beta) {
    Type t = x.type();
    Value y = e.op("arith.addf", t, e.op("arith.mulf", t, x, e.cst(t, alpha)), e.cst(t, beta));
    return e.op("arith.minimumf", t, e.op("arith.maximumf", t, y, e.cst(t, 0)), e.cst(t, 1));
  }

  /** {@code 0.5·x·(1 + erf(x/√2))}, or with {@code tanh}: {@code 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))}. */
  static Value gelu(Emit e, Value x, boolean tanh) {
    Type t = x.type();
    Value inner;
    if (tanh) {
      Value x3 = e.op("arith.mulf", t, e.op("arith.mulf", t, x, x), x);
      Value s = e.op("arith.addf", t, x, e.op("arith.mulf", t, e.cst(t, 0.044715), x3));
      inner = e.op("math.tanh", t, e.op("arith.mulf", t, e.cst(t, Math.sqrt(2 / Math.PI)), s));
    } else inner = e.op("math.erf", t, e.op("arith.mulf", t, x, e.cst(t, 1 / Math.sqrt(2))));
    Value half = e.op("arith.mulf", t, e.cst(t, 0.5), x);
    return e.op("arith.mulf", t, half, e.op("arith.addf", t, e.cst(t, 1), inner));
  }

  /**
   * {@code x ^ y} in x's type. An exponent of another element type is converted to it first
   * (integers with sitofp); a wider float exponent instead widens x, and the power is rounded once.
   */
  static Value pow(Emit e, Value x, Value y) {
    Type t = x.type();
    if (y.type() instanceof FloatType fy && fy.width() > ((FloatType) t).width())
      return e.op("arith.truncf", t, e.op("math.powf", fy, e.op("arith.extf", fy, x), y));
    return e.op("math.powf", t, x, y.type().equals(t) ? y : cast(e, y, t));
  }

  /** Element conversions: float widths by extf/truncf (f16 and bf16 through f32), int widths by extsi/trunci (i1 by extui), int to float signed, float to int by fptosi. */
  static Value cast(Emit e, Value x, Type to) {
    Type from = x.type();
    if (from.equals(to)) return x;
    if (from instanceof FloatType ff && to instanceof FloatType tf) {
      if (ff.width() == tf.width()) return e.op("arith.truncf", to, e.op("arith.extf", FloatType.F32, x)); // f16 <-> bf16: widening is exact, one rounding
      return e.op(ff.width() < tf.width() ? "arith.extf" : "arith.truncf", to, x);
    }
    if (from instanceof IntegerType fi && to instanceof IntegerType ti) {
      if (fi.width() == ti.width()) return x;
      if (to.equals(IntegerType.of(1))) return e.cmp(false, 1, x, e.cst(from, 0));
      return e.op(fi.width() < ti.width() ? (fi.width() == 1 ? "arith.extui" : "arith.extsi") : "arith.trunci", to, x);
    }
    if (from instanceof IntegerType fi) return e.op(fi.width() == 1 ? "arith.uitofp" : "arith.sitofp", to, x);
    if (to.equals(IntegerType.of(1))) return e.cmp(true, 13, x, e.cst(from, 0)); // une: NaN is true, as a nonzero
    return saturatingFpToSi(e, x, (IntegerType) to);
  }

  /**
   * The spec's float-to-int conversion, which {@code arith.fptosi} alone leaves undefined out of range:
   * NaN gives 0, {@code x >= 2^(w-1)} gives the maximum, {@code x <= -2^(w-1)} the minimum (both bounds
   * are exact in f32, so narrower floats are widened first), otherwise truncation toward zero.
   */
  static Value saturatingFpToSi(Emit e, Value x, IntegerType to) {
    if (((FloatType) x.type()).width() < 32) x = e.op("arith.extf", FloatType.F32, x);
    Type f = x.type();
    double bound = Math.scalb(1.0, to.width() - 1);
    Value tooBig = e.cmp(true, 3, x, e.cst(f, bound)); // oge
    Value nan = e.cmp(true, 14, x, x); // uno
    Value safe = e.select(e.op("arith.ori", dev.mlc.ir.type.IntegerType.of(1), tooBig, nan), e.cst(f, 0), e.op("arith.maximumf", f, x, e.cst(f, -bound)));
    return e.select(tooBig, e.cst(to, bound - 1), e.op("arith.fptosi", to, safe));
  }

  /** {@code C = 0; C[b.., m, n] += A[b'.., m, k] · B[b''.., k, n]}, batch dimensions broadcast. */
  static void matmul(Emit e, Operation op, List<Value> in, Value out) {
    e.fill(out, 0);
    int n = shape(out).length + 1;
    boolean[] red = new boolean[n];
    red[n - 1] = true;
    e.generic(in, out, matmulMaps(shape(in.get(0)), shape(in.get(1)), shape(out)), Emit.iterators(n, red), a -> e.add(a.get(2), e.mul(a.get(0), a.get(1))));
  }

  /**
   * The maps of a matmul generic over {@code (out dims.., k)}: A reads {@code (b'.., m, k)}, B
   * {@code (b''.., k, n)} (broadcast batch dims read 0; a 1-D A is {@code (k)}, a 1-D B {@code (k)}), the output its own dims.
   * With a 1-D operand the output lacks that operand's m or n dimension.
   */
  static List<AffineMap> matmulMaps(long[] as, long[] bs, long[] os) {
    int r = os.length, n = r + 1; // iteration space: out dims then k
    boolean aVec = as.length == 1, bVec = bs.length == 1;
    // positions of m and n in the output (absent for a 1-D operand)
    int nDim = bVec ? -1 : r - 1, mDim = aVec ? -1 : (bVec ? r - 1 : r - 2);
    int batch = r - (aVec ? 0 : 1) - (bVec ? 0 : 1);
    List<AffineMap> maps = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long[] s = i == 0 ? as : bs;
      List<AffineExpr> res = new ArrayList<>();
      if (s.length > 1)
        for (int j = 0; j < s.length - 2; j++) {
          int d = batch - (s.length - 2) + j;
          res.add(s[j] == 1 && os[d] != 1 ? AffineExpr.constant(0) : AffineExpr.dim(d));
        }
      if (i == 0) res.addAll(aVec ? dims(r) : dims(mDim, r));
      else res.addAll(bVec ? dims(r) : dims(r, nDim));
      maps.add(map(n, res));
    }
    List<AffineExpr> o = new ArrayList<>();
    for (int d = 0; d < r; d++) o.add(AffineExpr.dim(d));
    maps.add(map(n, o));
    return maps;
  }

  /** {@code Y = alpha·op(A)·op(B) + beta·C}: a reduction generic into Y, then an element-wise generic scaling it and adding C (broadcast). */
  static void gemm(Emit e, Operation op, List<Value> in, Value out) {
    boolean ta = GraphAttrs.bool(op, "trans_a", false), tb = GraphAttrs.bool(op, "trans_b", false);
    double alpha = GraphAttrs.floatAttr(op, "alpha", 1.0), beta = GraphAttrs.floatAttr(op, "beta", 1.0);
    e.fill(out, 0);
    List<AffineMap> maps = List.of(map(3, ta ? dims(2, 0) : dims(0, 2)), map(3, tb ? dims(1, 2) : dims(2, 1)), map(3, dims(0, 1)));
    e.generic(in.subList(0, 2), out, maps, Emit.iterators(3, new boolean[] {false, false, true}), a -> e.add(a.get(2), e.mul(a.get(0), a.get(1))));
    boolean hasC = in.size() > 2 && beta != 0;
    if (alpha == 1 && !hasC) return;
    List<Value> ins = hasC ? List.of(in.get(2)) : List.of();
    List<AffineMap> m2 = new ArrayList<>();
    if (hasC) m2.add(Emit.broadcastMap(shape(in.get(2)), shape(out)));
    m2.add(AffineMap.identity(2));
    e.generic(ins, out, m2, Emit.iterators(2, null), a -> {
      Value y = a.get(a.size() - 1);
      Type t = y.type();
      if (alpha != 1) y = e.op("arith.mulf", t, y, e.cst(t, alpha));
      if (hasC) y = e.op("arith.addf", t, y, beta == 1 ? a.get(0) : e.op("arith.mulf", t, a.get(0), e.cst(t, beta)));
      return y;
    });
  }

  /** {@code tl.reshape} view of a contiguous buffer with {@code like}'s shape. */
  static Value reshapeView(Emit e, Value src, Value like) {
    return e.b.create("tl.reshape", e.loc, List.of(src), List.of(new MemRefType(shape(like), elem(src))), dev.mlc.ir.attr.DictionaryAttr.EMPTY).result(0);
  }

  /** {@code out[i0..] = x[i_perm...]}: the input map reads input dimension {@code perm[j]} at output index {@code j}. */
  static void transpose(Emit e, Operation op, List<Value> in, Value out) {
    int r = shape(out).length;
    long[] dflt = new long[r];
    for (int i = 0; i < r; i++) dflt[i] = r - 1 - i;
    long[] perm = GraphAttrs.ints(op, "perm", dflt);
    List<AffineExpr> res = new ArrayList<>();
    for (int j = 0; j < r; j++) {
      int at = 0;
      for (int i = 0; i < r; i++) if (perm[i] == j) at = i;
      res.add(AffineExpr.dim(at));
    }
    e.generic(in, out, List.of(map(r, res), AffineMap.identity(r)), Emit.iterators(r, null), a -> a.get(0));
  }

  enum Kind { SUM, MEAN, MAX, MIN }

  static boolean[] spatialAxes(int rank) {
    boolean[] ax = new boolean[rank];
    for (int i = 2; i < rank; i++) ax[i] = true;
    return ax;
  }

  static void reduce(Emit e, Operation op, Value x, Value out, Kind k) {
    int r = shape(x).length;
    long[] axes = GraphAttrs.ints(op, "axes", new long[0]);
    boolean[] red = new boolean[r];
    if (axes.length == 0) java.util.Arrays.fill(red, true);
    for (long a : axes) red[(int) (a < 0 ? a + r : a)] = true;
    reduceAxes(e, x, out, red, GraphAttrs.keepdims(op), k);
  }

  /** {@code out = init; out[keep(i)] = combine(out[keep(i)], x[i])} over the reduced axes, then {@code /count} for a mean. */
  static void reduceAxes(Emit e, Value x, Value out, boolean[] red, boolean keepdims, Kind k) {
    int r = red.length;
    Type t = elem(x);
    boolean f = isFloat(t);
    e.fill(out, switch (k) {
      case SUM, MEAN -> 0;
      case MAX -> f ? Double.NEGATIVE_INFINITY : minInt(t);
      case MIN -> f ? Double.POSITIVE_INFINITY : -minInt(t) - 1;
    });
    List<AffineExpr> o = new ArrayList<>();
    long count = 1;
    for (int d = 0; d < r; d++) {
      if (red[d]) count *= shape(x)[d];
      if (!red[d]) o.add(AffineExpr.dim(d));
      else if (keepdims) o.add(AffineExpr.constant(0));
    }
    e.generic(List.of(x), out, List.of(AffineMap.identity(r), map(r, o)), Emit.iterators(r, red), a -> switch (k) {
      case SUM, MEAN -> e.add(a.get(1), a.get(0));
      case MAX -> e.op(f ? "arith.maximumf" : "arith.maxsi", t, a.get(1), a.get(0));
      case MIN -> e.op(f ? "arith.minimumf" : "arith.minsi", t, a.get(1), a.get(0));
    });
    if (k == Kind.MEAN) {
      int ro = shape(out).length;
      long n = count;
      e.generic(List.of(), out, List.of(AffineMap.identity(ro)), Emit.iterators(ro, null), a -> e.op("arith.divf", t, a.get(0), e.cst(t, n)));
    }
  }

  static double minInt(Type t) { return -Math.pow(2, ((IntegerType) t).width() - 1); }

  /** {@code m = max_axis x; y = exp(x - m); s = sum_axis y; y = y / s}, with {@code m}, {@code s} in temporaries of the kept-dims shape. */
  static void softmax(Emit e, Operation op, List<Value> in, Value out) {
    Value x = in.get(0);
    long[] s = shape(x);
    int r = s.length, axis = (int) GraphAttrs.lastAxis(op);
    if (axis < 0) axis += r;
    boolean[] red = new boolean[r];
    red[axis] = true;
    long[] ks = s.clone();
    ks[axis] = 1;
    Type t = elem(x);
    Value m = e.alloc(ks, t);
    reduceAxes(e, x, m, red, true, Kind.MAX);
    e.elementwise(List.of(x, m), out, a -> e.op("math.exp", t, e.op("arith.subf", t, a.get(0), a.get(1))));
    Value sum = e.alloc(ks, t);
    reduceAxes(e, out, sum, red, true, Kind.SUM);
    List<AffineMap> maps = List.of(Emit.broadcastMap(ks, s), AffineMap.identity(r));
    e.generic(List.of(sum), out, maps, Emit.iterators(r, null), a -> e.op("arith.divf", t, a.get(1), a.get(0)));
  }

  /** {@code y = (x - mean[c]) / sqrt(var[c] + eps) · scale[c] + bias[c]} with {@code c} the dimension 1 of x. */
  static void batchNorm(Emit e, Operation op, List<Value> in, Value out) {
    int r = shape(out).length;
    double eps = GraphAttrs.epsilon(op);
    List<AffineMap> maps = new ArrayList<>();
    maps.add(AffineMap.identity(r));
    for (int i = 1; i < 5; i++) maps.add(map(r, dims(1)));
    maps.add(AffineMap.identity(r));
    Function<List<Value>, Value> body = a -> {
      Type t = a.get(0).type();
      Value centered = e.op("arith.subf", t, a.get(0), a.get(3));
      Value sd = e.op("math.sqrt", t, e.op("arith.addf", t, a.get(4), e.cst(t, eps)));
      return e.op("arith.addf", t, e.op("arith.mulf", t, e.op("arith.divf", t, centered, sd), a.get(1)), a.get(2));
    };
    e.generic(in, out, maps, Emit.iterators(r, null), body);
  }
}
