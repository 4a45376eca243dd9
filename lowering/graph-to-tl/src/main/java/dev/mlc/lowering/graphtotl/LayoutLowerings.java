package dev.mlc.lowering.graphtotl;

import static dev.mlc.lowering.graphtotl.Emit.dims;
import static dev.mlc.lowering.graphtotl.Emit.elem;
import static dev.mlc.lowering.graphtotl.Emit.map;
import static dev.mlc.lowering.graphtotl.Emit.shape;
import static dev.mlc.lowering.graphtotl.NnLowerings.longs;
import static dev.mlc.lowering.graphtotl.NnLowerings.window;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import java.util.List;

/**
 * Lowerings of the {@code layout = "nhwc"} forms of conv2d and the 2-D pools (docs/layout.md). The
 * loop dimensions are ordered with the channel dimension innermost, so the innermost loop walks
 * contiguous channels of the output (and of the conv2d weights, kH×kW×C×M) and vectorizes over them.
 */
final class LayoutLowerings {
  private LayoutLowerings() {}

  /** A copy of the NHWC buffer {@code x} padded by {@code top, left} before and {@code bottom, right} after H and W; {@code x} itself when nothing is padded. */
  static Value paddedNhwc(Emit e, Value x, long top, long left, long bottom, long right, double value) {
    if (top == 0 && left == 0 && bottom == 0 && right == 0) return x;
    long[] s = shape(x);
    Value p = e.alloc(new long[] {s[0], s[1] + top + bottom, s[2] + left + right, s[3]}, elem(x));
    e.fill(p, value);
    Value inner = Tl.subview(e.b, e.loc, p, longs(0, top, left, 0), longs(s), longs(1, 1, 1, 1));
    Tl.copy(e.b, e.loc, x, inner);
    return p;
  }

  /**
   * {@code y[n,oh,ow,m] = b[m] + Σ_{kh,kw,c} xp[n, oh·sh + kh·dh, ow·sw + kw·dw, g(m)·C/G + c] · w[kh,kw,c,m]} over a
   * zero-padded copy {@code xp}: one 7-D generic over {@code (n, oh, ow, kh, kw, c, m)}, {@code m} innermost (parallel).
   */
  static void conv2dNhwc(Emit e, List<Value> in, Value out, long[] st, long[] pads, long[] dil, int groups) {
    Value x = paddedNhwc(e, in.get(0), pads[0], pads[1], pads[2], pads[3], 0), w = in.get(1);
    long[] ws = shape(w), os = shape(out);
    long mPerGroup = os[3] / groups, cPerGroup = ws[2];
    if (in.size() > 2) e.generic(List.of(in.get(2)), out, List.of(map(4, dims(3)), AffineMap.identity(4)), Emit.iterators(4, null), a -> a.get(0));
    else e.fill(out, 0);
    AffineExpr channel = groups == 1 ? AffineExpr.dim(5)
        : AffineExpr.binary(AffineExpr.Kind.FLOORDIV, AffineExpr.dim(6), AffineExpr.constant(mPerGroup)).times(AffineExpr.constant(cPerGroup)).plus(AffineExpr.dim(5));
    List<AffineMap> maps = List.of(
        map(7, List.of(AffineExpr.dim(0), window(1, 3, st[0], dil[0]), window(2, 4, st[1], dil[1]), channel)),
        map(7, dims(3, 4, 5, 6)),
        map(7, dims(0, 1, 2, 6)));
    e.generic(List.of(x, w), out, maps, Emit.iterators(7, new boolean[] {false, false, false, true, true, true, false}),
        a -> e.add(a.get(2), e.mul(a.get(0), a.get(1))));
  }

  /** {@link NnLowerings#pool} in NHWC: the window loops over {@code (n, oh, ow, kh, kw, c)}, {@code c} innermost. */
  static void poolNhwc(Emit e, Value x, Value out, long[] k, long[] st, long[] pads, long[] dil, boolean max, boolean includePad) {
    long[] xs = shape(x), os = shape(out);
    long needH = (os[1] - 1) * st[0] + (k[0] - 1) * dil[0] + 1, needW = (os[2] - 1) * st[1] + (k[1] - 1) * dil[1] + 1;
    long extraH = Math.max(0, needH - (xs[1] + pads[0] + pads[2])), extraW = Math.max(0, needW - (xs[2] + pads[1] + pads[3]));
    Type t = elem(x);
    Value xp = paddedNhwc(e, x, pads[0], pads[1], pads[2] + extraH, pads[3] + extraW, max ? Double.NEGATIVE_INFINITY : 0);
    e.fill(out, max ? Double.NEGATIVE_INFINITY : 0);
    Value win = e.alloc(new long[] {k[0], k[1]}, t);
    e.fill(win, 0);
    List<AffineMap> maps = List.of(map(6, List.of(AffineExpr.dim(0), window(1, 3, st[0], dil[0]), window(2, 4, st[1], dil[1]), AffineExpr.dim(5))),
        map(6, dims(3, 4)), map(6, dims(0, 1, 2, 5)));
    List<String> iters = Emit.iterators(6, new boolean[] {false, false, false, true, true, false});
    e.generic(List.of(xp, win), out, maps, iters, a -> max ? e.op("arith.maximumf", t, a.get(2), a.get(0)) : e.add(a.get(2), a.get(0)));
    if (max) return;
    long ph = xs[1] + pads[0] + pads[2] + extraH, pw = xs[2] + pads[1] + pads[3] + extraW;
    Value mask = e.alloc(new long[] {ph, pw}, t);
    e.fill(mask, 0);
    Value counted = includePad ? Tl.subview(e.b, e.loc, mask, longs(0, 0), longs(ph - extraH, pw - extraW), longs(1, 1))
        : Tl.subview(e.b, e.loc, mask, longs(pads[0], pads[1]), longs(xs[1], xs[2]), longs(1, 1));
    e.fill(counted, 1);
    Value count = e.alloc(new long[] {os[1], os[2]}, t);
    e.fill(count, 0);
    e.generic(List.of(mask, win), count, List.of(map(4, List.of(window(0, 2, st[0], dil[0]), window(1, 3, st[1], dil[1]))), map(4, dims(2, 3)), map(4, dims(0, 1))),
        Emit.iterators(4, new boolean[] {false, false, true, true}), a -> e.add(a.get(2), a.get(0)));
    e.generic(List.of(count), out, List.of(map(4, dims(1, 2)), AffineMap.identity(4)), Emit.iterators(4, null),
        a -> e.op("arith.divf", t, a.get(1), a.get(0)));
  }
}
