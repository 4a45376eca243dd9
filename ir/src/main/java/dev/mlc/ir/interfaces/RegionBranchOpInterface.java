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

  /** The values passed to the entry block arguments of region {@code region} from the op. */
  List<Value> entryOperands(Operation op, int region);

  /** Where control goes from the terminator of region {@code region}. */
  List<Integer> successorsOfRegion(Operation op, int region);
}
