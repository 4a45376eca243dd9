package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The family base of the tl ops: the summary and IR example are given at construction, the
 * inherent attributes are declared once, and shared checks and syntax pieces live here.
 */
abstract class TlOp extends OpDef {
  private final String summary;
  private final String example;
  private final Set<String> inherent;

  TlOp(String name, String summary, String example, String... inherent) {
    super(name);
    this.summary = summary;
    this.example = example;
    this.inherent = Set.of(inherent);
  }

  @Override public final String summary() { return summary; }

  @Override public String description() { return summary + ".\n\n```mlir\n" + example + "\n```"; }

  @Override public final boolean isInherentAttr(String n) { return inherent.contains(n); }

  @Override public boolean hasCustomAssembly() { return true; }

  /** The custom printers rely on what the verifier checks, so an op that does not verify prints in generic form. */
  @Override public boolean canPrintCustomForm(Operation op) {
    boolean[] ok = {false};
    op.context().diagnostics().captureOnThisThread(() -> ok[0] = verifyOp(op));
    return ok[0];
  }

  // ---- checks ----

  static String str(Type t) { return String.valueOf(t); }

  static String str(Attribute a) { return String.valueOf(a); }

  static boolean fail(Operation op, String message) { return op.emitOpError(message).failure(); }

  static boolean isIndex(Value v) { return v.type() instanceof IndexType; }

  /** Checks that operands {@code from..to-1} are {@code index} values. */
  static boolean indices(Operation op, int from, int to) {
    for (int i = from; i < to; i++)
      if (!isIndex(op.operand(i))) return fail(op, "operand #" + i + " must be index, but got " + str(op.operand(i).type()));
    return true;
  }

  static boolean counts(Operation op, int operands, int results) {
    if (operands >= 0 && op.numOperands() != operands) return fail(op, "expected " + operands + " operands, but found " + op.numOperands());
    if (results >= 0 && op.numResults() != results) return fail(op, "expected " + results + " results, but found " + op.numResults());
    return true;
  }

  static MemRefType memref(Value v) { return v.type() instanceof MemRefType m ? m : null; }

  static ShapedType shaped(Type t) {
    return t instanceof MemRefType || t instanceof RankedTensorType ? (ShapedType) t : null;
  }

  static int countDynamic(long[] shape) {
    int n = 0;
    for (long d : shape) if (d == ShapedType.DYNAMIC) n++;
    return n;
  }

  /** Whether two static-or-dynamic shapes may be equal at run time. */
  static boolean compatible(long[] a, long[] b) {
    if (a.length != b.length) return false;
    for (int i = 0; i < a.length; i++) if (a[i] != ShapedType.DYNAMIC && b[i] != ShapedType.DYNAMIC && a[i] != b[i]) return false;
    return true;
  }

  // ---- operand segments (MLIR's operandSegmentSizes) ----

  static final String SEGMENTS = "operandSegmentSizes";

  static DenseArrayAttr segments(int... sizes) {
    long[] v = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) v[i] = sizes[i];
    return new DenseArrayAttr(IntegerType.of(32), v);
  }

  /** The operand segment sizes, checked against the operand count; null (after an error) when malformed. */
  static long[] segmentSizes(Operation op, int n) {
    if (!(op.attr(SEGMENTS) instanceof DenseArrayAttr a) || a.size() != n) {
      fail(op, "requires dense array attribute '" + SEGMENTS + "' with " + n + " elements");
      return null;
    }
    long[] s = a.asLongs();
    long sum = 0;
    for (long x : s) sum += x;
    if (sum != op.numOperands()) {
      fail(op, "operand count (" + op.numOperands() + ") does not match with the total size (" + sum + ") specified in attribute '" + SEGMENTS + "'");
      return null;
    }
    return s;
  }

  /** Operands of segment {@code i}. */
  static List<Value> segment(Operation op, int i) {
    long[] s = ((DenseArrayAttr) op.attr(SEGMENTS)).asLongs();
    int start = 0;
    for (int k = 0; k < i; k++) start += (int) s[k];
    return op.operands().subList(start, start + (int) s[i]);
  }

  // ---- syntax pieces ----

  /** The properties and discardable attributes together, minus {@code elided}, for a custom form's attr-dict. */
  static DictionaryAttr attrDict(Operation op) {
    List<NamedAttribute> all = new ArrayList<>();
    if (op.properties() instanceof DictionaryAttr p) all.addAll(p.entries());
    all.addAll(op.attributes().entries());
    return DictionaryAttr.of(all);
  }

  static void printAttrDict(Operation op, OpAsmPrinter p, String... elided) {
    p.printOptionalAttrDict(attrDict(op), List.of(elided));
  }

  /** {@code %buf[%i, %j]}. */
  static void printIndexed(OpAsmPrinter p, Value base, List<Value> indices) {
    p.printOperand(base);
    p.print('[');
    p.printOperands(indices);
    p.print(']');
  }

  /** {@code %v, %container[%i, %j] {attrs} : T}: a value put into a container at indices (tl.store, tl.insert). */
  static void printValueAtIndices(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    p.print(", ");
    printIndexed(p, op.operand(1), op.operands().subList(2, op.numOperands()));
    printAttrDict(op, p);
    p.print(" : ");
    p.printType(op.operand(1).type());
  }

  /**
   * Parses {@link #printValueAtIndices}' form into {@code st}; {@code elementOf} gives the value's
   * type from the container type {@code T}, or null when {@code T} is not a container
   * ({@code expected} then says what was). Returns {@code T}.
   */
  static Type parseValueAtIndices(OpAsmParser p, dev.mlc.ir.OperationState st, java.util.function.Function<Type, Type> elementOf, String expected) {
    OpAsmParser.UnresolvedOperand v = p.parseOperand();
    p.parsePunct(",");
    OpAsmParser.UnresolvedOperand c = p.parseOperand();
    List<OpAsmParser.UnresolvedOperand> idx = p.parseOperandList(OpAsmParser.Delimiter.SQUARE);
    p.parseOptionalAttrDict(st.attributes);
    Type t = p.parseColonType();
    Type element = elementOf.apply(t);
    if (element == null) throw p.error("expected " + expected);
    st.operands.add(p.resolveOperand(v, element));
    st.operands.add(p.resolveOperand(c, t));
    st.operands.addAll(resolveIndices(p, idx));
    return t;
  }

  static List<Value> resolveIndices(OpAsmParser p, List<OpAsmParser.UnresolvedOperand> ops) {
    List<Value> out = new ArrayList<>();
    p.resolveOperands(ops, Collections.nCopies(ops.size(), IndexType.INSTANCE), out);
    return out;
  }

  static long[] longs(List<Long> l) {
    long[] r = new long[l.size()];
    for (int i = 0; i < r.length; i++) r[i] = l.get(i);
    return r;
  }
}
