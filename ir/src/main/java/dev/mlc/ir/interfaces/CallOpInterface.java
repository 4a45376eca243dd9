package dev.mlc.ir.interfaces;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.SymbolRefAttr;
import java.util.List;

/** Implemented by the definitions of ops that call a symbol (for the call graph and the inliner). */
public interface CallOpInterface {
  /** The called symbol, or null for an indirect call. */
  SymbolRefAttr callee(Operation call);

  /** The operands passed as arguments to the callee. */
  default List<Value> argOperands(Operation call) { return call.operands(); }
}
