package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.dialect.tl.ir.StructuredOps;
import java.util.ArrayList;
import java.util.List;

/**
 * A (batched) f32 matrix product on static buffers, {@code C[b.., i, j] += sum_k A[.., i, k] * B[.., k, j]},
 * recognized in a {@code tl.matmul} or in a {@code tl.generic} with matmul maps and a multiply-add body.
 * A and B may be transposed ({@code A[.., k, i]}, {@code B[.., j, k]}); their batch indices are the
 * output's batch loops or the constant 0 (a broadcast size-1 dimension), or absent (a lower-rank operand).
 *
 * @param batch the extents of the batch loops (the leading dimensions of C)
 * @param a the left operand; its leading indices are {@link #prefixA}
 * @param prefixA per leading index of A: an {@link Integer} batch loop or a {@link Long} constant
 */
record Contraction(Operation op, Value a, List<Object> prefixA, boolean transA, Value b, List<Object> prefixB, boolean transB, Value c,
                   long[] batch, long m, long n, long k) {

  /** Why {@code op} is not a contraction this pass rewrites, or null when it is; {@link #of} gives the match. */
  static String reject(Operation op) {
    Object r = match(op);
    return r instanceof String s ? s : null;
  }

  static Contraction of(Operation op) { return match(op) instanceof Contraction c ? c : null; }

  private static Object match(Operation op) {
    if (!op.isa("tl.matmul") && !op.isa("tl.generic")) return "not a tl.matmul or tl.generic";
    if (op.numResults() != 0) return "it works on tensors";
    if (op.numOperands() != 3) return "it does not have two inputs and one output";
    for (Value v : op.operands()) {
      if (!(v.type() instanceof MemRefType t)) return "an operand is not a buffer";
      if (t.elementType() != FloatType.F32) return "an operand is not f32";
      if (!t.hasStaticShape()) return "an operand has a dynamic shape";
      if (t.layout() != null) return "an operand has a non-identity layout";
    }
    MemRefType ta = (MemRefType) op.operand(0).type(), tb = (MemRefType) op.operand(1).type(), tc = (MemRefType) op.operand(2).type();
    if (op.isa("tl.matmul")) {
      if (ta.rank() != 2 || tb.rank() != 2 || tc.rank() != 2) return "tl.matmul operands are not 2-D";
      return new Contraction(op, op.operand(0), List.of(), false, op.operand(1), List.of(), false, op.operand(2), new long[0],
          ta.shape()[0], tb.shape()[1], ta.shape()[1]);
    }
    List<AffineMap> maps = StructuredOps.maps(op);
    List<String> its = new ArrayList<>();
    for (var a : op.attr("iterator_types", dev.mlc.ir.attr.ArrayAttr.class).elements()) its.add(((dev.mlc.ir.attr.StringAttr) a).value());
    int nd = its.size();
    if (nd < 3) return "fewer than three loops";
    for (int d = 0; d < nd - 1; d++) if (!its.get(d).equals("parallel")) return "a loop other than the last is a reduction";
    if (!its.get(nd - 1).equals("reduction")) return "the last loop is not a reduction";
    int nb = nd - 3, di = nb, dj = nb + 1, dk = nb + 2;
    AffineMap mc = maps.get(2);
    List<AffineExpr> rc = mc.results();
    if (mc.numDims() != nd || rc.size() != nd - 1 || !prefixDims(rc, nb) || !isDim(rc.get(nb), di) || !isDim(rc.get(nb + 1), dj))
      return "the output map is not (batch.., i, j)";
    Object[] pa = operandMap(maps.get(0), nb, di, dk), pb = operandMap(maps.get(1), nb, dk, dj);
    if (pa == null) return "the first input's map is not (batch.., i, k) or (batch.., k, i)";
    if (pb == null) return "the second input's map is not (batch.., k, j) or (batch.., j, k)";
    String body = bodyCheck(op);
    if (body != null) return body;
    long[] cs = tc.shape();
    long[] batch = java.util.Arrays.copyOf(cs, nb);
    long m = cs[nb], n = cs[nb + 1];
    long[] as = ta.shape();
    boolean transA = (Boolean) pa[1];
    long k = transA ? as[as.length - 2] : as[as.length - 1];
    if ((transA ? as[as.length - 1] : as[as.length - 2]) != m) return "the first input's rows do not match the output";
    long[] bs = tb.shape();
    boolean transB = (Boolean) pb[1];
    if ((transB ? bs[bs.length - 1] : bs[bs.length - 2]) != k) return "the inputs' reduction sizes differ";
    if ((transB ? bs[bs.length - 2] : bs[bs.length - 1]) != n) return "the second input's columns do not match the output";
    @SuppressWarnings("unchecked") List<Object> prefA = (List<Object>) pa[0];
    @SuppressWarnings("unchecked") List<Object> prefB = (List<Object>) pb[0];
    for (int t = 0; t < 2; t++) {
      List<Object> pref = t == 0 ? prefA : prefB;
      long[] sh = t == 0 ? as : bs;
      for (int x = 0; x < pref.size(); x++)
        if (pref.get(x) instanceof Integer bd ? sh[x] != batch[bd] : sh[x] != 1) return "a batch dimension of an input does not match the output";
    }
    if (m == 0 || n == 0 || k == 0) return "an empty dimension";
    return new Contraction(op, op.operand(0), prefA, transA, op.operand(1), prefB, transB, op.operand(2), batch, m, n, k);
  }

  private static boolean isDim(AffineExpr e, int d) { return e instanceof AffineExpr.Dim x && x.position() == d; }

  private static boolean prefixDims(List<AffineExpr> r, int nb) {
    for (int x = 0; x < nb; x++) if (!isDim(r.get(x), x)) return false;
    return true;
  }

  /** {prefix, transposed} for a map (prefix.., r, c) or (prefix.., c, r), where r is {@code row} and c is {@code col}; null otherwise. */
  private static Object[] operandMap(AffineMap map, int nb, int row, int col) {
    List<AffineExpr> r = map.results();
    int n = r.size();
    if (n < 2 || n - 2 > nb) return null;
    boolean trans;
    if (isDim(r.get(n - 2), row) && isDim(r.get(n - 1), col)) trans = false;
    else if (isDim(r.get(n - 2), col) && isDim(r.get(n - 1), row)) trans = true;
    else return null;
    List<Object> prefix = new ArrayList<>();
    int offset = nb - (n - 2);
    for (int x = 0; x < n - 2; x++) {
      AffineExpr e = r.get(x);
      if (e instanceof AffineExpr.Dim d && d.position() == x + offset) prefix.add(d.position());
      else if (e instanceof AffineExpr.Constant c && c.value() == 0) prefix.add(0L);
      else return null;
    }
    return new Object[] {prefix, trans};
  }

  /** The body must be {@code yield addf(acc, mulf(x, y))} (either operand order of both). */
  static boolean isMulAdd(Operation op) { return bodyCheck(op) == null; }

  private static String bodyCheck(Operation op) {
    Block blk = op.region(0).front();
    List<Operation> ops = blk.operations();
    if (ops.size() != 3) return "the body is not a multiply-add";
    Operation mul = ops.get(0), add = ops.get(1), yield = ops.get(2);
    Value x = blk.argument(0), y = blk.argument(1), acc = blk.argument(2);
    if (!mul.isa("arith.mulf") || !add.isa("arith.addf") || !yield.isa("tl.yield")) return "the body is not a multiply-add";
    boolean mulOk = mul.operand(0) == x && mul.operand(1) == y || mul.operand(0) == y && mul.operand(1) == x;
    boolean addOk = add.operand(0) == acc && add.operand(1) == mul.result(0) || add.operand(1) == acc && add.operand(0) == mul.result(0);
    if (!mulOk || !addOk || yield.numOperands() != 1 || yield.operand(0) != add.result(0)) return "the body is not a multiply-add";
    return null;
  }
}
