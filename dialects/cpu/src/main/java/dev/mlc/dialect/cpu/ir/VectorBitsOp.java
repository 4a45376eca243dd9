package dev.mlc.dialect.cpu.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.type.IntegerType;
import java.util.Set;

/**
 * {@code %w = cpu.vector_bits : i64}: the {@code vector_bits} of the {@code #cpu.target} on the
 * nearest enclosing op (the widest vector register, in bits), as an integer value.
 */
public final class VectorBitsOp extends OpDef implements Traits.Pure {
  public static final String NAME = "cpu.vector_bits";

  VectorBitsOp() { super(NAME); }

  @Override public String summary() { return "The vector register width in bits of the enclosing cpu.target"; }

  @Override public String description() {
    return summary() + ".\n\n```mlir\nmodule attributes {cpu.target = #cpu.target<\"x86-64\", features = \"+avx2,+fma\", vector_bits = 256>} {\n"
        + "  func.func @f() -> i64 {\n    %w = cpu.vector_bits : i64\n    return %w : i64\n  }\n}\n```";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 0 || op.numResults() != 1 || !(op.result(0).type() instanceof IntegerType it) || !it.isSignless() || it.width() < 16)
      return op.emitOpError("expects no operands and one signless integer result of at least 16 bits").failure();
    if (CpuTargetAttr.of(op) == null) return op.emitOpError("requires an enclosing op with a 'cpu.target' attribute").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.printOptionalAttrDict(op.attributes(), Set.of());
    p.print(" : ");
    p.printType(op.result(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parseOptionalAttrDict(st.attributes);
    st.resultTypes.add(p.parseColonType());
  }
}
