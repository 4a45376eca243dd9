package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import java.util.Arrays;

/** Data movement: reshape, flatten, squeeze, unsqueeze, transpose, concat, split, slice, pad, gather, depth/space. */
final class ShapeKernels {
  private ShapeKernels() {}

  /** The same elements in the result type's shape; one {@code ?} is inferred from the element count. */
  static Object[] reshape(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long[] shape = K.resultShape(op, 0).clone();
    int unknown = -1;
    long known = 1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] >= 0) known *= shape[i];
      else if (unknown >= 0) throw in.error("cannot infer a result shape with more than one '?' dimension");
      else unknown = i;
    }
    if (unknown >= 0) {
      if (known == 0 || x.size() % known != 0) throw in.error("cannot reshape " + Arrays.toString(x.shape()) + " to the result type");
      shape[unknown] = x.size() / known;
    }
    if (Tensor.count(shape) != x.size()) throw in.error("cannot reshape " + Arrays.toString(x.shape()) + " to " + Arrays.toString(shape));
    return new Object[] {x.reshape(shape)};
  }

  /** Flatten: [prod(dims before axis), prod(dims from axis)] (axis 1; negative counts from the end; axis = rank allowed). */
  static Object[] flatten(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long a = GraphAttrs.integer(op, "axis", 1);
    if (a < 0) a += x.rank();
    if (a < 0 || a > x.rank()) throw in.error("flatten axis " + GraphAttrs.integer(op, "axis", 1) + " is out of range for rank " + x.rank());
    long[] sh = x.shape();
    return new Object[] {x.reshape(K.product(sh, 0, (int) a), K.product(sh, (int) a, sh.length))};
  }

  /** Squeeze: removes the listed dimensions (each must be 1), or every dimension of size 1 when {@code axes} is absent. */
  static Object[] squeeze(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long[] axes = GraphAttrs.ints(op, "axes", null);
    boolean[] drop = new boolean[x.rank()];
    if (axes == null) for (int d = 0; d < x.rank(); d++) drop[d] = x.dim(d) == 1; // absent; an empty list removes nothing, as the verifier infers
    else
      for (long a : axes) {
        int d = K.axis(a, x.rank(), "squeeze axis");
        if (x.dim(d) != 1) throw in.error("cannot squeeze dimension " + d + " of size " + x.dim(d));
        drop[d] = true;
      }
    long[] shape = new long[x.rank()];
    int n = 0;
    for (int d = 0; d < x.rank(); d++) if (!drop[d]) shape[n++] = x.dim(d);
    return new Object[] {x.reshape(Arrays.copyOf(shape, n))};
  }

  /** Unsqueeze: inserts 1s at {@code axes}, which count in the result's rank (negative from its end). */
  static Object[] unsqueeze(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long[] axes = GraphAttrs.ints(op, "axes", null);
    if (axes == null) throw in.error("unsqueeze requires 'axes'");
    int rank = x.rank() + axes.length;
    boolean[] ins = new boolean[rank];
    for (long a : axes) {
      int d = K.axis(a, rank, "unsqueeze axis");
      if (ins[d]) throw in.error("unsqueeze axis " + a + " is repeated");
      ins[d] = true;
    }
    long[] shape = new long[rank];
    for (int d = 0, s = 0; d < rank; d++) shape[d] = ins[d] ? 1 : x.dim(s++);
    return new Object[] {x.reshape(shape)};
  }

  /** Transpose: result dimension i is input dimension perm[i] (perm defaults to the reversed dimensions). */
  static Object[] transpose(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int rank = x.rank();
    long[] perm = GraphAttrs.ints(op, "perm", null);
    if (perm == null) {
      perm = new long[rank];
      for (int i = 0; i < rank; i++) perm[i] = rank - 1 - i;
    }
    if (perm.length != rank) throw in.error("transpose perm has " + perm.length + " entries for rank " + rank);
    long[] shape = new long[rank], strides = new long[rank], xs = x.strides();
    for (int i = 0; i < rank; i++) {
      int p = K.axis(perm[i], rank, "transpose perm entry");
      shape[i] = x.dim(p);
      strides[i] = xs[p];
    }
    Tensor r = K.out(op, 0, shape);
    long[] idx = new long[rank];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) K.copy(x, K.dot(idx, strides), r, k);
    return new Object[] {r};
  }

  /** Concat along {@code axis} (negative counts from the end); other dimensions must agree. */
  static Object[] concat(Interpreter in, Operation op, Object[] v) {
    if (v.length == 0) throw in.error("concat needs at least one operand");
    Tensor first = K.t(v, 0);
    int axis = K.axis(GraphAttrs.integer(op, "axis", 0), first.rank(), "concat axis");
    long[] shape = first.shape();
    shape[axis] = 0;
    for (int i = 0; i < v.length; i++) {
      Tensor t = K.t(v, i);
      for (int d = 0; d < shape.length; d++)
        if (t.rank() != shape.length || d != axis && t.dim(d) != shape[d]) throw in.error("concat operand #" + i + " has shape " + Arrays.toString(t.shape()));
      shape[axis] += t.dim(axis);
    }
    Tensor r = K.out(op, 0, shape);
    long outer = K.product(shape, 0, axis), inner = K.product(shape, axis + 1, shape.length);
    int o = 0;
    for (long a = 0; a < outer; a++)
      for (Object ov : v) {
        Tensor t = (Tensor) ov;
        long chunk = t.dim(axis) * inner;
        for (long j = 0; j < chunk; j++) K.copy(t, (int) (a * chunk + j), r, o++);
      }
    return new Object[] {r};
  }

  /**
   * Split along {@code axis} (0) into the results: sizes from {@code split}, else equal parts of
   * ceil(dim / n) with a smaller last one (ONNX Split-18 with num_outputs = the result count).
   */
  static Object[] split(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int axis = K.axis(GraphAttrs.integer(op, "axis", 0), x.rank(), "split axis");
    int n = op.numResults();
    long dim = x.dim(axis);
    long[] sizes = GraphAttrs.ints(op, "split", null);
    if (sizes == null) {
      sizes = new long[n];
      long part = (dim + n - 1) / n;
      for (int i = 0; i < n; i++) sizes[i] = Math.max(0, Math.min(part, dim - i * part));
    }
    if (sizes.length != n || Arrays.stream(sizes).sum() != dim) throw in.error("split sizes " + Arrays.toString(sizes) + " do not cover dimension " + dim + " in " + n + " results");
    long outer = K.product(x.shape(), 0, axis), inner = K.product(x.shape(), axis + 1, x.rank());
    Object[] res = new Object[n];
    long offset = 0;
    for (int i = 0; i < n; i++) {
      long[] shape = x.shape();
      shape[axis] = sizes[i];
      Tensor r = K.out(op, i, shape);
      int o = 0;
      for (long a = 0; a < outer; a++)
        for (long j = 0; j < sizes[i] * inner; j++) K.copy(x, (int) ((a * dim + offset) * inner + j), r, o++);
      offset += sizes[i];
      res[i] = r;
    }
    return res;
  }

  /**
   * Slice with constant bounds, clamped as ONNX: a negative start/end adds the dimension; then with
   * step > 0 start and end clamp to [0, dim], with step < 0 start clamps to [0, dim-1] and end to
   * [-1, dim-1]; the length is max(0, ceil((end - start) / step)). Axes default to 0..len-1 and
   * may be negative; steps default to 1 (0 is an error).
   */
  static Object[] slice(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int rank = x.rank();
    long[] starts = GraphAttrs.ints(op, "starts", null), ends = GraphAttrs.ints(op, "ends", null);
    if (starts == null || ends == null || starts.length != ends.length) throw in.error("slice requires 'starts' and 'ends' of equal length");
    long[] axes = GraphAttrs.ints(op, "axes", null), steps = GraphAttrs.ints(op, "steps", null);
    long[] begin = new long[rank], step = new long[rank], shape = x.shape();
    Arrays.fill(step, 1);
    for (int i = 0; i < starts.length; i++) {
      int a = K.axis(axes == null ? i : axes[i], rank, "slice axis");
      long s = steps == null ? 1 : steps[i], dim = x.dim(a);
      if (s == 0) throw in.error("slice step cannot be 0");
      long st = starts[i] < 0 ? starts[i] + dim : starts[i], en = ends[i] < 0 ? ends[i] + dim : ends[i];
      if (dim == 0) {
        st = 0;
        en = 0;
      } else if (s > 0) {
        st = Math.clamp(st, 0, dim);
        en = Math.clamp(en, 0, dim);
      } else {
        st = Math.clamp(st, 0, dim - 1);
        en = Math.clamp(en, -1, dim - 1);
      }
      long len = s > 0 ? Math.max(0, Math.ceilDiv(en - st, s)) : Math.max(0, Math.ceilDiv(st - en, -s));
      begin[a] = st;
      step[a] = s;
      shape[a] = len;
    }
    Tensor r = K.out(op, 0, shape);
    long[] xs = x.strides(), idx = new long[rank];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      long f = 0;
      for (int d = 0; d < rank; d++) f += (begin[d] + idx[d] * step[d]) * xs[d];
      K.copy(x, (int) f, r, k);
    }
    return new Object[] {r};
  }

  /**
   * Pad, constant mode: {@code pads} = [x1_begin, x2_begin, ..., x1_end, x2_end] (ONNX order);
   * negative values crop. The new elements are {@code value} (0.0), converted to the element type.
   */
  static Object[] pad(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int rank = x.rank();
    long[] pads = GraphAttrs.ints(op, "pads", new long[2 * rank]);
    if (pads.length != 2 * rank) throw in.error("pad expects " + 2 * rank + " pads, got " + pads.length);
    double value = GraphAttrs.floatAttr(op, "value", 0.0);
    long[] shape = new long[rank];
    for (int d = 0; d < rank; d++) {
      shape[d] = x.dim(d) + pads[d] + pads[d + rank];
      if (shape[d] < 0) throw in.error("pads crop dimension " + d + " of size " + x.dim(d) + " below zero");
    }
    Tensor r = K.out(op, 0, shape);
    long[] xs = x.strides(), idx = new long[rank];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      long f = 0;
      boolean inside = true;
      for (int d = 0; d < rank && inside; d++) {
        long i = idx[d] - pads[d];
        if (i < 0 || i >= x.dim(d)) inside = false;
        f += i * xs[d];
      }
      if (inside) K.copy(x, (int) f, r, k);
      else r.setDouble(k, value);
    }
    return new Object[] {r};
  }

  /**
   * Gather along {@code axis} (0): out[a..., i..., b...] = data[a..., indices[i...], b...]; the
   * result shape is data[:axis] ++ indices ++ data[axis+1:]. A negative index adds the dimension;
   * an index still outside [0, dim) is an error.
   */
  static Object[] gather(Interpreter in, Operation op, Object[] v) {
    Tensor data = K.t(v, 0), indices = K.t(v, 1);
    int axis = K.axis(GraphAttrs.integer(op, "axis", 0), data.rank(), "gather axis");
    long dim = data.dim(axis);
    long outer = K.product(data.shape(), 0, axis), inner = K.product(data.shape(), axis + 1, data.rank());
    long[] shape = new long[data.rank() - 1 + indices.rank()];
    int p = 0;
    for (int d = 0; d < axis; d++) shape[p++] = data.dim(d);
    for (int d = 0; d < indices.rank(); d++) shape[p++] = indices.dim(d);
    for (int d = axis + 1; d < data.rank(); d++) shape[p++] = data.dim(d);
    Tensor r = K.out(op, 0, shape);
    int o = 0;
    for (long a = 0; a < outer; a++)
      for (int i = 0; i < indices.size(); i++) {
        long ix = indices.getLong(i), orig = ix;
        if (ix < 0) ix += dim;
        if (ix < 0 || ix >= dim) throw in.error("gather index " + orig + " is out of range for dimension of size " + dim);
        for (long j = 0; j < inner; j++) K.copy(data, (int) ((a * dim + ix) * inner + j), r, o++);
      }
    return new Object[] {r};
  }

  static long blocksize(Interpreter in, Operation op) {
    long b = GraphAttrs.integer(op, "blocksize");
    if (b <= 0) throw in.error("requires a positive 'blocksize'");
    return b;
  }

  /**
   * DepthToSpace: out[n, c, h*b + i, w*b + j] = x[n, (i*b + j)*C' + c, h, w] in mode "DCR" (the
   * default), x[n, c*b*b + i*b + j, h, w] in mode "CRD"; C' = C / b^2.
   */
  static Object[] depthToSpace(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long b = blocksize(in, op);
    String mode = GraphAttrs.string(op, "mode", "DCR");
    if (!mode.equals("DCR") && !mode.equals("CRD")) throw in.error("unknown depth_to_space mode '" + mode + "'");
    if (x.rank() != 4 || x.dim(1) % (b * b) != 0) throw in.error("depth_to_space expects NCHW with C divisible by blocksize^2");
    long n = x.dim(0), c = x.dim(1) / (b * b), h = x.dim(2), w = x.dim(3);
    long[] shape = {n, c, h * b, w * b};
    Tensor r = K.out(op, 0, shape);
    long[] idx = new long[4];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      long i = idx[2] % b, j = idx[3] % b;
      long ch = mode.equals("DCR") ? (i * b + j) * c + idx[1] : idx[1] * b * b + i * b + j;
      K.copy(x, (int) (((idx[0] * x.dim(1) + ch) * h + idx[2] / b) * w + idx[3] / b), r, k);
    }
    return new Object[] {r};
  }

  /** SpaceToDepth: out[n, (i*b + j)*C + c, h, w] = x[n, c, h*b + i, w*b + j]. */
  static Object[] spaceToDepth(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    long b = blocksize(in, op);
    if (x.rank() != 4 || x.dim(2) % b != 0 || x.dim(3) % b != 0) throw in.error("space_to_depth expects NCHW with H and W divisible by blocksize");
    long n = x.dim(0), c = x.dim(1), h = x.dim(2) / b, w = x.dim(3) / b;
    long[] shape = {n, c * b * b, h, w};
    Tensor r = K.out(op, 0, shape);
    long[] idx = new long[4];
    for (int k = 0; k < r.size(); k++, K.next(idx, shape)) {
      long blk = idx[1] / c, ch = idx[1] % c, i = blk / b, j = blk % b;
      K.copy(x, (int) (((idx[0] * c + ch) * x.dim(2) + idx[2] * b + i) * x.dim(3) + idx[3] * b + j), r, k);
    }
    return new Object[] {r};
  }
}
