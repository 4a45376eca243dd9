package dev.mlc.dialect.tl.interp;

import dev.mlc.dialect.tl.ir.Layouts;
import dev.mlc.dialect.tl.ir.ShapeOps;
import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The reference interpreter's implementations of the tl dialect's ops. Buffers are the core's
 * checked {@link Buffer}s (bounds, initialization, use after free), tensors and vectors
 * {@link Tensor}s, index values {@link Long}s.
 */
public final class TlInterpreter implements InterpreterProvider {
  /** Per-run state: stack allocations (which tl.dealloc must not free) and the iteration points of the enclosing tl.generic ops. */
  static final class State {
    final Set<Buffer.Allocation> stack = Collections.newSetFromMap(new IdentityHashMap<>());
    final ArrayDeque<long[]> points = new ArrayDeque<>();
  }

  static State state(Interpreter in) { return in.extension(State.class, State::new); }

  static Object[] one(Object v) { return new Object[] {v}; }

  static long idx(Object o) { return ((Number) o).longValue(); }

  static long[] idx(Object[] a, int from, int to) {
    long[] r = new long[to - from];
    for (int i = from; i < to; i++) r[i - from] = idx(a[i]);
    return r;
  }

  static String where(Operation op) {
    return op.location() instanceof Location.FileLineCol l ? op.name() + " at " + l.file() + ":" + l.line() + ":" + l.column() : op.name();
  }

  /** The static shape of a shaped type with its dynamic sizes taken from {@code dyn}, checked non-negative. */
  static long[] shape(Interpreter in, ShapedType t, Object[] dyn) {
    long[] s = t.shape().clone();
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] == ShapedType.DYNAMIC) s[i] = idx(dyn[k++]);
      if (s[i] < 0) throw in.error("negative size " + s[i] + " for dimension " + i);
    }
    return s;
  }

  /** Advances a row-major multi-index within {@code sizes}; false when it wraps around. */
  static boolean next(long[] i, long[] sizes) {
    for (int d = i.length - 1; d >= 0; d--) {
      if (++i[d] < sizes[d]) return true;
      i[d] = 0;
    }
    return false;
  }

  static boolean empty(long[] sizes) {
    for (long s : sizes) if (s <= 0) return true;
    return false;
  }

  @Override public void register(Registry r) {
    r.add("tl.alloc", (in, op, a) -> one(Buffer.allocate(elem(op), shape(in, (MemRefType) op.result(0).type(), a), false, where(op))));
    r.add("tl.alloca", (in, op, a) -> {
      Buffer b = Buffer.allocate(elem(op), shape(in, (MemRefType) op.result(0).type(), a), false, where(op));
      state(in).stack.add(b.allocation());
      return one(b);
    });
    r.add("tl.empty", (in, op, a) -> one(Tensor.zeros(elem(op), shape(in, (ShapedType) op.result(0).type(), a))));
    r.add("tl.dealloc", (in, op, a) -> {
      Buffer b = (Buffer) a[0];
      if (state(in).stack.contains(b.allocation())) throw in.error("cannot free a stack allocation (from tl.alloca)");
      if (b.offset() != 0 || b.allocation().size() != Tensor.count(b.sizes()) || !Arrays.equals(b.strides(), Tensor.stridesOf(b.sizes())))
        throw in.error("the freed buffer is a view into an allocation, not the allocation itself");
      b.free();
      return null;
    });
    r.add("tl.dim", (in, op, a) -> {
      int i = ((IntegerAttr) op.attr("index")).value().intValue();
      return one(a[0] instanceof Buffer b ? b.dim(i) : ((Tensor) a[0]).dim(i));
    });
    r.add("tl.load", (in, op, a) -> one(((Buffer) a[0]).load(idx(a, 1, a.length))));
    r.add("tl.store", (in, op, a) -> {
      ((Buffer) a[1]).store(a[0], idx(a, 2, a.length));
      return null;
    });
    r.add("tl.copy", (in, op, a) -> {
      Buffer s = (Buffer) a[0], d = (Buffer) a[1];
      if (!Arrays.equals(s.sizes(), d.sizes())) throw in.error("source and target shapes differ: " + Arrays.toString(s.sizes()) + " vs " + Arrays.toString(d.sizes()));
      long[] sizes = s.sizes();
      if (empty(sizes)) return null;
      // Read everything first (the two may overlap); uninitialized elements stay uninitialized in the copy.
      java.util.List<Object> values = new java.util.ArrayList<>();
      long[] i = new long[sizes.length];
      do values.add(s.isInitialized(i) ? s.load(i) : null); while (next(i, sizes));
      int f = 0;
      do {
        Object v = values.get(f++);
        if (v != null) d.store(v, i);
        else d.invalidate(i);
      } while (next(i, sizes));
      return null;
    });
    r.add("tl.fill", (in, op, a) -> {
      if (a[1] instanceof Tensor t) return one(Tensor.splat(t.elementType(), t.shape(), a[0]));
      Buffer b = (Buffer) a[1];
      write(b, Tensor.splat(b.elementType(), b.sizes(), a[0]));
      return null;
    });
    r.add("tl.subview", TlInterpreter::subview);
    r.add("tl.reinterpret_cast", TlInterpreter::reinterpretCast);
    r.add("tl.extract_slice", (in, op, a) -> {
      Tensor t = (Tensor) a[0];
      long[][] v = slice(in, op, a, 1, t.shape());
      Tensor out = Tensor.zeros(t.elementType(), sliceShape(op, op.result(0).type(), v[1]));
      forEachSliceElement(v, (f, at) -> out.set(f, t.get(at)));
      return one(out);
    });
    r.add("tl.insert_slice", (in, op, a) -> {
      Tensor src = (Tensor) a[0], out = ((Tensor) a[1]).copy();
      long[][] v = slice(in, op, a, 2, out.shape());
      if (Tensor.count(v[1]) != src.size())
        throw in.error("source of shape " + Arrays.toString(src.shape()) + " does not fill a slice of sizes " + Arrays.toString(v[1]));
      forEachSliceElement(v, (f, at) -> out.set(out.flatIndex(at), src.get(f)));
      return one(out);
    });
    r.add("tl.reshape", (in, op, a) -> {
      return one(reshaped(in, a[0], ((ShapedType) op.result(0).type()).shape()));
    });
    r.add("tl.collapse_shape", (in, op, a) -> {
      long[] from = a[0] instanceof Buffer b ? b.sizes() : ((Tensor) a[0]).shape();
      List<long[]> groups = ShapeOps.reassociation(op);
      long[] to = new long[groups.size()];
      for (int i = 0; i < to.length; i++) to[i] = ShapeOps.product(from, groups.get(i));
      return one(reshaped(in, a[0], to));
    });
    r.add("tl.expand_shape", (in, op, a) -> {
      long[] from = a[0] instanceof Buffer b ? b.sizes() : ((Tensor) a[0]).shape();
      long[] to = op.attr("static_output_shape", DenseArrayAttr.class).asLongs();
      for (int d = 0, k = 1; d < to.length; d++) if (to[d] == ShapedType.DYNAMIC) to[d] = idx(a[k++]);
      List<long[]> groups = ShapeOps.reassociation(op);
      for (int i = 0; i < groups.size(); i++)
        if (ShapeOps.product(to, groups.get(i)) != from[i])
          throw in.error("cannot expand dimension " + i + " of size " + from[i] + " into sizes " + Arrays.toString(Arrays.stream(groups.get(i)).map(d -> to[(int) d]).toArray()));
      return one(reshaped(in, a[0], to));
    });
    r.add("tl.cast", (in, op, a) -> {
      long[] want = ((ShapedType) op.result(0).type()).shape();
      long[] got = a[0] instanceof Buffer b ? b.sizes() : ((Tensor) a[0]).shape();
      for (int i = 0; i < want.length; i++)
        if (want[i] != ShapedType.DYNAMIC && want[i] != got[i]) throw in.error("cannot cast a value of shape " + Arrays.toString(got) + " to " + op.result(0).type());
      if (a[0] instanceof Buffer b && op.result(0).type() instanceof MemRefType m && Layouts.stridesAndOffset(m) instanceof StridedLayoutAttr l) {
        for (int i = 0; i < want.length; i++)
          if (l.strides()[i] != ShapedType.DYNAMIC && l.strides()[i] != b.strides()[i] && b.dim(i) != 1)
            throw in.error("cannot cast a buffer with strides " + Arrays.toString(b.strides()) + " to " + m);
        if (l.offset() != ShapedType.DYNAMIC && l.offset() != b.offset()) throw in.error("cannot cast a buffer with offset " + b.offset() + " to " + m);
      }
      return one(a[0]);
    });
    r.add("tl.to_buffer", (in, op, a) -> one(Buffer.of((Tensor) a[0])));
    r.add("tl.to_tensor", (in, op, a) -> one(((Buffer) a[0]).toTensor()));
    r.add("tl.loop", TlInterpreter::loop);
    r.add("tl.index", (in, op, a) -> {
      long[] p = state(in).points.peek();
      if (p == null) throw in.error("no enclosing tl.generic is running");
      return one(p[((IntegerAttr) op.attr("dim")).value().intValue()]);
    });
    r.add("tl.generic", TlInterpreter::generic);
    r.add("tl.matmul", TlInterpreter::matmul);
    VectorSemantics.register(r);
  }

  /** A tensor, or a view of a contiguous buffer, with another shape of the same element count. */
  static Object reshaped(Interpreter in, Object v, long[] to) {
    if (v instanceof Tensor t) return t.reshape(to);
    Buffer b = (Buffer) v;
    if (!Arrays.equals(b.strides(), Tensor.stridesOf(b.sizes()))) throw in.error("buffer is not contiguous (strides " + Arrays.toString(b.strides()) + ")");
    return b.view(b.offset(), to, Tensor.stridesOf(to));
  }

  static Type elem(Operation op) { return ((ShapedType) op.result(0).type()).elementType(); }

  /** Writes the elements of {@code t} into the buffer (same shape). */
  static void write(Buffer b, Tensor t) {
    long[] sizes = b.sizes();
    if (empty(sizes)) return;
    long[] i = new long[sizes.length];
    int f = 0;
    do b.store(t.get(f++), i); while (next(i, sizes));
  }

  static Object[] subview(Interpreter in, Operation op, Object[] a) {
    Buffer src = (Buffer) a[0];
    int rank = src.rank();
    long[][] v = new long[3][];
    int k = 1;
    String[] names = {"static_offsets", "static_sizes", "static_strides"};
    for (int l = 0; l < 3; l++) {
      v[l] = op.attr(names[l], DenseArrayAttr.class).asLongs();
      for (int d = 0; d < rank; d++) if (v[l][d] == ShapedType.DYNAMIC) v[l][d] = idx(a[k++]);
    }
    long offset = src.offset();
    long[] strides = new long[rank];
    for (int d = 0; d < rank; d++) {
      long o = v[0][d], n = v[1][d], s = v[2][d];
      if (o < 0 || n < 0 || s < 0) throw in.error("negative offset, size or stride along dimension " + d + " (" + o + ", " + n + ", " + s + ")");
      if (n > 0 && o + (n - 1) * s >= src.dim(d))
        throw in.error("subview out of bounds along dimension " + d + ": offset " + o + " + (size " + n + " - 1) * stride " + s + " >= " + src.dim(d));
      offset += o * src.strides()[d];
      strides[d] = s * src.strides()[d];
    }
    MemRefType full = Layouts.subviewType((MemRefType) op.operand(0).type(), op.attr(names[0], DenseArrayAttr.class).asLongs(),
        op.attr(names[1], DenseArrayAttr.class).asLongs(), op.attr(names[2], DenseArrayAttr.class).asLongs());
    boolean[] drop = Layouts.droppedDims(full.shape(), ((MemRefType) op.result(0).type()).shape());
    int kept = 0;
    for (boolean d : drop) if (!d) kept++;
    long[] sizes = new long[kept], st = new long[kept];
    for (int d = 0, j = 0; d < rank; d++)
      if (!drop[d]) {
        sizes[j] = v[1][d];
        st[j++] = strides[d];
      }
    return one(src.view(offset, sizes, st));
  }

  /** The offsets, sizes and strides of a slice op (dynamic ones from operands {@code first..}), checked against {@code shape}. */
  static long[][] slice(Interpreter in, Operation op, Object[] a, int first, long[] shape) {
    String[] names = {"static_offsets", "static_sizes", "static_strides"};
    long[][] v = new long[3][];
    int k = first;
    for (int l = 0; l < 3; l++) {
      v[l] = op.attr(names[l], DenseArrayAttr.class).asLongs();
      for (int d = 0; d < v[l].length; d++) if (v[l][d] == ShapedType.DYNAMIC) v[l][d] = idx(a[k++]);
    }
    for (int d = 0; d < shape.length; d++) {
      long o = v[0][d], n = v[1][d], s = v[2][d];
      if (o < 0 || n < 0 || s < 0) throw in.error("negative offset, size or stride along dimension " + d + " (" + o + ", " + n + ", " + s + ")");
      if (n > 0 && o + (n - 1) * s >= shape[d])
        throw in.error("slice out of bounds along dimension " + d + ": offset " + o + " + (size " + n + " - 1) * stride " + s + " >= " + shape[d]);
    }
    return v;
  }

  /** The run-time shape of a slice op's (possibly rank-reduced) slice type, whose full sizes are {@code sizes}. */
  static long[] sliceShape(Operation op, Type sliceType, long[] sizes) {
    boolean[] drop = Layouts.droppedDims(op.attr("static_sizes", DenseArrayAttr.class).asLongs(), ((ShapedType) sliceType).shape());
    long[] r = new long[((ShapedType) sliceType).rank()];
    for (int d = 0, k = 0; d < sizes.length; d++) if (!drop[d]) r[k++] = sizes[d];
    return r;
  }

  interface SliceVisitor {
    void visit(int flat, long[] at);
  }

  /** Visits the slice's elements in row-major order: their position in the slice and their index in the sliced tensor. */
  static void forEachSliceElement(long[][] v, SliceVisitor f) {
    long[] sizes = v[1];
    if (empty(sizes)) return;
    long[] i = new long[sizes.length], at = new long[sizes.length];
    int flat = 0;
    do {
      for (int d = 0; d < sizes.length; d++) at[d] = v[0][d] + i[d] * v[2][d];
      f.visit(flat++, at);
    } while (next(i, sizes));
  }

  static Object[] reinterpretCast(Interpreter in, Operation op, Object[] a) {
    Buffer src = (Buffer) a[0];
    String[] names = {"static_offsets", "static_sizes", "static_strides"};
    long[][] v = new long[3][];
    int k = 1;
    for (int l = 0; l < 3; l++) {
      v[l] = op.attr(names[l], DenseArrayAttr.class).asLongs();
      for (int d = 0; d < v[l].length; d++) if (v[l][d] == ShapedType.DYNAMIC) v[l][d] = idx(a[k++]);
    }
    long lo = v[0][0], hi = v[0][0];
    for (int d = 0; d < v[1].length; d++) {
      if (v[1][d] < 0) throw in.error("negative size " + v[1][d] + " in dimension " + d);
      if (v[1][d] == 0) return one(src.view(v[0][0], v[1], v[2]));
      long span = (v[1][d] - 1) * v[2][d];
      if (span < 0) lo += span;
      else hi += span;
    }
    if (lo < 0 || hi >= src.allocation().size())
      throw in.error("view reaches elements " + lo + " to " + hi + " of an allocation of " + src.allocation().size());
    return one(src.view(v[0][0], v[1], v[2]));
  }

  static Object[] loop(Interpreter in, Operation op, Object[] a) {
    int n = ((ArrayAttr) op.attr("iterator_types")).size();
    long[] lb = idx(a, 0, n), ub = idx(a, n, 2 * n), step = idx(a, 2 * n, 3 * n);
    for (int d = 0; d < n; d++) if (step[d] <= 0) throw in.error("step must be positive, but dimension " + d + " has step " + step[d]);
    Object[] carried = Arrays.copyOfRange(a, 3 * n, a.length);
    for (int d = 0; d < n; d++) if (lb[d] >= ub[d]) return carried;
    long[] iv = lb.clone();
    Region body = op.region(0);
    Object[] args = new Object[n + carried.length];
    while (true) {
      for (int d = 0; d < n; d++) args[d] = iv[d];
      System.arraycopy(carried, 0, args, n, carried.length);
      carried = in.runRegion(body, args).clone();
      int d = n - 1;
      for (; d >= 0; d--) {
        iv[d] += step[d];
        if (iv[d] < ub[d]) break;
        iv[d] = lb[d];
      }
      if (d < 0) return carried;
    }
  }

  static Object[] generic(Interpreter in, Operation op, Object[] a) {
    List<AffineMap> maps = StructuredOps.maps(op);
    int ins = StructuredOps.numInputs(op), loops = maps.get(0).numDims();
    // Loop ranges: from the first operand dimension that is a plain dN.
    long[] ranges = new long[loops];
    Arrays.fill(ranges, -1);
    for (int i = 0; i < a.length; i++) {
      long[] shape = a[i] instanceof Buffer b ? b.sizes() : a[i] instanceof Tensor t && op.operand(i).type() instanceof RankedTensorType ? t.shape() : new long[0];
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j < shape.length; j++)
        if (res.get(j) instanceof AffineExpr.Dim d) {
          if (ranges[d.position()] < 0) ranges[d.position()] = shape[j];
          else if (ranges[d.position()] != shape[j])
            throw in.error("operand #" + i + " has size " + shape[j] + " in dimension " + j + ", but loop d" + d.position() + " runs " + ranges[d.position()] + " times");
        }
    }
    Object[] outs = new Object[a.length - ins];
    for (int o = 0; o < outs.length; o++) outs[o] = a[ins + o] instanceof Tensor t ? t.copy() : a[ins + o];
    if (!empty(ranges)) {
      Region body = op.region(0);
      Block block = body.front();
      long[] p = new long[loops];
      State st = state(in);
      do {
        Object[] args = new Object[a.length];
        long[][] at = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
          at[i] = maps.get(i).evaluate(p, new long[0]);
          Object v = i < ins ? a[i] : outs[i - ins];
          if (i >= ins && !block.argument(i).hasUses()) continue; // an unread output element may be uninitialized
          args[i] = readAt(in, op, i, v, at[i]);
        }
        st.points.push(p.clone());
        Object[] y;
        try {
          y = in.runRegion(body, args);
        } finally {
          st.points.pop();
        }
        for (int o = 0; o < outs.length; o++) {
          if (outs[o] instanceof Buffer b) b.store(y[o], at[ins + o]);
          else ((Tensor) outs[o]).set(flat(in, op, ins + o, (Tensor) outs[o], at[ins + o]), y[o]);
        }
      } while (next(p, ranges));
    }
    return Arrays.stream(outs).filter(o -> o instanceof Tensor).toArray();
  }

  static Object readAt(Interpreter in, Operation op, int i, Object v, long[] at) {
    if (v instanceof Buffer b) return b.load(at);
    if (v instanceof Tensor t && op.operand(i).type() instanceof RankedTensorType) return t.get(flat(in, op, i, t, at));
    return v;
  }

  static int flat(Interpreter in, Operation op, int i, Tensor t, long[] at) {
    for (int d = 0; d < at.length; d++)
      if (at[d] < 0 || at[d] >= t.dim(d)) throw in.error("out-of-bounds access: index " + Arrays.toString(at) + " into operand #" + i + " of shape " + Arrays.toString(t.shape()));
    return t.flatIndex(at);
  }

  static Object[] matmul(Interpreter in, Operation op, Object[] a) {
    Tensor x = a[0] instanceof Buffer b ? b.toTensor() : (Tensor) a[0];
    Tensor y = a[1] instanceof Buffer b ? b.toTensor() : (Tensor) a[1];
    long m = x.dim(0), k = x.dim(1), n = y.dim(1);
    Tensor c = a[2] instanceof Buffer b ? b.toTensor() : ((Tensor) a[2]).copy();
    if (y.dim(0) != k || c.dim(0) != m || c.dim(1) != n)
      throw in.error("shapes " + Arrays.toString(x.shape()) + ", " + Arrays.toString(y.shape()) + " and " + Arrays.toString(c.shape()) + " do not multiply");
    Type e = c.elementType();
    for (int i = 0; i < m; i++)
      for (int j = 0; j < n; j++) {
        int f = (int) (i * n + j);
        for (int l = 0; l < k; l++) {
          Object p = VectorSemantics.mul(e, x.get(i * (int) k + l), y.get(l * (int) n + j));
          c.set(f, VectorSemantics.add(e, c.get(f), p));
        }
      }
    if (a[2] instanceof Buffer b) {
      write(b, c);
      return null;
    }
    return one(c);
  }

  static String kindOf(Operation op) { return ((StringAttr) op.attr("kind")).value(); }
}
