package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.dialect.scf.transforms.ScfCanonicalization;
import dev.mlc.ir.type.IndexType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code scf.index_switch %i -> T case 1 { ... } default { ... }}: runs the region of the case equal
 * to the index operand, or the default region (region 0; cases follow in order).
 */
public final class IndexSwitchOp extends OpDef implements RegionBranchOpInterface, Traits.SingleBlock, Traits.Pure, Traits.ConditionallySpeculatable {
  public static final String NAME = "scf.index_switch";

  IndexSwitchOp() { super(NAME); }

  @Override public String summary() { return "switch-case operation on an index argument"; }

  @Override public String description() {
    return """
        Runs the case region whose value (the `cases` array) equals the index operand, or the \
        `default` region when none does; the chosen region's `scf.yield` gives the results.

        ```mlir
        %r = scf.index_switch %i -> i32
        case 2 {
          scf.yield %a : i32
        }
        default {
          scf.yield %b : i32
        }
        ```""";
  }

  @Override public boolean isInherentAttr(String n) { return n.equals("cases"); }

  public static long[] cases(Operation op) { return op.attr("cases") instanceof DenseArrayAttr a ? a.asLongs() : new long[0]; }

  /** The region run for the value {@code v}: 1 + the index of its case, or 0 (default). */
  public static int regionFor(Operation op, long v) {
    long[] cases = cases(op);
    for (int i = 0; i < cases.length; i++) if (cases[i] == v) return i + 1;
    return 0;
  }

  @Override protected boolean verify(Operation op) {
    if (op.numOperands() != 1 || !(op.operand(0).type() instanceof IndexType))
      return op.emitOpError("operand #0 must be index, but got '" + (op.numOperands() == 0 ? "none" : op.operand(0).type()) + "'").failure();
    if (!(op.attr("cases") instanceof DenseArrayAttr a && a.elementType().equals(dev.mlc.ir.type.IntegerType.of(64))))
      return op.emitOpError("requires attribute 'cases' (i64 dense array)").failure();
    if (op.numRegions() < 1 || !Scf.verifySizedRegion(op, 0, "defaultRegion")) return false;
    for (int i = 1; i < op.numRegions(); i++) if (!Scf.verifySizedRegion(op, i, "caseRegions")) return false;
    long[] cases = cases(op);
    if (cases.length != op.numRegions() - 1)
      return op.emitOpError("has " + (op.numRegions() - 1) + " case regions but " + cases.length + " case values").failure();
    Set<Long> seen = new HashSet<>();
    for (long c : cases) if (!seen.add(c)) return op.emitOpError("has duplicate case value: " + c).failure();
    for (int i = 0; i < op.numRegions(); i++) {
      String name = i == 0 ? "default region" : "case region #" + (i - 1);
      Operation y = op.region(i).front().last();
      if (y == null || !y.isa(YieldOp.NAME))
        return op.emitOpError("expected region to end with scf.yield, but got " + (y == null ? "nothing" : y.name())).failure();
      if (y.numOperands() != op.numResults()) {
        op.emitOpError("expected each region to return " + op.numResults() + " values, but " + name + " returns " + y.numOperands())
            .attachNote(y.location(), "see yield operation here");
        return false;
      }
      for (int k = 0; k < op.numResults(); k++)
        if (!op.result(k).type().equals(y.operand(k).type())) {
          op.emitOpError("expected result #" + k + " of each region to be '" + op.result(k).type() + "'")
              .attachNote(y.location(), name + " returns '" + y.operand(k).type() + "' here");
          return false;
        }
    }
    return true;
  }

  // ---- interfaces ----

  @Override public List<Integer> entrySuccessors(Operation op, List<Attribute> operands) {
    if (operands.get(0) instanceof IntegerAttr c) return List.of(regionFor(op, c.value().longValue()));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < op.numRegions(); i++) all.add(i);
    return all;
  }

  @Override public List<Value> entryOperands(Operation op, int region) { return List.of(); }

  @Override public List<Integer> successorsOfRegion(Operation op, int region) { return List.of(PARENT); }

  @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { ScfCanonicalization.indexSwitchOp(patterns); }

  // ---- custom assembly ----

  /** Not speculatable (as upstream): LICM leaves it where it is. */
  @Override public boolean isSpeculatable(Operation op) { return false; }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.numOperands() == 1 && op.numRegions() >= 1 && op.attr("cases") instanceof DenseArrayAttr a && a.size() == op.numRegions() - 1;
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    p.print(' ');
    p.printOperand(op.operand(0));
    p.printOptionalAttrDict(op.attributes(), Set.of("cases"));
    if (op.numResults() > 0) {
      p.print(" -> ");
      for (int i = 0; i < op.numResults(); i++) {
        if (i > 0) p.print(", ");
        p.printType(op.result(i).type());
      }
    }
    p.print(' ');
    long[] cases = cases(op);
    for (int i = 0; i < cases.length; i++) {
      p.printNewline();
      p.print("case ").print(cases[i]).print(' ');
      p.printRegion(op.region(i + 1), false, true);
    }
    p.printNewline();
    p.print("default ");
    p.printRegion(op.region(0), false, !Scf.elidableYield(op.region(0)));
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    st.operands.add(p.resolveOperand(p.parseOperand(), p.context().intern(IndexType.INSTANCE)));
    p.parseOptionalAttrDict(st.attributes);
    if (p.parseOptionalPunct("->")) {
      do st.resultTypes.add(p.parseType()); while (p.parseOptionalPunct(","));
    }
    Region defaultRegion = st.addRegion();
    List<Long> cases = new ArrayList<>();
    while (p.parseOptionalKeyword("case")) {
      cases.add(p.parseInteger().longValue());
      p.parseRegion(st.addRegion(), List.of());
    }
    p.parseKeyword("default");
    var loc = p.currentLocation();
    p.parseRegion(defaultRegion, List.of());
    Scf.ensureTerminator(defaultRegion, p, loc);
    st.attributes.add(new dev.mlc.ir.attr.NamedAttribute("cases", DenseArrayAttr.i64(cases.stream().mapToLong(Long::longValue).toArray())));
  }
}
