package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/**
 * The shape of {@link ElementwiseOp} and {@link GuardedElementwiseOp}: an op whose operands and result all have one type of a {@link Kind}, applied element by element:
 * {@code %r = arith.addi %a, %b overflow<nsw> : i32}, {@code %r = math.exp %x fastmath<fast> : f32},
 * {@code %r = math.fma %a, %b, %c : vector<4xf32>}.
 */
public abstract class AbstractElementwiseOp extends ArithOp {
  private final int arity;
  private final Kind kind;
  private final Elementwise.ScalarFn fn;

  protected AbstractElementwiseOp(String name, int arity, Kind kind, Flags flags, String summary, String example, Elementwise.ScalarFn fn) {
    super(name, flags, summary, example);
    this.arity = arity;
    this.kind = kind;
    this.fn = fn;
  }

  public Kind kind() { return kind; }

  @Override protected boolean verify(Operation op) {
    // The common case first: every operand has the result's type, of the op's kind. The checks
    // below then all pass, in the order that decides which error a bad op reports.
    if (op.numOperands() == arity && op.numResults() == 1) {
      Type rt = op.result(0).type();
      boolean same = true;
      for (int i = 0; i < arity && same; i++) same = op.operand(i).type() == rt;
      if (same && kind.accepts(rt)) return checkFlags(op);
    }
    if (!checkCounts(op, arity, 1)) return false;
    for (int i = 0; i < arity; i++) if (!checkOperand(op, i, kind)) return false;
    if (!checkResult(op, 0, kind)) return false;
    for (var v : op.operands())
      if (!v.type().equals(op.result(0).type())) return op.emitOpError("requires the same type for all operands and results").failure();
    return checkFlags(op);
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    return new Object[] {Elementwise.map(op, 0, operands, folding, fn)};
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) {
    if (op.numOperands() != arity || op.numResults() != 1) return false;
    for (var v : op.operands()) if (!v.type().equals(op.result(0).type())) return false;
    return true;
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperands(op.operands());
    printFlags(op, p);
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.result(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    parseFlags(p, st);
    p.parseOptionalAttrDict(st.attributes);
    Type t = p.parseColonType();
    p.resolveOperands(operands, java.util.Collections.nCopies(operands.size(), t), st.operands);
    st.resultTypes.add(t);
  }
}
