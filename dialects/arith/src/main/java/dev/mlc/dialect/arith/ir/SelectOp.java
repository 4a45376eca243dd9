package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.ShapedType;
import java.util.List;

/**
 * {@code %r = arith.select %c, %a, %b : i32}: {@code %a} where the i1 condition holds, else
 * {@code %b}; an i1 condition picks a whole vector or tensor, a vector or tensor of i1 picks
 * element by element ({@code arith.select %m, %a, %b : vector<4xi1>, vector<4xf32>}).
 */
public final class SelectOp extends ArithOp implements Traits.Pure {
  public static final String NAME = "arith.select";

  public SelectOp() {
    super(NAME, Flags.NONE, "Chooses between two values by an i1 condition",
        "%r = arith.select %cond, %a, %b : f32\n%v = arith.select %mask, %x, %y : vector<4xi1>, vector<4xf32>");
  }

  @Override protected boolean verify(Operation op) {
    if (!checkCounts(op, 3, 1) || !checkOperand(op, 0, Kind.BOOL)) return false;
    Type t = op.result(0).type();
    if (!op.operand(1).type().equals(t) || !op.operand(2).type().equals(t))
      return op.emitOpError("failed to verify that all of {true_value, false_value, result} have same type").failure();
    Type c = op.operand(0).type();
    if (c instanceof ShapedType && !Kind.sameShape(c, t))
      return op.emitOpError("failed to verify that condition is signless i1 or has matching shape").failure();
    return true;
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    if (!(operands[0] instanceof Tensor)) return new Object[] {(Long) operands[0] != 0 ? operands[1] : operands[2]};
    return new Object[] {Elementwise.map(op, 0, operands, folding, (env, a) -> (Long) a[0] != 0 ? a[1] : a[2])};
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) { return op.numOperands() == 3 && op.numResults() == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperands(op.operands());
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    if (op.operand(0).type() instanceof ShapedType c) {
      p.printType(c);
      p.print(", ");
    }
    p.printType(op.result(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parseOptionalAttrDict(st.attributes);
    List<Type> types = p.parseColonTypeList();
    if (types.size() > 2) throw p.error("expected at most two types");
    Type cond = types.size() == 2 ? types.get(0) : IntegerType.of(1), t = types.get(types.size() - 1);
    p.resolveOperands(operands, List.of(cond, t, t), st.operands);
    st.resultTypes.add(t);
  }
}
