package dev.mlc.api;

import dev.mlc.dialect.graph.ir.GraphOp;
import dev.mlc.dialect.graph.ir.ShapeError;
import dev.mlc.ir.Block;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.text.TypePrinting;
import java.util.ArrayList;
import java.util.List;

/**
 * Specializes a function with dynamic dimensions to the shapes of actual inputs: each argument's
 * type becomes static, the result types of the graph ops of its body are inferred again from
 * their operands (in order, with {@link GraphOp#inferResultTypes}), and the function type takes
 * the types its {@code return} now returns. Any other op with a dynamically shaped result cannot
 * be re-inferred and is refused.
 */
final class Specializer {
  private Specializer() {}

  /** Rewrites {@code f} (a function whose body has one block) for arguments of {@code shapes} (null for a scalar). */
  static void specialize(Operation f, List<long[]> shapes) {
    MLContext ctx = f.context();
    Block body = f.region(0).front();
    List<Type> ins = new ArrayList<>();
    for (int i = 0; i < body.numArguments(); i++) {
      Value a = body.argument(i);
      if (a.type() instanceof ShapedType st && st.hasRank() && !st.hasStaticShape()) {
        long[] s = shapes.get(i);
        a.setType(ctx.intern(a.type() instanceof MemRefType ? new MemRefType(s, st.elementType()) : new RankedTensorType(s, st.elementType())));
      }
      ins.add(a.type());
    }
    List<RuntimeException> error = new ArrayList<>(1);
    f.walkPreOrder(op -> {
      if (op == f || !error.isEmpty()) return;
      if (op.def() instanceof GraphOp g) {
        List<Type> inferred;
        try {
          inferred = g.inferResultTypes(op);
        } catch (ShapeError e) {
          error.add(new ModelException("'" + op.name() + "' op " + e.getMessage() + " (after specializing to the input shapes)"));
          return;
        }
        for (int k = 0; k < op.numResults() && k < inferred.size(); k++) op.result(k).setType(ctx.intern(inferred.get(k)));
        return;
      }
      for (int k = 0; k < op.numResults(); k++)
        if (op.result(k).type() instanceof ShapedType st && (!st.hasRank() || !st.hasStaticShape()))
          error.add(new ModelException("'" + op.name() + "' op result #" + k + " has the dynamic type " + TypePrinting.toString(st)
              + ", which cannot be specialized to the input shapes (only graph ops infer their result types)"));
    });
    if (!error.isEmpty()) throw error.get(0);
    Operation ret = body.terminator();
    List<Type> outs = new ArrayList<>(ret.operandTypes());
    f.setAttr("function_type", new TypeAttr(ctx.intern(new FunctionType(ins, outs))));
  }

  /** Whether any argument or result of a function type has a dynamic dimension. */
  static boolean isDynamic(List<Type> types) {
    for (Type t : types) if (t instanceof ShapedType st && st.hasRank() && !st.hasStaticShape()) return true;
    return false;
  }
}
