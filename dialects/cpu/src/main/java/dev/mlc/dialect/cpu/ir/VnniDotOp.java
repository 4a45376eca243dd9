package dev.mlc.dialect.cpu.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import java.util.Set;

/**
 * {@code cpu.vnni_dpbusd} and {@code cpu.vnni_dpbusds}: the int8 dot products of AVX-512 VNNI /
 * AVX-VNNI ({@code VPDPBUSD}, {@code VPDPBUSDS}). For an accumulator {@code vector<Nxi32>} (N = 4, 8 or
 * 16: 128, 256 or 512 bits) and byte vectors {@code a}, {@code b} of {@code vector<4Nxi8>}, lane j of
 * the result is
 *
 * <pre>acc[j] + sum_{k=0..3} zext(a[4j+k]) * sext(b[4j+k])</pre>
 *
 * that is, {@code a}'s bytes are read unsigned and {@code b}'s signed; the sum wraps modulo 2^32
 * ({@code dpbusd}) or saturates to the i32 range ({@code dpbusds}). The four products are exact (each
 * fits 16 bits) and are added to the accumulator as one sum, as the hardware does.
 */
public final class VnniDotOp extends OpDef implements Traits.Pure {
  final boolean saturate;

  VnniDotOp(boolean saturate) {
    super(saturate ? "cpu.vnni_dpbusds" : "cpu.vnni_dpbusd");
    this.saturate = saturate;
  }

  public boolean saturates() { return saturate; }

  @Override public String summary() {
    return "int8 dot products accumulated into i32 lanes: u8 x s8, four bytes per lane (VPDPBUSD" + (saturate ? "S, saturating)" : ", wrapping)");
  }

  @Override public String description() {
    return summary() + ".\n\nLane j of the result is `acc[j] + sum(k = 0..3) zext(a[4j+k]) * sext(b[4j+k])`, "
        + (saturate ? "saturated to the i32 range" : "wrapping modulo 2^32")
        + ". `acc` is `vector<Nxi32>` with N = 4, 8 or 16; `a` and `b` are `vector<4Nxi8>` (`a` read unsigned, `b` signed).\n\n"
        + "```mlir\n%r = " + name() + " %acc, %a, %b : vector<16xi32>, vector<64xi8>\n```";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 3 || op.numResults() != 1) return op.emitOpError("expects 3 operands and 1 result").failure();
    Type acc = op.operand(0).type();
    if (!(acc instanceof VectorType av) || av.shape().length != 1 || !av.elementType().equals(IntegerType.of(32))
        || !Set.of(4L, 8L, 16L).contains(av.shape()[0]))
      return op.emitOpError("operand #0 must be vector<4xi32>, vector<8xi32> or vector<16xi32>, but got '" + text(acc) + "'").failure();
    VectorType bytes = new VectorType(new long[] {4 * av.shape()[0]}, IntegerType.of(8), new boolean[1]);
    for (int i = 1; i <= 2; i++)
      if (!op.operand(i).type().equals(bytes))
        return op.emitOpError("operand #" + i + " must be " + text(bytes) + " (four bytes per accumulator lane), but got '" + text(op.operand(i).type()) + "'").failure();
    if (!op.result(0).type().equals(acc)) return op.emitOpError("result type must be the accumulator type " + text(acc)).failure();
    return true;
  }

  static String text(Type t) {
    if (t instanceof VectorType v && v.shape().length == 1) return "vector<" + v.shape()[0] + "x" + v.elementType() + ">";
    return String.valueOf(t);
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperands(op.operands());
    p.printOptionalAttrDict(op.attributes(), Set.of());
    p.print(" : ");
    p.printType(op.operand(0).type());
    p.print(", ");
    p.printType(op.operand(1).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parseOptionalAttrDict(st.attributes);
    List<Type> ts = p.parseColonTypeList();
    if (ts.size() != 2) throw p.error("expected the accumulator type and the byte vector type");
    p.resolveOperands(ops, List.of(ts.get(0), ts.get(1), ts.get(1)), st.operands);
    st.resultTypes.add(ts.get(0));
  }
}
