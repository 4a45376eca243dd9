package dev.mlc.ir;

import dev.mlc.ir.attr.StringAttr;
import java.util.Objects;

/**
 * The builtin traits. An op definition has a trait by implementing its interface; a trait with a
 * static {@code verifyTrait(Operation)} method is verified automatically on every op that has it.
 */
public final class Traits {
  private Traits() {}

  /** Marker super-interface of every trait. */
  public interface Trait {}

  /** Ends a block; must be the last op. */
  public interface IsTerminator extends Trait {
    static boolean verifyTrait(Operation op) {
      Block b = op.parentBlock();
      if (b != null && b.last() != op) {
        op.emitOpError("must be the last operation in the parent block");
        return false;
      }
      return true;
    }
  }

  /** Regions of this op need no terminator. */
  public interface NoTerminator extends Trait {}

  /** Values defined outside may not be used inside the regions. */
  public interface IsolatedFromAbove extends Trait {}

  /** Every region holds at most one block. */
  public interface SingleBlock extends Trait {
    static boolean verifyTrait(Operation op) {
      for (int i = 0; i < op.numRegions(); i++)
        if (op.region(i).numBlocks() > 1) {
          op.emitOpError("expects region #" + i + " to have 0 or 1 blocks");
          return false;
        }
      return true;
    }
  }

  /** The op's regions form a symbol table: symbol names are unique inside. */
  public interface SymbolTableTrait extends Trait {}

  /** The op defines a symbol through its {@code sym_name} string attribute. */
  public interface Symbol extends Trait {
    static boolean verifyTrait(Operation op) {
      if (!(op.attr("sym_name") instanceof StringAttr)) {
        op.emitOpError("requires string attribute 'sym_name'");
        return false;
      }
      return true;
    }
  }

  /**
   * No side effects: may be removed if unused and CSE'd, but executed only where the program
   * executes it (a division may trap on a zero divisor); see {@link ConditionallySpeculatable}.
   */
  public interface NoMemoryEffect extends Trait {}

  /** No side effects and always speculatable: may be removed if unused, hoisted, CSE'd. */
  public interface Pure extends Trait {}

  /**
   * No side effects (for ops with regions: when their nested ops have none), and speculatable
   * (hoistable out of a loop that may not run) only when {@link #isSpeculatable} says so for the op
   * at hand: a division by a non-zero constant, a loop known to terminate (MLIR's
   * ConditionallySpeculatable).
   */
  public interface ConditionallySpeculatable extends NoMemoryEffect {
    boolean isSpeculatable(Operation op);
  }

  /** Operand order does not matter. */
  public interface Commutative extends Trait {}

  /** Produces a constant from its attributes alone. */
  public interface ConstantLike extends Trait {}

  /** Returns control to the parent op. */
  public interface ReturnLike extends Trait {}

  /** All operands and results have the same type. */
  public interface SameOperandsAndResultType extends Trait {
    static boolean verifyTrait(Operation op) {
      Type t = op.numResults() > 0 ? op.result(0).type() : op.numOperands() > 0 ? op.operand(0).type() : null;
      if (t == null) return true;
      for (Value v : op.operands()) if (!Objects.equals(v.type(), t)) {
        op.emitOpError("requires the same type for all operands and results");
        return false;
      }
      for (OpResult v : op.results()) if (!Objects.equals(v.type(), t)) {
        op.emitOpError("requires the same type for all operands and results");
        return false;
      }
      return true;
    }
  }

  /** Regions are graph regions: no dominance requirement inside. */
  public interface HasGraphRegions extends Trait {}
}
