package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.interfaces.CallableOpInterface;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code llvm.func internal @f(%a: i32 {llvm.noundef}, %p: !llvm.ptr) -> i32 attributes {...} {...}}:
 * an LLVM function (a declaration without a body); {@code function_type} is an {@code !llvm.func}.
 */
public final class FuncOp extends LlvmOp implements Traits.IsolatedFromAbove, Traits.Symbol, CallableOpInterface {
  public static final String NAME = "llvm.func";

  FuncOp() {
    super(NAME, "An LLVM function: a symbol with an !llvm.func signature, a linkage and an optional body",
        "llvm.func @add(%a: i32, %b: i32) -> i32 {\n  %0 = llvm.add %a, %b : i32\n  llvm.return %0 : i32\n}\nllvm.func @printf(!llvm.ptr, ...) -> i32",
        "sym_name", "sym_visibility", "function_type", "linkage", "dso_local", "CConv", "comdat", "convergent", "personality",
        "garbageCollector", "passthrough", "arg_attrs", "res_attrs", "function_entry_count", "memory", "visibility_",
        "arm_streaming", "arm_locally_streaming", "arm_streaming_compatible", "arm_new_za", "arm_in_za", "arm_out_za",
        "arm_inout_za", "arm_preserves_za", "section", "unnamed_addr", "alignment", "vscale_range", "frame_pointer",
        "target_cpu", "tune_cpu", "target_features", "unsafe_fp_math", "no_infs_fp_math", "no_nans_fp_math",
        "approx_func_fp_math", "no_signed_zeros_fp_math", "denormal_fp_math", "denormal_fp_math_f32", "fp_contract",
        "no_inline", "always_inline", "no_unwind", "will_return", "optimize_none", "vec_type_hint", "work_group_size_hint",
        "reqd_work_group_size", "intel_reqd_sub_group_size");
    withDefault("CConv", LlvmAttr.CCONV_C);
    withDefault("linkage", LlvmAttr.EXTERNAL);
    withDefault("unnamed_addr", IntegerAttr.i64(0));
    withDefault("visibility_", IntegerAttr.i64(0));
  }


  public static LlvmType.Func functionType(Operation f) {
    return f.attr("function_type") instanceof TypeAttr t && t.type() instanceof LlvmType.Func ft ? ft : null;
  }

  public static String linkage(Operation f) { return f.attr("linkage") instanceof LlvmAttr l ? l.value() : "external"; }

  static String symbolName(Operation f) { return f.attr("sym_name") instanceof StringAttr s ? s.value() : null; }

  @Override protected boolean verify(Operation op) {
    LlvmType.Func ft = functionType(op);
    if (ft == null) return op.emitOpError("requires attribute 'function_type' of LLVM function type").failure();
    Region body = op.region(0);
    String linkage = linkage(op);
    if (body.isEmpty()) {
      if (!linkage.equals("external") && !linkage.equals("extern_weak"))
        return op.emitOpError("external functions must have 'external' or 'extern_weak' linkage").failure();
      return true;
    }
    if (linkage.equals("extern_weak") || linkage.equals("common"))
      return op.emitOpError("functions cannot have '" + linkage + "' linkage").failure();
    Block entry = body.front();
    if (entry.numArguments() != ft.params().size())
      return op.emitOpError("entry block must have " + ft.params().size() + " arguments to match function signature").failure();
    for (int i = 0; i < entry.numArguments(); i++)
      if (!entry.argument(i).type().equals(ft.params().get(i)))
        return op.emitOpError("entry block argument #" + i + " does not match the function signature").failure();
    return true;
  }

  @Override public Region callableRegion(Operation f) { return f.region(0).isEmpty() ? null : f.region(0); }

  @Override public List<Type> argumentTypes(Operation f) { return functionType(f).params(); }

  @Override public List<Type> resultTypes(Operation f) {
    LlvmType.Func ft = functionType(f);
    return ft.returnsVoid() ? List.of() : List.of(ft.result());
  }

  @Override public boolean canPrintCustomForm(Operation op) {
    LlvmType.Func ft = functionType(op);
    if (ft == null || symbolName(op) == null || op.numRegions() != 1) return false;
    if (!(op.attr("arg_attrs") == null || op.attr("arg_attrs") instanceof ArrayAttr a && a.size() == ft.params().size())) return false;
    Region body = op.region(0);
    return body.isEmpty() || body.front().argumentTypes().equals(ft.params());
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    LlvmType.Func ft = functionType(op);
    String linkage = linkage(op);
    if (!linkage.equals("external")) p.print(' ').print(linkage);
    printVisibilityAndUnnamedAddr(op, p);
    if (op.attr("CConv") instanceof LlvmAttr cc && !cc.equals(LlvmAttr.CCONV_C)) p.print(' ').print(cc.value());
    p.print(' ');
    p.printSymbolName(symbolName(op));
    Region body = op.region(0);
    ArrayAttr argAttrs = op.attr("arg_attrs", ArrayAttr.class), resAttrs = op.attr("res_attrs", ArrayAttr.class);
    p.print('(');
    for (int i = 0; i < ft.params().size(); i++) {
      if (i > 0) p.print(", ");
      if (body.isEmpty()) p.printType(ft.params().get(i));
      else p.printRegionArgument(body.front().argument(i));
      if (argAttrs != null) p.printOptionalAttrDict((DictionaryAttr) argAttrs.get(i), List.of());
    }
    if (ft.varArg()) p.print(ft.params().isEmpty() ? "..." : ", ...");
    p.print(')');
    if (!ft.returnsVoid()) {
      p.print(" -> ");
      DictionaryAttr ra = resAttrs != null && resAttrs.size() == 1 ? (DictionaryAttr) resAttrs.get(0) : DictionaryAttr.EMPTY;
      if (!ra.isEmpty()) p.print('(');
      p.printType(ft.result());
      p.printOptionalAttrDict(ra, List.of());
      if (!ra.isEmpty()) p.print(')');
    }
    p.printOptionalAttrDictWithKeyword(mergedAttrs(op, "sym_name", "function_type", "linkage", "arg_attrs", "res_attrs", "CConv", "visibility_", "unnamed_addr"), List.of());
    if (!body.isEmpty()) {
      p.print(' ');
      p.printRegion(body, false, true);
    }
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    String kw;
    while ((kw = p.parseOptionalKeyword()) != null) {
      if (LlvmAttr.ENUMS.get("linkage").contains(kw)) st.addAttribute("linkage", LlvmAttr.linkage(kw));
      else if (LlvmAttr.ENUMS.get("cconv").contains(kw)) st.addAttribute("CConv", new LlvmAttr("cconv", kw));
      else if (LlvmOp.VISIBILITY.indexOf(kw) > 0) st.addAttribute("visibility_", IntegerAttr.i64(LlvmOp.VISIBILITY.indexOf(kw)));
      else if (LlvmOp.UNNAMED_ADDR.indexOf(kw) > 0) st.addAttribute("unnamed_addr", IntegerAttr.i64(LlvmOp.UNNAMED_ADDR.indexOf(kw)));
      else if (kw.equals("private") || kw.equals("public") || kw.equals("nested")) st.addAttribute("sym_visibility", StringAttr.of(kw));
      else throw p.error("expected a linkage or calling convention keyword, got '" + kw + "'");
    }
    st.addAttribute("sym_name", StringAttr.of(p.parseSymbolName()));
    List<OpAsmParser.Argument> args = new ArrayList<>();
    List<Type> params = new ArrayList<>();
    List<Attribute> argAttrs = new ArrayList<>();
    boolean named = false, varArg = false;
    p.parsePunct("(");
    if (!p.parseOptionalPunct(")")) {
      do {
        if (p.parseOptionalPunct("...")) {
          varArg = true;
          break;
        }
        OpAsmParser.UnresolvedOperand name = p.parseOptionalOperand();
        if (name != null) {
          named = true;
          p.parsePunct(":");
        }
        Type t = p.parseType();
        List<NamedAttribute> attrs = new ArrayList<>();
        p.parseOptionalAttrDict(attrs);
        Location loc = p.parseOptionalLocationSpecifier();
        if (name != null) args.add(new OpAsmParser.Argument(name, t, loc != null ? loc : name.location()));
        params.add(t);
        argAttrs.add(DictionaryAttr.of(attrs));
      } while (p.parseOptionalPunct(","));
      p.parsePunct(")");
    }
    Type result = LlvmType.Void.INSTANCE;
    DictionaryAttr resAttr = DictionaryAttr.EMPTY;
    if (p.parseOptionalPunct("->")) {
      boolean paren = p.parseOptionalPunct("(");
      result = LlvmType.parseNested(p);
      if (paren) {
        List<NamedAttribute> attrs = new ArrayList<>();
        p.parseOptionalAttrDict(attrs);
        resAttr = DictionaryAttr.of(attrs);
        p.parsePunct(")");
      }
    }
    st.addAttribute("function_type", new TypeAttr(p.context().intern(new LlvmType.Func(result, params, varArg))));
    if (argAttrs.stream().anyMatch(a -> !((DictionaryAttr) a).isEmpty())) st.addAttribute("arg_attrs", new ArrayAttr(argAttrs));
    if (!resAttr.isEmpty()) st.addAttribute("res_attrs", ArrayAttr.of(resAttr));
    p.parseOptionalAttrDictWithKeyword(st.attributes);
    addDefaults(st);
    Region body = st.addRegion();
    if ((named || params.isEmpty()) && !p.parseOptionalRegion(body, args) && named) throw p.error("expected '{' to begin the function body");
  }
}
