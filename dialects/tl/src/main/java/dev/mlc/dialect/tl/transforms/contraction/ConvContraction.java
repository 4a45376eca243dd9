package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/**
 * A 2-D convolution generic (the form convert-graph-to-tl emits, one group) on static f32 buffers:
 * loops {@code (n, m, oh, ow, c, kh, kw)}, {@code y[n, m, oh, ow] += x[n, c, oh*sh + kh*dh, ow + kw*dw] * w[m, c, kh, kw]}
 * with unit width stride (so an output row reads consecutive input elements) or width stride 2
 * ({@code sw}: two contiguous loads and a shuffle of the even lanes per vector). A depthwise
 * convolution (groups = channels = output channels, one input channel per group) reads
 * {@code x[n, m + c, ...]} with {@code c} of extent 1: {@code depthwise} is set.
 */
record ConvContraction(Operation op, Value x, Value w, Value y, long[] loops, long sh, long dh, long dw, boolean depthwise, long sw) {
  ConvContraction(Operation op, Value x, Value w, Value y, long[] loops, long sh, long dh, long dw) { this(op, x, w, y, loops, sh, dh, dw, false, 1); }

  static Object match(Operation op) {
    if (!op.isa("tl.generic") || op.numOperands() != 3 || op.numResults() != 0) return "not a 2-input tl.generic on buffers";
    for (Value v : op.operands())
      if (!(v.type() instanceof MemRefType t) || t.elementType() != FloatType.F32 || !t.hasStaticShape() || t.layout() != null || t.rank() != 4)
        return "an operand is not a static 4-D f32 buffer with the identity layout";
    List<String> its = new ArrayList<>();
    for (var a : op.attr("iterator_types", dev.mlc.ir.attr.ArrayAttr.class).elements()) its.add(((dev.mlc.ir.attr.StringAttr) a).value());
    if (!its.equals(List.of("parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"))) return "not the 7 loops of a convolution";
    List<AffineMap> maps = StructuredOps.maps(op);
    if (!maps.get(2).isIdentity() && !dims(maps.get(2), 0, 1, 2, 3)) return "the output map is not (n, m, oh, ow)";
    if (!dims(maps.get(1), 1, 4, 5, 6)) return "the weight map is not (m, c, kh, kw)";
    long[] ys = ((MemRefType) op.operand(2).type()).shape(), ws = ((MemRefType) op.operand(1).type()).shape();
    long[] loops = {ys[0], ys[1], ys[2], ys[3], ws[1], ws[2], ws[3]};
    List<AffineExpr> r = maps.get(0).results();
    long[][] lin = new long[4][];
    for (int i = 0; i < 4; i++) {
      lin[i] = linear(r.get(i), loops);
      if (lin[i] == null) return "an input index is not linear in the loops";
    }
    // A loop of extent 1 is always 0: its coefficients do not matter (the map may have been simplified
    // with it, as (d1 floordiv 1) * C + d4 = d1 + d4 for one output channel); take the expected ones.
    for (int d = 0; d < 7; d++)
      if (loops[d] == 1)
        for (int i = 0; i < 4; i++) lin[i][d] = i == 0 && d == 0 || i == 1 && d == 4 || i == 3 && d == 3 ? 1 : 0;
    long[] xs = ((MemRefType) op.operand(0).type()).shape();
    boolean depthwise = loops[4] == 1 && loops[1] > 1 && xs[1] == ys[1] && lin[1][1] == 1 && lin[1][4] == 1 && only(without(lin[1], 1), 4, 1);
    if (!only(lin[0], 0, 1) || !only(lin[1], 4, 1) && !depthwise || lin[2][7] != 0 || lin[3][7] != 0) return "the input map is not (n, c, ., .) or (n, m + c, ., .) with one channel per group";
    for (int d = 0; d < 7; d++) {
      if (d != 2 && d != 5 && lin[2][d] != 0) return "the input row is not oh*sh + kh*dh";
      if (d != 3 && d != 6 && lin[3][d] != 0) return "the input column is not ow + kw*dw";
    }
    if (lin[3][3] != 1 && lin[3][3] != 2) return "the width stride is not 1 or 2";
    if (!Contraction.isMulAdd(op)) return "the body is not a multiply-add";
    return new ConvContraction(op, op.operand(0), op.operand(1), op.operand(2), loops, lin[2][2], lin[2][5], lin[3][6], depthwise, lin[3][3]);
  }

  private static long[] without(long[] l, int d) {
    long[] r = l.clone();
    r[d] = 0;
    return r;
  }

  private static boolean only(long[] l, int d, long coeff) {
    for (int i = 0; i < l.length; i++) if (l[i] != (i == d ? coeff : 0)) return false;
    return true;
  }

  private static boolean dims(AffineMap m, int... d) {
    if (m.numDims() != 7 || m.results().size() != d.length) return false;
    for (int i = 0; i < d.length; i++) if (!(m.results().get(i) instanceof AffineExpr.Dim x && x.position() == d[i])) return false;
    return true;
  }

  /**
   * The coefficients of {@code e} per loop and its constant (last), or null when it is not linear. A
   * {@code floordiv} of a nonnegative expression by a constant larger than its maximum is 0 (a group
   * index when there is one group).
   */
  static long[] linear(AffineExpr e, long[] extents) {
    int n = extents.length;
    switch (e) {
      case AffineExpr.Dim d -> {
        long[] r = new long[n + 1];
        r[d.position()] = 1;
        return r;
      }
      case AffineExpr.Constant c -> {
        long[] r = new long[n + 1];
        r[n] = c.value();
        return r;
      }
      case AffineExpr.Binary bin -> {
        long[] l = linear(bin.lhs(), extents), rr = linear(bin.rhs(), extents);
        if (l == null || rr == null) return null;
        switch (bin.kind()) {
          case ADD -> {
            for (int i = 0; i <= n; i++) l[i] += rr[i];
            return l;
          }
          case MUL -> {
            long[] c = isConst(l) ? l : isConst(rr) ? rr : null;
            if (c == null) return null;
            long[] v = c == l ? rr : l;
            for (int i = 0; i <= n; i++) v[i] *= c[n];
            return v;
          }
          case FLOORDIV -> {
            if (!isConst(rr) || rr[n] <= 0) return null;
            long max = l[n];
            if (max < 0) return null;
            for (int i = 0; i < n; i++) {
              if (l[i] < 0) return null;
              max += l[i] * (extents[i] - 1);
            }
            return max < rr[n] ? new long[n + 1] : null;
          }
          default -> {
            return null;
          }
        }
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean isConst(long[] l) {
    for (int i = 0; i < l.length - 1; i++) if (l[i] != 0) return false;
    return true;
  }
}
