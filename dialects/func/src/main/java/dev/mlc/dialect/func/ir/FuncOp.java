package dev.mlc.dialect.func.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.interfaces.CallableOpInterface;
import dev.mlc.ir.type.FunctionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code func.func}: a function, a symbol with a body (or a declaration without one).
 *
 * <pre>{@code
 * func.func @add(%a: i32, %b: i32 {graph.name = "b"}) -> i32 attributes {inline} {
 *   %0 = "arith.addi"(%a, %b) : (i32, i32) -> i32
 *   return %0 : i32
 * }
 * func.func private @external(f32) -> f32
 * }</pre>
 */
public final class FuncOp extends OpDef implements Traits.IsolatedFromAbove, Traits.Symbol, CallableOpInterface {
  public static final String NAME = "func.func";
  private static final Set<String> INHERENT = Set.of("sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs");

  FuncOp() { super(NAME); }

  @Override public String summary() { return "A function: a symbol with a signature and a body"; }

  @Override public String description() {
    return """
        A named function with `function_type`, an optional body region whose entry block takes the \
        arguments, optional per-argument and per-result attributes, and symbol visibility. Without a \
        body it is a declaration (which must not be public).

        ```mlir
        func.func @add(%a: i32, %b: i32) -> i32 {
          %0 = "arith.addi"(%a, %b) : (i32, i32) -> i32
          return %0 : i32
        }
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return INHERENT.contains(n); }

  @Override public String defaultDialect() { return "func"; }

  public static FunctionType functionType(Operation f) {
    return f.attr("function_type") instanceof TypeAttr t && t.type() instanceof FunctionType ft ? ft : null;
  }

  public static String symbolName(Operation f) { return f.attr("sym_name") instanceof StringAttr s ? s.value() : null; }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 0 || op.numResults() != 0 || op.numRegions() != 1)
      return op.emitOpError("expects no operands or results and one region").failure();
    FunctionType ft = functionType(op);
    if (ft == null) return op.emitOpError("requires attribute 'function_type' of function type").failure();
    for (String key : List.of("arg_attrs", "res_attrs")) {
      Attribute a = op.attr(key);
      int expected = key.equals("arg_attrs") ? ft.inputs().size() : ft.results().size();
      if (a != null && !(a instanceof ArrayAttr arr && arr.size() == expected && arr.elements().stream().allMatch(x -> x instanceof DictionaryAttr)))
        return op.emitOpError("expects '" + key + "' to be an array of " + expected + " dictionaries").failure();
    }
    Region body = op.region(0);
    if (body.isEmpty()) {
      if (!(op.attr("sym_visibility") instanceof StringAttr v) || v.value().equals("public"))
        return op.emitOpError("symbol declaration cannot have public visibility").failure();
      return true;
    }
    Block entry = body.front();
    if (entry.numArguments() != ft.inputs().size())
      return op.emitOpError("entry block must have " + ft.inputs().size() + " arguments to match function signature").failure();
    for (int i = 0; i < entry.numArguments(); i++)
      if (!entry.argument(i).type().equals(ft.inputs().get(i)))
        return op.emitOpError("type of entry block argument #" + i + "(" + entry.argument(i).type()
            + ") must match the type of the corresponding argument in function signature(" + ft.inputs().get(i) + ")").failure();
    return true;
  }

  @Override public Region callableRegion(Operation f) { return f.region(0).isEmpty() ? null : f.region(0); }

  @Override public List<Type> argumentTypes(Operation f) { return functionType(f).inputs(); }

  @Override public List<Type> resultTypes(Operation f) { return functionType(f).results(); }

  // ---- custom assembly ----

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    FunctionType ft = functionType(op);
    if (ft == null || op.numRegions() != 1 || symbolName(op) == null) return false;
    if (!(op.attr("arg_attrs") == null || op.attr("arg_attrs") instanceof ArrayAttr a && a.size() == ft.inputs().size())) return false;
    if (!(op.attr("res_attrs") == null || op.attr("res_attrs") instanceof ArrayAttr r && r.size() == ft.results().size())) return false;
    Region body = op.region(0);
    return body.isEmpty() || body.front().argumentTypes().equals(ft.inputs());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    FunctionType ft = functionType(op);
    if (op.attr("sym_visibility") instanceof StringAttr v && !v.value().equals("public")) p.print(' ').print(v.value());
    p.print(' ');
    p.printSymbolName(symbolName(op));
    Region body = op.region(0);
    ArrayAttr argAttrs = op.attr("arg_attrs", ArrayAttr.class), resAttrs = op.attr("res_attrs", ArrayAttr.class);
    p.print('(');
    for (int i = 0; i < ft.inputs().size(); i++) {
      if (i > 0) p.print(", ");
      if (body.isEmpty()) p.printType(ft.inputs().get(i));
      else p.printRegionArgument(body.front().argument(i));
      if (argAttrs != null) p.printOptionalAttrDict((DictionaryAttr) argAttrs.get(i), List.of());
    }
    p.print(')');
    List<Type> results = ft.results();
    boolean anyResAttrs = resAttrs != null && resAttrs.elements().stream().anyMatch(d -> !((DictionaryAttr) d).isEmpty());
    if (!results.isEmpty()) {
      p.print(" -> ");
      boolean parens = results.size() > 1 || anyResAttrs || results.get(0) instanceof FunctionType;
      if (parens) p.print('(');
      for (int i = 0; i < results.size(); i++) {
        if (i > 0) p.print(", ");
        p.printType(results.get(i));
        if (resAttrs != null) p.printOptionalAttrDict((DictionaryAttr) resAttrs.get(i), List.of());
      }
      if (parens) p.print(')');
    }
    DictionaryAttr rest = op.attributes();
    p.printOptionalAttrDictWithKeyword(rest, INHERENT);
    if (!body.isEmpty()) {
      p.print(' ');
      p.printRegion(body, false, true);
    }
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<NamedAttribute> props = new ArrayList<>();
    String visibility = p.parseOptionalKeyword();
    if (visibility != null) {
      if (!visibility.equals("private") && !visibility.equals("public") && !visibility.equals("nested"))
        throw p.error("expected 'private', 'public' or 'nested' visibility, got '" + visibility + "'");
      props.add(new NamedAttribute("sym_visibility", StringAttr.of(visibility)));
    }
    props.add(new NamedAttribute("sym_name", StringAttr.of(p.parseSymbolName())));
    // Arguments: "%name: type {attrs} loc(...)" for a definition, "type {attrs}" for a declaration.
    List<OpAsmParser.Argument> args = new ArrayList<>();
    List<Type> inputs = new ArrayList<>();
    List<Attribute> argAttrs = new ArrayList<>();
    boolean named = false;
    p.parsePunct("(");
    if (!p.parseOptionalPunct(")")) {
      do {
        OpAsmParser.UnresolvedOperand name = p.parseOptionalOperand();
        if (name != null) {
          named = true;
          p.parsePunct(":");
        } else if (named) {
          throw p.error("expected SSA identifier");
        }
        Type t = p.parseType();
        List<NamedAttribute> attrs = new ArrayList<>();
        p.parseOptionalAttrDict(attrs);
        dev.mlc.ir.Location loc = p.parseOptionalLocationSpecifier();
        if (name != null) args.add(new OpAsmParser.Argument(name, t, loc != null ? loc : name.location()));
        inputs.add(t);
        argAttrs.add(DictionaryAttr.of(attrs));
      } while (p.parseOptionalPunct(","));
      p.parsePunct(")");
    }
    // Results: "-> type" or "-> (type {attrs}, ...)".
    List<Type> results = new ArrayList<>();
    List<Attribute> resAttrs = new ArrayList<>();
    if (p.parseOptionalPunct("->")) {
      if (p.parseOptionalPunct("(")) {
        if (!p.parseOptionalPunct(")")) {
          do {
            results.add(p.parseType());
            List<NamedAttribute> attrs = new ArrayList<>();
            p.parseOptionalAttrDict(attrs);
            resAttrs.add(DictionaryAttr.of(attrs));
          } while (p.parseOptionalPunct(","));
          p.parsePunct(")");
        }
      } else {
        results.add(p.parseType());
        resAttrs.add(DictionaryAttr.EMPTY);
      }
    }
    props.add(new NamedAttribute("function_type", new TypeAttr(p.context().intern(new FunctionType(inputs, results)))));
    if (argAttrs.stream().anyMatch(a -> !((DictionaryAttr) a).isEmpty())) props.add(new NamedAttribute("arg_attrs", new ArrayAttr(argAttrs)));
    if (resAttrs.stream().anyMatch(a -> !((DictionaryAttr) a).isEmpty())) props.add(new NamedAttribute("res_attrs", new ArrayAttr(resAttrs)));
    List<NamedAttribute> attrs = new ArrayList<>();
    p.parseOptionalAttrDictWithKeyword(attrs);
    st.properties = DictionaryAttr.of(props);
    st.attributes.addAll(attrs);
    Region body = st.addRegion();
    if (named || inputs.isEmpty()) {
      if (!p.parseOptionalRegion(body, args) && named) throw p.error("expected '{' to begin the function body");
    }
  }
}
