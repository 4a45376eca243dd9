package dev.mlc.dialect.tl.interp;

import static dev.mlc.dialect.tl.interp.TlInterpreter.idx;
import static dev.mlc.dialect.tl.interp.TlInterpreter.one;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.VectorType;

/** Semantics of the tl vector ops, and the scalar arithmetic they share with tl.matmul. */
final class VectorSemantics {
  private VectorSemantics() {}

  static Object add(Type t, Object a, Object b) {
    return t instanceof FloatType ? (Object) Scalars.round(((Number) a).doubleValue() + ((Number) b).doubleValue(), t)
        : (Object) Scalars.wrap(((Number) a).longValue() + ((Number) b).longValue(), t);
  }

  static Object mul(Type t, Object a, Object b) {
    return t instanceof FloatType ? (Object) Scalars.round(((Number) a).doubleValue() * ((Number) b).doubleValue(), t)
        : (Object) Scalars.wrap(((Number) a).longValue() * ((Number) b).longValue(), t);
  }

  /** a * b + c rounded once (floats), wrapped (integers). */
  static Object fma(Type t, Object a, Object b, Object c) {
    return t instanceof FloatType ? (Object) Scalars.round(Math.fma(((Number) a).doubleValue(), ((Number) b).doubleValue(), ((Number) c).doubleValue()), t)
        : (Object) Scalars.wrap(((Number) a).longValue() * ((Number) b).longValue() + ((Number) c).longValue(), t);
  }

  /** The buffer index of vector lane {@code lane}: the base indices with the lane added to the trailing dimensions. */
  static long[] at(long[] base, long[] lane) {
    long[] r = base.clone();
    for (int i = 0; i < lane.length; i++) r[r.length - lane.length + i] += lane[i];
    return r;
  }

  static void register(InterpreterProvider.Registry r) {
    r.add("tl.vload", (in, op, a) -> {
      Buffer b = (Buffer) a[0];
      VectorType v = (VectorType) op.result(0).type();
      int rank = b.rank();
      long[] base = idx(a, 1, 1 + rank);
      Tensor mask = a.length > 1 + rank ? (Tensor) a[1 + rank] : null, pass = a.length > 2 + rank ? (Tensor) a[2 + rank] : null;
      Tensor out = Tensor.zeros(v.elementType(), v.shape());
      long[] lane = new long[v.rank()];
      for (int f = 0; f < out.size(); f++) {
        if (mask == null || mask.getLong(f) != 0) out.set(f, b.load(at(base, lane)));
        else if (pass != null) out.set(f, pass.get(f));
        TlInterpreter.next(lane, v.shape());
      }
      return one(out);
    });
    r.add("tl.vstore", (in, op, a) -> {
      Tensor v = (Tensor) a[0];
      Buffer b = (Buffer) a[1];
      int rank = b.rank();
      long[] base = idx(a, 2, 2 + rank);
      Tensor mask = a.length > 2 + rank ? (Tensor) a[2 + rank] : null;
      long[] lane = new long[v.rank()];
      for (int f = 0; f < v.size(); f++) {
        if (mask == null || mask.getLong(f) != 0) b.store(v.get(f), at(base, lane));
        TlInterpreter.next(lane, v.shape());
      }
      return null;
    });
    r.add("tl.broadcast", (in, op, a) -> {
      VectorType rt = (VectorType) op.result(0).type();
      if (!(a[0] instanceof Tensor s)) return one(Tensor.splat(rt.elementType(), rt.shape(), a[0]));
      Tensor out = Tensor.zeros(rt.elementType(), rt.shape());
      long[] i = new long[rt.rank()], src = new long[s.rank()];
      for (int f = 0; f < out.size(); f++) {
        for (int d = 0; d < src.length; d++) src[d] = s.dim(d) == 1 ? 0 : i[i.length - src.length + d];
        out.set(f, s.get(src));
        TlInterpreter.next(i, rt.shape());
      }
      return one(out);
    });
    r.add("tl.shape_cast", (in, op, a) -> one(((Tensor) a[0]).reshape(((VectorType) op.result(0).type()).shape())));
    r.add("tl.transpose", (in, op, a) -> {
      Tensor v = (Tensor) a[0];
      long[] perm = ((dev.mlc.ir.attr.DenseArrayAttr) op.attr("permutation")).asLongs();
      long[] shape = ((VectorType) op.result(0).type()).shape();
      Tensor out = Tensor.zeros(v.elementType(), shape);
      long[] i = new long[shape.length], src = new long[shape.length];
      for (int f = 0; f < out.size(); f++) {
        for (int d = 0; d < shape.length; d++) src[(int) perm[d]] = i[d];
        out.set(f, v.get(src));
        TlInterpreter.next(i, shape);
      }
      return one(out);
    });
    r.add("tl.shuffle", (in, op, a) -> {
      Tensor x = (Tensor) a[0], y = (Tensor) a[1];
      long[] m = ((dev.mlc.ir.attr.DenseArrayAttr) op.attr("mask")).asLongs();
      Tensor out = Tensor.zeros(x.elementType(), new long[] {m.length});
      for (int f = 0; f < m.length; f++) out.set(f, m[f] < x.size() ? x.get((int) m[f]) : y.get((int) (m[f] - x.size())));
      return one(out);
    });
    r.add("tl.extract", (in, op, a) -> one(checked(in, (Tensor) a[0], idx(a, 1, a.length), (t, f) -> t.get(f))));
    r.add("tl.insert", (in, op, a) -> {
      Tensor t = ((Tensor) a[1]).copy();
      int f = checked(in, t, idx(a, 2, a.length), (x, g) -> g);
      t.set(f, a[0]);
      return one(t);
    });
    r.add("tl.fma", (in, op, a) -> {
      Tensor x = (Tensor) a[0], y = (Tensor) a[1], z = (Tensor) a[2];
      Tensor out = Tensor.zeros(x.elementType(), x.shape());
      for (int f = 0; f < out.size(); f++) out.set(f, fma(x.elementType(), x.get(f), y.get(f), z.get(f)));
      return one(out);
    });
    r.add("tl.reduction", (in, op, a) -> {
      Tensor v = (Tensor) a[0];
      String kind = TlInterpreter.kindOf(op);
      Type t = v.elementType();
      Object acc = a.length > 1 ? a[1] : null;
      for (int f = 0; f < v.size(); f++) acc = acc == null ? v.get(f) : combine(kind, t, acc, v.get(f));
      if (acc == null) throw in.error("reduction of an empty vector without an accumulator");
      return one(acc);
    });
    r.add("tl.contract", (in, op, a) -> {
      Tensor x = (Tensor) a[0], y = (Tensor) a[1], out = ((Tensor) a[2]).copy();
      java.util.List<dev.mlc.ir.affine.AffineMap> maps = dev.mlc.dialect.tl.ir.StructuredOps.maps(op);
      long[] ranges = new long[maps.get(0).numDims()];
      for (int i = 0; i < 3; i++) {
        Tensor t = i == 0 ? x : i == 1 ? y : out;
        for (int j = 0; j < t.rank(); j++) ranges[((dev.mlc.ir.affine.AffineExpr.Dim) maps.get(i).results().get(j)).position()] = t.dim(j);
      }
      Type e = out.elementType();
      long[] p = new long[ranges.length], none = new long[0];
      if (TlInterpreter.empty(ranges)) return one(out);
      do {
        int f = out.flatIndex(maps.get(2).evaluate(p, none));
        out.set(f, fma(e, x.get(maps.get(0).evaluate(p, none)), y.get(maps.get(1).evaluate(p, none)), out.get(f)));
      } while (TlInterpreter.next(p, ranges));
      return one(out);
    });
    r.add("tl.outerproduct", (in, op, a) -> {
      Tensor x = (Tensor) a[0], y = (Tensor) a[1];
      VectorType rt = (VectorType) op.result(0).type();
      Type e = rt.elementType();
      Tensor out = Tensor.zeros(e, rt.shape());
      for (int i = 0; i < x.size(); i++)
        for (int j = 0; j < y.size(); j++) {
          int f = i * y.size() + j;
          out.set(f, a.length > 2 ? fma(e, x.get(i), y.get(j), ((Tensor) a[2]).get(f)) : mul(e, x.get(i), y.get(j)));
        }
      return one(out);
    });
  }

  interface Access<T> {
    T at(Tensor t, int flat);
  }

  static <T> T checked(Interpreter in, Tensor t, long[] index, Access<T> f) {
    for (int d = 0; d < index.length; d++)
      if (index[d] < 0 || index[d] >= t.dim(d))
        throw in.error("index " + java.util.Arrays.toString(index) + " is out of bounds for "
            + (in.currentOp().operand(in.currentOp().isa("tl.insert") ? 1 : 0).type() instanceof VectorType ? "vector" : "tensor") + " of shape " + java.util.Arrays.toString(t.shape()));
    return f.at(t, t.flatIndex(index));
  }

  /** One step of a reduction of kind {@code kind} over element type {@code t}. */
  static Object combine(String kind, Type t, Object acc, Object x) {
    if (t instanceof FloatType) {
      double a = ((Number) acc).doubleValue(), b = ((Number) x).doubleValue();
      return switch (kind) {
        case "add" -> Scalars.round(a + b, t);
        case "mul" -> Scalars.round(a * b, t);
        case "minimumf" -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
        case "maximumf" -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
        case "minnumf" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
        case "maxnumf" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
        default -> throw new IllegalStateException("unknown float reduction kind " + kind);
      };
    }
    long a = ((Number) acc).longValue(), b = ((Number) x).longValue();
    long ua = Scalars.unsigned(a, t), ub = Scalars.unsigned(b, t);
    long sa = Scalars.signed(a, t), sb = Scalars.signed(b, t);
    long r = switch (kind) {
      case "add" -> a + b;
      case "mul" -> a * b;
      case "minsi" -> Math.min(sa, sb);
      case "maxsi" -> Math.max(sa, sb);
      case "minui" -> Long.compareUnsigned(ua, ub) <= 0 ? ua : ub;
      case "maxui" -> Long.compareUnsigned(ua, ub) >= 0 ? ua : ub;
      case "and" -> a & b;
      case "or" -> a | b;
      case "xor" -> a ^ b;
      default -> throw new IllegalStateException("unknown integer reduction kind " + kind);
    };
    return Scalars.wrap(r, t);
  }
}
