package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;
import java.util.Set;

/** {@code scf.yield %a, %b : i32, f32}: ends a region of scf.for, scf.if, scf.while, scf.index_switch or scf.execute_region. */
public final class YieldOp extends OpDef implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
  public static final String NAME = "scf.yield";
  static final Set<String> PARENTS = Set.of(ExecuteRegionOp.NAME, ForOp.NAME, IfOp.NAME, IndexSwitchOp.NAME, WhileOp.NAME);

  YieldOp() { super(NAME); }

  @Override public String summary() { return "Loop yield and termination operation"; }

  @Override public String description() {
    return """
        Yields values from a region of an scf op to the op's results (scf.if, scf.index_switch, \
        scf.execute_region) or to the next iteration (scf.for, the `do` region of scf.while). \
        Without operands it may be left out of the custom form.

        ```mlir
        %r = scf.if %c -> (i32) {
          scf.yield %a : i32
        } else {
          scf.yield %b : i32
        }
        ```""";
  }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !PARENTS.contains(parent.name()))
      return op.emitOpError("expects parent op to be one of 'scf.execute_region, scf.for, scf.if, scf.index_switch, scf.while'").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.printOptionalAttrDict(op.attributes(), List.of());
    p.printOptionalOperandsWithTypes(op.operands());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    p.parseOptionalAttrDict(st.attributes);
    p.parseOptionalOperandsWithTypes(st.operands);
  }
}
