package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A conversion of each element to another type of the same shape:
 * {@code %r = arith.extsi %x : i8 to i32}; {@code arith.truncf} also takes a rounding mode and
 * fast-math flags ({@code %r = arith.truncf %x to_nearest_even fastmath<fast> : f32 to f16}).
 */
public class CastOp extends ArithOp implements Traits.Pure {
  /** {@code arith.truncf}'s rounding modes, by their value in the {@code roundingmode} attribute. */
  public static final List<String> ROUNDING_MODES = List.of("to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away");

  private final Kind from, to;
  private final BiPredicate<Type, Type> compatible;
  private final Elementwise.ScalarFn fn;
  private final boolean roundingMode;

  /** {@code compatible} tells whether two element types may be cast (e.g. the result is wider). */
  public CastOp(String name, Kind from, Kind to, Flags flags, boolean roundingMode, String summary, String example,
                BiPredicate<Type, Type> compatible, Elementwise.ScalarFn fn) {
    super(name, flags, summary, example);
    this.from = from;
    this.to = to;
    this.compatible = compatible;
    this.fn = fn;
    this.roundingMode = roundingMode;
  }

  @Override public boolean isInherentAttr(String n) { return super.isInherentAttr(n) || roundingMode && n.equals("roundingmode"); }

  /** The rounding mode of a truncf (0, to_nearest_even, when absent). */
  public static int roundingMode(Operation op) { return op.attr("roundingmode") instanceof IntegerAttr i ? i.value().intValue() : 0; }

  @Override protected boolean verify(Operation op) {
    if (!checkCounts(op, 1, 1) || !checkOperand(op, 0, from) || !checkResult(op, 0, to) || !checkFlags(op)) return false;
    Type in = op.operand(0).type(), out = op.result(0).type();
    if (!Kind.sameShape(in, out)) return op.emitOpError("requires the same shape for all operands and results").failure();
    if (!compatible.test(Kind.elementOf(in), Kind.elementOf(out)))
      return op.emitOpError("operand type '" + Types.str(in) + "' and result type '" + Types.str(out) + "' are cast incompatible").failure();
    if (roundingMode) {
      Attribute m = op.attr("roundingmode");
      if (m != null && !(m instanceof IntegerAttr i && i.type().equals(IntegerType.of(32)) && i.value().signum() >= 0 && i.value().intValue() < ROUNDING_MODES.size()))
        return op.emitOpError("attribute 'roundingmode' failed to satisfy constraint: Floating point rounding mode").failure();
    }
    return true;
  }

  @Override public Object[] evaluate(Operation op, Object[] operands, boolean folding) {
    return new Object[] {Elementwise.map(op, 0, operands, folding, fn)};
  }

  /** Identity casts fold to their operand (MLIR's cast interface fold), then constants and the op's own folds. */
  @Override public List<Object> fold(Operation op, List<Attribute> constants) {
    if (op.numOperands() == 1 && op.numResults() == 1 && op.operand(0).type().equals(op.result(0).type())) return List.of(op.operand(0));
    return super.fold(op, constants);
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override protected boolean canPrintCustom(Operation op) {
    return op.numOperands() == 1 && op.numResults() == 1 && (!roundingMode || op.attr("roundingmode") == null || op.attr("roundingmode") instanceof IntegerAttr i
        && i.value().signum() >= 0 && i.value().intValue() < ROUNDING_MODES.size());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    if (roundingMode && op.attr("roundingmode") != null) p.print(' ').print(ROUNDING_MODES.get(roundingMode(op)));
    printFlags(op, p);
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    p.printType(op.operand(0).type());
    p.print(" to ");
    p.printType(op.result(0).type());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    OpAsmParser.UnresolvedOperand x = p.parseOperand();
    if (roundingMode) {
      for (int i = 0; i < ROUNDING_MODES.size(); i++)
        if (p.parseOptionalKeyword(ROUNDING_MODES.get(i))) {
          st.addAttribute("roundingmode", IntegerAttr.of(IntegerType.of(32), i));
          break;
        }
    }
    parseFlags(p, st);
    st.attributes.removeIf(a -> FastMathAttr.NONE.equals(a.value()));  // truncf's flags are optional
    p.parseOptionalAttrDict(st.attributes);
    Type in = p.parseColonType();
    p.parseKeyword("to");
    Type out = p.parseType();
    st.operands.add(p.resolveOperand(x, in));
    st.resultTypes.add(out);
  }
}
