package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/**
 * Integer arithmetic with two results: {@code %sum, %overflow = arith.addui_extended %a, %b : i32, i1}
 * and {@code %low, %high = arith.mulsi_extended %a, %b : i32} (the low and high halves of the
 * double-width product).
 */
public final class ExtendedOp extends ArithOp implements Traits.Pure, Traits.Commutative {
  private final boolean boolSecond;
  private final Elementwise.ScalarFn first, second;
  private Folder multi = (op, c) -> null;

  /** {@code boolSecond}: the second result is an i1-like overflow bit (addui_extended). */
  public ExtendedOp(String name, boolean boolSecond, String summary, String example, Elementwise.ScalarFn first, Elementwise.ScalarFn second) {
    super(name, Flags.NONE, summary, example);
    this.boolSecond = boolSecond;
    this.first = first;
    this.second = second;
  }

  /** Folds giving both results at once: a {@code List<Object>} of two entries, or null. */
  public ExtendedOp foldsBoth(Folder f) {
    this.multi = f;
    return this;
  }

  @Override protected boolean verify(Operation op) {
    if (!checkCounts(op, 2, 2) || !checkOperand(op, 0, Kind.INT) || !checkOperand(op, 1, Kind.INT) || !checkResult(op, 0, Kind.INT)) return false;
    if (!checkResult(op, 1, boolSecond ? Kind.BOOL : Kind.INT)) return false;
    Type t = op.operand(0).type();
    if (!op.operand(1).type().equals(t) || !op.result(0).type().equals(t) || !boolSecond && !op.result(1).type().equals(t))
      return op.emitOpError("failed to verify that all of {lhs, rhs, " + (boolSecond ? "sum" : "low, high") + "} have same type").failure();
    if (boolSecond && !Kind.sameShape(t, op.result(1).type()))
      return op.emitOpError("failed to verify that overflow type has the same shape as the sum type").failure();
    return true;
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    return new Object[] {Elementwise.map(op, 0, operands, folding, first), Elementwise.map(op, 1, operands, folding, second)};
  }

  @SuppressWarnings("unchecked")
  @Override protected List<Object> multiFold(Operation op, List<Attribute> constants) { return (List<Object>) multi.fold(op, constants); }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) { return op.numOperands() == 2 && op.numResults() == 2; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperands(op.operands());
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.result(0).type());
    if (boolSecond) {
      p.print(", ");
      p.printType(op.result(1).type());
    }
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parseOptionalAttrDict(st.attributes);
    Type t = p.parseColonType();
    Type second = t;
    if (boolSecond) {
      p.parsePunct(",");
      second = p.parseType();
    }
    p.resolveOperands(operands, List.of(t, t), st.operands);
    st.resultTypes.add(t);
    st.resultTypes.add(second);
  }

}
