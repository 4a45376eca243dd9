package dev.mlc.ir.interp;

/**
 * A dialect's interpreter implementations, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.mlc.ir.interp.InterpreterProvider}), never a hand-kept list.
 */
public interface InterpreterProvider {
  void register(Registry registry);

  /** Where providers put their semantics, one per op name. */
  interface Registry {
    void add(String opName, OpSemantics semantics);
  }
}
