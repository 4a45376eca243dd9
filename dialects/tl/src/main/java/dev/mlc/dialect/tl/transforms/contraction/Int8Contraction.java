package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.List;

/**
 * An int8 matrix product with i32 accumulation, {@code C[i, j] += sum_k (zext(A[i, k]) - za) * sext(B[k, j])},
 * as {@code convert-graph-to-tl} lowers {@code graph.matmul_integer} (and the integer product of
 * {@code qlinear_matmul}): a {@code tl.generic} with the maps {@code (i, k)}, {@code (k, j)}, {@code (i, j)},
 * i8 operands read unsigned (A, the activations) and signed (B, the weights), an i32 output, and a
 * body {@code yield addi(acc, muli(subi(extui(a), za), subi(extsi(b), zb)))} (the subtractions
 * optional, either operand order). B must be a dense constant (its column sums are folded at
 * compile time) with zero point {@code zb = 0}; {@code za} is any constant.
 */
record Int8Contraction(Operation op, Value a, Value b, Value c, DenseElementsAttr weights, long m, long n, long k, long aZero) {
  static final IntegerType I8 = IntegerType.of(8), I32 = IntegerType.of(32);

  /** The match, or a String saying why {@code op} is not one. */
  static Object match(Operation op) {
    if (!op.isa("tl.generic") || op.numResults() != 0 || op.numOperands() != 3) return "not a two-input tl.generic on buffers";
    for (Value v : op.operands())
      if (!(v.type() instanceof MemRefType t) || !t.hasStaticShape() || t.layout() != null || t.rank() != 2)
        return "an operand is not a static 2-D buffer with the identity layout";
    MemRefType ta = (MemRefType) op.operand(0).type(), tb = (MemRefType) op.operand(1).type(), tc = (MemRefType) op.operand(2).type();
    if (!ta.elementType().equals(I8) || !tb.elementType().equals(I8) || !tc.elementType().equals(I32)) return "not i8 x i8 -> i32";
    List<String> its = AccumulateReductionsPass.iterators(op);
    if (!its.equals(List.of("parallel", "parallel", "reduction"))) return "the loops are not (parallel, parallel, reduction)";
    List<AffineMap> maps = StructuredOps.maps(op);
    if (!dims(maps.get(0), 0, 2) || !dims(maps.get(1), 2, 1) || !dims(maps.get(2), 0, 1)) return "the maps are not (i, k), (k, j), (i, j)";
    long m = tc.shape()[0], n = tc.shape()[1], k = ta.shape()[1];
    if (ta.shape()[0] != m || tb.shape()[0] != k || tb.shape()[1] != n) return "the operand shapes do not match";
    if (m == 0 || n == 0 || k == 0) return "an empty dimension";
    DenseElementsAttr w = constantOf(op.operand(1));
    if (w == null) return "the weights (operand #1) are not a dense i8 constant";
    Block blk = op.region(0).front();
    Operation yield = blk.operations().getLast();
    if (!yield.isa("tl.yield") || yield.numOperands() != 1) return "the body does not yield one value";
    Operation add = yield.operand(0).definingOp();
    Value acc = blk.argument(2);
    if (add == null || !add.isa("arith.addi")) return "the body is not an integer multiply-add";
    Value prod = add.operand(0) == acc ? add.operand(1) : add.operand(1) == acc ? add.operand(0) : null;
    Operation mul = prod == null ? null : prod.definingOp();
    if (mul == null || !mul.isa("arith.muli")) return "the body is not an integer multiply-add";
    long[] za = new long[1], zb = new long[1];
    boolean ok = side(mul.operand(0), blk.argument(0), "arith.extui", za) && side(mul.operand(1), blk.argument(1), "arith.extsi", zb)
        || side(mul.operand(1), blk.argument(0), "arith.extui", za) && side(mul.operand(0), blk.argument(1), "arith.extsi", zb);
    if (!ok) return "the body is not (zext(a) - za) * (sext(b) - zb) accumulated (u8 activations x s8 weights)";
    if (zb[0] != 0) return "the weights' zero point is not 0";
    return new Int8Contraction(op, op.operand(0), op.operand(1), op.operand(2), w, m, n, k, za[0]);
  }

  /** {@code v} is {@code ext(arg)} or {@code subi(ext(arg), constant)}; the constant (0 without a subtraction) goes to {@code zero[0]}. */
  private static boolean side(Value v, Value arg, String ext, long[] zero) {
    Operation d = v.definingOp();
    zero[0] = 0;
    if (d != null && d.isa("arith.subi")) {
      Operation cst = d.operand(1).definingOp();
      if (cst == null || !cst.isa("arith.constant") || !(cst.attr("value") instanceof IntegerAttr ia)) return false;
      zero[0] = ia.longValue();
      d = d.operand(0).definingOp();
    }
    return d != null && d.isa(ext) && d.operand(0) == arg && d.result(0).type().equals(I32);
  }

  private static boolean dims(AffineMap map, int r, int c) {
    List<AffineExpr> x = map.results();
    return map.numDims() == 3 && x.size() == 2 && x.get(0) instanceof AffineExpr.Dim d0 && d0.position() == r
        && x.get(1) instanceof AffineExpr.Dim d1 && d1.position() == c;
  }

  /** The dense i8 value behind {@code buffer} when it is {@code tl.to_buffer (arith.constant dense<...>)}, or null. */
  static DenseElementsAttr constantOf(Value buffer) {
    Operation tb = buffer.definingOp();
    if (tb == null || !tb.isa("tl.to_buffer")) return null;
    Operation c = tb.operand(0).definingOp();
    return c != null && c.isa("arith.constant") && c.attr("value") instanceof DenseElementsAttr d && d.elementType().equals(I8) ? d : null;
  }

  /** B[kk, col] as a signed byte. */
  int weight(long kk, long col) {
    return weights.isSplat() ? weights.rawData()[0] : weights.rawData()[(int) (kk * n + col)];
  }
}
