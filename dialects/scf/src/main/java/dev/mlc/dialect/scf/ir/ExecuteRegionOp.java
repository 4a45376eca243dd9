package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.dialect.scf.transforms.ScfCanonicalization;
import java.util.List;

/** {@code %r = scf.execute_region -> T { ... }}: runs a (possibly multi-block) region once; its scf.yield gives the results. */
public final class ExecuteRegionOp extends OpDef implements RegionBranchOpInterface, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.execute_region";

  ExecuteRegionOp() { super(NAME); }

  @Override public String summary() { return "operation that executes its region exactly once"; }

  @Override public String description() {
    return """
        Runs its region once. The region may have several blocks (unstructured control flow \
        inside structured ops); each `scf.yield` gives the results.

        ```mlir
        %r = scf.execute_region -> i32 {
          cf.br ^bb1
        ^bb1:
          scf.yield %x : i32
        }
        ```""";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 0 || op.numRegions() != 1) return op.emitOpError("expects no operands and one region").failure();
    Region r = op.region(0);
    if (r.isEmpty()) return op.emitOpError("region needs to have at least one block").failure();
    if (r.front().numArguments() > 0) return op.emitOpError("region cannot have any arguments").failure();
    for (Block b : r.blocks()) {
      Operation t = b.last();
      if (t == null || !t.isa(YieldOp.NAME)) continue;
      if (!Scf.verifyEdge(op, "Region #0", PARENT, Scf.types(t.operands()), op.resultTypes())) return false;
    }
    return true;
  }

  @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) { return List.of(0); }

  @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

  @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(PARENT); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { ScfCanonicalization.executeRegionOp(patterns); }

  /** Not speculatable (as upstream): LICM leaves it where it is. */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numRegions() == 1 && op.numOperands() == 0; }

  @Override public void print(Operation op, OpAsmPrinter p) {
    Scf.printArrowTypes(p, op.resultTypes(), false);
    p.print(' ');
    p.printRegion(op.region(0), false, true);
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    st.resultTypes.addAll(p.parseOptionalArrowTypeList());
    p.parseRegion(st.addRegion(), List.of());
    p.parseOptionalAttrDict(st.attributes);
  }
}
