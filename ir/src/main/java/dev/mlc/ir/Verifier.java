package dev.mlc.ir;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks the structural invariants of IR and each registered op's own rules: operands defined and
 * dominating their uses, terminators at the ends of blocks, successors in the same region,
 * isolated regions, unique symbols, and trait and op verifiers. Every problem is a located
 * diagnostic; verification stops at the first error in an op but continues with its siblings.
 */
public final class Verifier {
  private final DominanceInfo dominance = new DominanceInfo();
  private int errors;

  private Verifier() {}

  /** Verifies {@code op} and everything nested in it; returns true when no error was found. */
  public static boolean verify(Operation op) {
    Verifier v = new Verifier();
    v.verifyOp(op);
    op.context().diagnostics().flush();
    return v.errors == 0;
  }

  private boolean error(Operation op, String msg) {
    op.emitOpError(msg);
    errors++;
    return false;
  }

  private void verifyOp(Operation op) {
    MLContext ctx = op.context();
    OpDef def = op.def();
    if (def == null && !ctx.allowsUnregisteredDialects() && ctx.dialect(op.opName().dialectNamespace()) == null) {
      errors++;
      op.emitError("operation '" + op.name() + "' of unregistered dialect '" + op.opName().dialectNamespace()
          + "' (use --allow-unregistered-dialect to allow it)");
      return;
    }
    if (def == null && !ctx.allowsUnregisteredDialects() && !ctx.dialect(op.opName().dialectNamespace()).allowsUnknownOperations()) {
      errors++;
      op.emitError("unregistered operation '" + op.name() + "' found in dialect ('" + op.opName().dialectNamespace()
          + "') that does not allow unknown operations");
      return;
    }
    for (int i = 0; i < op.numOperands(); i++)
      if (op.operand(i) == null) {
        error(op, "has null operand #" + i);
        return;
      }
    // Successors must be blocks of the same region.
    for (int i = 0; i < op.numSuccessors(); i++) {
      Block s = op.successor(i);
      if (s == null || op.parentBlock() == null || s.parent() != op.parentBlock().parent()) {
        error(op, "reference to block defined in another region");
        return;
      }
    }
    if (op.numSuccessors() > 0 && op.parentBlock() != null && op.parentBlock().last() != op) {
      errors++;
      op.emitError("operation with block successors must terminate its parent block");
      return;
    }
    boolean isolated = op.hasTrait(Traits.IsolatedFromAbove.class);
    boolean noTerminator = op.hasTrait(Traits.NoTerminator.class);
    for (int ri = 0; ri < op.numRegions(); ri++) {
      Region r = op.region(ri);
      boolean graph = def == null || def.isGraphRegion(ri);
      for (int bi = 0; bi < r.numBlocks(); bi++) {
        Block b = r.block(bi);
        if (b.isEntryBlock() && b.hasPredecessors() && def != null && !graph) {
          error(op, "entry block of region may not have predecessors");
          return;
        }
        if (def != null && !noTerminator) {
          Operation last = b.last();
          if (last == null) {
            errors++;
            op.emitOpError("empty block: expect at least a terminator");
            return;
          }
          if (last.isRegistered() && !last.hasTrait(Traits.IsTerminator.class)) {
            errors++;
            last.emitOpError("block with no terminator, has '" + last.name() + "'")
                .attachNote(op.location(), "in region #" + ri + " of this operation");
            return;
          }
        }
      }
      Region savedRegion = isolatedRegion;
      Operation savedOp = isolatedOp;
      if (isolated) {
        isolatedRegion = r;
        isolatedOp = op;
      }
      for (int bi = 0; bi < r.numBlocks(); bi++) {
        for (Operation o = r.block(bi).first(); o != null; o = o.nextOp()) {
          if (isolatedRegion != null && !verifyIsolation(o)) continue;
          if (!verifyDominance(o)) continue;
          verifyOp(o);
        }
      }
      isolatedRegion = savedRegion;
      isolatedOp = savedOp;
    }
    if (op.hasTrait(Traits.SymbolTableTrait.class)) verifySymbolTable(op);
    if (def != null) {
      if (!def.verifyOp(op)) {
        errors++;
        return;
      }
      if (!def.verifyRegions(op)) errors++;
    }
  }

  private boolean verifyDominance(Operation o) {
    for (int i = 0; i < o.numOperands(); i++) {
      Value v = o.operand(i);
      if (v == null) continue; // reported by verifyOp
      if (!dominance.dominates(v, o)) {
        errors++;
        var d = o.emitOpError("operand #" + i + " does not dominate this use");
        Operation def = v.definingOp();
        if (def != null) d.attachNote(def.location(), "operand defined here (op in " + relation(def, o) + ")");
        else d.attachNote(v.location(), "operand defined as a block argument (" + relation(v.parentBlock(), o) + ")");
        return false;
      }
    }
    return true;
  }

  private String relation(Operation def, Operation user) {
    if (def.parentBlock() == user.parentBlock()) return "the same block";
    if (def.parentRegion() == user.parentRegion()) return "the same region";
    if (def.parentRegion() != null && def.parentRegion().isProperAncestorOf(user.parentRegion())) return "a parent region";
    return "a child region";
  }

  private String relation(Block defBlock, Operation user) {
    if (defBlock == user.parentBlock()) return "the same block";
    if (defBlock.parent() == user.parentRegion()) return "the same region";
    return "another region";
  }

  /** The innermost region of an isolated-from-above op around the op being verified, and that op. */
  private Region isolatedRegion;
  private Operation isolatedOp;

  /** Every operand of {@code o} must be defined inside the innermost isolated region around it. */
  private boolean verifyIsolation(Operation o) {
    Block ob = o.parentBlock();
    for (int i = 0; i < o.numOperands(); i++) {
      Value v = o.operand(i);
      if (v == null || v.parentBlock() == ob) continue;
      Region vr = v.parentRegion();
      while (vr != null && vr != isolatedRegion) {
        Operation p = vr.parentOp();
        vr = p == null ? null : p.parentRegion();
      }
      if (vr == null) {
        errors++;
        o.emitOpError("using value defined outside the region")
            .attachNote(isolatedOp.location(), "required by region isolation constraints");
        return false;
      }
    }
    return true;
  }

  private void verifySymbolTable(Operation op) {
    if (op.numRegions() == 0 || op.region(0).isEmpty()) return;
    Map<String, Operation> seen = new HashMap<>();
    for (Operation o = op.region(0).front().first(); o != null; o = o.nextOp()) {
      String n = SymbolTable.symbolName(o);
      if (n == null) continue;
      Operation prev = seen.putIfAbsent(n, o);
      if (prev != null) {
        errors++;
        o.emitError("redefinition of symbol named '" + n + "'").attachNote(prev.location(), "see existing symbol definition here");
      }
    }
  }
}
