package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Traits;
import dev.mlc.ir.interp.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every registered op of every dialect carries what the project promises for each op: a one-line
 * summary, docs with an IR example, and an interpreter implementation.
 */
class OpCoverageTest {
  /**
   * Ops the interpreter never executes as an instruction, with the reason: symbol definitions are
   * entered through calls or symbol lookups, and containers are not run.
   */
  private static final Set<String> NOT_EXECUTED = Set.of(
      "builtin.module", // a container
      "func.func", "llvm.func", // entered through calls
      "test.func", // entered through test.call
      "llvm.mlir.global", "llvm.mlir.global_ctors", "llvm.mlir.global_dtors"); // read through llvm.mlir.addressof

  private static List<OpDef> ops() {
    return MLContext.withAllDialects(OpCoverageTest.class.getClassLoader()).registeredOps();
  }

  @Test void everyOpHasASummaryAndAnExample() {
    List<String> missing = new ArrayList<>();
    for (OpDef d : ops()) {
      if (d.dialectNamespace().equals("test")) continue;
      if (d.summary().isBlank()) missing.add(d.name() + " (summary)");
      if (!d.description().contains("```mlir")) missing.add(d.name() + " (IR example)");
    }
    assertTrue(missing.isEmpty(), "ops without docs: " + missing);
  }

  @Test void everyOpCanBeInterpreted() {
    MLContext ctx = MLContext.withAllDialects(OpCoverageTest.class.getClassLoader());
    Interpreter in = new Interpreter(ctx);
    List<String> missing = new ArrayList<>();
    int executable = 0;
    for (OpDef d : ops()) {
      if (NOT_EXECUTED.contains(d.name())) continue;
      if (d.dialectNamespace().equals("test")) continue; // test-only ops get semantics in the tests that use them
      boolean defaultTerminator = d.hasTrait(Traits.IsTerminator.class) && !in.canExecute(d.name());
      if (in.canExecute(d.name())) executable++;
      else if (!defaultTerminator) missing.add(d.name());
    }
    assertTrue(missing.isEmpty(), "ops without an interpreter implementation: " + missing);
    assertTrue(executable > 250, "expected the dialect stack's ops to be executable, found " + executable);
  }
}
