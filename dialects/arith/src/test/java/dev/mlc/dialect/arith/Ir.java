package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.text.Parser;

/** Test helpers: parse and verify a module, run its function {@code @f}. */
public final class Ir {
  private Ir() {}

  private static final MLContext CTX = MLContext.withAllDialects();

  public static MLContext context() { return CTX; }

  public static Operation parse(String src) {
    Operation m = Parser.parse(CTX, "test.mlir", src);
    assertNotNull(m, () -> "does not parse:\n" + src);
    assertTrue(Verifier.verify(m), () -> "does not verify:\n" + src);
    return m;
  }

  /** Runs {@code @f} of {@code src} on {@code args}; returns its first result. */
  public static Object run(String src, Object... args) { return runAll(src, args)[0]; }

  public static Object[] runAll(String src, Object... args) {
    Operation m = parse(src);
    return new Interpreter(CTX).call(Interpreter.findFunction(m, "f"), args);
  }

  /** The first op named {@code name} in {@code module}. */
  public static Operation find(Operation module, String name) {
    Operation[] found = new Operation[1];
    module.walk(o -> {
      if (found[0] == null && o.isa(name)) found[0] = o;
    });
    assertNotNull(found[0], "no " + name);
    return found[0];
  }
}
