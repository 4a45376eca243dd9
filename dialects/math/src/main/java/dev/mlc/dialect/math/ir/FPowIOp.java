package dev.mlc.dialect.math.ir;

import dev.mlc.dialect.arith.ir.ArithOp;
import dev.mlc.dialect.arith.ir.Elementwise;
import dev.mlc.dialect.arith.ir.Kind;
import dev.mlc.dialect.arith.ir.Types;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.interp.Scalars;
import java.util.List;

/** {@code %r = math.fpowi %x, %n : f32, i32}: a float raised to a signed integer power. */
public final class FPowIOp extends ArithOp implements Traits.Pure {
  public static final String NAME = "math.fpowi";

  public FPowIOp() {
    super(NAME, Flags.FASTMATH, "A float raised to a signed integer power", "%r = math.fpowi %x, %n : f32, i32");
  }

  @Override protected boolean verify(Operation op) {
    if (!checkCounts(op, 2, 1) || !checkOperand(op, 0, Kind.FLOAT) || !checkOperand(op, 1, Kind.INT) || !checkResult(op, 0, Kind.FLOAT)) return false;
    if (!Kind.sameShape(op.operand(0).type(), op.operand(1).type()))
      return op.emitOpError("requires the same shape for all operands and results").failure();
    if (!op.operand(0).type().equals(op.result(0).type()))
      return op.emitOpError("failed to verify that all of {lhs, result} have same type, but got '" + Types.str(op.result(0).type()) + "'").failure();
    return checkFlags(op);
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    Type it = Kind.elementOf(op.operand(1).type());
    return new Object[] {Elementwise.map(op, 0, operands, folding, (env, a) -> StrictMath.pow((Double) a[0], (double) Scalars.signed((Long) a[1], it)))};
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) { return op.numOperands() == 2 && op.numResults() == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperands(op.operands());
    printFlags(op, p);
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.operand(0).type());
    p.print(", ");
    p.printType(op.operand(1).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    parseFlags(p, st);
    p.parseOptionalAttrDict(st.attributes);
    Type f = p.parseColonType();
    p.parsePunct(",");
    Type i = p.parseType();
    p.resolveOperands(operands, List.of(f, i), st.operands);
    st.resultTypes.add(f);
  }
}
