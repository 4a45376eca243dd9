package dev.mlc.lowering.graphtotl;

import static dev.mlc.lowering.graphtotl.Emit.dims;
import static dev.mlc.lowering.graphtotl.Emit.elem;
import static dev.mlc.lowering.graphtotl.Emit.map;
import static dev.mlc.lowering.graphtotl.Emit.shape;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Lowerings of resize, split and the depth/space rearrangements. */
final class ShapeLowerings {
  private ShapeLowerings() {}

  static final Set<String> RESIZE_MODES = Set.of("nearest", "linear");
  static final Set<String> COORDINATE_MODES = Set.of("half_pixel", "half_pixel_symmetric", "pytorch_half_pixel", "align_corners", "asymmetric");
  static final Set<String> NEAREST_MODES = Set.of("round_prefer_floor", "round_prefer_ceil", "floor", "ceil");

  static void register() {
    GraphLowerings.TABLE.put("graph.resize", ShapeLowerings::resize);
    GraphLowerings.MULTI.put("graph.split", ShapeLowerings::split);
    GraphLowerings.TABLE.put("graph.depth_to_space", (e, op, in, out) -> depthToSpace(e, in.get(0), out, GraphAttrs.integer(op, "blocksize"),
        GraphAttrs.string(op, "mode", "DCR").equals("CRD")));
    GraphLowerings.TABLE.put("graph.space_to_depth", (e, op, in, out) -> spaceToDepth(e, in.get(0), out, GraphAttrs.integer(op, "blocksize")));
  }

  /** Why a {@code graph.resize} cannot be lowered (an attribute value the lowering does not handle), or null. */
  static String resizeReason(Operation op) {
    String mode = GraphAttrs.string(op, "mode", "nearest");
    if (!RESIZE_MODES.contains(mode)) return "resize mode '" + mode + "' is not supported";
    String ctm = GraphAttrs.string(op, "coordinate_transformation_mode", "half_pixel");
    if (!COORDINATE_MODES.contains(ctm)) return "coordinate_transformation_mode '" + ctm + "' is not supported";
    String nm = GraphAttrs.string(op, "nearest_mode", "round_prefer_floor");
    if (!NEAREST_MODES.contains(nm)) return "nearest_mode '" + nm + "' is not supported";
    if (GraphAttrs.integer(op, "antialias", 0) != 0) return "resize with antialias is not supported";
    if (mode.equals("linear") && !(((dev.mlc.ir.type.ShapedType) op.operand(0).type()).elementType() instanceof FloatType))
      return "linear resize needs a float element type";
    return null;
  }

  /**
   * Resize with every coordinate known at compile time: per axis, index tables (and for linear, the
   * upper neighbour and f64 fractions) as constant buffers read through the output index; the body
   * loads the input with {@code tl.load}. Nearest copies one element; linear sums the 2^k corners of the
   * k interpolated axes in f64 (corner order and weights as the interpreter), then converts once.
   */
  static void resize(Emit e, Operation op, List<Value> in, Value out) {
    Value x = in.get(0);
    long[] xs = shape(x), os = shape(out);
    int r = xs.length;
    boolean linear = GraphAttrs.string(op, "mode", "nearest").equals("linear");
    String ctm = GraphAttrs.string(op, "coordinate_transformation_mode", "half_pixel"), nm = GraphAttrs.string(op, "nearest_mode", "round_prefer_floor");
    double[] scales = GraphAttrs.floats(op, "scales", null);
    if (scales != null && scales.length == 0) scales = null;
    List<Value> ins = new ArrayList<>();
    List<AffineMap> maps = new ArrayList<>();
    int[] loAt = new int[r], hiAt = new int[r], fracAt = new int[r];
    for (int d = 0; d < r; d++) {
      loAt[d] = hiAt[d] = fracAt[d] = -1;
      double scale = scales != null ? scales[d] : (double) os[d] / xs[d];
      double[] lo = new double[(int) os[d]], hi = new double[lo.length], frac = new double[lo.length];
      boolean identity = true, interpolated = false;
      for (int o = 0; o < os[d]; o++) {
        double c = original(ctm, o, scale, xs[d], os[d]);
        if (linear) {
          c = Math.clamp(c, 0, xs[d] - 1);
          long l = (long) Math.floor(c);
          lo[o] = l;
          frac[o] = c - l;
          hi[o] = Math.min(l + 1, xs[d] - 1);
          interpolated |= frac[o] != 0;
        } else lo[o] = Math.clamp(nearest(nm, c), 0, xs[d] - 1);
        identity &= lo[o] == o;
      }
      AffineMap byAxis = map(r, List.of(AffineExpr.dim(d)));
      if (!identity || interpolated) {
        loAt[d] = ins.size();
        ins.add(e.constBuffer(IntegerType.of(64), lo));
        maps.add(byAxis);
      }
      if (interpolated) {
        hiAt[d] = ins.size();
        ins.add(e.constBuffer(IntegerType.of(64), hi));
        maps.add(byAxis);
        fracAt[d] = ins.size();
        ins.add(e.constBuffer(FloatType.F64, frac));
        maps.add(byAxis);
      }
    }
    maps.add(AffineMap.identity(r));
    Type t = elem(out);
    e.generic(ins, out, maps, Emit.iterators(r, null), a -> {
      List<Value> lo = new ArrayList<>(), hi = new ArrayList<>();
      for (int d = 0; d < r; d++) {
        lo.add(loAt[d] < 0 ? NnLowerings.index(e, d) : e.op("arith.index_cast", IndexType.INSTANCE, a.get(loAt[d])));
        hi.add(hiAt[d] < 0 ? null : e.op("arith.index_cast", IndexType.INSTANCE, a.get(hiAt[d])));
      }
      if (!linear) return Tl.load(e.b, e.loc, x, lo);
      Type f64 = FloatType.F64;
      Value acc = e.cst(f64, -0.0);
      for (int corner = 0; corner < (1 << r); corner++) {
        boolean skip = false;
        for (int d = 0; d < r; d++) skip |= (corner >> d & 1) != 0 && hiAt[d] < 0; // weight 0: the interpreter skips it
        if (skip) continue;
        Value w = null;
        List<Value> at = new ArrayList<>();
        for (int d = 0; d < r; d++) {
          boolean upper = (corner >> d & 1) != 0;
          at.add(upper ? hi.get(d) : lo.get(d));
          if (fracAt[d] < 0) continue;
          Value fr = a.get(fracAt[d]);
          Value wd = upper ? fr : e.op("arith.subf", f64, e.cst(f64, 1), fr);
          w = w == null ? wd : e.op("arith.mulf", f64, w, wd);
        }
        Value v = Tl.load(e.b, e.loc, x, at);
        if (((FloatType) t).width() < 64) v = e.op("arith.extf", f64, v);
        acc = e.op("arith.addf", f64, acc, w == null ? v : e.op("arith.mulf", f64, w, v));
      }
      return ((FloatType) t).width() < 64 ? e.op("arith.truncf", t, acc) : acc;
    });
  }

  /** The input coordinate of output coordinate {@code x} under {@code coordinate_transformation_mode}. */
  static double original(String ctm, long x, double scale, long inLen, long outLen) {
    return switch (ctm) {
      case "half_pixel" -> (x + 0.5) / scale - 0.5;
      case "half_pixel_symmetric" -> {
        double adjustment = outLen / (scale * inLen), center = inLen / 2.0;
        yield center * (1 - adjustment) + (x + 0.5) / scale - 0.5;
      }
      case "pytorch_half_pixel" -> outLen > 1 ? (x + 0.5) / scale - 0.5 : 0;
      case "align_corners" -> outLen == 1 ? 0 : x * (inLen - 1) / (double) (outLen - 1);
      default -> x / scale; // asymmetric
    };
  }

  /** A coordinate rounded as {@code nearest_mode} says. */
  static long nearest(String mode, double c) {
    return switch (mode) {
      case "round_prefer_floor" -> c == Math.floor(c) + 0.5 ? (long) Math.floor(c) : Math.round(c);
      case "round_prefer_ceil" -> c == Math.floor(c) + 0.5 ? (long) Math.ceil(c) : Math.round(c);
      case "floor" -> (long) Math.floor(c);
      default -> (long) Math.ceil(c);
    };
  }

  /** Each result is the copy of its subview of the input at its running offset along {@code axis}. */
  static void split(Emit e, Operation op, List<Value> in, List<Value> outs) {
    Value x = in.get(0);
    long[] s = shape(x);
    int r = s.length, axis = (int) GraphAttrs.integer(op, "axis", 0);
    if (axis < 0) axis += r;
    long at = 0;
    for (Value o : outs) {
      long[] os = shape(o), off = new long[r], one = new long[r];
      java.util.Arrays.fill(one, 1);
      off[axis] = at;
      at += os[axis];
      if (java.util.Arrays.stream(os).anyMatch(n -> n == 0)) continue;
      Tl.copy(e.b, e.loc, Tl.subview(e.b, e.loc, x, NnLowerings.longs(off), NnLowerings.longs(os), NnLowerings.longs(one)), o);
    }
  }

  static Value reshape(Emit e, Value src, long... shape) {
    return e.b.create("tl.reshape", e.loc, List.of(src), List.of(new MemRefType(shape, elem(src))), DictionaryAttr.EMPTY).result(0);
  }

  /**
   * DCR: {@code x} viewed as N×b×b×C'×H×W is transposed into the output viewed as N×C'×H×b×W×b (CRD: x as
   * N×C'×b×b×H×W): one generic over the output view.
   */
  static void depthToSpace(Emit e, Value x, Value out, long b, boolean crd) {
    long[] s = shape(x);
    long c = s[1] / (b * b);
    Value xv = crd ? reshape(e, x, s[0], c, b, b, s[2], s[3]) : reshape(e, x, s[0], b, b, c, s[2], s[3]);
    Value ov = reshape(e, out, s[0], c, s[2], b, s[3], b);
    // output view dims (n, c, h, i, w, j)
    AffineMap read = crd ? map(6, dims(0, 1, 3, 5, 2, 4)) : map(6, dims(0, 3, 5, 1, 2, 4));
    e.generic(List.of(xv), ov, List.of(read, AffineMap.identity(6)), Emit.iterators(6, null), a -> a.get(0));
  }

  /** {@code x} viewed as N×C×H'×b×W'×b is transposed into the output viewed as N×b×b×C×H'×W'. */
  static void spaceToDepth(Emit e, Value x, Value out, long b) {
    long[] s = shape(x);
    long h = s[2] / b, w = s[3] / b;
    Value xv = reshape(e, x, s[0], s[1], h, b, w, b);
    Value ov = reshape(e, out, s[0], b, b, s[1], h, w);
    // output view dims (n, i, j, c, h, w)
    e.generic(List.of(xv), ov, List.of(map(6, dims(0, 3, 4, 1, 5, 2)), AffineMap.identity(6)), Emit.iterators(6, null), a -> a.get(0));
  }
}
