package dev.mlc.dialect.cf.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the cf ops: successor operand lists, operand segments. */
public final class Cf {
  private Cf() {}

  public static boolean isI1(Type t) { return t instanceof IntegerType it && it.width() == 1 && it.isSignless(); }

  /** BranchOpInterface's check that successor {@code index} receives {@code values} matching its arguments (MLIR's messages). */
  public static boolean verifySuccessorOperands(Operation op, int index, List<Value> values) {
    Block s = op.successor(index);
    if (s.numArguments() != values.size())
      return op.emitError("branch has " + values.size() + " operands for successor #" + index + ", but target block has " + s.numArguments()).failure();
    for (int i = 0; i < values.size(); i++)
      if (!values.get(i).type().equals(s.argument(i).type()))
        return op.emitError("type mismatch for bb argument #" + i + " of successor #" + index).failure();
    return true;
  }

  /** Prints {@code ^bb1} or {@code ^bb1(%a, %b : i32, f32)}. */
  public static void printSuccessorAndUseList(OpAsmPrinter p, Block dest, List<Value> operands) {
    p.printSuccessor(dest);
    if (operands.isEmpty()) return;
    p.print('(');
    p.printOperandsWithTypes(operands);
    p.print(')');
  }

  /** Parses {@code ^bb1} or {@code ^bb1(%a : i32)}: adds the successor, appends the operands to {@code into}, returns their count. */
  public static int parseSuccessorAndUseList(OpAsmParser p, OperationState st, List<Value> into) {
    st.successors.add(p.parseSuccessor());
    if (!p.parseOptionalPunct("(")) return 0;
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parsePunct(":");
    List<Type> types = new ArrayList<>();
    do types.add(p.parseType()); while (p.parseOptionalPunct(","));
    p.parsePunct(")");
    int before = into.size();
    p.resolveOperands(operands, types, into);
    return into.size() - before;
  }

  /** The sizes of the {@code operandSegmentSizes} property, or null when absent or inconsistent. */
  public static long[] segments(Operation op, String name, int count, long total) {
    if (!(op.attr(name) instanceof DenseArrayAttr a) || (count >= 0 && a.size() != count)) return null;
    long[] s = a.asLongs();
    long sum = 0;
    for (long x : s) sum += x;
    return sum == total ? s : null;
  }

  /** Operands {@code [from, from + n)}. */
  public static List<Value> slice(Operation op, long from, long n) { return op.operands().subList((int) from, (int) (from + n)); }

  public static DenseArrayAttr i32Array(long... v) { return new DenseArrayAttr(IntegerType.of(32), v); }

  /** MLIR's message for a malformed {@code operandSegmentSizes}. */
  public static boolean verifySegments(Operation op, int count) {
    if (!(op.attr("operandSegmentSizes") instanceof DenseArrayAttr a)) return op.emitOpError("requires attribute 'operandSegmentSizes'").failure();
    if (a.size() != count)
      return op.emitOpError("'operandSegmentSizes' attribute for specifying operand segments must have " + count + " elements, but got " + a.size()).failure();
    long sum = 0;
    for (long x : a.asLongs()) sum += x;
    if (sum != op.numOperands())
      return op.emitOpError("operand count (" + op.numOperands() + ") does not match with the total size (" + sum + ") specified in attribute 'operandSegmentSizes'").failure();
    return true;
  }
}
