package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.type.IntegerType;
import java.util.List;

/**
 * {@code llvm.mlir.global internal constant @g(dense<[1, 2]> : tensor<2xi32>) : !llvm.array<2 x i32>}:
 * a global variable, initialized by a {@code value} attribute or by an initializer region ending in
 * {@code llvm.return}, or left to the linker (external, no initializer).
 */
public final class GlobalOp extends LlvmOp implements Traits.Symbol, Traits.SingleBlock {
  public static final String NAME = "llvm.mlir.global";

  GlobalOp() {
    super(NAME, "A global variable with a linkage and an optional initial value or initializer region",
        "llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>\n"
            + "llvm.mlir.global private @msg(\"hi\\00\") {addr_space = 0 : i32}",
        "global_type", "constant", "sym_name", "linkage", "dso_local", "thread_local_", "externally_initialized", "value",
        "alignment", "addr_space", "unnamed_addr", "section", "comdat", "dbg_expr", "visibility_");
    withDefault("unnamed_addr", IntegerAttr.i64(0));
    withDefault("visibility_", IntegerAttr.i64(0));
  }

  public static Type globalType(Operation g) { return g.attr("global_type") instanceof TypeAttr t ? t.type() : null; }

  public static boolean isConstant(Operation g) { return g.attr("constant") != null; }

  @Override public boolean canPrintCustomForm(Operation op) { return globalType(op) != null && op.attr("sym_name") instanceof StringAttr; }

  @Override protected boolean verify(Operation op) {
    Type t = globalType(op);
    if (t == null) return op.emitOpError("requires attribute 'global_type'").failure();
    if (!LlvmType.isCompatible(t)) return op.emitOpError("expects type to be a valid element type for an LLVM global").failure();
    Attribute v = op.attr("value");
    Region init = op.region(0);
    if (v != null && !init.isEmpty()) return op.emitOpError("cannot have both initializer value and region").failure();
    if (v instanceof StringAttr s && !(t instanceof LlvmType.Array a && a.elementType().equals(IntegerType.of(8)) && a.size() == s.bytes().length))
      return op.emitOpError("requires an i8 array type of the length equal to that of the string attribute").failure();
    if (!init.isEmpty()) {
      Operation ret = init.front().last();
      if (ret == null || !ret.isa("llvm.return") || ret.numOperands() != 1 || !ret.operand(0).type().equals(t))
        return op.emitOpError("initializer region must end in 'llvm.return' of a value of the global's type").failure();
    }
    return true;
  }

  private static boolean typeElided(Operation op) {
    return op.attr("value") instanceof StringAttr s && globalType(op) instanceof LlvmType.Array a && a.size() == s.bytes().length
        && a.elementType().equals(IntegerType.of(8));
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ').print(op.attr("linkage") instanceof LlvmAttr l ? l.value() : "external");
    printVisibilityAndUnnamedAddr(op, p);
    if (op.attr("thread_local_") != null) p.print(" thread_local");
    if (op.attr("constant") != null) p.print(" constant");
    p.print(' ');
    p.printSymbolName(((StringAttr) op.attr("sym_name")).value());
    p.print('(');
    if (op.attr("value") != null) p.printAttribute(op.attr("value"));
    p.print(')');
    printAttrDict(op, p, "linkage", "constant", "sym_name", "value", "global_type", "thread_local_", "visibility_", "unnamed_addr");
    if (!typeElided(op)) {
      p.print(" : ");
      p.printType(globalType(op));
    }
    if (!op.region(0).isEmpty()) {
      p.print(' ');
      p.printRegion(op.region(0), false, true);
    }
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    String linkage = "external";
    for (String l : LlvmAttr.ENUMS.get("linkage"))
      if (p.parseOptionalKeyword(l)) {
        linkage = l;
        break;
      }
    st.addAttribute("linkage", LlvmAttr.linkage(linkage));
    parseVisibilityAndUnnamedAddr(p, st);
    if (p.parseOptionalKeyword("thread_local")) st.addAttribute("thread_local_", UnitAttr.INSTANCE);
    if (p.parseOptionalKeyword("constant")) st.addAttribute("constant", UnitAttr.INSTANCE);
    st.addAttribute("sym_name", StringAttr.of(p.parseSymbolName()));
    p.parsePunct("(");
    Attribute value = null;
    if (!p.parseOptionalPunct(")")) {
      value = p.parseAttribute();
      p.parsePunct(")");
      st.addAttribute("value", value);
    }
    parseAttrDict(p, st);
    if (st.attributes.stream().noneMatch(a -> a.name().equals("addr_space"))) st.addAttribute("addr_space", IntegerAttr.of(IntegerType.of(32), 0));
    Type t;
    if (p.parseOptionalPunct(":")) t = p.parseType();
    else if (value instanceof StringAttr s) t = p.context().intern(new LlvmType.Array(s.bytes().length, IntegerType.of(8)));
    else throw p.error("type can only be omitted for string globals");
    st.addAttribute("global_type", new TypeAttr(t));
    p.parseOptionalRegion(st.addRegion(), List.of());
  }
}
