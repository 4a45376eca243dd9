package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.List;

/**
 * The i32 convolution of {@code qlinear_conv2d} as {@code convert-graph-to-tl} lowers it, rewritable
 * with VNNI: the 7-loop generic {@code y[n, m, oh, ow] += x'[n, c, oh*sh + kh*dh, ow + kw*dw] * w'[m, c, kh, kw]}
 * (one group, unit width stride, kw at most 4) on i32 buffers with a {@code muli}/{@code addi} body,
 * where x' is {@code zext(x) - xzp} of a u8 x (zero padding: the i32 buffer filled with 0 and x' copied
 * into its interior, or written directly) and w' is {@code sext(w) - wzp} of constant s8 weights and
 * constant zero points, all of which fit s8. Then {@code x' + xzp} is the u8 input (xzp in a padded cell),
 * and {@code sum x' w' = sum (x' + xzp) w' - xzp sum w'}.
 *
 * @param weights w' evaluated at compile time, {@code [m][c][kh][kw]} flattened
 */
record Int8ConvContraction(Operation op, Value x, Value y, long[] loops, long sh, long dh, long dw, long xZero, byte[] weights, U8Source source) {

  /**
   * Where x' comes from: the u8 buffer {@code x8} (read by {@code generic}, which writes {@code s} =
   * {@code zext(x8) - xzp}), copied at rows/columns offset {@code (top, left)} into the zero-filled
   * padded x' by {@code copy} through {@code subview} (both null when the generic writes x' directly).
   */
  record U8Source(Value x8, long top, long left, Value s, Operation generic, Operation subview, Operation copy) {}
  static final IntegerType I8 = IntegerType.of(8), I32 = IntegerType.of(32);

  /** The match, or a String saying why not. */
  static Object match(Operation op) {
    if (!op.isa("tl.generic") || op.numOperands() != 3 || op.numResults() != 0) return "not a 2-input tl.generic on buffers";
    for (Value v : op.operands())
      if (!(v.type() instanceof MemRefType t) || !t.elementType().equals(I32) || !t.hasStaticShape() || t.layout() != null || t.rank() != 4)
        return "an operand is not a static 4-D i32 buffer with the identity layout";
    if (!AccumulateReductionsPass.iterators(op).equals(List.of("parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction")))
      return "not the 7 loops of a convolution";
    List<AffineMap> maps = StructuredOps.maps(op);
    if (!dims(maps.get(2), 0, 1, 2, 3)) return "the output map is not (n, m, oh, ow)";
    if (!dims(maps.get(1), 1, 4, 5, 6)) return "the weight map is not (m, c, kh, kw)";
    long[] ys = ((MemRefType) op.operand(2).type()).shape(), ws = ((MemRefType) op.operand(1).type()).shape();
    long[] xs = ((MemRefType) op.operand(0).type()).shape();
    long[] loops = {ys[0], ys[1], ys[2], ys[3], ws[1], ws[2], ws[3]};
    List<AffineExpr> r = maps.get(0).results();
    long[][] lin = new long[4][];
    for (int i = 0; i < 4; i++) {
      lin[i] = ConvContraction.linear(r.get(i), loops);
      if (lin[i] == null) return "an input index is not linear in the loops";
    }
    for (int d = 0; d < 7; d++)
      if (loops[d] == 1)
        for (int i = 0; i < 4; i++) lin[i][d] = i == 0 && d == 0 || i == 1 && d == 4 || i == 3 && d == 3 ? 1 : 0;
    if (!only(lin[0], 0) || !only(lin[1], 4) || lin[2][7] != 0 || lin[3][7] != 0) return "the input map is not (n, c, ., .)";
    for (int d = 0; d < 7; d++) {
      if (d != 2 && d != 5 && lin[2][d] != 0) return "the input row is not oh*sh + kh*dh";
      if (d != 3 && d != 6 && lin[3][d] != 0) return "the input column is not ow + kw*dw";
    }
    if (lin[3][3] != 1) return "the width stride is not 1";
    if (loops[6] > 4) return "the kernel is wider than 4";
    if (xs[0] != ys[0] || xs[1] != ws[1] || xs[3] < ys[3] + (loops[6] - 1) * lin[3][6]) return "the input shape does not match";
    Block blk = op.region(0).front();
    Operation yield = blk.operations().getLast();
    Operation add = yield.numOperands() == 1 ? yield.operand(0).definingOp() : null;
    if (add == null || !add.isa("arith.addi") || blk.operations().size() != 3) return "the body is not an integer multiply-add";
    Value acc = blk.argument(2);
    Value prod = add.operand(0) == acc ? add.operand(1) : add.operand(1) == acc ? add.operand(0) : null;
    Operation mul = prod == null ? null : prod.definingOp();
    if (mul == null || !mul.isa("arith.muli")
        || !(mul.operand(0) == blk.argument(0) && mul.operand(1) == blk.argument(1) || mul.operand(1) == blk.argument(0) && mul.operand(0) == blk.argument(1)))
      return "the body is not an integer multiply-add";
    Long xzp = inputZeroPoint(op.operand(0), op);
    if (xzp == null) return "the input is not zext(u8) - zero point (zero padded)";
    byte[] w = weights(op.operand(1), ws);
    if (w == null) return "the weights are not sext(constant s8) - constant zero points within s8";
    return new Int8ConvContraction(op, op.operand(0), op.operand(2), loops, lin[2][2], lin[2][5], lin[3][6], xzp, w, source(op.operand(0)));
  }

  /** xzp when {@code p} holds {@code zext(x) - xzp} (0 <= xzp <= 255), zero padded; null otherwise. */
  private static Long inputZeroPoint(Value p, Operation conv) {
    Operation def = p.definingOp();
    if (def == null || !def.isa("tl.alloc")) return null;
    Value src = null;
    for (var u : p.uses()) {
      Operation o = u.owner();
      if (o == conv || o.isa("tl.dealloc")) continue;
      if (o.isa("tl.fill") && o.operand(1) == p) {
        if (!isConst(o.operand(0), 0)) return null;
      } else if (o.isa("tl.subview") && o.operand(0) == p) {
        for (var su : o.result(0).uses()) {
          Operation cp = su.owner();
          if (!cp.isa("tl.copy") || cp.operand(1) != o.result(0) || src != null) return null;
          src = cp.operand(0);
        }
      } else if (o.isa("tl.generic") && src == null) {
        src = p;
      } else return null;
    }
    if (src == null) return null;
    Operation g = null;
    for (var u : src.uses()) {
      Operation o = u.owner();
      if (o.isa("tl.generic") && o.numOperands() == 2 && o.operand(1) == src) {
        if (g != null) return null;
        g = o;
      }
    }
    if (g == null || !StructuredOps.maps(g).get(0).equals(StructuredOps.maps(g).get(1)) || !StructuredOps.maps(g).get(0).isIdentity()) return null;
    Block blk = g.region(0).front();
    Operation yield = blk.operations().getLast();
    Operation sub = yield.numOperands() == 1 ? yield.operand(0).definingOp() : null;
    if (sub == null || !sub.isa("arith.subi")) return null;
    Operation ext = sub.operand(0).definingOp(), cst = sub.operand(1).definingOp();
    if (ext == null || !ext.isa("arith.extui") || ext.operand(0) != blk.argument(0) || !ext.operand(0).type().equals(I8)) return null;
    if (cst == null || !cst.isa("arith.constant") || !(cst.attr("value") instanceof IntegerAttr ia)) return null;
    long z = ia.longValue();
    return z >= 0 && z <= 255 ? z : null;
  }

  /** The u8 source of x' (already known to be zext - xzp, zero padded), or null when x' is not written the usual way. */
  private static U8Source source(Value p) {
    Operation subview = null, copy = null;
    Value s = p;
    for (var u : p.uses())
      if (u.owner().isa("tl.subview")) {
        subview = u.owner();
        for (var su : subview.result(0).uses()) copy = su.owner();
      }
    long top = 0, left = 0;
    if (subview != null) {
      if (subview.numOperands() != 1 || copy == null) return null;
      long[] off = subview.attr("static_offsets", dev.mlc.ir.attr.DenseArrayAttr.class).asLongs();
      long[] str = subview.attr("static_strides", dev.mlc.ir.attr.DenseArrayAttr.class).asLongs();
      if (off.length != 4 || off[0] != 0 || off[1] != 0 || off[2] < 0 || off[3] < 0) return null;
      for (long x : str) if (x != 1) return null;
      top = off[2];
      left = off[3];
      s = copy.operand(0);
    }
    Operation g = null;
    for (var u : s.uses())
      if (u.owner().isa("tl.generic") && u.owner().numOperands() == 2 && u.owner().operand(1) == s) g = u.owner();
    if (g == null || !(g.operand(0).type() instanceof MemRefType t) || t.layout() != null || !t.hasStaticShape()) return null;
    return new U8Source(g.operand(0), top, left, s, g, subview, copy);
  }

  /** w' = sext(w) - wzp[m] at compile time, when it is written by such a generic from constants and fits s8; else null. */
  private static byte[] weights(Value wp, long[] shape) {
    Operation def = wp.definingOp();
    if (def == null || !def.isa("tl.alloc")) return null;
    Operation g = null;
    for (var u : wp.uses()) {
      Operation o = u.owner();
      if (o.isa("tl.generic") && o.numOperands() >= 2 && o.operand(o.numOperands() - 1) == wp) {
        if (g != null) return null;
        g = o;
      }
    }
    if (g == null) return null;
    List<AffineMap> maps = StructuredOps.maps(g);
    int ins = g.numOperands() - 1;
    if (!maps.get(ins).isIdentity() || !maps.get(0).isIdentity()) return null;
    DenseElementsAttr w8 = Int8Contraction.constantOf(g.operand(0));
    if (w8 == null) return null;
    Block blk = g.region(0).front();
    Operation yield = blk.operations().getLast();
    Operation sub = yield.numOperands() == 1 ? yield.operand(0).definingOp() : null;
    Operation ext = sub == null ? null : sub.isa("arith.subi") ? sub.operand(0).definingOp() : sub;
    if (ext == null || !ext.isa("arith.extsi") || ext.operand(0) != blk.argument(0)) return null;
    long[] zp = null;
    long zc = 0;
    if (sub.isa("arith.subi")) {
      Value z = sub.operand(1);
      Operation zd = z.definingOp();
      if (zd != null && zd.isa("arith.constant") && zd.attr("value") instanceof IntegerAttr ia) zc = ia.longValue();
      else if (ins == 2 && z == blk.argument(1) && maps.get(1).results().size() == 1 && maps.get(1).results().get(0) instanceof AffineExpr.Dim d0
          && d0.position() == 0 && constantI32(g.operand(1)) instanceof DenseElementsAttr zs) {
        zp = new long[(int) shape[0]];
        for (int m = 0; m < shape[0]; m++) zp[m] = zs.longValue(zs.isSplat() ? 0 : m);
      } else return null;
    }
    int total = Math.toIntExact(shape[0] * shape[1] * shape[2] * shape[3]), per = total / (int) shape[0];
    byte[] out = new byte[total];
    for (int i = 0; i < total; i++) {
      long v = (w8.isSplat() ? w8.rawData()[0] : w8.rawData()[i]) - (zp != null ? zp[i / per] : zc);
      if (v < -128 || v > 127) return null;
      out[i] = (byte) v;
    }
    return out;
  }

  private static DenseElementsAttr constantI32(Value buffer) {
    Operation tb = buffer.definingOp();
    if (tb == null || !tb.isa("tl.to_buffer")) return null;
    Operation c = tb.operand(0).definingOp();
    return c != null && c.isa("arith.constant") && c.attr("value") instanceof DenseElementsAttr d && d.elementType().equals(I32) ? d : null;
  }

  private static boolean isConst(Value v, long x) {
    Operation d = v.definingOp();
    return d != null && d.isa("arith.constant") && d.attr("value") instanceof IntegerAttr ia && ia.longValue() == x;
  }

  private static boolean only(long[] l, int d) {
    for (int i = 0; i < l.length; i++) if (l[i] != (i == d ? 1 : 0)) return false;
    return true;
  }

  private static boolean dims(AffineMap m, int... d) {
    if (m.numDims() != 7 || m.results().size() != d.length) return false;
    for (int i = 0; i < d.length; i++) if (!(m.results().get(i) instanceof AffineExpr.Dim x && x.position() == d[i])) return false;
    return true;
  }
}
