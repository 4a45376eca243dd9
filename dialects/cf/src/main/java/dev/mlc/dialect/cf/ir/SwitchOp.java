package dev.mlc.dialect.cf.ir;

import dev.mlc.dialect.cf.transforms.CfCanonicalization;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code cf.switch %flag : i32, [default: ^bb1, 42: ^bb2(%x : i32)]}: jumps to the successor of the
 * case equal to the integer flag, or to the default successor (successor 0; cases follow in order).
 */
public final class SwitchOp extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
  public static final String NAME = "cf.switch";
  private static final Set<String> INHERENT = Set.of("operandSegmentSizes", "case_values", "case_operand_segments");

  SwitchOp() { super(NAME); }

  @Override public String summary() { return "Switch operation"; }

  @Override public String description() {
    return """
        Transfers control to the successor of the case value equal to the integer flag, or to the \
        default successor when no case matches; each successor has its own operands.

        ```mlir
        cf.switch %flag : i32, [
          default: ^bb1(%a : i32),
          42: ^bb2,
          43: ^bb3(%b : i32)
        ]
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return INHERENT.contains(n); }

  /** The case values, as the flag's type reads them (sign-extended). */
  public static long[] caseValues(Operation op) {
    if (!(op.attr("case_values") instanceof DenseElementsAttr d)) return new long[0];
    long[] r = new long[(int) d.type().numElements()];
    for (int i = 0; i < r.length; i++) r[i] = d.intValue(i).longValue();
    return r;
  }

  private static long[] sizes(Operation op) { return Cf.segments(op, "operandSegmentSizes", 3, op.numOperands()); }

  private static long[] caseSizes(Operation op) {
    long[] s = sizes(op);
    return s == null ? null : Cf.segments(op, "case_operand_segments", op.numSuccessors() - 1, s[2]);
  }

  public static Value flag(Operation op) { return op.operand(0); }

  public static List<Value> defaultOperands(Operation op) { return Cf.slice(op, 1, sizes(op)[1]); }

  /** The operands of case {@code i} (successor {@code i + 1}). */
  public static List<Value> caseOperands(Operation op, int i) {
    long[] s = sizes(op), c = caseSizes(op);
    long from = 1 + s[1];
    for (int k = 0; k < i; k++) from += c[k];
    return Cf.slice(op, from, c[i]);
  }

  /** The successor index taken for flag value {@code v} (compared on the flag type's bits, whatever its signedness). */
  public static int successorFor(Operation op, long v) {
    long[] cases = caseValues(op);
    int w = flag(op).type() instanceof IntegerType it ? it.width() : 64;
    long mask = w >= 64 ? -1L : (1L << w) - 1;
    for (int i = 0; i < cases.length; i++) if (((cases[i] ^ v) & mask) == 0) return i + 1;
    return 0;
  }

  @Override protected boolean verify(Operation op) {
    if (!Cf.verifySegments(op, 3)) return false;
    long[] s = sizes(op);
    if (s[0] != 1) return op.emitOpError("operand group #0 must have exactly one operand").failure();
    if (!(flag(op).type() instanceof IntegerType))
      return op.emitOpError("operand #0 must be integer, but got '" + flag(op).type() + "'").failure();
    if (op.numSuccessors() < 1) return op.emitOpError("requires at least 1 successor but found 0").failure();
    if (!(op.attr("case_operand_segments") instanceof DenseArrayAttr))
      return op.emitOpError("requires attribute 'case_operand_segments'").failure();
    Attribute cv = op.attr("case_values");
    int cases = op.numSuccessors() - 1;
    if (cv != null || cases > 0) {
      if (!(cv instanceof DenseElementsAttr d)) return op.emitOpError("requires attribute 'case_values' (integer elements)").failure();
      if (!d.elementType().equals(flag(op).type()))
        return op.emitOpError("'flag' type ('" + flag(op).type() + "') should match case value type ('" + d.elementType() + "')").failure();
      if (d.type().numElements() != cases)
        return op.emitOpError("number of case values (" + d.type().numElements() + ") should match number of case destinations (" + cases + ")").failure();
    }
    if (caseSizes(op) == null)
      return op.emitOpError("expects 'case_operand_segments' to have one entry per case destination (" + cases
          + ") summing to the number of case operands (" + s[2] + ")").failure();
    if (!Cf.verifySuccessorOperands(op, 0, defaultOperands(op))) return false;
    for (int i = 0; i < cases; i++) if (!Cf.verifySuccessorOperands(op, i + 1, caseOperands(op, i))) return false;
    return true;
  }

  @Override public List<Value> successorOperands(Operation op, int index) { return index == 0 ? defaultOperands(op) : caseOperands(op, index - 1); }

  @Override public Block successorForOperands(Operation op, List<Attribute> operands) {
    return operands.get(0) instanceof IntegerAttr c ? op.successor(successorFor(op, c.value().longValue())) : null;
  }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { CfCanonicalization.switchOp(patterns); }

  /** Builds the properties of a switch with {@code cases} (values) and per-successor operand counts. */
  public static void setProperties(OperationState st, Type flagType, long[] cases, long defaultCount, long[] caseCounts) {
    long total = 0;
    for (long c : caseCounts) total += c;
    st.attributes.add(new NamedAttribute("operandSegmentSizes", Cf.i32Array(1, defaultCount, total)));
    st.attributes.add(new NamedAttribute("case_operand_segments", Cf.i32Array(caseCounts)));
    if (cases.length > 0) st.attributes.add(new NamedAttribute("case_values", caseValuesAttr(flagType, cases)));
  }

  static DenseElementsAttr caseValuesAttr(Type flagType, long[] cases) {
    int eb = DenseElementsAttr.elementBytes(flagType);
    byte[] data = new byte[eb * cases.length];
    for (int i = 0; i < cases.length; i++) DenseElementsAttr.writeElement(flagType, data, i * eb, IntegerAttr.of(flagType, cases[i]));
    return DenseElementsAttr.ofRaw(new VectorType(new long[] {cases.length}, flagType, new boolean[] {false}), data);
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    if (sizes(op) == null || sizes(op)[0] != 1 || op.numSuccessors() < 1 || caseSizes(op) == null) return false;
    int cases = op.numSuccessors() - 1;
    return cases == 0 || op.attr("case_values") instanceof DenseElementsAttr d && d.type().numElements() == cases;
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(flag(op));
    p.print(" : ");
    p.printType(flag(op).type());
    p.print(", [");
    p.printNewline();
    p.print("  default: ");
    Cf.printSuccessorAndUseList(p, op.successor(0), defaultOperands(op));
    if (op.attr("case_values") instanceof DenseElementsAttr d) {
      int width = ((IntegerType) flag(op).type()).width();
      for (int i = 0; i < op.numSuccessors() - 1; i++) {
        p.print(',');
        p.printNewline();
        BigInteger v = d.intValue(i);
        if (v.signum() < 0) v = v.add(BigInteger.ONE.shiftLeft(width));
        if (v.bitLength() > 64) v = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE); // APInt::getLimitedValue, as upstream prints
        p.print("  " + v + ": ");
        Cf.printSuccessorAndUseList(p, op.successor(i + 1), caseOperands(op, i));
      }
      p.printNewline();
    }
    p.print(']');
    p.printOptionalAttrDict(op.attributes(), INHERENT);
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    OpAsmParser.UnresolvedOperand flag = p.parseOperand();
    p.parsePunct(":");
    Type t = p.parseType();
    if (!(t instanceof IntegerType)) throw p.error("invalid kind of type specified");
    st.operands.add(p.resolveOperand(flag, t));
    p.parsePunct(",");
    p.parsePunct("[");
    p.parseKeyword("default");
    p.parsePunct(":");
    List<Value> rest = new ArrayList<>();
    long defaultCount = Cf.parseSuccessorAndUseList(p, st, rest);
    List<Long> cases = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    while (p.parseOptionalPunct(",")) {
      java.math.BigInteger v = p.parseInteger();
      if (v.abs().bitLength() > 63) throw p.error("integer value too large");
      cases.add(v.longValue());
      p.parsePunct(":");
      counts.add((long) Cf.parseSuccessorAndUseList(p, st, rest));
    }
    p.parsePunct("]");
    st.operands.addAll(rest);
    p.parseOptionalAttrDict(st.attributes);
    setProperties(st, t, cases.stream().mapToLong(Long::longValue).toArray(), defaultCount, counts.stream().mapToLong(Long::longValue).toArray());
  }
}
