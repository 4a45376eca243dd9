package dev.mlc.ir.builtin;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/** {@code builtin.unrealized_conversion_cast}: a cast between type systems left by partial conversions. */
public final class UnrealizedConversionCastOp extends OpDef implements Traits.Pure {
  public static final String NAME = "builtin.unrealized_conversion_cast";

  UnrealizedConversionCastOp() { super(NAME); }

  @Override public String summary() { return "An unrealized conversion from one set of types to another"; }

  @Override public String description() {
    return """
        Marks a value conversion that a later pass must resolve; it has no runtime meaning.

        ```mlir
        %1 = builtin.unrealized_conversion_cast %0 : tensor<4xf32> to memref<4xf32>
        ```

        The interpreter passes values through where both types share an interpreter value (integers
        and index; equal types), and copies between a tensor and a memref of the same shape.""";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numResults() == 0) return op.emitOpError("expected at least one result").failure();
    if (op.numRegions() != 0 || op.numSuccessors() != 0) return op.emitOpError("expects no regions or successors").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  /** MLIR's form: {@code builtin.unrealized_conversion_cast %a, %b : T1, T2 to U1, U2 {attrs}}. */
  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() > 0) {
      p.print(' ');
      p.printOperands(op.operands());
      p.print(" : ");
      printTypes(p, op.operandTypes());
    }
    p.print(" to ");
    printTypes(p, op.resultTypes());
    p.printOptionalAttrDict(op.attributes(), java.util.Set.of());
  }

  private static void printTypes(OpAsmPrinter p, List<Type> types) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) p.print(", ");
      p.printType(types.get(i));
    }
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    if (!operands.isEmpty()) {
      p.parsePunct(":");
      p.resolveOperands(operands, parseTypes(p), st.operands);
    }
    p.parseKeyword("to");
    st.resultTypes.addAll(parseTypes(p));
    p.parseOptionalAttrDict(st.attributes);
  }

  private static List<Type> parseTypes(OpAsmParser p) {
    List<Type> types = new java.util.ArrayList<>();
    do types.add(p.parseType()); while (p.parseOptionalPunct(","));
    return types;
  }
}
