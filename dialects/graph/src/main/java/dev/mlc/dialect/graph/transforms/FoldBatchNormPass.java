package dev.mlc.dialect.graph.transforms;

import dev.mlc.dialect.graph.ir.ConstantFolding;
import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --fold-batch-norm}: folds a {@code graph.batch_norm} whose parameters are constants into the
 * constant weights of the contraction that produces its input (when that is the input's only use).
 * With {@code a = scale / sqrt(var + epsilon)} and {@code s = bias - mean·a} per channel (axis 1),
 * {@code batch_norm(y) = a·y + s}, so:
 * <ul>
 *   <li>{@code conv2d(x, W, B)}: {@code W'[m, ...] = a[m]·W[m, ...]}, {@code B'[m] = a[m]·B[m] + s[m]} (B = 0 when absent);</li>
 *   <li>{@code gemm(A, B, C)} (2-D, channel = column n): {@code B'[k, n] = a[n]·B[k, n]} (transposed likewise),
 *       {@code C' = a·beta·C + s} with {@code beta' = 1};</li>
 *   <li>{@code matmul(x, W)} with a 2-D result, optionally followed by {@code add} of a constant bias:
 *       {@code W'[k, n] = a[n]·W[k, n]} and {@code add(matmul(x, W'), b')} with {@code b' = a·b + s}.</li>
 * </ul>
 * The new constants are computed in double precision and rounded once to the element type; results
 * then differ from the unfolded graph only by rounding (the products are reassociated).
 */
@PassInfo(name = "fold-batch-norm", summary = "Fold batch_norm with constant parameters into the preceding conv2d/gemm/matmul weights")
public final class FoldBatchNormPass extends Pass {
  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> bns = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("graph.batch_norm")) bns.add(o);
    });
    for (Operation bn : bns) fold(bn);
  }

  /** A dense constant operand's value, or null. */
  static Tensor constant(Value v) {
    Operation d = v.definingOp();
    if (d == null || !d.isa("graph.constant")) return null;
    return ConstantFolding.tensor(d.attr("value"));
  }

  private static boolean fold(Operation bn) {
    if (!(bn.result(0).type() instanceof RankedTensorType rt) || !(rt.elementType() instanceof FloatType) || !rt.hasStaticShape() || rt.rank() < 2) return false;
    Value y = bn.operand(0);
    Operation p = y.definingOp();
    if (p == null || !y.hasOneUse() || p.parentBlock() != bn.parentBlock()) return false;
    long c = rt.shape()[1];
    Tensor[] prm = new Tensor[4];
    for (int i = 0; i < 4; i++) if ((prm[i] = constant(bn.operand(i + 1))) == null || prm[i].size() != c) return false;
    double eps = GraphAttrs.epsilon(bn);
    double[] a = new double[(int) c], s = new double[(int) c];
    for (int i = 0; i < c; i++) {
      a[i] = prm[0].getDouble(i) / Math.sqrt(prm[3].getDouble(i) + eps);
      s[i] = prm[1].getDouble(i) - prm[2].getDouble(i) * a[i];
    }
    Type et = rt.elementType();
    Builder b = new Builder(bn.context());
    b.setInsertionPoint(p);
    if (p.isa("graph.conv2d")) return foldConv(b, bn, p, a, s, et);
    if (p.isa("graph.gemm") && rt.rank() == 2) return foldGemm(b, bn, p, a, s, et);
    if (p.isa("graph.matmul") && rt.rank() == 2) return foldMatmul(b, bn, p, null, a, s, et);
    if (p.isa("graph.add") && rt.rank() == 2) {
      Operation mm = p.operand(0).definingOp();
      if (mm != null && mm.isa("graph.matmul") && p.operand(0).hasOneUse() && mm.parentBlock() == p.parentBlock()) {
        b.setInsertionPoint(mm);
        return foldMatmul(b, bn, mm, p, a, s, et);
      }
    }
    return false;
  }

  private static Value constantOp(Builder b, Operation at, long[] shape, Type et, double[] values) {
    RankedTensorType t = new RankedTensorType(shape, et);
    Attribute v = Tensor.ofDoubles(et, shape, values).toAttr(t);
    return b.create("graph.constant", at.location(), List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", v))).result(0);
  }

  /** Replaces {@code bn} by {@code repl}, then erases the ops it made dead. */
  private static void replace(Operation bn, Value repl, Operation... dead) {
    List<Operation> inputs = new ArrayList<>();
    for (Value v : bn.operands()) inputs.add(v.definingOp());
    for (Operation d : dead) if (d != null) for (Value v : d.operands()) inputs.add(v.definingOp());
    bn.replaceAllUsesWith(List.of(repl));
    bn.erase();
    for (Operation d : dead) if (d != null && d.useEmpty()) d.erase();
    // the old weights and parameters, when nothing else reads them
    for (Operation d : inputs) if (d != null && d.isa("graph.constant") && d.parentBlock() != null && d.useEmpty()) d.erase();
  }

  private static boolean foldConv(Builder b, Operation bn, Operation conv, double[] a, double[] s, Type et) {
    Tensor w = constant(conv.operand(1));
    Tensor bias = conv.numOperands() > 2 ? constant(conv.operand(2)) : null;
    if (w == null || w.rank() != 4 || w.dim(0) != a.length || conv.numOperands() > 2 && (bias == null || bias.size() != a.length)) return false;
    double[] wv = new double[w.size()];
    int per = (int) (w.size() / a.length);
    for (int i = 0; i < wv.length; i++) wv[i] = w.getDouble(i) * a[i / per];
    double[] bv = new double[a.length];
    for (int m = 0; m < a.length; m++) bv[m] = (bias == null ? 0 : bias.getDouble(m)) * a[m] + s[m];
    Value nw = constantOp(b, conv, w.shape(), et, wv), nb = constantOp(b, conv, new long[] {a.length}, et, bv);
    Operation nc = conv.clone();
    nc.setOperands(List.of(conv.operand(0), nw, nb));
    b.setInsertionPoint(bn);
    b.insert(nc);
    replace(bn, nc.result(0), conv);
    return true;
  }

  private static boolean foldGemm(Builder b, Operation bn, Operation g, double[] a, double[] s, Type et) {
    Tensor w = constant(g.operand(1));
    Tensor cc = g.numOperands() > 2 ? constant(g.operand(2)) : null;
    if (w == null || w.rank() != 2 || g.numOperands() > 2 && cc == null) return false;
    boolean tb = GraphAttrs.bool(g, "trans_b", false);
    int n = a.length;
    if ((tb ? w.dim(0) : w.dim(1)) != n) return false;
    double[] wv = new double[w.size()];
    for (int i = 0; i < wv.length; i++) wv[i] = w.getDouble(i) * a[tb ? (int) (i / w.dim(1)) : (int) (i % w.dim(1))];
    double beta = GraphAttrs.floatAttr(g, "beta", 1.0);
    long m = ((RankedTensorType) g.result(0).type()).shape()[0];
    // C' = a·beta·C + s, as [N] when C does not vary along rows, else [M, N]
    boolean rows = cc != null && cc.rank() == 2 && cc.dim(0) != 1;
    if (cc != null && (cc.rank() > 2 || cc.size() != 1 && cc.dim(cc.rank() - 1) != n && cc.dim(cc.rank() - 1) != 1)) return false;
    long[] cs = rows ? new long[] {m, n} : new long[] {n};
    double[] cv = new double[(int) (rows ? m * n : n)];
    for (int i = 0; i < cv.length; i++) {
      int col = i % n;
      double ci = 0;
      if (cc != null) {
        long last = cc.rank() == 0 ? 1 : cc.dim(cc.rank() - 1);
        int row = i / n;
        int idx = (int) ((cc.rank() == 2 && cc.dim(0) != 1 ? row * last : 0) + (last == 1 ? 0 : col));
        ci = cc.getDouble(idx);
      }
      cv[i] = a[col] * beta * ci + s[col];
    }
    Value nw = constantOp(b, g, w.shape(), et, wv), nc = constantOp(b, g, cs, et, cv);
    Operation ng = g.clone();
    ng.setOperands(List.of(g.operand(0), nw, nc));
    ng.setAttr("beta", FloatAttr.of(FloatType.F32, 1.0));
    b.setInsertionPoint(bn);
    b.insert(ng);
    replace(bn, ng.result(0), g);
    return true;
  }

  private static boolean foldMatmul(Builder b, Operation bn, Operation mm, Operation add, double[] a, double[] s, Type et) {
    Tensor w = constant(mm.operand(1));
    if (w == null || w.rank() != 2 || w.dim(1) != a.length || mm.operand(0).type() instanceof RankedTensorType xt && xt.rank() != 2) return false;
    int n = a.length;
    Tensor bias = null;
    if (add != null) {
      Value other = add.operand(1);
      if ((bias = constant(other)) == null || !(bias.size() == 1 || bias.rank() >= 1 && bias.rank() <= 2 && bias.size() == n && bias.dim(bias.rank() - 1) == n)) return false;
      if (!add.result(0).type().equals(mm.result(0).type())) return false;
    }
    double[] wv = new double[w.size()];
    for (int i = 0; i < wv.length; i++) wv[i] = w.getDouble(i) * a[i % n];
    double[] bv = new double[n];
    for (int j = 0; j < n; j++) bv[j] = (bias == null ? 0 : bias.getDouble(bias.size() == 1 ? 0 : j)) * a[j] + s[j];
    Value nw = constantOp(b, mm, w.shape(), et, wv), nbv = constantOp(b, mm, new long[] {n}, et, bv);
    Operation nm = mm.clone();
    nm.setOperands(List.of(mm.operand(0), nw));
    b.setInsertionPoint(bn);
    b.insert(nm);
    Operation na = b.create("graph.add", bn.location(), List.of(nm.result(0), nbv), bn.resultTypes(), DictionaryAttr.EMPTY);
    replace(bn, na.result(0), add, mm);
    return true;
  }
}
