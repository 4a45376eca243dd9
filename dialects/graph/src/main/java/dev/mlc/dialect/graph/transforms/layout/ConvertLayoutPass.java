package dev.mlc.dialect.graph.transforms.layout;

import dev.mlc.dialect.graph.ir.ConstantFolding;
import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --convert-layout=layout=nhwc}: rewrites the NCHW {@code graph.conv2d}, {@code max_pool2d},
 * {@code avg_pool2d}, {@code global_avg_pool} and {@code batch_norm} (constant parameters) of every
 * block to compute in NHWC (docs/layout.md). Each op gets a {@code graph.transpose} to NHWC on its
 * input and one back to NCHW on its result; constant conv2d weights are permuted to kH×kW×C×M at
 * compile time (other weights get a transpose). {@link TransposePropagation} then sinks the
 * transposes through element-wise ops and cancels them, so a chain of such ops keeps one transpose
 * in and one out.
 */
@PassInfo(name = "convert-layout", summary = "Compute conv2d/pools/batch_norm in NHWC, with the transposes propagated and cancelled")
public final class ConvertLayoutPass extends Pass {
  @PassOption(name = "layout", description = "The target layout of the activations (only \"nhwc\")")
  String layout = "nhwc";

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    if (!layout.equals("nhwc")) {
      root.emitError("'convert-layout' supports layout=nhwc only, but got layout=" + layout);
      ctx.signalFailure();
      return;
    }
    List<Operation> ops = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("graph.fusion")) return;
      if (candidate(o)) ops.add(o);
    });
    for (Operation op : ops) convert(op);
    List<Block> blocks = new ArrayList<>();
    root.walk(o -> {
      for (Region r : o.regions()) blocks.addAll(r.blocks());
    });
    for (Block b : blocks) TransposePropagation.run(b);
  }

  private static RankedTensorType rank4(Value v) {
    return v.type() instanceof RankedTensorType t && t.rank() == 4 && t.hasStaticShape() && t.elementType() instanceof FloatType ? t : null;
  }

  /** Whether {@code op} is an NCHW op this pass converts. */
  static boolean candidate(Operation op) {
    if (op.parentOp() != null && op.parentOp().isa("graph.fusion")) return false;
    return switch (op.name()) {
      case "graph.conv2d", "graph.max_pool2d", "graph.avg_pool2d" -> rank4(op.operand(0)) != null && op.attr("layout") == null;
      case "graph.global_avg_pool" -> rank4(op.operand(0)) != null;
      case "graph.batch_norm" -> rank4(op.operand(0)) != null && constants(op) != null;
      default -> false;
    };
  }

  private static Tensor[] constants(Operation bn) {
    Tensor[] t = new Tensor[4];
    for (int i = 0; i < 4; i++) if ((t[i] = constant(bn.operand(i + 1))) == null) return null;
    return t;
  }

  static Tensor constant(Value v) {
    Operation d = v.definingOp();
    return d != null && d.isa("graph.constant") ? ConstantFolding.tensor(d.attr("value")) : null;
  }

  static ArrayAttr perm(long[] p) {
    List<Attribute> xs = new ArrayList<>();
    for (long x : p) xs.add(IntegerAttr.i64(x));
    return new ArrayAttr(xs);
  }

  /** {@code graph.transpose x {perm}} at the builder's insertion point. */
  static Value transpose(Builder b, Operation at, Value x, long[] p) {
    RankedTensorType t = (RankedTensorType) x.type();
    RankedTensorType rt = new RankedTensorType(GraphAttrs.permute(t.shape(), p), t.elementType());
    return b.create("graph.transpose", at.location(), List.of(x), List.of(rt), DictionaryAttr.of(new NamedAttribute("perm", perm(p)))).result(0);
  }

  /** A new {@code graph.constant} holding {@code t}. */
  static Value constantOp(Builder b, Operation at, Tensor t) {
    RankedTensorType type = new RankedTensorType(t.shape(), t.elementType());
    return b.create("graph.constant", at.location(), List.of(), List.of(type), DictionaryAttr.of(new NamedAttribute("value", t.toAttr(type)))).result(0);
  }

  /** {@code x} with its dimensions permuted: result dimension i is {@code x}'s dimension {@code perm[i]}. */
  static Tensor permute(Tensor x, long[] p) {
    int rank = x.rank();
    long[] xs = x.strides(), shape = GraphAttrs.permute(x.shape(), p);
    Tensor r = Tensor.zeros(x.elementType(), shape);
    long[] idx = new long[rank];
    for (int k = 0; k < r.size(); k++) {
      int src = 0;
      for (int i = 0; i < rank; i++) src += (int) (idx[i] * xs[(int) p[i]]);
      r.set(k, x.get(src));
      for (int d = rank - 1; d >= 0 && ++idx[d] == shape[d]; d--) idx[d] = 0;
    }
    return r;
  }

  private static void convert(Operation op) {
    Builder b = new Builder(op.context());
    b.setInsertionPoint(op);
    Value x = transpose(b, op, op.operand(0), GraphAttrs.TO_NHWC);
    RankedTensorType yt = (RankedTensorType) op.result(0).type();
    RankedTensorType nt = new RankedTensorType(GraphAttrs.permute(yt.shape(), GraphAttrs.TO_NHWC), yt.elementType());
    List<Operation> inputs = new ArrayList<>();
    for (Value v : op.operands()) inputs.add(v.definingOp());
    Value y;
    switch (op.name()) {
      case "graph.conv2d" -> {
        Value w = op.operand(1);
        Tensor wc = constant(w);
        Value nw = wc != null ? constantOp(b, op, permute(wc, GraphAttrs.TO_HWIO)) : transpose(b, op, w, GraphAttrs.TO_HWIO);
        List<Value> operands = new ArrayList<>(List.of(x, nw));
        if (op.numOperands() > 2) operands.add(op.operand(2));
        y = b.create(op.name(), op.location(), operands, List.of(nt), op.attributes().with("layout", StringAttr.of("nhwc"))).result(0);
      }
      case "graph.max_pool2d", "graph.avg_pool2d" ->
          y = b.create(op.name(), op.location(), List.of(x), List.of(nt), op.attributes().with("layout", StringAttr.of("nhwc"))).result(0);
      case "graph.global_avg_pool" -> y = b.create("graph.reduce_mean", op.location(), List.of(x), List.of(nt),
          DictionaryAttr.of(new NamedAttribute("axes", perm(new long[] {1, 2})), new NamedAttribute("keepdims", IntegerAttr.bool(true)))).result(0);
      case "graph.batch_norm" -> y = batchNorm(b, op, x, nt);
      default -> throw new IllegalStateException(op.name());
    }
    op.replaceAllUsesWith(List.of(transpose(b, op, y, GraphAttrs.TO_NCHW)));
    op.erase();
    for (Operation d : inputs) if (d != null && d.isa("graph.constant") && d.parentBlock() != null && d.useEmpty()) d.erase();
  }

  /** {@code batch_norm(x) = x·a + s} with {@code a = scale / sqrt(var + eps)}, {@code s = bias - mean·a} per channel (now the last dimension). */
  private static Value batchNorm(Builder b, Operation bn, Value x, RankedTensorType nt) {
    Tensor[] p = constants(bn);
    int c = (int) nt.shape()[3];
    double eps = GraphAttrs.epsilon(bn);
    double[] a = new double[c], s = new double[c];
    for (int i = 0; i < c; i++) {
      a[i] = p[0].getDouble(i) / Math.sqrt(p[3].getDouble(i) + eps);
      s[i] = p[1].getDouble(i) - p[2].getDouble(i) * a[i];
    }
    Type et = nt.elementType();
    Value av = constantOp(b, bn, Tensor.ofDoubles(et, new long[] {c}, a)), sv = constantOp(b, bn, Tensor.ofDoubles(et, new long[] {c}, s));
    Value m = b.create("graph.mul", bn.location(), List.of(x, av), List.of(nt), DictionaryAttr.EMPTY).result(0);
    return b.create("graph.add", bn.location(), List.of(m, sv), List.of(nt), DictionaryAttr.EMPTY).result(0);
  }
}
