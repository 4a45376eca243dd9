package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/**
 * {@code %r = arith.cmpi slt, %a, %b : i32} and {@code %r = arith.cmpf olt, %a, %b fastmath<nnan> : f32}:
 * an elementwise comparison giving i1 (or a vector or tensor of i1 of the operands' shape).
 */
public final class CmpOp extends ArithOp implements Traits.Pure {
  public static final List<String> INT_PREDICATES = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");
  public static final List<String> FLOAT_PREDICATES =
      List.of("false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true");

  private final boolean isFloat;
  private final List<String> predicates;

  public CmpOp(String name, boolean isFloat, String summary, String example) {
    super(name, isFloat ? Flags.FASTMATH : Flags.NONE, summary, example);
    this.isFloat = isFloat;
    this.predicates = isFloat ? FLOAT_PREDICATES : INT_PREDICATES;
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("predicate") || super.isInherentAttr(n); }

  /** The predicate's number, or -1 when the attribute is missing or malformed. */
  public static int predicate(Operation op) {
    return op.attr("predicate") instanceof IntegerAttr i && i.value().bitLength() < 31 ? i.value().intValue() : -1;
  }

  public static IntegerAttr predicateAttr(int p) { return IntegerAttr.of(IntegerType.of(64), p); }

  @Override protected boolean verify(Operation op) {
    Kind k = isFloat ? Kind.FLOAT : Kind.INT;
    if (!checkCounts(op, 2, 1) || !checkOperand(op, 0, k) || !checkOperand(op, 1, k) || !checkResult(op, 0, Kind.BOOL)) return false;
    int p = predicate(op);
    if (!(op.attr("predicate") instanceof IntegerAttr i && i.type().equals(IntegerType.of(64))) || p < 0 || p >= predicates.size())
      return op.emitOpError("attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: "
          + String.join(", ", java.util.stream.IntStream.range(0, predicates.size()).mapToObj(String::valueOf).toList())).failure();
    Type l = op.operand(0).type();
    if (!l.equals(op.operand(1).type())) return op.emitOpError("failed to verify that all of {lhs, rhs} have same type").failure();
    if (!Kind.sameShape(l, op.result(0).type()))
      return op.emitOpError("failed to verify that result type has i1 element type and same shape as operands").failure();
    return checkFlags(op);
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    int p = predicate(op);
    return new Object[] {Elementwise.map(op, 0, operands, folding, (env, a) -> isFloat
        ? ArithMath.cmpf(p, (Double) a[0], (Double) a[1]) : ArithMath.cmpi(p, (Long) a[0], (Long) a[1], env.in()))};
  }

  /** MLIR folds cmpf of scalar constants only (cmpi of vectors and tensors too). */
  @Override protected boolean canFoldConstants(Operation op) {
    return super.canFoldConstants(op) && !(isFloat && op.result(0).type() instanceof dev.mlc.ir.type.ShapedType);
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) {
    int p = predicate(op);
    return op.numOperands() == 2 && op.numResults() == 1 && p >= 0 && p < predicates.size() && op.operand(0).type().equals(op.operand(1).type());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ').print(predicates.get(predicate(op))).print(", ");
    p.printOperands(op.operands());
    printFlags(op, p);
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.operand(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    String name = p.parseOptionalKeyword();
    if (name == null) name = p.parseOptionalString();
    int idx = name == null ? -1 : predicates.indexOf(name);
    if (idx < 0)
      throw p.error("expected string or keyword containing one of the following enum values for attribute 'predicate' ["
          + String.join(", ", predicates) + "]");
    st.addAttribute("predicate", predicateAttr(idx));
    p.parsePunct(",");
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    parseFlags(p, st);
    p.parseOptionalAttrDict(st.attributes);
    Type t = p.parseColonType();
    p.resolveOperands(operands, List.of(t, t), st.operands);
    st.resultTypes.add(Kind.withElement(t, IntegerType.of(1)));
  }

  /** The predicate that holds when {@code p} does with the operands swapped ({@code slt} to {@code sgt}). */
  public static int swapped(boolean isFloat, int p) {
    String n = (isFloat ? FLOAT_PREDICATES : INT_PREDICATES).get(p);
    String s = n.replace("lt", "#").replace("gt", "lt").replace("#", "gt").replace("le", "#").replace("ge", "le").replace("#", "ge");
    return (isFloat ? FLOAT_PREDICATES : INT_PREDICATES).indexOf(s);
  }

  /** The predicate that holds exactly when {@code p} does not, for integers ({@code slt} to {@code sge}). */
  public static int invertedInt(int p) {
    return new int[] {1, 0, 5, 4, 3, 2, 9, 8, 7, 6}[p];
  }

}
