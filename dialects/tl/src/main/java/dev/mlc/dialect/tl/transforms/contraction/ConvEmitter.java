package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits a {@link ConvContraction} as a direct convolution with the matmul microkernel's register
 * tile: MR output channels by NR output columns of one output row, accumulated over
 * {@code (c, kh, kw)} from consecutive input elements (no packing: with unit width stride an input
 * row segment is the B panel). Edges are static: the last columns of a row are masked, the last
 * channels use a smaller tile.
 * <pre>
 * for (n, oh) (parallel), for m0 step MR, for ow0 step NR:
 *   acc[r][v] = y[n, m0 + r, oh, ow0 + 16v ..]      (or the initializing generic's value, the bias, when it was right before)
 *   for (c, kh, kw): acc[r][v] = fma(broadcast w[m0 + r, c, kh, kw], x[n, c, oh*sh + kh*dh, ow0 + kw*dw + 16v ..], acc[r][v])
 *   y[n, m0 + r, oh, ow0 + 16v ..] = epilogue(acc[r][v])
 * </pre>
 * where the epilogue is the fused in-place element-wise generic right after the convolution ({@link Epilogue}), if any.
 * With width stride 2 each input vector is two contiguous loads and a shuffle of their even lanes.
 * A depthwise convolution is emitted with one channel per tile ({@code mr = 1}, input channel
 * {@code m}) and a wider row ({@link #DEPTHWISE_NR} columns): 25 FMAs of a 5x5 window per vector, the
 * weight broadcast once per window point.
 * With a fused 2x2/2 max pooling ({@link ConvPool}) the tile of rows {@code 2 ph} and {@code 2 ph + 1}
 * is computed one row after the other, each reduced over column pairs (two shuffles and a maximum) to
 * 16 pooled columns held in registers, and only their maximum is stored:
 * <pre>
 * for (n, ph) (parallel), for m0 step MR, for ow0 step 32:
 *   for t in 0, 1: h_t[r] = pairmax(epilogue(acc of row 2 ph + t, columns ow0 .. ow0 + 31))
 *   out[n, m0 + r, ph, ow0/2 ..] = max(h_0[r], h_1[r])
 * </pre>
 */
final class ConvEmitter extends Emitter {
  final ConvContraction c;
  final int mr, nr;
  final Epilogue.Chain epilogue;
  final Epilogue.Init init;
  final ConvPool pool;

  /** The register tile of a depthwise convolution: one channel by this many columns. */
  static final int DEPTHWISE_NR = 64;

  ConvEmitter(Builder b, ConvContraction c, int mr, int nr, Epilogue.Chain epilogue, Epilogue.Init init) { this(b, c, mr, nr, epilogue, init, null); }

  ConvEmitter(Builder b, ConvContraction c, int mr, int nr, Epilogue.Chain epilogue, Epilogue.Init init, ConvPool pool) {
    super(b, c.op().location());
    this.pool = pool;
    this.init = init;
    this.c = c;
    this.mr = mr;
    this.nr = nr;
    this.epilogue = epilogue;
  }

  void emit() {
    long[] l = c.loops();
    long m = l[1], ow = l[3];
    long mFull = m / mr * mr;
    int mRem = (int) (m % mr);
    long full = ow / nr;
    int rem = (int) (ow % nr);
    if (pool != null) {
      Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(l[0]), idx(l[2] / 2)), List.of(idx(1), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
        Value n = a.get(0), ph = a.get(1);
        if (mFull > 0) loop(idx(0), idx(mFull), mr, "parallel", m0 -> loop(idx(0), idx(full), 1, "parallel", p -> pooled(mr, n, m0, ph, mul(p, nr))));
        if (mRem > 0) loop(idx(0), idx(full), 1, "parallel", p -> pooled(mRem, n, idx(mFull), ph, mul(p, nr)));
        return List.of();
      });
      return;
    }
    Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(l[0]), idx(l[2])), List.of(idx(1), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
      Value n = a.get(0), oh = a.get(1);
      if (mFull > 0)
        loop(idx(0), idx(mFull), mr, "parallel", m0 -> row(mr, n, m0, oh, full, rem));
      if (mRem > 0) row(mRem, n, idx(mFull), oh, full, rem);
      return List.of();
    });
  }

  private void row(int rows, Value n, Value m0, Value oh, long full, int rem) {
    if (full > 0) loop(idx(0), idx(full), 1, "parallel", p -> kernel(rows, n, m0, oh, mul(p, nr), nr));
    if (rem > 0) kernel(rows, n, m0, oh, idx(full * nr), rem);
  }

  /** The pooled tile: rows 2 ph and 2 ph + 1 of 32 columns from ow0, each reduced over column pairs, their maximum stored at out[n, m0 + r, ph, ow0 / 2]. */
  private void pooled(int rows, Value n, Value m0, Value ph, Value ow0) {
    long[] even = new long[VL], odd = new long[VL];
    for (int j = 0; j < VL; j++) {
      even[j] = 2L * j;
      odd[j] = 2L * j + 1;
    }
    List<Value> h = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      List<Value> vals = tile(rows, n, m0, add(mul(ph, 2), t), ow0, 2 * VL);
      for (int r = 0; r < rows; r++) {
        Value lo = vals.get(2 * r), hi = vals.get(2 * r + 1);
        Value pm = max(shuffle(lo, hi, even), shuffle(lo, hi, odd));
        if (t == 0) h.add(pm);
        else h.set(r, max(h.get(r), pm));
      }
    }
    Value pw0 = arith("arith.divui", ow0, idx(2));
    for (int r = 0; r < rows; r++) vstore(h.get(r), pool.out(), List.of(n, add(m0, r), ph, pw0), VL);
  }

  private Value shuffle(Value lo, Value hi, long[] mask) {
    return b.create("tl.shuffle", loc, List.of(lo, hi), List.of(V),
        DictionaryAttr.of(new NamedAttribute("mask", new DenseArrayAttr(IntegerType.of(64), mask)))).result(0);
  }

  private Value max(Value x, Value y) { return b.create("arith.maximumf", loc, List.of(x, y), List.of(V), DictionaryAttr.EMPTY).result(0); }

  private void kernel(int rows, Value n, Value m0, Value oh, Value ow0, int cols) {
    int nv = (cols + VL - 1) / VL;
    List<Value> vals = tile(rows, n, m0, oh, ow0, cols);
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(n, add(m0, r), oh, add(ow0, v * VL));
        vstore(vals.get(r * nv + v), c.y(), at, Math.min(VL, cols - v * VL));
      }
  }

  /** The accumulated tile of {@code rows} channels from m0 by {@code cols} columns from ow0 of output row oh, with the epilogue applied: rows x ceil(cols / 16) vectors, row-major. */
  private List<Value> tile(int rows, Value n, Value m0, Value oh, Value ow0, int cols) {
    int nv = (cols + VL - 1) / VL;
    long[] l = c.loops();
    List<Value> ms = new ArrayList<>();
    for (int r = 0; r < rows; r++) ms.add(add(m0, r));
    List<Value> acc = new ArrayList<>();
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(n, ms.get(r), oh, add(ow0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        acc.add(init == null ? vload(c.y(), at, lanes) : init.load(this, at, lanes));
      }
    Value ohs = mul(oh, c.sh());
    Operation kl = Tl.loop(b, loc, List.of(idx(0), idx(0), idx(0)), List.of(idx(l[4]), idx(l[5]), idx(l[6])), List.of(idx(1), idx(1), idx(1)),
        List.of("reduction", "reduction", "reduction"), acc, (bb, a) -> {
          Value ch = a.get(0), kh = a.get(1), kw = a.get(2);
          List<Value> in = a.subList(3, a.size());
          Value row = arith("arith.addi", ohs, mul(kh, c.dh()));
          Value col = arith("arith.addi", mul(ow0, c.sw()), mul(kw, c.dw()));
          List<Value> bv = new ArrayList<>();
          Value xc = c.depthwise() ? arith("arith.addi", ms.get(0), ch) : ch; // depthwise: rows == 1, input channel m + c
          for (int v = 0; v < nv; v++) {
            int lanes = Math.min(VL, cols - v * VL);
            if (c.sw() == 1) bv.add(vload(c.x(), List.of(n, xc, row, add(col, v * VL)), lanes));
            else {
              // width stride 2: lane j reads column col + 2 (16v + j); two contiguous loads (the second
              // masked so nothing past the last needed element is read) and the even lanes
              int first = Math.min(VL, 2 * lanes - 1), second = 2 * lanes - 1 - VL;
              Value lo = vload(c.x(), List.of(n, xc, row, add(col, 2 * v * VL)), first);
              Value hi = second > 0 ? vload(c.x(), List.of(n, xc, row, add(col, 2 * v * VL + VL)), second) : zeroVector();
              long[] even = new long[VL];
              for (int j = 0; j < VL; j++) even[j] = 2L * j;
              bv.add(shuffle(lo, hi, even));
            }
          }
          List<Value> out = new ArrayList<>();
          for (int r = 0; r < rows; r++) {
            Value s = Tl.load(b, loc, c.w(), List.of(ms.get(r), ch, kh, kw));
            Value sb = Tl.broadcast(b, loc, s, V);
            for (int v = 0; v < nv; v++)
              out.add(b.create("tl.fma", loc, List.of(sb, bv.get(v), in.get(r * nv + v)), List.of(V), DictionaryAttr.EMPTY).result(0));
          }
          return out;
        });
    List<Value> vals = new ArrayList<>();
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(n, ms.get(r), oh, add(ow0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        Value val = kl.result(r * nv + v);
        vals.add(epilogue == null ? val : epilogue.apply(this, at, val, lanes));
      }
    return vals;
  }
}
