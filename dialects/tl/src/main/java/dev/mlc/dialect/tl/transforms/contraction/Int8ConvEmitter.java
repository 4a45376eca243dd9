package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits an {@link Int8ConvContraction} as a direct convolution on AVX-512 VNNI, at the position of the
 * last generic of its epilogue (or of the convolution). The four bytes of a 32-bit lane are the kernel
 * row's kw taps (zero past kw): first the u8 input is laid out as {@code xw[n, c, ih, 4 iw + t] = x'[n, c, ih, iw + t*dw] + xzp}
 * (a pass over the input: four i32 vector loads, narrowed and interleaved by shuffles), so that
 * <pre>
 * for (n, oh) parallel, for m0 step MR, for ow0 step NR (the last run masked):
 *   acc[r][v] = init(m0 + r) - xzp * sum(w'[m0 + r])
 *   for c, for kh: acc[r][v] = vnni_dpbusd(acc[r][v], xw[n, c, oh*sh + kh*dh, 4 (ow0 + 16v) ..], splat4(w'[m0 + r, c, kh, 0..3]))
 *   out[n, m0 + r, oh, ow0 + 16v ..] = epilogue(acc[r][v])
 * </pre>
 * with the weights (the kw taps padded to 4 bytes) a compile-time constant; {@code init} is the bias
 * initialization generic before the convolution when there is one, else the output's value.
 */
final class Int8ConvEmitter extends Int8Emitter {
  final Int8ConvContraction c;
  final int mr, nr;
  final Int8Epilogue.Step init;
  final Int8Epilogue epilogue;
  final Value target;
  Value xw, packed, corr;

  Int8ConvEmitter(Builder b, Int8ConvContraction c, int mr, int nr, Int8Epilogue.Step init, Int8Epilogue epilogue) {
    super(b, c.op().location());
    this.c = c;
    this.mr = mr;
    this.nr = nr;
    this.init = init;
    this.epilogue = epilogue;
    this.target = epilogue != null ? epilogue.out() : c.y();
  }

  void emit() {
    long[] l = c.loops();
    long n = l[0], m = l[1], oh = l[2], ow = l[3], ch = l[4], kh = l[5], kw = l[6];
    long hp = ((MemRefType) c.x().type()).shape()[2];
    // weights: [m][c][kh][4] bytes; corrections -xzp * sum w'[m]
    byte[] wp = new byte[Math.toIntExact(m * ch * kh * 4)];
    byte[] cr = new byte[Math.toIntExact(m * 4)];
    for (int mm = 0; mm < m; mm++) {
      int s = 0;
      for (int cc = 0; cc < ch; cc++)
        for (int h = 0; h < kh; h++)
          for (int t = 0; t < kw; t++) {
            byte v = c.weights()[(int) (((mm * ch + cc) * kh + h) * kw + t)];
            wp[(int) (((mm * ch + cc) * kh + h) * 4 + t)] = v;
            s += v;
          }
      DenseElementsAttr.putLE(cr, mm * 4, 4, (int) (-c.xZero() * s));
    }
    packed = constant(new RankedTensorType(new long[] {m, ch, kh, 4}, I8), wp);
    corr = constant(new RankedTensorType(new long[] {m}, I32), cr);
    xw = b.create("tl.alloc", loc, List.of(), List.of(new MemRefType(new long[] {n, ch, hp, 4 * ow}, I8)),
        DictionaryAttr.of(new NamedAttribute("alignment", IntegerAttr.i64(64)))).result(0);
    if (c.source() != null) layOutU8(n, ch, hp, ow, kw);
    else layOut(n, ch, hp, ow, kw);
    long mFull = m / mr * mr;
    int mRem = (int) (m % mr);
    long full = ow / nr;
    int rem = (int) (ow % nr);
    Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(n), idx(oh)), List.of(idx(1), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
      Value nv = a.get(0), ohv = a.get(1);
      if (mFull > 0) loop(idx(0), idx(mFull), mr, "parallel", m0 -> row(mr, nv, m0, ohv, full, rem));
      if (mRem > 0) row(mRem, nv, idx(mFull), ohv, full, rem);
      return List.of();
    });
    Tl.dealloc(b, loc, xw);
    Tl.dealloc(b, loc, packed);
    Tl.dealloc(b, loc, corr);
  }

  /** xw[n, c, ih, 4 iw + t] = x'[n, c, ih, iw + t*dw] + xzp for t < kw, 0 for t >= kw. */
  private void layOut(long n, long ch, long hp, long ow, long kw) {
    VectorType v8 = new VectorType(new long[] {VL}, I8), v16 = new VectorType(new long[] {2 * VL}, I8);
    long[] pair = new long[2 * VL], quad = new long[4 * VL];
    for (int j = 0; j < VL; j++) {
      pair[2 * j] = j;
      pair[2 * j + 1] = VL + j;
      quad[4 * j] = 2 * j;
      quad[4 * j + 1] = 2 * j + 1;
      quad[4 * j + 2] = 2 * VL + 2 * j;
      quad[4 * j + 3] = 2 * VL + 2 * j + 1;
    }
    long full = ow / VL;
    int rem = (int) (ow % VL);
    Tl.loop(b, loc, List.of(idx(0), idx(0), idx(0)), List.of(idx(n), idx(ch), idx(hp)), List.of(idx(1), idx(1), idx(1)),
        List.of("parallel", "parallel", "parallel"), List.of(), (bb, a) -> {
          java.util.function.BiConsumer<Value, Integer> run = (iw0, lanes) -> {
            Value zp = Tl.broadcast(b, loc, b.create("arith.constant", loc, List.of(), List.of(I32),
                DictionaryAttr.of(new NamedAttribute("value", IntegerAttr.of(I32, c.xZero())))).result(0), VI32);
            List<Value> bytes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
              if (t >= kw) {
                bytes.add(iconst(v8, 0));
                continue;
              }
              Value x = vloadT(c.x(), List.of(a.get(0), a.get(1), a.get(2), add(iw0, t * c.dw())), lanes, VI32);
              Value u = arith("arith.addi", x, zp);
              bytes.add(b.create("arith.trunci", loc, List.of(u), List.of(v8), DictionaryAttr.EMPTY).result(0));
            }
            Value p01 = shuffle(bytes.get(0), bytes.get(1), pair, v16), p23 = shuffle(bytes.get(2), bytes.get(3), pair, v16);
            Value q = shuffle(p01, p23, quad, VB);
            List<Value> at = List.of(a.get(0), a.get(1), a.get(2), mul(iw0, 4));
            if (lanes == VL) Tl.vstore(b, loc, q, xw, at);
            else {
              List<Value> ops = new ArrayList<>(List.of(q, xw));
              ops.addAll(at);
              ops.add(maskOf(4 * VL, 4 * lanes));
              b.create("tl.vstore", loc, ops, List.of(), DictionaryAttr.EMPTY);
            }
          };
          if (full > 0) loop(idx(0), idx(full * VL), VL, "parallel", iw0 -> run.accept(iw0, VL));
          if (rem > 0) run.accept(idx(full * VL), rem);
          return List.of();
        });
  }

  /**
   * The same layout read from the u8 source of x' (which then goes): padding rows are a constant,
   * interior rows 16-pixel runs (unrolled, edges static) of masked byte loads with xzp passed through
   * where a tap falls in the padding.
   */
  private void layOutU8(long n, long ch, long hp, long ow, long kw) {
    Int8ConvContraction.U8Source src = c.source();
    long[] xs = ((MemRefType) src.x8().type()).shape();
    long h = xs[2], w = xs[3], top = src.top(), left = src.left();
    VectorType v8 = new VectorType(new long[] {VL}, I8), v16 = new VectorType(new long[] {2 * VL}, I8);
    byte zb = (byte) c.xZero();
    byte[] padBytes = new byte[4 * VL], zbs = new byte[VL];
    for (int j = 0; j < VL; j++) {
      zbs[j] = zb;
      for (int t = 0; t < kw; t++) padBytes[4 * j + t] = zb;
    }
    long[] pair = new long[2 * VL], quad = new long[4 * VL];
    for (int j = 0; j < VL; j++) {
      pair[2 * j] = j;
      pair[2 * j + 1] = VL + j;
      quad[4 * j] = 2 * j;
      quad[4 * j + 1] = 2 * j + 1;
      quad[4 * j + 2] = 2 * VL + 2 * j;
      quad[4 * j + 3] = 2 * VL + 2 * j + 1;
    }
    Tl.loop(b, loc, List.of(idx(0), idx(0)), List.of(idx(n), idx(ch)), List.of(idx(1), idx(1)), List.of("parallel", "parallel"), List.of(), (bb, a) -> {
      Value nv = a.get(0), cv = a.get(1);
      java.util.function.Consumer<Value> padRow = ih -> {
        Value pv = denseBytes(VB, padBytes);
        for (long iw0 = 0; iw0 < ow; iw0 += VL) store64(pv, List.of(nv, cv, ih, idx(4 * iw0)), (int) Math.min(VL, ow - iw0));
      };
      if (top > 0) loop(idx(0), idx(top), 1, "parallel", padRow);
      if (top + h < hp) loop(idx(top + h), idx(hp), 1, "parallel", padRow);
      loop(idx(0), idx(h), 1, "parallel", sr -> {
        Value ih = add(sr, top);
        Value zv = denseBytes(v8, zbs);
        for (long iw0 = 0; iw0 < ow; iw0 += VL) {
          int lanes = (int) Math.min(VL, ow - iw0);
          List<Value> bytes = new ArrayList<>();
          for (int t = 0; t < 4; t++) {
            if (t >= kw) {
              bytes.add(iconst(v8, 0));
              continue;
            }
            long start = iw0 + t * c.dw() - left;
            int lo = (int) Math.max(0, -start), hi = (int) Math.min(lanes, w - start);
            if (lo >= hi) {
              bytes.add(zv);
              continue;
            }
            long at = Math.max(start, 0);
            List<Value> ops = new ArrayList<>(List.of(src.x8(), nv, cv, sr, idx(at)));
            Value x;
            if (lo == 0 && hi == VL) x = Tl.vload(b, loc, v8, src.x8(), ops.subList(1, ops.size()));
            else {
              ops.add(maskOf(VL, hi - lo));
              ops.add(zv);
              x = b.create("tl.vload", loc, ops, List.of(v8), DictionaryAttr.EMPTY).result(0);
            }
            if (lo > 0) {
              long[] sh = new long[VL];
              for (int l = 0; l < VL; l++) sh[l] = l < lo ? l : VL + (l - lo);
              x = shuffle(zv, x, sh, v8);
            }
            bytes.add(x);
          }
          Value p01 = shuffle(bytes.get(0), bytes.get(1), pair, v16), p23 = shuffle(bytes.get(2), bytes.get(3), pair, v16);
          store64(shuffle(p01, p23, quad, VB), List.of(nv, cv, ih, idx(4 * iw0)), lanes);
        }
      });
      return List.of();
    });
  }

  private Value denseBytes(VectorType t, byte[] data) {
    return b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(t, data)))).result(0);
  }

  /** Stores the 64 bytes of {@code q} (the first {@code 4 lanes} of them) into xw at {@code at}. */
  private void store64(Value q, List<Value> at, int lanes) {
    List<Value> ops = new ArrayList<>(List.of(q, xw));
    ops.addAll(at);
    if (lanes < VL) ops.add(maskOf(4 * VL, 4 * lanes));
    b.create("tl.vstore", loc, ops, List.of(), DictionaryAttr.EMPTY);
  }

  private void row(int rows, Value n, Value m0, Value oh, long full, int rem) {
    if (full > 0) loop(idx(0), idx(full), 1, "parallel", p -> kernel(rows, n, m0, oh, mul(p, nr), nr));
    if (rem > 0) kernel(rows, n, m0, oh, idx(full * nr), rem);
  }

  private void kernel(int rows, Value n, Value m0, Value oh, Value ow0, int cols) {
    int nv = (cols + VL - 1) / VL;
    long[] l = c.loops();
    List<Value> ms = new ArrayList<>();
    for (int r = 0; r < rows; r++) ms.add(add(m0, r));
    List<Value> acc = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Value cv = Tl.broadcast(b, loc, Tl.load(b, loc, corr, List.of(ms.get(r))), VI32);
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(n, ms.get(r), oh, add(ow0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        Value start = init != null ? Int8Epilogue.apply(this, init, at, iconst(VI32, 0), lanes) : vloadT(c.y(), at, lanes, VI32);
        acc.add(arith("arith.addi", start, cv));
      }
    }
    Value ohs = mul(oh, c.sh());
    Operation kl = Tl.loop(b, loc, List.of(idx(0)), List.of(idx(l[4])), List.of(idx(1)), List.of("reduction"), acc, (bb, a) -> {
      Value ch = a.get(0);
      List<Value> cur = new ArrayList<>(a.subList(1, a.size()));
      for (long h = 0; h < l[5]; h++) {
        Value row = add(ohs, h * c.dh());
        List<Value> xv = new ArrayList<>();
        for (int v = 0; v < nv; v++) {
          List<Value> at = List.of(n, ch, row, mul(add(ow0, v * VL), 4));
          int lanes = Math.min(VL, cols - v * VL);
          xv.add(lanes == VL ? Tl.vload(b, loc, VB, xw, at) : maskedLoad(xw, at, VB, 4 * lanes));
        }
        List<Value> next = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
          Value ws = splat4(Tl.vload(b, loc, VB4, packed, List.of(ms.get(r), ch, idx(h), idx(0))));
          for (int v = 0; v < nv; v++) next.add(cpuDot(cur.get(r * nv + v), xv.get(v), ws));
        }
        cur = next;
      }
      return cur;
    });
    for (int r = 0; r < rows; r++)
      for (int v = 0; v < nv; v++) {
        List<Value> at = List.of(n, ms.get(r), oh, add(ow0, v * VL));
        int lanes = Math.min(VL, cols - v * VL);
        Value val = kl.result(r * nv + v);
        if (epilogue != null) val = epilogue.apply(this, at, val, lanes);
        vstoreT(val, target, at, lanes);
      }
  }
}
