package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/** {@code %c = arith.constant 42 : i32}, {@code arith.constant dense<[1.0, 2.0]> : tensor<2xf32>}: a constant integer, float, vector or tensor. */
public final class ConstantOp extends ArithOp implements Traits.ConstantLike, Traits.Pure {
  public static final String NAME = "arith.constant";

  public ConstantOp() {
    super(NAME, Flags.NONE, "An integer, float, vector or tensor constant",
        "%c = arith.constant 42 : i32\n%f = arith.constant 1.000000e+00 : f32\n%t = arith.constant dense<[1, 2]> : tensor<2xi32>");
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("value"); }

  /** The type an attribute carries (integers, floats, elements), or null. */
  public static Type typeOf(Attribute a) {
    if (a instanceof IntegerAttr i) return i.type();
    if (a instanceof FloatAttr f) return f.type();
    if (a instanceof ElementsAttr e) return e.type();
    return null;
  }

  /** Whether {@code value} makes an arith.constant of {@code type}. */
  public static boolean isBuildableWith(Attribute value, Type type) {
    Type vt = typeOf(value);
    if (vt == null || !vt.equals(type)) return false;
    if (Kind.elementOf(type) instanceof IntegerType it && !it.isSignless()) return false;
    return Kind.INT_OR_FLOAT.accepts(type) || Kind.INT.accepts(type);
  }

  @Override protected boolean verify(Operation op) {
    if (!checkCounts(op, 0, 1)) return false;
    Attribute v = op.attr("value");
    if (v == null) return op.emitOpError("requires attribute 'value'").failure();
    Type t = op.result(0).type();
    if (!t.equals(typeOf(v))) return op.emitOpError("failed to verify that all of {value, result} have same type").failure();
    if (Kind.elementOf(t) instanceof IntegerType it && !it.isSignless()) return op.emitOpError("integer return type must be signless").failure();
    if (!(v instanceof IntegerAttr || v instanceof FloatAttr || v instanceof ElementsAttr))
      return op.emitOpError("value must be an integer, float, or elements attribute").failure();
    return true;
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    Attribute v = op.attr("value");
    if (v instanceof IntegerAttr i) return new Object[] {Scalars.wrap(i.value().longValue(), i.type())};
    if (v instanceof FloatAttr f) return new Object[] {Scalars.round(f.value(), f.type())};
    return new Object[] {Tensor.fromAttr((ElementsAttr) v, op.context().resources())};
  }

  @Override public List<Object> fold(Operation op, List<Attribute> constants) {
    Attribute v = op.attr("value");
    return v == null ? null : List.of(v);
  }

  /** {@code v} modulo 2^w read as a signed number: MLIR keeps signless constants as their bits, printed signed. */
  static java.math.BigInteger signed(java.math.BigInteger v, int w) {
    java.math.BigInteger m = java.math.BigInteger.ONE.shiftLeft(w), r = v.mod(m);
    return r.testBit(w - 1) ? r.subtract(m) : r;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) {
    return op.numOperands() == 0 && op.numResults() == 1 && op.attr("value") != null && op.result(0).type().equals(typeOf(op.attr("value")));
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(' ');
    p.printAttribute(op.attr("value"));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parseOptionalAttrDict(st.attributes);
    Attribute v = p.parseAttribute();
    Type t = typeOf(v);
    if (t == null) throw p.error("expected a typed attribute for 'value'");
    if (v instanceof IntegerAttr i && t instanceof IntegerType it && it.isSignless() && it.width() > 1) 
      v = new IntegerAttr(t, signed(i.value(), it.width()));
    st.addAttribute("value", v);
    st.resultTypes.add(t);
  }
}
