package dev.mlc.ir.interfaces;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import java.util.List;

/** Implemented by the definitions of terminators that branch to successor blocks with operands. */
public interface BranchOpInterface {
  /** The operands forwarded to the arguments of successor {@code index}. */
  List<Value> successorOperands(Operation op, int index);

  /**
   * The successor taken when the operands have the given constant values (null where unknown), or
   * null when it cannot be decided.
   */
  default dev.mlc.ir.Block successorForOperands(Operation op, List<dev.mlc.ir.Attribute> operands) { return null; }
}
