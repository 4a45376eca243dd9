package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shape rules of the graph dialect (ONNX opset 21), on plain shapes: {@code long[]} dimensions
 * with {@link #DYN} for {@code ?}. An unknown dimension is compatible with anything and makes the
 * dimensions computed from it unknown. Invalid shapes or attributes throw a {@link ShapeError}.
 * Shared by the op verifiers, the lowerings and the ONNX importer.
 */
public final class ShapeInference {
  private ShapeInference() {}

  public static final long DYN = ShapedType.DYNAMIC;

  public static boolean isDyn(long d) { return d == DYN; }

  /** Whether two dimensions may be equal (equal, or either unknown). */
  public static boolean compatible(long a, long b) { return a == b || isDyn(a) || isDyn(b); }

  /** {@code 2x?x3} (or {@code scalar} for rank 0), for messages. */
  public static String fmt(long[] shape) {
    if (shape.length == 0) return "scalar";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < shape.length; i++) b.append(i > 0 ? "x" : "").append(isDyn(shape[i]) ? "?" : Long.toString(shape[i]));
    return b.toString();
  }

  // ---- axes ----

  /** {@code axis} in {@code [-rank, rank)} made non-negative. */
  public static int normalizeAxis(long axis, int rank, String attr) {
    if (axis < -rank || axis >= rank)
      throw new ShapeError("attribute '" + attr + "' value " + axis + " is out of range for rank " + rank + " (expected [" + -rank + ", " + (rank - 1) + "])");
    return (int) (axis < 0 ? axis + rank : axis);
  }

  /** Each axis normalized; duplicates are an error. */
  public static int[] normalizeAxes(long[] axes, int rank, String attr) {
    int[] out = new int[axes.length];
    boolean[] seen = new boolean[rank];
    for (int i = 0; i < axes.length; i++) {
      out[i] = normalizeAxis(axes[i], rank, attr);
      if (seen[out[i]]) throw new ShapeError("attribute '" + attr + "' contains axis " + out[i] + " more than once");
      seen[out[i]] = true;
    }
    return out;
  }

  private static void checkLength(String name, long[] v, int n) {
    if (v.length != n) throw new ShapeError("attribute '" + name + "' must have " + n + " elements, but has " + v.length);
  }

  private static void checkAll(String name, long[] v, long min) {
    for (long x : v) if (x < min) throw new ShapeError("attribute '" + name + "' must hold values >= " + min + ", but holds " + x);
  }

  public static void checkRank(long[] s, int rank, String what) {
    if (s.length != rank) throw new ShapeError("expects " + what + " of rank " + rank + ", but got rank " + s.length);
  }

  private static long product(long[] s, int from, int to) {
    long n = 1;
    for (int i = from; i < to; i++) {
      if (isDyn(s[i])) return DYN;
      n *= s[i];
    }
    return n;
  }

  /** The element count of a shape, or {@link #DYN} when a dimension is unknown. */
  public static long numElements(long[] s) { return product(s, 0, s.length); }

  // ---- broadcasting ----

  /** Multidirectional (numpy) broadcasting of any number of shapes. */
  public static long[] broadcast(long[]... shapes) {
    int rank = 0;
    for (long[] s : shapes) rank = Math.max(rank, s.length);
    long[] out = new long[rank];
    Arrays.fill(out, 1);
    for (long[] s : shapes)
      for (int i = 0; i < s.length; i++) {
        int o = rank - s.length + i;
        long a = out[o], b = s[i];
        if (a == 1) out[o] = b;
        else if (b == 1) continue;
        else if (isDyn(a)) out[o] = b;
        else if (!isDyn(b) && a != b) {
          List<String> all = new ArrayList<>();
          for (long[] x : shapes) all.add(fmt(x));
          throw new ShapeError("operand shapes " + String.join(", ", all) + " are not broadcast-compatible");
        }
      }
    return out;
  }

  /** Whether {@code from} broadcasts to exactly {@code to} (ONNX unidirectional broadcasting). */
  public static void checkUnidirectional(long[] from, long[] to, String what) {
    boolean ok = from.length <= to.length;
    for (int i = 0; ok && i < from.length; i++) {
      long f = from[i], t = to[to.length - from.length + i];
      ok = f == 1 || compatible(f, t);
    }
    if (!ok) throw new ShapeError(what + " shape " + fmt(from) + " does not broadcast to " + fmt(to));
  }

  // ---- linear algebra ----

  /** numpy matmul: 1-D operands are promoted and their dimension removed again; batch dimensions broadcast. */
  public static long[] matmul(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) throw new ShapeError("expects operands of rank >= 1");
    long[] a2 = a.length == 1 ? new long[] {1, a[0]} : a, b2 = b.length == 1 ? new long[] {b[0], 1} : b;
    long m = a2[a2.length - 2], k = a2[a2.length - 1], k2 = b2[b2.length - 2], n = b2[b2.length - 1];
    if (!compatible(k, k2)) throw new ShapeError("contracting dimensions differ: " + fmt(new long[] {k}) + " vs " + fmt(new long[] {k2}));
    long[] batch = broadcast(Arrays.copyOf(a2, a2.length - 2), Arrays.copyOf(b2, b2.length - 2));
    long[] out = Arrays.copyOf(batch, batch.length + (a.length > 1 ? 1 : 0) + (b.length > 1 ? 1 : 0));
    int i = batch.length;
    if (a.length > 1) out[i++] = m;
    if (b.length > 1) out[i] = n;
    return out;
  }

  /** Gemm: {@code alpha * op(a) @ op(b) + beta * c}, {@code c} (may be null) broadcasting to M×N. */
  public static long[] gemm(long[] a, long[] b, long[] c, boolean transA, boolean transB) {
    checkRank(a, 2, "operand 'a'");
    checkRank(b, 2, "operand 'b'");
    long m = transA ? a[1] : a[0], k = transA ? a[0] : a[1];
    long k2 = transB ? b[1] : b[0], n = transB ? b[0] : b[1];
    if (!compatible(k, k2)) throw new ShapeError("contracting dimensions differ: " + fmt(new long[] {k}) + " vs " + fmt(new long[] {k2}));
    long[] out = {m, n};
    if (c != null) checkUnidirectional(c, out, "operand 'c'");
    return out;
  }

  // ---- convolution and pooling ----

  /** A convolution's output size: {@code floor((in + pb + pe - ((k - 1) * d + 1)) / s) + 1}. */
  public static long convOutputSize(long in, long k, long s, long pb, long pe, long d) {
    if (isDyn(in) || isDyn(k)) return DYN;
    long eff = (k - 1) * d + 1, span = in + pb + pe - eff;
    if (span < 0) throw new ShapeError("kernel extent " + eff + " exceeds the padded input size " + (in + pb + pe));
    return span / s + 1;
  }

  /**
   * A pooling output size; with {@code ceilMode} the division rounds up, and a last window that
   * would start in the end padding is dropped (ONNX Runtime's rule).
   */
  public static long poolOutputSize(long in, long k, long s, long pb, long pe, long d, boolean ceilMode) {
    if (isDyn(in)) return DYN;
    long eff = (k - 1) * d + 1, span = in + pb + pe - eff;
    if (span < 0) throw new ShapeError("kernel extent " + eff + " exceeds the padded input size " + (in + pb + pe));
    long out = (ceilMode ? Math.ceilDiv(span, s) : span / s) + 1;
    if (ceilMode && (out - 1) * s >= in + pb) out--;
    return out;
  }

  private static void checkWindowAttrs(long[] strides, long[] pads, long[] dilations) {
    checkLength("strides", strides, 2);
    checkAll("strides", strides, 1);
    checkLength("pads", pads, 4);
    checkAll("pads", pads, 0);
    checkLength("dilations", dilations, 2);
    checkAll("dilations", dilations, 1);
  }

  /** Conv (2-D): x N×C×H×W, w M×(C/groups)×kH×kW, b (may be null) of M; pads top, left, bottom, right. */
  public static long[] conv2d(long[] x, long[] w, long[] b, long[] strides, long[] pads, long[] dilations, long groups) {
    checkRank(x, 4, "input");
    checkRank(w, 4, "weight");
    checkWindowAttrs(strides, pads, dilations);
    if (groups < 1) throw new ShapeError("attribute 'groups' must be >= 1, but is " + groups);
    if (!isDyn(x[1]) && !isDyn(w[1]) && x[1] != w[1] * groups)
      throw new ShapeError("input channels (" + x[1] + ") must equal weight channels (" + w[1] + ") times groups (" + groups + ")");
    if (!isDyn(w[0]) && w[0] % groups != 0) throw new ShapeError("output channels (" + w[0] + ") must be divisible by groups (" + groups + ")");
    if (b != null && (b.length != 1 || !compatible(b[0], w[0])))
      throw new ShapeError("expects a bias of shape " + fmt(new long[] {w[0]}) + ", but got " + fmt(b));
    return new long[] {x[0], w[0], convOutputSize(x[2], w[2], strides[0], pads[0], pads[2], dilations[0]),
        convOutputSize(x[3], w[3], strides[1], pads[1], pads[3], dilations[1])};
  }

  /**
   * ConvTranspose (2-D): x N×C×H×W, w C×(M/groups)×kH×kW, b (may be null) of M; each output size is
   * {@code s * (in - 1) + output_padding + (k - 1) * d + 1 - pb - pe}.
   */
  public static long[] convTranspose2d(long[] x, long[] w, long[] b, long[] strides, long[] pads, long[] dilations,
                                       long[] outputPadding, long groups) {
    checkRank(x, 4, "input");
    checkRank(w, 4, "weight");
    checkWindowAttrs(strides, pads, dilations);
    checkLength("output_padding", outputPadding, 2);
    checkAll("output_padding", outputPadding, 0);
    if (groups < 1) throw new ShapeError("attribute 'groups' must be >= 1, but is " + groups);
    for (int i = 0; i < 2; i++)
      if (outputPadding[i] >= strides[i] && outputPadding[i] >= dilations[i])
        throw new ShapeError("attribute 'output_padding' must be smaller than the stride or the dilation");
    if (!isDyn(x[1]) && !isDyn(w[0]) && x[1] != w[0]) throw new ShapeError("input channels (" + x[1] + ") must equal the weight's first dimension (" + w[0] + ")");
    if (!isDyn(x[1]) && x[1] % groups != 0) throw new ShapeError("input channels (" + x[1] + ") must be divisible by groups (" + groups + ")");
    long m = isDyn(w[1]) ? DYN : w[1] * groups;
    if (b != null && (b.length != 1 || !compatible(b[0], m))) throw new ShapeError("expects a bias of shape " + fmt(new long[] {m}) + ", but got " + fmt(b));
    long[] out = {x[0], m, 0, 0};
    for (int i = 0; i < 2; i++) {
      long in = x[2 + i], k = w[2 + i];
      if (isDyn(in) || isDyn(k)) out[2 + i] = DYN;
      else {
        out[2 + i] = strides[i] * (in - 1) + outputPadding[i] + (k - 1) * dilations[i] + 1 - pads[i] - pads[i + 2];
        if (out[2 + i] < 1) throw new ShapeError("computed output size " + out[2 + i] + " is not positive");
      }
    }
    return out;
  }

  /** MaxPool/AveragePool (2-D) on N×C×H×W. */
  public static long[] pool2d(long[] x, long[] kernel, long[] strides, long[] pads, long[] dilations, boolean ceilMode) {
    checkRank(x, 4, "input");
    checkLength("kernel_shape", kernel, 2);
    checkAll("kernel_shape", kernel, 1);
    checkWindowAttrs(strides, pads, dilations);
    for (int i = 0; i < 4; i++)
      if (pads[i] >= kernel[i % 2]) throw new ShapeError("pads (" + pads[i] + ") must be smaller than the kernel (" + kernel[i % 2] + ")");
    return new long[] {x[0], x[1], poolOutputSize(x[2], kernel[0], strides[0], pads[0], pads[2], dilations[0], ceilMode),
        poolOutputSize(x[3], kernel[1], strides[1], pads[1], pads[3], dilations[1], ceilMode)};
  }

  /** GlobalAveragePool: N×C×1×...×1. */
  public static long[] globalPool(long[] x) {
    if (x.length < 3) throw new ShapeError("expects an input of rank >= 3, but got rank " + x.length);
    long[] out = new long[x.length];
    Arrays.fill(out, 1);
    out[0] = x[0];
    out[1] = x[1];
    return out;
  }

  // ---- reductions and layout ----

  /** Reduce*: {@code axes} null or empty reduces every axis. */
  public static long[] reduce(long[] x, long[] axes, boolean keepdims) {
    boolean[] reduced = new boolean[x.length];
    if (axes == null || axes.length == 0) Arrays.fill(reduced, true);
    else for (int a : normalizeAxes(axes, x.length, "axes")) reduced[a] = true;
    long[] out = new long[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!reduced[i]) out[n++] = x[i];
      else if (keepdims) out[n++] = 1;
    }
    return Arrays.copyOf(out, n);
  }

  /** Reshape: the element counts must agree (when both are known). */
  public static void checkReshape(long[] x, long[] result) {
    long a = numElements(x), b = numElements(result);
    if (!isDyn(a) && !isDyn(b) && a != b)
      throw new ShapeError("input and result must have the same number of elements, but have " + a + " and " + b);
  }

  /** Flatten: a 2-D shape (product of dims before {@code axis}, product of the rest); axis in [-r, r]. */
  public static long[] flatten(long[] x, long axis) {
    if (axis < -x.length || axis > x.length)
      throw new ShapeError("attribute 'axis' value " + axis + " is out of range for rank " + x.length + " (expected [" + -x.length + ", " + x.length + "])");
    int a = (int) (axis < 0 ? axis + x.length : axis);
    return new long[] {product(x, 0, a), product(x, a, x.length)};
  }

  /** The default permutation of Transpose: the dimensions reversed. */
  public static long[] reversedPerm(int rank) {
    long[] p = new long[rank];
    for (int i = 0; i < rank; i++) p[i] = rank - 1 - i;
    return p;
  }

  /** Transpose: {@code out[i] = x[perm[i]]}; {@code perm} null means reversed. */
  public static long[] transpose(long[] x, long[] perm) {
    if (perm == null) perm = reversedPerm(x.length);
    if (perm.length != x.length) throw new ShapeError("attribute 'perm' must have " + x.length + " elements, but has " + perm.length);
    boolean[] seen = new boolean[x.length];
    long[] out = new long[x.length];
    for (int i = 0; i < perm.length; i++) {
      if (perm[i] < 0 || perm[i] >= x.length || seen[(int) perm[i]])
        throw new ShapeError("attribute 'perm' must be a permutation of [0, " + x.length + "), but is " + Arrays.toString(perm));
      seen[(int) perm[i]] = true;
      out[i] = x[(int) perm[i]];
    }
    return out;
  }

  /** Concat along {@code axis}: equal ranks, equal other dimensions. */
  public static long[] concat(List<long[]> xs, long axis) {
    if (xs.isEmpty()) throw new ShapeError("expects at least one operand");
    long[] first = xs.get(0);
    if (first.length == 0) throw new ShapeError("expects operands of rank >= 1");
    int a = normalizeAxis(axis, first.length, "axis");
    long[] out = first.clone();
    for (int j = 1; j < xs.size(); j++) {
      long[] s = xs.get(j);
      if (s.length != first.length) throw new ShapeError("expects operands of the same rank, but operand #" + j + " has rank " + s.length);
      for (int i = 0; i < s.length; i++) {
        if (i == a) out[i] = isDyn(out[i]) || isDyn(s[i]) ? DYN : out[i] + s[i];
        else if (!compatible(out[i], s[i]))
          throw new ShapeError("operand #" + j + " has shape " + fmt(s) + ", incompatible with " + fmt(first) + " outside axis " + a);
        else if (isDyn(out[i])) out[i] = s[i];
      }
    }
    return out;
  }

  /** The elements one axis of a Slice selects: the first index, the step and the count. */
  public record SliceRange(long start, long step, long length) {}

  /** ONNX Slice on one axis of size {@code dim}: negative bounds count from the end, then clamp. */
  public static SliceRange sliceRange(long dim, long start, long end, long step) {
    if (start < 0) start += dim;
    if (end < 0) end += dim;
    if (step > 0) {
      start = Math.clamp(start, 0, dim);
      end = Math.clamp(end, 0, dim);
      return new SliceRange(start, step, end > start ? Math.ceilDiv(end - start, step) : 0);
    }
    if (dim == 0) return new SliceRange(0, step, 0);
    start = Math.clamp(start, 0, dim - 1);
    end = Math.clamp(end, -1, dim - 1);
    return new SliceRange(start, step, start > end ? Math.ceilDiv(start - end, -step) : 0);
  }

  /** The axes of a Slice: the attribute, or {@code [0, ..., n-1]}. */
  public static long[] sliceAxes(long[] axes, int n) {
    if (axes != null) return axes;
    long[] a = new long[n];
    for (int i = 0; i < n; i++) a[i] = i;
    return a;
  }

  /** The steps of a Slice: the attribute, or all 1. */
  public static long[] sliceSteps(long[] steps, int n) {
    if (steps != null) return steps;
    long[] s = new long[n];
    Arrays.fill(s, 1);
    return s;
  }

  /** Slice with constant bounds; {@code axes} and {@code steps} may be null (defaults). */
  public static long[] slice(long[] x, long[] starts, long[] ends, long[] axes, long[] steps) {
    if (starts.length != ends.length) throw new ShapeError("attributes 'starts' and 'ends' must have the same length");
    axes = sliceAxes(axes, starts.length);
    steps = sliceSteps(steps, starts.length);
    if (axes.length != starts.length) throw new ShapeError("attribute 'axes' must have the same length as 'starts'");
    if (steps.length != starts.length) throw new ShapeError("attribute 'steps' must have the same length as 'starts'");
    int[] ax = normalizeAxes(axes, x.length, "axes");
    long[] out = x.clone();
    for (int i = 0; i < ax.length; i++) {
      if (steps[i] == 0) throw new ShapeError("attribute 'steps' must not contain 0");
      if (!isDyn(x[ax[i]])) out[ax[i]] = sliceRange(x[ax[i]], starts[i], ends[i], steps[i]).length();
    }
    return out;
  }

  /** Pad (constant mode): pads are all begins then all ends; negative values crop. */
  public static long[] pad(long[] x, long[] pads) {
    if (pads.length != 2 * x.length) throw new ShapeError("attribute 'pads' must have " + 2 * x.length + " elements, but has " + pads.length);
    long[] out = x.clone();
    for (int i = 0; i < x.length; i++) {
      if (isDyn(x[i])) continue;
      out[i] = x[i] + pads[i] + pads[i + x.length];
      if (out[i] < 0) throw new ShapeError("padded dimension " + i + " has negative size " + out[i]);
    }
    return out;
  }

  /** Gather: {@code data[:axis] + indices + data[axis+1:]}. */
  public static long[] gather(long[] data, long[] indices, long axis) {
    if (data.length == 0) throw new ShapeError("expects data of rank >= 1");
    int a = normalizeAxis(axis, data.length, "axis");
    long[] out = new long[data.length - 1 + indices.length];
    System.arraycopy(data, 0, out, 0, a);
    System.arraycopy(indices, 0, out, a, indices.length);
    System.arraycopy(data, a + 1, out, a + indices.length, data.length - a - 1);
    return out;
  }

  /** Split into {@code n} parts along {@code axis}: sizes {@code split} (may be null: equal parts, the last smaller). */
  public static long[][] split(long[] x, long axis, long[] split, int n) {
    if (x.length == 0) throw new ShapeError("expects an input of rank >= 1");
    int a = normalizeAxis(axis, x.length, "axis");
    long d = x[a];
    long[] sizes = new long[n];
    if (split != null) {
      if (split.length != n) throw new ShapeError("attribute 'split' has " + split.length + " entries, but the op has " + n + " results");
      checkAll("split", split, 0);
      long sum = 0;
      for (long s : split) sum += s;
      if (!isDyn(d) && sum != d) throw new ShapeError("attribute 'split' sums to " + sum + ", but the dimension is " + d);
      sizes = split;
    } else if (isDyn(d)) Arrays.fill(sizes, DYN);
    else {
      long chunk = Math.ceilDiv(d, n), last = d - chunk * (n - 1);
      if (last < 1 && d > 0) throw new ShapeError("cannot split a dimension of " + d + " into " + n + " parts");
      Arrays.fill(sizes, chunk);
      sizes[n - 1] = last;
    }
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      out[i] = x.clone();
      out[i][a] = sizes[i];
    }
    return out;
  }

  /** Squeeze: removes {@code axes} (each of size 1), or every dimension of size 1 when null. */
  public static long[] squeeze(long[] x, long[] axes) {
    boolean[] drop = new boolean[x.length];
    if (axes == null) {
      for (int i = 0; i < x.length; i++) {
        if (isDyn(x[i])) throw new ShapeError("requires attribute 'axes' when the operand has unknown dimensions");
        drop[i] = x[i] == 1;
      }
    } else
      for (int a : normalizeAxes(axes, x.length, "axes")) {
        if (!compatible(x[a], 1)) throw new ShapeError("cannot squeeze dimension " + a + " of size " + x[a]);
        drop[a] = true;
      }
    long[] out = new long[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) if (!drop[i]) out[n++] = x[i];
    return Arrays.copyOf(out, n);
  }

  /** Unsqueeze: inserts dimensions of size 1 at {@code axes} (positions in the result). */
  public static long[] unsqueeze(long[] x, long[] axes) {
    int rank = x.length + axes.length;
    boolean[] ins = new boolean[rank];
    for (int a : normalizeAxes(axes, rank, "axes")) ins[a] = true;
    long[] out = new long[rank];
    for (int i = 0, j = 0; i < rank; i++) out[i] = ins[i] ? 1 : x[j++];
    return out;
  }

  /** DepthToSpace: N×C×H×W to N×(C/b²)×(H·b)×(W·b). */
  public static long[] depthToSpace(long[] x, long b) {
    checkRank(x, 4, "input");
    if (b < 1) throw new ShapeError("attribute 'blocksize' must be >= 1, but is " + b);
    if (!isDyn(x[1]) && x[1] % (b * b) != 0) throw new ShapeError("channels (" + x[1] + ") must be divisible by blocksize squared (" + b * b + ")");
    return new long[] {x[0], isDyn(x[1]) ? DYN : x[1] / (b * b), isDyn(x[2]) ? DYN : x[2] * b, isDyn(x[3]) ? DYN : x[3] * b};
  }

  /** SpaceToDepth: N×C×H×W to N×(C·b²)×(H/b)×(W/b). */
  public static long[] spaceToDepth(long[] x, long b) {
    checkRank(x, 4, "input");
    if (b < 1) throw new ShapeError("attribute 'blocksize' must be >= 1, but is " + b);
    for (int i = 2; i < 4; i++)
      if (!isDyn(x[i]) && x[i] % b != 0) throw new ShapeError("spatial dimension " + i + " (" + x[i] + ") must be divisible by blocksize (" + b + ")");
    return new long[] {x[0], isDyn(x[1]) ? DYN : x[1] * b * b, isDyn(x[2]) ? DYN : x[2] / b, isDyn(x[3]) ? DYN : x[3] / b};
  }

  /** Resize: exactly one of {@code scales} (output {@code floor(d * scale)}) and {@code sizes}, one per dimension. */
  public static long[] resize(long[] x, double[] scales, long[] sizes) {
    if ((scales == null) == (sizes == null)) throw new ShapeError("requires exactly one of the attributes 'scales' and 'sizes'");
    long[] out = new long[x.length];
    if (sizes != null) {
      checkLength("sizes", sizes, x.length);
      checkAll("sizes", sizes, 1);
      return sizes.clone();
    }
    if (scales.length != x.length) throw new ShapeError("attribute 'scales' must have " + x.length + " elements, but has " + scales.length);
    for (int i = 0; i < x.length; i++) {
      if (!(scales[i] > 0)) throw new ShapeError("attribute 'scales' must hold positive values, but holds " + scales[i]);
      out[i] = isDyn(x[i]) ? DYN : (long) Math.floor(x[i] * scales[i]);
      if (out[i] == 0) throw new ShapeError("scaled dimension " + i + " is empty");
    }
    return out;
  }
}
