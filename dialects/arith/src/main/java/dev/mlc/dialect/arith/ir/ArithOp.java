package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of the arith and math ops: free of side effects (pure, except the divisions and shifts
 * that are only conditionally speculatable), evaluated by one {@link #evaluate} shared by the
 * interpreter and the constant folder, with docs, fast-math or overflow flags and MLIR's
 * operand-type messages in one place.
 */
public abstract class ArithOp extends OpDef {
  /** Which flags attribute an op carries. */
  public enum Flags {
    NONE(null), OVERFLOW("overflowFlags"), FASTMATH("fastmath");

    public final String attrName;

    Flags(String attrName) { this.attrName = attrName; }

    Attribute none() { return this == OVERFLOW ? OverflowAttr.NONE : FastMathAttr.NONE; }
  }

  /** Algebraic folds of one op (operands need not all be constant): a Value, an Attribute, or null. */
  @FunctionalInterface
  public interface Folder {
    Object fold(Operation op, List<Attribute> constants);
  }

  private final String summary, example;
  protected final Flags flags;
  private Folder folder = (op, c) -> null;
  private java.util.function.Consumer<RewritePatternSet> patterns = s -> {};
  private java.util.function.Predicate<Type> foldableElements = t -> true;

  protected ArithOp(String name, Flags flags, String summary, String example) {
    super(name);
    this.flags = flags;
    this.summary = summary;
    this.example = example;
  }

  /** Adds algebraic folds (x + 0 -> x, ...). */
  public ArithOp folds(Folder f) {
    this.folder = f;
    return this;
  }

  /** Restricts constant folding to results whose element type passes {@code p} (math folds transcendental functions for f32 and f64 only, as MLIR does). */
  public ArithOp constantFoldsOnly(java.util.function.Predicate<Type> p) {
    this.foldableElements = p;
    return this;
  }

  /** Adds canonicalization patterns. */
  public ArithOp patterns(java.util.function.Consumer<RewritePatternSet> p) {
    this.patterns = p;
    return this;
  }

  @Override public String summary() { return summary; }

  @Override public String description() { return summary + ".\n\n```mlir\n" + example + "\n```"; }

  @Override public boolean isInherentAttr(String n) { return n.equals(flags.attrName); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet set) { patterns.accept(set); }

  /**
   * The values of the results for operand values {@code operands}; throws {@link Elementwise.Undefined}
   * where the op's result is undefined. {@code folding} is set when the folder asks (casts that
   * saturate in the interpreter decline to fold out-of-range values).
   */
  public abstract Object[] evaluate(Operation op, Object[] operands, boolean folding);

  /** Constant-folds through {@link #evaluate}, then tries the algebraic folds, then moves a constant of a commutative op to the right. */
  @Override public List<Object> fold(Operation op, List<Attribute> constants) {
    if (usesItself(op)) return null;
    Object[] vals = Elementwise.constantValues(constants);
    if (vals != null && canFoldConstants(op)) {
      try {
        Object[] r = evaluate(op, vals, true);
        List<Object> out = new ArrayList<>(r.length);
        for (int i = 0; i < r.length; i++) out.add(Elementwise.attrOf(r[i], op.result(i).type()));
        return out;
      } catch (Elementwise.Undefined | InterpreterException e) {
        // undefined or unsupported: leave the op alone
      }
    }
    Object r = op.numResults() == 1 ? folder.fold(op, constants) : null;
    if (r != null) return List.of(r);
    List<Object> multi = multiFold(op, constants);
    if (multi != null) return multi;
    if (this instanceof Traits.Commutative && constants.size() == 2 && constants.get(0) != null && constants.get(1) == null) {
      dev.mlc.ir.Value l = op.operand(0), rr = op.operand(1);
      op.setOperand(0, rr);
      op.setOperand(1, l);
      return new ArrayList<>(op.results());
    }
    return null;
  }

  /** Whether {@code op} is its own operand (legal in graph regions and unreachable blocks; never rewritten). */
  public static boolean usesItself(Operation op) {
    for (var v : op.operands()) if (v.definingOp() == op) return true;
    return false;
  }

  /** Folds of multi-result ops (the extended arithmetic ops). */
  protected List<Object> multiFold(Operation op, List<Attribute> constants) { return null; }

  /** Whether constant operands may be folded (every result type has a static shape or is scalar). */
  protected boolean canFoldConstants(Operation op) {
    for (var r : op.results()) {
      if (r.type() instanceof dev.mlc.ir.type.ShapedType s && !s.hasStaticShape()) return false;
      if (!foldableElements.test(Kind.elementOf(r.type()))) return false;
    }
    return true;
  }

  // ---- verification helpers ----

  protected static boolean checkOperand(Operation op, int i, Kind k) {
    Type t = op.operand(i).type();
    if (k.accepts(t)) return true;
    return op.emitOpError("operand #" + i + " must be " + k.description + ", but got '" + Types.str(t) + "'").failure();
  }

  protected static boolean checkResult(Operation op, int i, Kind k) {
    Type t = op.result(i).type();
    if (k.accepts(t)) return true;
    return op.emitOpError("result #" + i + " must be " + k.description + ", but got '" + Types.str(t) + "'").failure();
  }

  protected static boolean checkCounts(Operation op, int operands, int results) {
    if (op.numOperands() != operands) return op.emitOpError("expected " + operands + " operands, but found " + op.numOperands()).failure();
    if (op.numResults() != results) return op.emitOpError("requires " + (results == 1 ? "one result" : results + " results")).failure();
    return true;
  }

  protected boolean checkFlags(Operation op) {
    if (flags == Flags.NONE) return true;
    Attribute a = op.attr(flags.attrName);
    boolean ok = a == null || (flags == Flags.OVERFLOW ? a instanceof OverflowAttr : a instanceof FastMathAttr);
    if (ok) return true;
    return op.emitOpError("attribute '" + flags.attrName + "' failed to satisfy constraint: "
        + (flags == Flags.OVERFLOW ? "Integer overflow arith flags" : "Floating point fast math flags")).failure();
  }

  // ---- custom syntax helpers ----

  /**
   * The custom form when it shows everything: every property is one the op declares, with a
   * well-typed flags attribute (the generic form keeps anything else).
   */
  @Override public final boolean canPrintCustomForm(Operation op) {
    if (op.properties() != null) {
      if (!(op.properties() instanceof dev.mlc.ir.attr.DictionaryAttr d)) return false;
      for (String n : d.names()) if (!isInherentAttr(n)) return false;
    }
    if (flags != Flags.NONE && op.attr(flags.attrName) != null
        && !(flags == Flags.OVERFLOW ? op.attr(flags.attrName) instanceof OverflowAttr : op.attr(flags.attrName) instanceof FastMathAttr)) return false;
    return canPrintCustom(op);
  }

  /** The family's own conditions for its custom form (operand and result counts, attributes). */
  protected boolean canPrintCustom(Operation op) { return true; }

  /** Prints {@code  overflow<nsw>} / {@code  fastmath<fast>} unless the flags are none. */
  protected void printFlags(Operation op, OpAsmPrinter p) {
    Attribute a = flags == Flags.NONE ? null : op.attr(flags.attrName);
    if (a instanceof FastMathAttr f && f.flags() != 0) {
      p.print(" fastmath");
      f.printParams(p);
    } else if (a instanceof OverflowAttr o && o.flags() != 0) {
      p.print(" overflow");
      o.printParams(p);
    }
  }

  /** Parses the optional flags; stores the default ({@code none}) when absent, as MLIR does. */
  protected void parseFlags(OpAsmParser p, OperationState st) {
    if (flags == Flags.NONE) return;
    Attribute a = flags.none();
    if (flags == Flags.FASTMATH && p.parseOptionalKeyword("fastmath")) a = FastMathAttr.parseParams(p);
    else if (flags == Flags.OVERFLOW && p.parseOptionalKeyword("overflow")) a = OverflowAttr.parseParams(p);
    st.addAttribute(flags.attrName, a);
  }

  /** The fast-math flags of {@code op} (none when absent). */
  public static int fastMath(Operation op) { return op.attr("fastmath") instanceof FastMathAttr f ? f.flags() : 0; }

  /** The overflow flags of {@code op} (none when absent). */
  public static int overflow(Operation op) { return op.attr("overflowFlags") instanceof OverflowAttr f ? f.flags() : 0; }
}
