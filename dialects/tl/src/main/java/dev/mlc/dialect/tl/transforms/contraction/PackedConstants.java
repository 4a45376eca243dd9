package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.RankedTensorType;

/** Packing of a constant right operand at compile time: the packed panels become a new dense constant. */
final class PackedConstants {
  private PackedConstants() {}

  /** The dense value behind {@code buffer} when it is {@code tl.to_buffer (arith.constant dense<...>)}, or null. */
  static DenseElementsAttr constantOf(Value buffer) {
    Operation tb = buffer.definingOp();
    if (tb == null || !tb.isa("tl.to_buffer")) return null;
    Operation c = tb.operand(0).definingOp();
    return c != null && c.isa("arith.constant") && c.attr("value") instanceof DenseElementsAttr d && d.elementType() == FloatType.F32 ? d : null;
  }

  /**
   * When B (2-D) is a dense constant: a {@code tl.to_buffer} of a new constant holding B packed into
   * {@code NP x K x NR} panels (zero past N), built at the builder's position; otherwise null.
   */
  static Value packedConstant(Builder b, Location loc, Contraction c, int nr) {
    DenseElementsAttr d = constantOf(c.b());
    if (d == null) return null;
    long np = (c.n() + nr - 1) / nr, k = c.k(), n = c.n();
    long total = np * k * nr;
    if (total * 4 > Integer.MAX_VALUE) return null;
    byte[] out = new byte[(int) (total * 4)];
    byte[] raw = d.rawData();
    for (long p = 0; p < np; p++)
      for (long kk = 0; kk < k; kk++)
        for (long j = 0; j < nr; j++) {
          long col = p * nr + j;
          if (col >= n) continue;
          long src = c.transB() ? col * k + kk : kk * n + col;
          int from = d.isSplat() ? 0 : (int) (src * 4);
          System.arraycopy(raw, from, out, (int) (((p * k + kk) * nr + j) * 4), 4);
        }
    RankedTensorType t = new RankedTensorType(new long[] {np, k, nr}, FloatType.F32);
    Value cst = b.create("arith.constant", loc, java.util.List.of(), java.util.List.of(t),
        DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(t, out)))).result(0);
    return Tl.toBuffer(b, loc, cst);
  }
}
