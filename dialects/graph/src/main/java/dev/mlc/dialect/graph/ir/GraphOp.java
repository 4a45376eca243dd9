package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A graph op defined by a table entry: its operand count, its docs and a shape-inference function
 * giving the result types from the operands and attributes. The verifier checks that operands and
 * results are ranked tensors, runs the inference (reporting its {@link ShapeError}s) and compares
 * the inferred types with the declared ones ({@code ?} is compatible with any size).
 *
 * <p>Custom syntax: {@code %r = graph.add %a, %b {attrs} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>},
 * shortened to {@code : tensor<2x3xf32>} when every operand and the single result have that type.
 */
public class GraphOp extends OpDef implements Traits.Pure {
  /** The result types of a well-formed op (may contain {@code ?}); throws {@link ShapeError}. */
  public interface Inference { List<Type> infer(Operation op); }

  /** {@link OpDef#fold}: one entry per result, or null. */
  public interface Folder { List<Object> fold(Operation op, List<Attribute> operands); }

  private final int minOperands, maxOperands;
  private final boolean variadicResults;
  private final String summary, description;
  private final Inference inference;
  private Folder folder;
  private final List<Supplier<RewritePattern>> patterns = new ArrayList<>();

  /** {@code maxOperands} -1: variadic. */
  public GraphOp(String name, int minOperands, int maxOperands, boolean variadicResults, String summary, String description, Inference inference) {
    super(name);
    this.minOperands = minOperands;
    this.maxOperands = maxOperands;
    this.variadicResults = variadicResults;
    this.summary = summary;
    this.description = description;
    this.inference = inference;
  }

  public GraphOp(String name, int minOperands, int maxOperands, String summary, String description, Inference inference) {
    this(name, minOperands, maxOperands, false, summary, description, inference);
  }

  /** Sets the folder (chained from the op table). */
  public GraphOp folder(Folder f) {
    this.folder = f;
    return this;
  }

  /** Adds a canonicalization pattern (chained from the op table). */
  public GraphOp pattern(Supplier<RewritePattern> p) {
    patterns.add(p);
    return this;
  }

  @Override public String summary() { return summary; }

  @Override public String description() { return description; }

  /** The result types this op must have, computed from its operands and attributes. */
  public List<Type> inferResultTypes(Operation op) { return inference.infer(op); }

  @Override protected boolean verify(Operation op) {
    int n = op.numOperands();
    if (n < minOperands || (maxOperands >= 0 && n > maxOperands)) {
      String expected = maxOperands < 0 ? "at least " + minOperands : minOperands == maxOperands ? Integer.toString(minOperands)
          : "between " + minOperands + " and " + maxOperands;
      return op.emitOpError("expected " + expected + " operands, but found " + n).failure();
    }
    if (variadicResults ? op.numResults() < 1 : op.numResults() != 1)
      return op.emitOpError(variadicResults ? "requires at least one result" : "requires one result").failure();
    for (int i = 0; i < n; i++)
      if (!(op.operand(i).type() instanceof RankedTensorType))
        return op.emitOpError("operand #" + i + " must be a ranked tensor, but got '" + fmt(op.operand(i).type()) + "'").failure();
    for (int i = 0; i < op.numResults(); i++)
      if (!(op.result(i).type() instanceof RankedTensorType))
        return op.emitOpError("result #" + i + " must be a ranked tensor, but got '" + fmt(op.result(i).type()) + "'").failure();
    List<Type> inferred;
    try {
      inferred = inference.infer(op);
    } catch (ShapeError e) {
      return op.emitOpError(e.getMessage()).failure();
    }
    List<Type> declared = op.resultTypes();
    boolean ok = inferred.size() == declared.size();
    for (int i = 0; ok && i < declared.size(); i++) ok = compatible(inferred.get(i), declared.get(i));
    if (!ok)
      return op.emitOpError("inferred type(s) '" + fmtAll(inferred) + "' are incompatible with return type(s) of operation '" + fmtAll(declared) + "'").failure();
    return true;
  }

  /** Same element type and rank, each dimension equal or unknown on either side. */
  public static boolean compatible(Type inferred, Type declared) {
    if (!(inferred instanceof RankedTensorType a) || !(declared instanceof RankedTensorType b)) return false;
    if (!a.elementType().equals(b.elementType()) || a.rank() != b.rank()) return false;
    for (int i = 0; i < a.rank(); i++) if (!ShapeInference.compatible(a.dim(i), b.dim(i))) return false;
    return true;
  }

  /** Constant operands fold through the interpreter's kernel ({@link ConstantFolding}); then the op's own folder (identities). */
  @Override public List<Object> fold(Operation op, List<Attribute> operands) {
    List<Object> r = ConstantFolding.evaluate(op, operands);
    if (r != null) return r;
    return folder == null ? null : folder.fold(op, operands);
  }

  @Override public void addCanonicalizationPatterns(RewritePatternSet set) {
    for (Supplier<RewritePattern> p : patterns) set.add(p.get());
  }

  // ---- custom assembly ----

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.properties() == null && op.numRegions() == 0 && op.numSuccessors() == 0; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() > 0) {
      p.print(' ');
      p.printOperands(op.operands());
    }
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.print(" : ");
    Type t = op.numResults() == 1 ? op.result(0).type() : null;
    boolean same = t != null && op.numOperands() > 0;
    for (Value v : op.operands()) same &= v.type().equals(t);
    if (same) p.printType(t);
    else p.printFunctionalType(op);
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    p.parseOptionalAttrDict(st.attributes);
    Type t = p.parseColonType();
    if (t instanceof FunctionType ft) {
      p.resolveOperands(operands, ft.inputs(), st.operands);
      st.resultTypes.addAll(ft.results());
    } else {
      for (OpAsmParser.UnresolvedOperand o : operands) st.operands.add(p.resolveOperand(o, t));
      st.resultTypes.add(t);
    }
  }

  // ---- helpers for the op table ----

  public static RankedTensorType type(Operation op, int i) { return (RankedTensorType) op.operand(i).type(); }

  public static long[] shape(Operation op, int i) { return type(op, i).shape(); }

  public static Type elt(Operation op, int i) { return type(op, i).elementType(); }

  /** The declared element type of result {@code i}. */
  public static Type resultElt(Operation op, int i) { return ((RankedTensorType) op.result(i).type()).elementType(); }

  public static RankedTensorType tensor(long[] shape, Type elementType) { return new RankedTensorType(shape, elementType); }

  public static List<Type> one(long[] shape, Type elementType) { return List.of(tensor(shape, elementType)); }

  /** Operands {@code i} and {@code j} have the same element type. */
  public static void sameElementType(Operation op, int i, int j) {
    if (!elt(op, i).equals(elt(op, j)))
      throw new ShapeError("expects operands #" + i + " and #" + j + " to have the same element type, but got '" + fmt(elt(op, i)) + "' and '" + fmt(elt(op, j)) + "'");
  }

  public static boolean isFloat(Type t) { return t instanceof FloatType; }

  /** Operand {@code i} holds floating-point values. */
  public static void requireFloat(Operation op, int i) {
    if (!isFloat(elt(op, i))) throw new ShapeError("operand #" + i + " must be a tensor of floating-point values, but got '" + fmt(op.operand(i).type()) + "'");
  }

  /** Whether {@code t} is {@code i8} (signless or signed) or {@code ui8}. */
  public static boolean isInt8(Type t) { return t instanceof IntegerType it && it.width() == 8; }

  public static String fmt(Type t) {
    if (t instanceof RankedTensorType rt) {
      StringBuilder b = new StringBuilder("tensor<");
      for (long d : rt.shape()) b.append(ShapeInference.isDyn(d) ? "?" : Long.toString(d)).append('x');
      return b.append(fmt(rt.elementType())).append('>').toString();
    }
    return String.valueOf(t);
  }

  static String fmtAll(List<Type> ts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ts.size(); i++) b.append(i > 0 ? ", " : "").append(fmt(ts.get(i)));
    return b.toString();
  }

  /** Markdown docs: {@code text}, then the IR example in an {@code mlir} block. */
  public static String doc(String text, String example) { return text + "\n\n```mlir\n" + example + "\n```"; }
}
