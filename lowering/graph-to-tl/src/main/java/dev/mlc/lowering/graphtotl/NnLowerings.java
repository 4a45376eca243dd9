package dev.mlc.lowering.graphtotl;

import static dev.mlc.lowering.graphtotl.Emit.dims;
import static dev.mlc.lowering.graphtotl.Emit.elem;
import static dev.mlc.lowering.graphtotl.Emit.map;
import static dev.mlc.lowering.graphtotl.Emit.shape;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.List;

/** Lowerings of convolution, pooling, normalization and data movement (concat, slice, pad, gather). */
final class NnLowerings {
  private NnLowerings() {}

  static void register() {
    GraphLowerings.TABLE.put("graph.conv2d", (e, op, in, out) -> {
      if (GraphAttrs.nhwc(op)) LayoutLowerings.conv2dNhwc(e, in, out, GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), (int) GraphAttrs.groups(op));
      else conv2d(e, in, out, GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), (int) GraphAttrs.groups(op));
    });
    GraphLowerings.TABLE.put("graph.conv_transpose2d", (e, op, in, out) -> convTranspose2d(e, in, out, GraphAttrs.strides(op), GraphAttrs.pads2d(op),
        GraphAttrs.dilations(op), (int) GraphAttrs.groups(op)));
    GraphLowerings.TABLE.put("graph.max_pool2d", (e, op, in, out) -> (GraphAttrs.nhwc(op) ? (PoolLowering) LayoutLowerings::poolNhwc : (PoolLowering) NnLowerings::pool)
        .lower(e, in.get(0), out, GraphAttrs.ints(op, "kernel_shape", null), GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), true, false));
    GraphLowerings.TABLE.put("graph.avg_pool2d", (e, op, in, out) -> (GraphAttrs.nhwc(op) ? (PoolLowering) LayoutLowerings::poolNhwc : (PoolLowering) NnLowerings::pool)
        .lower(e, in.get(0), out, GraphAttrs.ints(op, "kernel_shape", null), GraphAttrs.strides(op), GraphAttrs.pads2d(op), GraphAttrs.dilations(op), false,
            GraphAttrs.countIncludePad(op)));
    GraphLowerings.TABLE.put("graph.layer_norm", (e, op, in, out) -> layerNorm(e, in, out, (int) GraphAttrs.lastAxis(op), GraphAttrs.epsilon(op)));
    GraphLowerings.TABLE.put("graph.concat", (e, op, in, out) -> concat(e, in, out, (int) GraphAttrs.integer(op, "axis")));
    GraphLowerings.TABLE.put("graph.slice", NnLowerings::slice);
    GraphLowerings.TABLE.put("graph.pad", (e, op, in, out) -> pad(e, in.get(0), out, GraphAttrs.ints(op, "pads", null), GraphAttrs.floatAttr(op, "value", 0.0)));
    GraphLowerings.TABLE.put("graph.gather", (e, op, in, out) -> gather(e, in.get(0), in.get(1), out, (int) GraphAttrs.integer(op, "axis", 0)));
  }

  /** The NCHW ({@link #pool}) or NHWC pooling lowering. */
  interface PoolLowering {
    void lower(Emit e, Value x, Value out, long[] k, long[] st, long[] pads, long[] dil, boolean max, boolean includePad);
  }

  static List<Object> longs(long... v) {
    List<Object> r = new ArrayList<>();
    for (long x : v) r.add(x);
    return r;
  }

  /**
   * A copy of the NCHW buffer {@code x} into a new buffer filled with {@code value}, padded by
   * {@code top, left} before and {@code bottom, right} after the spatial dimensions; {@code x} itself when nothing is padded.
   */
  static Value padded(Emit e, Value x, long top, long left, long bottom, long right, double value) {
    if (top == 0 && left == 0 && bottom == 0 && right == 0) return x;
    long[] s = shape(x);
    Value p = e.alloc(new long[] {s[0], s[1], s[2] + top + bottom, s[3] + left + right}, elem(x));
    e.fill(p, value);
    Value inner = Tl.subview(e.b, e.loc, p, longs(0, 0, top, left), longs(s), longs(1, 1, 1, 1));
    Tl.copy(e.b, e.loc, x, inner);
    return p;
  }

  /** The input index {@code o·stride + k·dilation} of a window. */
  static AffineExpr window(int o, int k, long stride, long dilation) {
    return AffineExpr.dim(o).times(AffineExpr.constant(stride)).plus(AffineExpr.dim(k).times(AffineExpr.constant(dilation)));
  }

  /**
   * {@code y[n,m,oh,ow] = b[m] + Σ_{c,kh,kw} xp[n, g(m)·C/G + c, oh·sh + kh·dh, ow·sw + kw·dw] · w[m,c,kh,kw]} over a
   * zero-padded copy {@code xp}, with {@code g(m) = m floordiv (M/G)}: one 7-D generic (4 parallel, 3 reduction dims).
   */
  static void conv2d(Emit e, List<Value> in, Value out, long[] st, long[] pads, long[] dil, int groups) {
    Value x = padded(e, in.get(0), pads[0], pads[1], pads[2], pads[3], 0), w = in.get(1);
    long[] ws = shape(w), os = shape(out);
    long mPerGroup = os[1] / groups, cPerGroup = ws[1];
    if (in.size() > 2) e.generic(List.of(in.get(2)), out, List.of(map(4, dims(1)), AffineMap.identity(4)), Emit.iterators(4, null), a -> a.get(0));
    else e.fill(out, 0);
    AffineExpr channel = AffineExpr.binary(AffineExpr.Kind.FLOORDIV, AffineExpr.dim(1), AffineExpr.constant(mPerGroup))
        .times(AffineExpr.constant(cPerGroup)).plus(AffineExpr.dim(4));
    List<AffineMap> maps = List.of(
        map(7, List.of(AffineExpr.dim(0), channel, window(2, 5, st[0], dil[0]), window(3, 6, st[1], dil[1]))),
        map(7, dims(1, 4, 5, 6)),
        map(7, dims(0, 1, 2, 3)));
    e.generic(List.of(x, w), out, maps, Emit.iterators(7, new boolean[] {false, false, false, false, true, true, true}),
        a -> e.add(a.get(2), e.mul(a.get(0), a.get(1))));
  }

  /**
   * Max: a −∞-padded copy and a window maximum. Average: a zero-padded copy, a window sum, and a
   * division by the per-position count of counted cells (a 0/1 mask over the padded plane: the
   * input, or the input and its pads with {@code count_include_pad}). Ceil mode's last windows may
   * run past the end padding: the copy is padded further (never counted).
   */
  static void pool(Emit e, Value x, Value out, long[] k, long[] st, long[] pads, long[] dil, boolean max, boolean includePad) {
    long[] xs = shape(x), os = shape(out);
    long needH = (os[2] - 1) * st[0] + (k[0] - 1) * dil[0] + 1, needW = (os[3] - 1) * st[1] + (k[1] - 1) * dil[1] + 1;
    long extraH = Math.max(0, needH - (xs[2] + pads[0] + pads[2])), extraW = Math.max(0, needW - (xs[3] + pads[1] + pads[3]));
    Type t = elem(x);
    Value xp = padded(e, x, pads[0], pads[1], pads[2] + extraH, pads[3] + extraW, max ? Double.NEGATIVE_INFINITY : 0);
    e.fill(out, max ? Double.NEGATIVE_INFINITY : 0);
    // the window buffer only gives the kernel dimensions their extent (as linalg's pooling ops do)
    Value win = e.alloc(new long[] {k[0], k[1]}, t);
    e.fill(win, 0);
    List<AffineMap> maps = List.of(map(6, List.of(AffineExpr.dim(0), AffineExpr.dim(1), window(2, 4, st[0], dil[0]), window(3, 5, st[1], dil[1]))),
        map(6, dims(4, 5)), map(6, dims(0, 1, 2, 3)));
    List<String> iters = Emit.iterators(6, new boolean[] {false, false, false, false, true, true});
    e.generic(List.of(xp, win), out, maps, iters, a -> max ? e.op("arith.maximumf", t, a.get(2), a.get(0)) : e.add(a.get(2), a.get(0)));
    if (max) return;
    long ph = xs[2] + pads[0] + pads[2] + extraH, pw = xs[3] + pads[1] + pads[3] + extraW;
    Value mask = e.alloc(new long[] {ph, pw}, t);
    e.fill(mask, 0);
    Value counted = includePad ? Tl.subview(e.b, e.loc, mask, longs(0, 0), longs(ph - extraH, pw - extraW), longs(1, 1))
        : Tl.subview(e.b, e.loc, mask, longs(pads[0], pads[1]), longs(xs[2], xs[3]), longs(1, 1));
    e.fill(counted, 1);
    Value count = e.alloc(new long[] {os[2], os[3]}, t);
    e.fill(count, 0);
    e.generic(List.of(mask, win), count, List.of(map(4, List.of(window(0, 2, st[0], dil[0]), window(1, 3, st[1], dil[1]))), map(4, dims(2, 3)), map(4, dims(0, 1))),
        Emit.iterators(4, new boolean[] {false, false, true, true}), a -> e.add(a.get(2), a.get(0)));
    e.generic(List.of(count), out, List.of(map(4, dims(2, 3)), AffineMap.identity(4)), Emit.iterators(4, null),
        a -> e.op("arith.divf", t, a.get(1), a.get(0)));
  }

  /**
   * Over the dimensions from {@code axis} on: {@code mean = avg x; d = x - mean; var = avg d²;
   * y = d / sqrt(var + eps) · scale + bias}, with {@code mean}, {@code var} in kept-dims temporaries and {@code d} in the output.
   */
  static void layerNorm(Emit e, List<Value> in, Value out, int axis, double eps) {
    Value x = in.get(0);
    long[] s = shape(x);
    int r = s.length;
    if (axis < 0) axis += r;
    boolean[] red = new boolean[r];
    long[] ks = s.clone();
    for (int d = axis; d < r; d++) {
      red[d] = true;
      ks[d] = 1;
    }
    Type t = elem(x);
    Value mean = e.alloc(ks, t);
    GraphLowerings.reduceAxes(e, x, mean, red, true, GraphLowerings.Kind.MEAN);
    e.elementwise(List.of(x, mean), out, a -> e.op("arith.subf", t, a.get(0), a.get(1)));
    Value var = e.alloc(ks, t);
    Value sq = e.alloc(s, t);
    e.elementwise(List.of(out), sq, a -> e.op("arith.mulf", t, a.get(0), a.get(0)));
    GraphLowerings.reduceAxes(e, sq, var, red, true, GraphLowerings.Kind.MEAN);
    List<Value> ins = new ArrayList<>(List.of(var));
    ins.addAll(in.subList(1, in.size()));
    List<AffineMap> maps = new ArrayList<>(List.of(Emit.broadcastMap(ks, s)));
    for (int i = 1; i < in.size(); i++) maps.add(Emit.broadcastMap(shape(in.get(i)), s));
    maps.add(AffineMap.identity(r));
    e.generic(ins, out, maps, Emit.iterators(r, null), a -> {
      Value sd = e.op("math.sqrt", t, e.op("arith.addf", t, a.get(0), e.cst(t, eps)));
      Value y = e.op("arith.mulf", t, e.op("arith.divf", t, a.get(a.size() - 1), sd), a.get(1));
      return in.size() > 2 ? e.op("arith.addf", t, y, a.get(2)) : y;
    });
  }

  /** Each input is copied into the subview of the output at its running offset along {@code axis}. */
  static void concat(Emit e, List<Value> in, Value out, int axis) {
    long[] os = shape(out);
    if (axis < 0) axis += os.length;
    long at = 0;
    for (Value x : in) {
      long[] s = shape(x);
      long[] off = new long[os.length], one = new long[os.length];
      java.util.Arrays.fill(one, 1);
      off[axis] = at;
      at += s[axis];
      if (s[axis] == 0) continue;
      Tl.copy(e.b, e.loc, x, Tl.subview(e.b, e.loc, out, longs(off), longs(s), longs(one)));
    }
  }

  /** {@code y[i] = x[begin + i·step]} with ONNX's clamping: a strided subview copied out, read through {@code d·step + begin} where a step is negative. */
  static void slice(Emit e, dev.mlc.ir.Operation op, List<Value> in, Value out) {
    Value x = in.get(0);
    long[] s = shape(x);
    int r = s.length;
    long[] starts = GraphAttrs.ints(op, "starts", null), ends = GraphAttrs.ints(op, "ends", null);
    long[] axes = GraphAttrs.ints(op, "axes", null), steps = GraphAttrs.ints(op, "steps", null);
    long[] begin = new long[r], step = new long[r];
    java.util.Arrays.fill(step, 1);
    for (int i = 0; i < starts.length; i++) {
      int a = (int) (axes == null ? i : axes[i] < 0 ? axes[i] + r : axes[i]);
      long st = steps == null ? 1 : steps[i], dim = s[a];
      long b = starts[i] < 0 ? starts[i] + dim : starts[i];
      b = st > 0 ? Math.clamp(b, 0, dim) : Math.clamp(b, 0, Math.max(0, dim - 1));
      begin[a] = b;
      step[a] = st;
    }
    long[] os = shape(out);
    if (java.util.Arrays.stream(os).anyMatch(n -> n == 0)) return;
    // positive steps: a strided subview; negative steps: read through the map d·step + begin
    long[] off = new long[r], size = new long[r], stride = new long[r];
    boolean negative = false;
    List<AffineExpr> res = new ArrayList<>();
    for (int d = 0; d < r; d++) {
      boolean pos = step[d] > 0;
      negative |= !pos;
      off[d] = pos ? begin[d] : 0;
      size[d] = pos ? os[d] : s[d];
      stride[d] = pos ? step[d] : 1;
      res.add(pos ? AffineExpr.dim(d) : AffineExpr.dim(d).times(AffineExpr.constant(step[d])).plus(AffineExpr.constant(begin[d])));
    }
    Value view = Tl.subview(e.b, e.loc, x, longs(off), longs(size), longs(stride));
    if (!negative) Tl.copy(e.b, e.loc, view, out);
    else e.generic(List.of(view), out, List.of(map(r, res), AffineMap.identity(r)), Emit.iterators(r, null), a -> a.get(0));
  }

  /** The output is filled with {@code value}; the kept part of the input (negative pads crop) is copied into its place. */
  static void pad(Emit e, Value x, Value out, long[] pads, double value) {
    long[] s = shape(x);
    int r = s.length;
    e.fill(out, value);
    long[] srcOff = new long[r], dstOff = new long[r], size = new long[r], one = new long[r];
    java.util.Arrays.fill(one, 1);
    for (int d = 0; d < r; d++) {
      long b = pads[d], en = pads[d + r];
      srcOff[d] = Math.max(0, -b);
      dstOff[d] = Math.max(0, b);
      size[d] = s[d] - Math.max(0, -b) - Math.max(0, -en);
      if (size[d] <= 0) return;
    }
    Value src = Tl.subview(e.b, e.loc, x, longs(srcOff), longs(size), longs(one));
    Tl.copy(e.b, e.loc, src, Tl.subview(e.b, e.loc, out, longs(dstOff), longs(size), longs(one)));
  }

  /**
   * {@code y[i.., j.., k..] = data[i.., idx[j..], k..]} (a negative index counts from the end): a generic over
   * the output reading the indices through its map and {@code data} with {@code tl.load} at the iteration's indices.
   */
  static void gather(Emit e, Value data, Value indices, Value out, int axis) {
    long[] ds = shape(data), is = shape(indices);
    int r = shape(out).length, q = is.length;
    if (axis < 0) axis += ds.length;
    int ax = axis;
    List<AffineExpr> idxMap = new ArrayList<>();
    for (int j = 0; j < q; j++) idxMap.add(AffineExpr.dim(ax + j));
    e.generic(List.of(indices), out, List.of(map(r, idxMap), AffineMap.identity(r)), Emit.iterators(r, null), a -> {
      Value i = e.op("arith.index_cast", IndexType.INSTANCE, a.get(0));
      Value dim = e.cst(IndexType.INSTANCE, ds[ax]);
      Value neg = e.cmp(false, 2, i, e.cst(IndexType.INSTANCE, 0));
      i = e.select(neg, e.op("arith.addi", IndexType.INSTANCE, i, dim), i);
      List<Value> at = new ArrayList<>();
      for (int d = 0; d < ds.length; d++)
        at.add(d == ax ? i : index(e, d < ax ? d : d - 1 + q));
      return Tl.load(e.b, e.loc, data, at);
    });
  }

  static Value index(Emit e, int dim) {
    return e.b.create("tl.index", e.loc, List.of(), List.of(IndexType.INSTANCE), DictionaryAttr.of(new NamedAttribute("dim", IntegerAttr.i64(dim)))).result(0);
  }


  /**
   * ConvTranspose as a stride-1 convolution: {@code x} is scattered with the strides into a zero buffer
   * {@code xd} at offset {@code (K-1)·d - pad_begin} per spatial axis (rows that fall outside are dropped),
   * the weights are transposed and flipped into {@code wt[m, c, kh, kw] = w[g(m)·C/G + c, m mod M/G, KH-1-kh, KW-1-kw]},
   * and {@code y = b + conv2d(xd, wt)} with the dilations and groups ({@code output_padding} only sizes the result).
   */
  static void convTranspose2d(Emit e, List<Value> in, Value out, long[] st, long[] pads, long[] dil, int groups) {
    Value x = in.get(0), w = in.get(1);
    long[] xs = shape(x), ws = shape(w), os = shape(out);
    long cg = ws[0] / groups, mg = ws[1];
    Type t = elem(x);
    long[] k = {ws[2], ws[3]}, len = new long[2], off = new long[2], from = new long[2], to = new long[2];
    for (int a = 0; a < 2; a++) {
      len[a] = os[2 + a] + (k[a] - 1) * dil[a];
      off[a] = (k[a] - 1) * dil[a] - pads[a];
      from[a] = Math.max(0, Math.floorDiv(-off[a] + st[a] - 1, st[a]));
      to[a] = Math.min(xs[2 + a], Math.floorDiv(len[a] - 1 - off[a], st[a]) + 1);
    }
    Value xd = e.alloc(new long[] {xs[0], xs[1], len[0], len[1]}, t);
    e.fill(xd, 0);
    if (from[0] < to[0] && from[1] < to[1]) {
      long[] size = {xs[0], xs[1], to[0] - from[0], to[1] - from[1]};
      Value src = Tl.subview(e.b, e.loc, x, longs(0, 0, from[0], from[1]), longs(size), longs(1, 1, 1, 1));
      Value dst = Tl.subview(e.b, e.loc, xd, longs(0, 0, from[0] * st[0] + off[0], from[1] * st[1] + off[1]), longs(size), longs(1, 1, st[0], st[1]));
      Tl.copy(e.b, e.loc, src, dst);
    }
    Value wt = e.alloc(new long[] {os[1], cg, k[0], k[1]}, t);
    AffineExpr c = AffineExpr.binary(AffineExpr.Kind.FLOORDIV, AffineExpr.dim(0), AffineExpr.constant(mg)).times(AffineExpr.constant(cg)).plus(AffineExpr.dim(1));
    AffineExpr m = AffineExpr.binary(AffineExpr.Kind.MOD, AffineExpr.dim(0), AffineExpr.constant(mg));
    AffineExpr kh = AffineExpr.dim(2).times(AffineExpr.constant(-1)).plus(AffineExpr.constant(k[0] - 1));
    AffineExpr kw = AffineExpr.dim(3).times(AffineExpr.constant(-1)).plus(AffineExpr.constant(k[1] - 1));
    e.generic(List.of(w), wt, List.of(map(4, List.of(c, m, kh, kw)), AffineMap.identity(4)), Emit.iterators(4, null), a -> a.get(0));
    List<Value> cin = new ArrayList<>(List.of(xd, wt));
    if (in.size() > 2) cin.add(in.get(2));
    conv2d(e, cin, out, new long[] {1, 1}, new long[4], dil, groups);
  }
}
