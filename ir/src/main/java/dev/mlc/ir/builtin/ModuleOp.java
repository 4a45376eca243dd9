package dev.mlc.ir.builtin;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code builtin.module}: the top-level container, a symbol table with one block and no terminator. */
public final class ModuleOp extends OpDef implements Traits.IsolatedFromAbove, Traits.NoTerminator,
    Traits.SymbolTableTrait, Traits.SingleBlock, Traits.HasGraphRegions {
  public static final String NAME = "builtin.module";
  private static final Set<String> INHERENT = Set.of("sym_name", "sym_visibility");

  ModuleOp() { super(NAME); }

  @Override public String summary() { return "A top-level container operation"; }

  @Override public String description() {
    return """
        Holds one region with one block of operations and no terminator; it is a symbol table and \
        may itself be a symbol when it has a name.

        ```mlir
        module @m attributes {graph.version = 1 : i64} {
          func.func private @f()
        }
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return INHERENT.contains(n); }

  @Override public String defaultDialect() { return "builtin"; }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 0) return op.emitOpError("requires zero operands").failure();
    if (op.numResults() != 0) return op.emitOpError("requires zero results").failure();
    if (op.numSuccessors() != 0) return op.emitOpError("requires zero successors").failure();
    if (op.numRegions() != 1) return op.emitOpError("requires one region").failure();
    if (op.region(0).numBlocks() != 1) return op.emitOpError("expects a body with exactly one block").failure();
    if (op.region(0).front().numArguments() != 0) return op.emitOpError("region should have no arguments").failure();
    var name = op.attr("sym_name");
    if (name != null && !(name instanceof StringAttr)) return op.emitOpError("attribute 'sym_name' must be a string").failure();
    var vis = op.attr("sym_visibility");
    if (vis != null && !(vis instanceof StringAttr)) return op.emitOpError("attribute 'sym_visibility' must be a string").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.numRegions() == 1 && op.region(0).numBlocks() == 1 && op.region(0).front().numArguments() == 0
        && op.numOperands() == 0 && op.numResults() == 0 && op.numSuccessors() == 0
        && (op.attr("sym_name") == null || op.attr("sym_name") instanceof StringAttr);
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.attr("sym_name") instanceof StringAttr s) {
      p.print(' ');
      p.printSymbolName(s.value());
    }
    DictionaryAttr all = DictionaryAttr.EMPTY;
    if (op.properties() instanceof DictionaryAttr props) for (NamedAttribute e : props.entries()) all = all.with(e.name(), e.value());
    for (NamedAttribute e : op.attributes().entries()) all = all.with(e.name(), e.value());
    p.printOptionalAttrDictWithKeyword(all, List.of("sym_name"));
    p.print(' ');
    p.printRegion(op.region(0), false, false);
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    String name = p.parseOptionalSymbolName();
    List<NamedAttribute> attrs = new ArrayList<>();
    p.parseOptionalAttrDictWithKeyword(attrs);
    DictionaryAttr props = DictionaryAttr.EMPTY;
    if (name != null) props = props.with("sym_name", StringAttr.of(name));
    for (NamedAttribute a : attrs) {
      if (INHERENT.contains(a.name())) props = props.with(a.name(), a.value());
      else st.attributes.add(a);
    }
    if (!props.isEmpty()) st.properties = props;
    Region body = st.addRegion();
    p.parseRegion(body, List.of());
    if (body.isEmpty()) body.addBlock();
  }

  /** A new, empty module at {@code loc}. */
  public static Operation create(MLContext ctx, Location loc) {
    Operation m = Operation.create(ctx.opName(NAME), loc, List.of(), List.of(), null, null, List.of(), 1);
    m.region(0).appendBlock(new Block());
    return m;
  }

  /** The single block of a module. */
  public static Block body(Operation module) { return module.region(0).front(); }
}
