package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the blocked, register-tiled form of a {@link Contraction} in tl at the op's position.
 *
 * <p>B is packed into {@code Bp : memref<NP x K x NR x f32>} (panel {@code p} holds columns
 * {@code p*NR ..} of every row k, contiguous, zero-padded past N): by a packing loop, or at compile
 * time into a new constant when B is a dense constant. Then, per batch index:
 * <pre>
 * for ib in [0, M') step MC            (parallel; M' = M rounded down to MR)
 *   for k0 in [0, K) step KC
 *     for p in panels, for i in [ib, min(ib + MC, M')) step MR:
 *       acc[r][v] = C[i + r, p*NR + 16v ..]            (MR x NR/16 vector<16xf32> accumulators)
 *       for k in [k0, min(k0 + KC, K)): acc[r][v] = fma(broadcast A[i + r, k], Bp[p, k, 16v ..], acc[r][v])
 *       C[i + r, p*NR + 16v ..] = acc[r][v]      (after the last k block: epilogue(acc[r][v]))
 * </pre>
 * where the epilogue is the fused in-place element-wise generic right after the product ({@link Epilogue}), if any.
 * With fewer than {@link #MIN_CHUNKS} row blocks (a small batch) the full panels are cut into groups
 * that form a second parallel dimension, {@code for (ib, pg) parallel, for k0, for p in group pg, for i},
 * and the last partial panel gets a loop of its own; the sum's order per element is unchanged.
 * and the same with a kernel of {@code M mod MR} rows for the last rows. Edges are static: the last
 * panel's C accesses are masked (or use fewer vectors), so every shape is handled exactly.
 */
final class KernelEmitter extends Emitter {
  final Contraction c;
  final int mr, nr, mc, kc;
  final Epilogue.Chain epilogue;

  KernelEmitter(Builder b, Contraction c, int mr, int nr, int mc, int kc, Epilogue.Chain epilogue) {
    super(b, c.op().location());
    this.epilogue = epilogue;
    this.c = c;
    this.mr = mr;
    this.nr = nr;
    this.mc = Math.max(mr, mc / mr * mr);
    this.kc = kc;
  }

  List<Value> prefix(List<Object> spec, List<Value> batchIvs) {
    List<Value> r = new ArrayList<>();
    for (Object o : spec) r.add(o instanceof Integer d ? batchIvs.get(d) : idx((Long) o));
    return r;
  }

  long panels() { return (c.n() + nr - 1) / nr; }

  MemRefType packedType() { return new MemRefType(new long[] {panels(), c.k(), nr}, FloatType.F32); }

  void emit() {
    Value constant = c.prefixB().isEmpty() ? PackedConstants.packedConstant(b, loc, c, nr) : null;
    if (c.batch().length == 0) {
      body(List.of(), constant);
      if (constant != null) Tl.dealloc(b, loc, constant);
      return;
    }
    int nb = c.batch().length;
    List<Value> lbs = new ArrayList<>(), ubs = new ArrayList<>(), steps = new ArrayList<>();
    List<String> its = new ArrayList<>();
    for (long e : c.batch()) {
      lbs.add(idx(0));
      ubs.add(idx(e));
      steps.add(idx(1));
      its.add("parallel");
    }
    Tl.loop(b, loc, lbs, ubs, steps, its, List.of(), (bb, args) -> {
      body(args.subList(0, nb), constant);
      return List.of();
    });
    if (constant != null) Tl.dealloc(b, loc, constant);
  }

  private void body(List<Value> batchIvs, Value constant) {
    Value bp = constant;
    if (bp == null) {
      bp = b.create("tl.alloc", loc, List.of(), List.of(packedType()), DictionaryAttr.of(new NamedAttribute("alignment", IntegerAttr.i64(64)))).result(0);
      pack(bp, prefix(c.prefixB(), batchIvs));
    }
    compute(bp, batchIvs);
    if (constant == null) Tl.dealloc(b, loc, bp);
  }

  /** Packs B into {@code bp}: panel p, row k, lane j holds B[k, p*NR + j] (0 past N). */
  private void pack(Value bp, List<Value> pre) {
    long full = c.n() / nr;
    int rem = (int) (c.n() % nr);
    Value bm = c.b();
    if (!c.transB()) {
      if (full > 0)
        Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(full), idx(c.k())), List.of(idx(1), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
          Value j0 = mul(a.get(0), nr);
          for (int h = 0; h < nr; h += VL) vstore(vload(bm, concat(pre, a.get(1), add(j0, h)), VL), bp, List.of(a.get(0), a.get(1), idx(h)), VL);
          return List.of();
        });
      if (rem > 0)
        loop(idx(0), idx(c.k()), 1, "parallel", k -> {
          for (int h = 0; h < nr; h += VL) {
            int lanes = Math.min(VL, rem - h);
            Value v = lanes <= 0 ? zeroVector() : vload(bm, concat(pre, k, idx(full * nr + h)), lanes);
            vstore(v, bp, List.of(idx(full), k, idx(h)), VL);
          }
        });
    } else {
      if (full > 0)
        Tl.loop(b, loc, List.of(idx(0), idx(0), idx(0)), List.of(idx(full), idx(c.k()), idx(nr)), List.of(idx(1), idx(1), idx(1)),
            List.of("parallel", "parallel", "parallel"), List.of(), (bb, a) -> {
              Value s = Tl.load(b, loc, bm, concat(pre, arith("arith.addi", mul(a.get(0), nr), a.get(2)), a.get(1)));
              Tl.store(b, loc, s, bp, List.of(a.get(0), a.get(1), a.get(2)));
              return List.of();
            });
      if (rem > 0)
        loop(idx(0), idx(c.k()), 1, "parallel", k -> {
          for (int h = 0; h < nr; h += VL) vstore(zeroVector(), bp, List.of(idx(full), k, idx(h)), VL);
          loop(idx(0), idx(rem), 1, "parallel", j -> {
            Value s = Tl.load(b, loc, bm, concat(pre, add(j, full * nr), k));
            Tl.store(b, loc, s, bp, List.of(idx(full), k, j));
          });
        });
    }
  }

  /** Parallel chunks the outer loops should offer at least (two threads, with room for balancing): below it, full panels are split into groups too. */
  static final int MIN_CHUNKS = 8;

  private void compute(Value bp, List<Value> batchIvs) {
    long mFull = c.m() / mr * mr;
    int mRem = (int) (c.m() % mr);
    long full = c.n() / nr;
    int nRem = (int) (c.n() % nr);
    long mBlocks = (mFull + mc - 1) / mc;
    // few row blocks (a small batch: the MLP's 64 rows are one block): the full panels are split into
    // groups, a second parallel dimension, so more than one thread has work
    long groups = mBlocks == 0 || mBlocks >= MIN_CHUNKS || full < 2 ? 1 : Math.min(full, (MIN_CHUNKS + mBlocks - 1) / mBlocks);
    long per = (full + groups - 1) / Math.max(1, groups);
    if (mFull > 0 && groups > 1) {
      long ng = (full + per - 1) / per;
      Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(mFull), idx(ng)), List.of(idx(mc), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
        Value ib = a.get(0), pg = a.get(1);
        Value iEnd = arith("arith.minsi", add(ib, mc), idx(mFull));
        Value p0 = mul(pg, per), pEnd = arith("arith.minsi", add(p0, per), idx(full));
        kBlocks((k0, last) -> {
          Value kEnd = kEnd(k0);
          Tl.loop(b, loc, List.of(p0), List.of(pEnd), List.of(idx(1)), List.of("parallel"), List.of(), (b2, pa) -> {
            loop(ib, iEnd, mr, "parallel", i -> kernel(bp, batchIvs, mr, i, pa.get(0), nr, k0, kEnd, last));
            return List.of();
          });
        });
        return List.of();
      });
      if (nRem > 0)
        loop(idx(0), idx(mFull), mc, "parallel", ib -> {
          Value iEnd = arith("arith.minsi", add(ib, mc), idx(mFull));
          kBlocks((k0, last) -> loop(ib, iEnd, mr, "parallel", i -> kernel(bp, batchIvs, mr, i, idx(full), nRem, k0, kEnd(k0), last)));
        });
    } else if (mFull > 0)
      loop(idx(0), idx(mFull), mc, "parallel", ib -> {
        Value iEnd = arith("arith.minsi", add(ib, mc), idx(mFull));
        kBlocks((k0, last) -> {
          Value kEnd = kEnd(k0);
          if (full > 0) loop(idx(0), idx(full), 1, "parallel", p -> loop(ib, iEnd, mr, "parallel", i -> kernel(bp, batchIvs, mr, i, p, nr, k0, kEnd, last)));
          if (nRem > 0) loop(ib, iEnd, mr, "parallel", i -> kernel(bp, batchIvs, mr, i, idx(full), nRem, k0, kEnd, last));
        });
      });
    if (mRem > 0)
      kBlocks((k0, last) -> {
        Value kEnd = kEnd(k0);
        if (full > 0) loop(idx(0), idx(full), 1, "parallel", p -> kernel(bp, batchIvs, mRem, idx(mFull), p, nr, k0, kEnd, last));
        if (nRem > 0) kernel(bp, batchIvs, mRem, idx(mFull), idx(full), nRem, k0, kEnd, last);
      });
  }

  /** The cache blocks of k: {@code body(k0, last)}; with an epilogue the last block is peeled, so the epilogue runs once, on the final sums. */
  private void kBlocks(java.util.function.BiConsumer<Value, Boolean> body) {
    if (c.k() <= kc) body.accept(idx(0), true);
    else if (epilogue == null) loop(idx(0), idx(c.k()), kc, "reduction", k0 -> body.accept(k0, true));
    else {
      long lastStart = (c.k() - 1) / kc * kc;
      loop(idx(0), idx(lastStart), kc, "reduction", k0 -> body.accept(k0, false));
      body.accept(idx(lastStart), true);
    }
  }

  private Value kEnd(Value k0) { return c.k() <= kc ? idx(c.k()) : arith("arith.minsi", add(k0, kc), idx(c.k())); }

  /** {@code rows} x {@code cols} of C at row i, panel p: loads the accumulators, runs k over [k0, kEnd), stores them. */
  private void kernel(Value bp, List<Value> batchIvs, int rows, Value i, Value p, int cols, Value k0, Value kEnd, boolean last) {
    int nv = (cols + VL - 1) / VL;
    List<Value> preC = batchIvs;
    List<Value> preA = prefix(c.prefixA(), batchIvs);
    Value j0 = mul(p, nr);
    List<Value> rowsIdx = new ArrayList<>();
    for (int r = 0; r < rows; r++) rowsIdx.add(add(i, r));
    List<Value> acc = new ArrayList<>();
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) acc.add(vload(c.c(), concat(preC, rowsIdx.get(r), add(j0, v * VL)), Math.min(VL, cols - v * VL)));
    Operation kl = Tl.loop(b, loc, List.of(k0), List.of(kEnd), List.of(idx(1)), List.of("reduction"), acc, (bb, a) -> {
      Value k = a.get(0);
      List<Value> in = a.subList(1, a.size());
      List<Value> bv = new ArrayList<>();
      for (int v = 0; v < nv; v++) bv.add(Tl.vload(b, loc, V, bp, List.of(p, k, idx(v * VL))));
      List<Value> out = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        List<Value> at = c.transA() ? concat(preA, k, rowsIdx.get(r)) : concat(preA, rowsIdx.get(r), k);
        Value s = Tl.load(b, loc, c.a(), at);
        Value sb = Tl.broadcast(b, loc, s, V);
        for (int v = 0; v < nv; v++)
          out.add(b.create("tl.fma", loc, List.of(sb, bv.get(v), in.get(r * nv + v)), List.of(V), DictionaryAttr.EMPTY).result(0));
      }
      return out;
    });
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = concat(preC, rowsIdx.get(r), add(j0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        Value val = kl.result(r * nv + v);
        vstore(last && epilogue != null ? epilogue.apply(this, at, val, lanes) : val, c.c(), at, lanes);
      }
  }

}
