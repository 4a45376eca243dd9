package dev.mlc.ir.interfaces;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.List;

/**
 * Implemented by the definitions of ops whose regions execute under the op's control (loops,
 * conditionals): describes the control flow between the op and its regions, for SCCP and LICM.
 * A "successor" is a region index, or {@link #PARENT} for returning to the op's results.
 */
public interface RegionBranchOpInterface {
  int PARENT = -1;

  /** The regions entered from the op itself, given constant operands (null where unknown). */
  List<Integer> entrySuccessors(Operation op, List<Attribute> operands);

  /**
   * The values passed from the op to the entry block arguments of region {@code region} (or to the
   * op's results for {@link #PARENT}, when the op may skip its regions).
   */
  List<Value> entryOperands(Operation op, int region);

  /** Where control goes from the terminator of region {@code region}. */
  List<Integer> successorsOfRegion(Operation op, int region);

  /**
   * Where control goes from {@code terminator} of region {@code region}, given the terminator's
   * constant operands (null where unknown), as MLIR's RegionBranchTerminatorOpInterface
   * getSuccessorRegions: {@code scf.condition} on a constant picks one side. All of
   * {@link #successorsOfRegion} by default.
   */
  default List<Integer> successorsOfTerminator(Operation op, int region, Operation terminator, List<Attribute> operands) {
    return successorsOfRegion(op, region);
  }

  /**
   * The entry-block arguments of region {@code region} that receive the forwarded values (entry
   * operands, or a terminator's forwarded operands); the others (a loop's induction variable) take
   * values the op computes itself. All of them by default.
   */
  default List<? extends Value> successorInputs(Operation op, int region) { return op.region(region).front().arguments(); }

  /** The operands of {@code terminator}, a terminator of one of the op's regions, forwarded to its successors. All by default. */
  default List<Value> forwardedOperands(Operation op, Operation terminator) { return terminator.operands(); }
}
