package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits an {@link Int8Contraction} as a register-tiled AVX-512 VNNI kernel in tl, at the position of
 * the last generic of its epilogue (or of the product when there is none).
 *
 * <p>The weights are packed at compile time into {@code Bp : memref<NP x K4 x 4NR x i8>} (K4 = K/4
 * rounded up): {@code Bp[p, q, 4j + t] = B[4q + t, p*NR + j]}, zero past K and N, so one
 * {@code vector<64xi8>} load holds four consecutive k of 16 columns, the operand layout of
 * {@code cpu.vnni_dpbusd}. The activations' zero point is folded into the initial accumulators:
 * {@code sum_k (a - za) w = sum_k a w - za colsum(w)}, with {@code corr[n] = -za colsum_n} (wrapping i32,
 * as the generic) a compile-time constant. Then
 * <pre>
 * for p in panels (parallel), for i step MR (parallel):
 *   acc[r][v] = corr[p*NR + 16v ..] (+ C[i + r, ..] unless C was just zero-filled)
 *   for q in [0, K4): acc[r][v] = vnni_dpbusd(acc[r][v], splat4(A[i + r, 4q .. 4q+3]), Bp[p, q, 64v ..])
 *   out[i + r, p*NR + 16v ..] = epilogue(acc[r][v])            (masked past N)
 * </pre>
 * where the four bytes of A are one masked {@code vector<4xi8>} load in the last step when K is not a
 * multiple of 4 (zeros past K; Bp is zero there too). Integer sums wrap like the generic's, so the
 * results are the same bit for bit.
 */
final class Int8KernelEmitter extends Int8Emitter {

  final Int8Contraction c;
  final int mr, nr;
  final Int8Epilogue epilogue;
  final boolean fromZero;
  final Value target;
  Value packed, corr;

  Int8KernelEmitter(Builder b, Int8Contraction c, int mr, int nr, boolean fromZero, Int8Epilogue epilogue) {
    super(b, c.op().location());
    this.c = c;
    this.mr = mr;
    this.nr = nr;
    this.fromZero = fromZero;
    this.epilogue = epilogue;
    this.target = epilogue != null ? epilogue.out() : c.c();
  }

  long panels() { return (c.n() + nr - 1) / nr; }

  long k4() { return (c.k() + 3) / 4; }

  void emit() {
    packed = packWeights();
    corr = c.aZero() != 0 ? corrections() : null;
    long full = c.n() / nr, mFull = c.m() / mr * mr;
    int nRem = (int) (c.n() % nr), mRem = (int) (c.m() % mr);
    if (full > 0)
      loop(idx(0), idx(full), 1, "parallel", p -> {
        if (mFull > 0) loop(idx(0), idx(mFull), mr, "parallel", i -> kernel(mr, i, p, nr));
        if (mRem > 0) kernel(mRem, idx(mFull), p, nr);
      });
    if (nRem > 0) {
      if (mFull > 0) loop(idx(0), idx(mFull), mr, "parallel", i -> kernel(mr, i, idx(full), nRem));
      if (mRem > 0) kernel(mRem, idx(mFull), idx(full), nRem);
    }
    Tl.dealloc(b, loc, packed);
    if (corr != null) Tl.dealloc(b, loc, corr);
  }

  /** The weights in VNNI panels, a new constant. */
  private Value packWeights() {
    long np = panels(), k4 = k4();
    byte[] out = new byte[Math.toIntExact(np * k4 * 4 * nr)];
    for (long p = 0; p < np; p++)
      for (long q = 0; q < k4; q++)
        for (long j = 0; j < nr; j++) {
          long col = p * nr + j;
          if (col >= c.n()) continue;
          for (int t = 0; t < 4; t++) {
            long kk = 4 * q + t;
            if (kk < c.k()) out[(int) (((p * k4 + q) * nr + j) * 4 + t)] = (byte) c.weight(kk, col);
          }
        }
    return constant(new RankedTensorType(new long[] {np, k4, 4L * nr}, I8), out);
  }

  /** {@code -za * sum_k B[k, n]} per column (wrapping i32), zero past N. */
  private Value corrections() {
    long len = panels() * nr;
    byte[] out = new byte[Math.toIntExact(len * 4)];
    for (long col = 0; col < c.n(); col++) {
      int s = 0;
      for (long kk = 0; kk < c.k(); kk++) s += c.weight(kk, col);
      DenseElementsAttr.putLE(out, (int) (col * 4), 4, (int) (-c.aZero() * s));
    }
    return constant(new RankedTensorType(new long[] {len}, I32), out);
  }

  /** {@code rows} x {@code cols} of the output at row i, panel p. */
  private void kernel(int rows, Value i, Value p, int cols) {
    int nv = (cols + VL - 1) / VL;
    Value j0 = mul(p, nr);
    List<Value> rowsIdx = new ArrayList<>();
    for (int r = 0; r < rows; r++) rowsIdx.add(add(i, r));
    List<Value> corrV = new ArrayList<>();
    for (int v = 0; v < nv; v++) corrV.add(corr != null ? Tl.vload(b, loc, VI32, corr, List.of(add(j0, v * VL))) : null);
    List<Value> acc = new ArrayList<>();
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        Value init;
        if (fromZero) init = corr != null ? corrV.get(v) : iconst(VI32, 0);
        else {
          init = vloadT(c.c(), List.of(rowsIdx.get(r), add(j0, v * VL)), Math.min(VL, cols - v * VL), VI32);
          if (corr != null) init = arith("arith.addi", init, corrV.get(v));
        }
        acc.add(init);
      }
    long kFull = c.k() / 4;
    int kRem = (int) (c.k() % 4);
    if (kFull > 0) {
      Operation kl = Tl.loop(b, loc, List.of(idx(0)), List.of(idx(kFull)), List.of(idx(1)), List.of("reduction"), acc, (bb, a) ->
          step(a.get(0), a.subList(1, a.size()), rows, rowsIdx, p, nv, 4));
      acc = new ArrayList<>(kl.results());
    }
    if (kRem > 0) acc = step(idx(kFull), acc, rows, rowsIdx, p, nv, kRem);
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(rowsIdx.get(r), add(j0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        Value val = acc.get(r * nv + v);
        if (epilogue != null) val = epilogue.apply(this, at, val, lanes);
        vstoreT(val, target, at, lanes);
      }
  }

  /** One step of four k (the first {@code kn} of them, masked loads of A when fewer than 4) at k = 4q. */
  private List<Value> step(Value q, List<Value> in, int rows, List<Value> rowsIdx, Value p, int nv, int kn) {
    List<Value> bv = new ArrayList<>();
    for (int v = 0; v < nv; v++) bv.add(Tl.vload(b, loc, VB, packed, List.of(p, q, idx(4L * VL * v))));
    Value k = mul(q, 4);
    List<Value> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Value> at = List.of(rowsIdx.get(r), k);
      Value a4 = kn == 4 ? Tl.vload(b, loc, VB4, c.a(), at) : maskedLoad(c.a(), at, VB4, kn);
      Value splat = splat4(a4);
      for (int v = 0; v < nv; v++)
        out.add(cpuDot(in.get(r * nv + v), splat, bv.get(v)));
    }
    return out;
  }

}
