package dev.mlc.ir.interfaces;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import java.util.List;

/** Implemented by the definitions of ops that can be called (functions). */
public interface CallableOpInterface {
  /** The body, or null for a declaration. */
  Region callableRegion(Operation callable);

  List<Type> argumentTypes(Operation callable);

  List<Type> resultTypes(Operation callable);
}
