package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Base of every llvm op: a summary and an IR example, the inherent attributes (MLIR's properties)
 * with their default values (printed by the generic form, elided by the custom one, added when the
 * custom form is parsed, as MLIR 19 does), and helpers for the type constraints and attr-dicts.
 */
abstract class LlvmOp extends OpDef implements LlvmShape {
  private final String summary;
  private final String example;
  final Set<String> inherent;
  final Map<String, Attribute> defaults = new LinkedHashMap<>();
  int numOperands = -1, numResults = -1;
  List<String> required = List.of();

  /** Declares fixed operand and result counts (-1: any). */
  LlvmOp arity(int operands, int results) {
    numOperands = operands;
    numResults = results;
    return this;
  }

  /** Declares attributes that must be present. */
  LlvmOp requires(String... attrs) {
    required = List.of(attrs);
    return this;
  }

  @Override public boolean canPrintCustomForm(Operation op) {
    if (numOperands >= 0 && op.numOperands() != numOperands || numResults >= 0 && op.numResults() != numResults) return false;
    for (String a : required) if (op.attr(a) == null) return false;
    return true;
  }

  LlvmOp(String name, String summary, String example, String... inherent) {
    super(name);
    this.summary = summary;
    this.example = example;
    this.inherent = Set.of(inherent);
  }

  /** Declares a default value of an inherent attribute. */
  LlvmOp withDefault(String attr, Attribute value) {
    defaults.put(attr, value);
    return this;
  }

  @Override public final String summary() { return summary; }

  @Override public String description() { return summary + ".\n\n```mlir\n" + example + "\n```"; }

  @Override public boolean isInherentAttr(String n) { return inherent.contains(n); }

  @Override public boolean hasCustomAssembly() { return true; }

  // ---- attr-dicts ----

  /**
   * Prints the attr-dict of the custom form: properties and discardable attributes together,
   * without {@code elided} and without properties at their default value.
   */
  final void printAttrDict(Operation op, OpAsmPrinter p, String... elided) {
    p.printOptionalAttrDict(mergedAttrs(op, elided), Set.of());
  }

  final DictionaryAttr mergedAttrs(Operation op, String... elided) {
    List<NamedAttribute> all = new ArrayList<>();
    Set<String> skip = Set.of(elided);
    if (op.properties() instanceof DictionaryAttr d)
      for (NamedAttribute a : d.entries())
        if (!skip.contains(a.name()) && !a.value().equals(defaults.get(a.name()))) all.add(a);
    for (NamedAttribute a : op.attributes().entries()) if (!skip.contains(a.name())) all.add(a);
    return DictionaryAttr.of(all);
  }

  /** Parses an optional attr-dict, then adds the defaults of inherent attributes not given. */
  final void parseAttrDict(OpAsmParser p, OperationState st) {
    p.parseOptionalAttrDict(st.attributes);
    addDefaults(st);
  }

  final void addDefaults(OperationState st) {
    for (var e : defaults.entrySet())
      if (st.attributes.stream().noneMatch(a -> a.name().equals(e.getKey()))) st.addAttribute(e.getKey(), e.getValue());
  }

  /** The value of an inherent attribute, or its default. */
  final Attribute attrOrDefault(Operation op, String name) {
    Attribute a = op.attr(name);
    return a != null ? a : defaults.get(name);
  }

  // ---- visibility and unnamed_addr keywords (functions and globals) ----

  static final List<String> VISIBILITY = List.of("", "hidden", "protected");
  static final List<String> UNNAMED_ADDR = List.of("", "local_unnamed_addr", "unnamed_addr");

  /** Prints {@code visibility_} and {@code unnamed_addr} as MLIR's keywords (nothing at 0). */
  static void printVisibilityAndUnnamedAddr(Operation op, OpAsmPrinter p) {
    for (var e : List.of(java.util.Map.entry("visibility_", VISIBILITY), java.util.Map.entry("unnamed_addr", UNNAMED_ADDR)))
      if (op.attr(e.getKey()) instanceof dev.mlc.ir.attr.IntegerAttr i && i.longValue() > 0 && i.longValue() < 3) p.print(' ').print(e.getValue().get((int) i.longValue()));
  }

  /** Parses the optional visibility and unnamed_addr keywords into {@code st}. */
  static void parseVisibilityAndUnnamedAddr(OpAsmParser p, OperationState st) {
    for (int k = 1; k < 3; k++) if (p.parseOptionalKeyword(VISIBILITY.get(k))) st.addAttribute("visibility_", dev.mlc.ir.attr.IntegerAttr.i64(k));
    for (int k = 1; k < 3; k++) if (p.parseOptionalKeyword(UNNAMED_ADDR.get(k))) st.addAttribute("unnamed_addr", dev.mlc.ir.attr.IntegerAttr.i64(k));
  }

  // ---- type constraints (MLIR's wording) ----

  static final String INT = "signless integer or LLVM dialect-compatible vector of signless integer";
  static final String FLOAT = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type";

  static Type scalarOf(Type t) { return t instanceof VectorType v ? v.elementType() : t; }

  static boolean isIntOrVec(Type t) { return scalarOf(t) instanceof IntegerType it && it.isSignless(); }

  static boolean isFloatOrVec(Type t) { return scalarOf(t) instanceof FloatType; }

  static boolean isPtrOrVec(Type t) { return scalarOf(t) instanceof LlvmType.Ptr; }

  /** Checks {@code what} (e.g. "operand #0") against a constraint, reporting MLIR's message. */
  static boolean check(Operation op, String what, Type t, boolean ok, String constraint) {
    if (ok) return true;
    return op.emitOpError(what + " must be " + constraint + ", but got '" + LlvmType.str(t) + "'").failure();
  }

  static String str(Type t) { return LlvmType.str(t); }

  // ---- printing helpers ----

  static void printTypes(OpAsmPrinter p, List<Type> ts) {
    for (int i = 0; i < ts.size(); i++) {
      if (i > 0) p.print(", ");
      p.printType(ts.get(i));
    }
  }

  static List<Type> repeat(Type t, int n) {
    List<Type> r = new ArrayList<>();
    for (int i = 0; i < n; i++) r.add(t);
    return r;
  }
}
