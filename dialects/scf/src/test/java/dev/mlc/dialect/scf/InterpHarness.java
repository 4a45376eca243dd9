package dev.mlc.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.text.Parser;

/**
 * Parses a module and runs one of its functions through the interpreter. The arithmetic comes
 * from the test dialect, given semantics here (arith is another module): {@code test.constant},
 * {@code test.add}, {@code test.mul}, {@code test.lt} (signed {@code <}, an i1) and
 * {@code test.record} (appends its operand to {@link #trace}).
 */
final class InterpHarness {
  final StringBuilder trace = new StringBuilder();
  private final Interpreter in;
  private final Operation module;

  InterpHarness(String src) { this(src, Interpreter.Options.DEFAULT); }

  InterpHarness(String src, Interpreter.Options options) {
    MLContext ctx = MLContext.withAllDialects();
    module = Parser.parse(ctx, "test.mlir", src);
    assertNotNull(module, "the module must parse and verify");
    in = new Interpreter(ctx, options)
        .with("test.constant", (i, op, a) -> new Object[] {((IntegerAttr) op.attr("value")).value().longValue()})
        .with("test.add", (i, op, a) -> new Object[] {Scalars.wrap((Long) a[0] + (Long) a[1], op.result(0).type())})
        .with("test.mul", (i, op, a) -> new Object[] {Scalars.wrap((Long) a[0] * (Long) a[1], op.result(0).type())})
        .with("test.lt", (i, op, a) -> new Object[] {(Long) a[0] < (Long) a[1] ? 1L : 0L})
        .with("test.record", (i, op, a) -> {
          trace.append(a[0]).append(' ');
          return new Object[0];
        });
  }

  Object[] run(String function, Object... args) { return in.call(Interpreter.findFunction(module, function), args); }

  long runLong(String function, Object... args) { return (Long) run(function, args)[0]; }
}
