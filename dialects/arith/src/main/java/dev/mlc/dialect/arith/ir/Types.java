package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.UnrankedTensorType;
import dev.mlc.ir.type.VectorType;

/** Types written as MLIR writes them, for diagnostics ({@code 'vector<4xf32>'}). */
public final class Types {
  private Types() {}

  public static String str(Type t) {
    if (t instanceof IndexType) return "index";
    if (t instanceof VectorType v) {
      StringBuilder b = new StringBuilder("vector<");
      for (int i = 0; i < v.rank(); i++) b.append(v.scalableDims()[i] ? "[" + v.dim(i) + "]" : String.valueOf(v.dim(i))).append('x');
      return b.append(str(v.elementType())).append('>').toString();
    }
    if (t instanceof RankedTensorType r) return "tensor<" + dims(r) + str(r.elementType()) + ">";
    if (t instanceof UnrankedTensorType u) return "tensor<*x" + str(u.elementType()) + ">";
    if (t instanceof MemRefType m && m.hasRank()) return "memref<" + dims(m) + str(m.elementType()) + ">";
    return String.valueOf(t);
  }

  private static String dims(ShapedType s) {
    StringBuilder b = new StringBuilder();
    for (long d : s.shape()) b.append(d == ShapedType.DYNAMIC ? "?" : String.valueOf(d)).append('x');
    return b.toString();
  }
}
