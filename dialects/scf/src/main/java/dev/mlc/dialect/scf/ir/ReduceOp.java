package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.util.List;

/**
 * {@code scf.reduce(%a : T) { ^bb0(%l: T, %r: T): ... scf.reduce.return %x : T }}: ends the body of
 * scf.parallel; one reduction region per operand combines that operand into the loop's result.
 */
public final class ReduceOp extends OpDef implements Traits.IsTerminator, Traits.Pure {
  public static final String NAME = "scf.reduce";

  ReduceOp() { super(NAME); }

  @Override public String summary() { return "reduce operation for scf.parallel"; }

  @Override public String description() {
    return """
        The terminator of `scf.parallel`: for each operand, a reduction region with two arguments \
        of the operand's type combines the partial result (first) with the operand (second) and \
        returns the combination with `scf.reduce.return`. Without operands it may be left out.

        ```mlir
        scf.reduce(%x : f32) {
        ^bb0(%lhs: f32, %rhs: f32):
          %s = "test.add"(%lhs, %rhs) : (f32, f32) -> f32
          scf.reduce.return %s : f32
        }
        ```""";
  }

  @Override protected boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent == null || !parent.isa(ParallelOp.NAME)) return op.emitOpError("expects parent op 'scf.parallel'").failure();
    if (op.numRegions() != op.numOperands())
      return op.emitOpError("expects as many reduction regions (" + op.numRegions() + ") as operands (" + op.numOperands() + ")").failure();
    for (int i = 0; i < op.numRegions(); i++) {
      if (op.region(i).numBlocks() != 1)
        return op.emitOpError("region #" + i + " ('reductions') failed to verify constraint: region with 1 blocks").failure();
      Block b = op.region(i).front();
      Type t = op.operand(i).type();
      if (b.isEmpty()) return op.emitError("empty block: expect at least a terminator").failure();
      if (b.numArguments() != 2 || !b.argument(0).type().equals(t) || !b.argument(1).type().equals(t))
        return op.emitOpError("expected two block arguments with type '" + t + "' in the " + i + "-th reduction region").failure();
      if (!b.last().isa(ReduceReturnOp.NAME)) return op.emitOpError("reduction bodies must be terminated with an 'scf.reduce.return' op").failure();
    }
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) { return op.numRegions() == op.numOperands(); }

  @Override public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() > 0) {
      p.print('(');
      p.printOperandsWithTypes(op.operands());
      p.print(')');
    }
    p.print(' ');
    for (int i = 0; i < op.numRegions(); i++) {
      if (i > 0) p.print(", ");
      p.printRegion(op.region(i), true, true);
    }
    p.printOptionalAttrDict(op.attributes(), List.of());
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    if (p.parseOptionalPunct("(")) {
      List<OpAsmParser.UnresolvedOperand> operands = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parsePunct(":");
      List<Type> types = new java.util.ArrayList<>();
      do types.add(p.parseType()); while (p.parseOptionalPunct(","));
      p.parsePunct(")");
      p.resolveOperands(operands, types, st.operands);
    }
    Region r = st.addRegion();
    if (p.parseOptionalRegion(r, List.of())) {
      while (p.parseOptionalPunct(",")) p.parseRegion(st.addRegion(), List.of());
    } else {
      st.regions.remove(st.regions.size() - 1);
    }
    p.parseOptionalAttrDict(st.attributes);
  }

  /** The operand reduced by region {@code i}. */
  public static Value reduced(Operation op, int i) { return op.operand(i); }
}
