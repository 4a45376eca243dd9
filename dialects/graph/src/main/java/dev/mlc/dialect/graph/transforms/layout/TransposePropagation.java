package dev.mlc.dialect.graph.transforms.layout;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.dialect.graph.ir.ShapeInference;
import dev.mlc.dialect.graph.transforms.FusePass;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves {@code graph.transpose}s down the use chains of a block and cancels them (docs/layout.md),
 * until nothing changes:
 * <ul>
 *   <li>{@code transpose(transpose(x, p), q) -> transpose(x, r)}, {@code r[i] = p[q[i]]}; an identity transpose is replaced by its operand;</li>
 *   <li>an element-wise op (FusePass.ELEMENTWISE) whose operands are transposes by the same {@code p} used only by it,
 *       constants (permuted at compile time, a lower-rank broadcast operand reshaped to the full rank first) or operands
 *       whose dimensions are all 1 becomes {@code transpose(op(x...), p)};</li>
 *   <li>a transpose that only moves size-1 dimensions (the others keep their order) becomes a {@code graph.reshape}.</li>
 * </ul>
 * No step adds a runtime transpose, so the count of runtime transposes never grows.
 */
public final class TransposePropagation {
  private TransposePropagation() {}

  /** Runs the rewrites on {@code block} to a fixed point. */
  public static void run(Block block) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Operation op : new ArrayList<>(block.operations())) {
        if (op.parentBlock() == null) continue;
        if (op.isa("graph.transpose")) changed |= transpose(op);
        else if (FusePass.ELEMENTWISE.contains(op.name())) changed |= sink(op);
      }
    }
  }

  static long[] perm(Operation t) {
    RankedTensorType rt = (RankedTensorType) t.result(0).type();
    return GraphAttrs.ints(t, "perm", ShapeInference.reversedPerm(rt.rank()));
  }

  private static boolean transpose(Operation t) {
    if (!(t.operand(0).type() instanceof RankedTensorType in) || !(t.result(0).type() instanceof RankedTensorType out)) return false;
    long[] q = perm(t);
    Operation inner = t.operand(0).definingOp();
    if (inner != null && inner.isa("graph.transpose")) {
      long[] p = perm(inner), r = new long[q.length];
      for (int i = 0; i < q.length; i++) r[i] = p[(int) q[i]];
      Builder b = new Builder(t.context());
      b.setInsertionPoint(t);
      Value nv = ConvertLayoutPass.transpose(b, t, inner.operand(0), r);
      t.replaceAllUsesWith(List.of(nv));
      t.erase();
      if (inner.useEmpty()) inner.erase();
      return true;
    }
    boolean identity = true;
    for (int i = 0; i < q.length; i++) identity &= q[i] == i;
    if (identity) {
      t.replaceAllUsesWith(List.of(t.operand(0)));
      t.erase();
      return true;
    }
    // only size-1 dimensions move: a reshape (static shapes only)
    if (!in.hasStaticShape()) return false;
    List<Long> kept = new ArrayList<>();
    for (long d : q) if (in.shape()[(int) d] != 1) kept.add(d);
    for (int i = 1; i < kept.size(); i++) if (kept.get(i) < kept.get(i - 1)) return false;
    Builder b = new Builder(t.context());
    b.setInsertionPoint(t);
    Value nv = b.create("graph.reshape", t.location(), List.of(t.operand(0)), List.of(out), DictionaryAttr.EMPTY).result(0);
    t.replaceAllUsesWith(List.of(nv));
    t.erase();
    return true;
  }

  /** The permutation that undoes {@code p}. */
  static long[] inverse(long[] p) {
    long[] q = new long[p.length];
    for (int i = 0; i < p.length; i++) q[(int) p[i]] = i;
    return q;
  }

  private static boolean allOnes(Value v) {
    return v.type() instanceof RankedTensorType t && t.hasStaticShape() && Arrays.stream(t.shape()).allMatch(d -> d == 1);
  }

  private static boolean sink(Operation op) {
    if (op.numResults() != 1 || !(op.result(0).type() instanceof RankedTensorType rt) || !rt.hasStaticShape()) return false;
    long[] p = null;
    for (Value v : op.operands()) {
      Operation d = v.definingOp();
      if (d != null && d.isa("graph.transpose")) {
        long[] q = perm(d);
        if (p != null && !Arrays.equals(p, q)) return false;
        p = q;
        for (OpOperand u : v.uses()) if (u.owner() != op) return false;
      }
    }
    if (p == null || p.length != rt.rank()) return false;
    for (Value v : op.operands()) {
      Operation d = v.definingOp();
      if (d != null && d.isa("graph.transpose") || allOnes(v)) continue;
      if (ConvertLayoutPass.constant(v) == null || ((RankedTensorType) v.type()).rank() > rt.rank()) return false;
    }
    long[] inv = inverse(p);
    Builder b = new Builder(op.context());
    b.setInsertionPoint(op);
    List<Value> operands = new ArrayList<>();
    List<Operation> dead = new ArrayList<>();
    for (Value v : op.operands()) {
      Operation d = v.definingOp();
      if (d != null && d.isa("graph.transpose")) {
        operands.add(d.operand(0));
        dead.add(d);
      } else if (allOnes(v)) operands.add(v);
      else {
        Tensor c = ConvertLayoutPass.constant(v);
        long[] full = new long[rt.rank()];
        Arrays.fill(full, 1);
        System.arraycopy(c.shape(), 0, full, rt.rank() - c.rank(), c.rank());
        operands.add(ConvertLayoutPass.constantOp(b, op, ConvertLayoutPass.permute(c.reshape(full), inv)));
        dead.add(d);
      }
    }
    RankedTensorType nt = new RankedTensorType(GraphAttrs.permute(rt.shape(), inv), rt.elementType());
    Operation n = b.create(op.name(), op.location(), operands, List.of(nt), op.attributes());
    Value y = ConvertLayoutPass.transpose(b, op, n.result(0), p);
    op.replaceAllUsesWith(List.of(y));
    op.erase();
    for (Operation d : dead) if (d.parentBlock() != null && d.useEmpty()) d.erase();
    return true;
  }
}
