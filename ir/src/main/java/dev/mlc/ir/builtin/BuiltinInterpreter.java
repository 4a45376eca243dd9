package dev.mlc.ir.builtin;

import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.MemRefType;

/**
 * Interpreter semantics of the builtin ops. {@code builtin.unrealized_conversion_cast} passes a
 * value through where both types have the same interpreter value (index and integers, float types
 * of one kind), and converts between a tensor and a memref of the same shape (a copy), so partly
 * lowered IR still runs; any other cast is an error naming the types.
 */
public final class BuiltinInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add(UnrealizedConversionCastOp.NAME, (in, op, args) -> {
      if (args.length != op.numResults())
        throw in.error("cannot interpret a " + args.length + " to " + op.numResults() + " conversion cast");
      Object[] out = new Object[args.length];
      for (int i = 0; i < args.length; i++) out[i] = convert(args[i], op.operand(i).type(), op.result(i).type());
      return out;
    });
  }

  private static Object convert(Object v, Type from, Type to) {
    if (from.equals(to)) return v;
    if (Scalars.isInteger(from) && Scalars.isInteger(to) && v instanceof Long l) return Scalars.wrap(l, to);
    if (v instanceof Tensor t && to instanceof MemRefType m && t.elementType().equals(m.elementType())) return Buffer.of(t);
    if (v instanceof Buffer b && !(to instanceof MemRefType) && to instanceof dev.mlc.ir.type.ShapedType st
        && b.elementType().equals(st.elementType())) return b.toTensor();
    if (v instanceof Tensor t && to instanceof dev.mlc.ir.type.ShapedType st && t.matches(st)) return v;
    throw new InterpreterException("cannot interpret a conversion cast from " + from + " to " + to);
  }
}
