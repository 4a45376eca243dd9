package dev.mlc.dialect.scf.ir;

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
import java.util.List;

/**
 * {@code scf.forall.in_parallel { ... }}: ends the body of scf.forall; its region holds the ops
 * that write the iteration's slices into the shared outputs ({@code tensor.parallel_insert_slice}).
 */
public final class InParallelOp extends OpDef implements Traits.IsTerminator, Traits.Pure, Traits.NoTerminator, Traits.SingleBlock {
  public static final String NAME = "scf.forall.in_parallel";

  InParallelOp() { super(NAME); }

  @Override public String summary() { return "terminates a `forall` block"; }

  @Override public String description() {
    return """
        Ends the body of `scf.forall`; its single block holds the parallel-combining ops \
        (`tensor.parallel_insert_slice`) that write into the shared outputs. Empty, it may be \
        left out of the custom form.

        ```mlir
        scf.forall.in_parallel {
        }
        ```""";
  }

  static Operation create(MLContext ctx, Location loc) {
    Operation op = Operation.create(ctx.opName(NAME), loc, List.of(), List.of(), null, DictionaryAttr.EMPTY, List.of(), 1);
    op.region(0).addBlock();
    return op;
  }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !parent.isa(ForallOp.NAME)) return op.emitOpError("expects parent op 'scf.forall'").failure();
    if (op.numRegions() != 1 || !Scf.verifySizedRegion(op, 0, "region")) return false;
    for (Operation o : op.region(0).front())
      if (!o.isa("tensor.parallel_insert_slice")) return op.emitOpError("expected only tensor.parallel_insert_slice ops").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numRegions() == 1; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printRegion(op.region(0), false, false);
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    Region r = st.addRegion();
    p.parseRegion(r, List.of());
    if (r.isEmpty()) r.addBlock();
    p.parseOptionalAttrDict(st.attributes);
  }
}
