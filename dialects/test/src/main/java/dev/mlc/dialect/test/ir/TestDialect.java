package dev.mlc.dialect.test.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.List;

/**
 * The {@code test} dialect: ops that exist only to write tests of passes and infrastructure
 * without real dialects (constants, arithmetic with folds, side effects, calls, branches, loops,
 * graph and isolated regions). It also accepts any unknown {@code test.*} op, as MLIR's test
 * dialect does, so tests can conjure values freely.
 */
public final class TestDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "test"; }

  @Override public String summary() { return "Test-only ops for exercising passes and infrastructure"; }

  @Override public boolean allowsUnknownOperations() { return true; }

  @Override public void initialize(Registrar r) { TestOps.registerAll(r); }

  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    return b.create("test.constant", loc, List.of(), List.of(type), DictionaryAttr.EMPTY.with("value", value));
  }

  @Override public boolean isLegalToInline(Operation op) { return !op.isa("test.not_inlinable"); }

  @Override public boolean isReturn(Operation terminator) { return terminator.isa("test.return"); }

  /** Replaces an inlined {@code test.return} by a {@code test.br} to {@code newDest} with the same operands. */
  @Override public boolean handleTerminator(Operation terminator, Block newDest) {
    if (!isReturn(terminator)) return false;
    Builder b = new Builder(terminator.context());
    b.setInsertionPoint(terminator);
    b.insert(Operation.create(terminator.context().opName("test.br"), terminator.location(), terminator.operands(), List.of(), null,
        null, List.of(newDest), 0));
    terminator.erase();
    return true;
  }
}
