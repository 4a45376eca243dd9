package dev.mlc.ir.builtin;

import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;

/** {@code builtin.unrealized_conversion_cast}: a cast between type systems left by partial conversions. */
public final class UnrealizedConversionCastOp extends OpDef implements Traits.Pure {
  UnrealizedConversionCastOp() { super("builtin.unrealized_conversion_cast"); }

  @Override public String summary() { return "An unrealized conversion from one set of types to another"; }

  @Override public String description() {
    return """
        Marks a value conversion that a later pass must resolve; it has no runtime meaning.

        ```mlir
        %1 = "builtin.unrealized_conversion_cast"(%0) : (tensor<4xf32>) -> memref<4xf32>
        ```""";
  }

  @Override protected boolean verify(Operation op) {
    if (op.numResults() == 0) return op.emitOpError("expected at least one result").failure();
    if (op.numRegions() != 0 || op.numSuccessors() != 0) return op.emitOpError("expects no regions or successors").failure();
    return true;
  }
}
