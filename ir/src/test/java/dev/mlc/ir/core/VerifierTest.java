package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static dev.mlc.ir.core.CoreIr.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each structural check of the verifier, with its message, location and notes. */
class VerifierTest {
  private final CoreIr ir = new CoreIr();

  /** Verifies the module, expecting failure; returns the single diagnostic. */
  private Diagnostic onlyError() {
    assertFalse(Verifier.verify(ir.module));
    List<Diagnostic> ds = ir.diagnostics();
    assertEquals(1, ds.size(), () -> "expected one diagnostic, got " + ds);
    assertEquals(Severity.ERROR, ds.get(0).severity());
    return ds.get(0);
  }

  private static void assertNote(Diagnostic d, Location loc, String text) {
    assertEquals(1, d.notes().size(), () -> "notes: " + d.notes());
    assertEquals(text, d.notes().get(0).message());
    assertEquals(loc, d.notes().get(0).location());
    assertEquals(Severity.NOTE, d.notes().get(0).severity());
  }

  @Test
  void validIrPasses() {
    Operation f = ir.func("f", I32);
    Value c = ir.constant(1);
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of(I32));
    ir.op("ct.yield", List.of(ir.add(c, CoreIr.entry(f).argument(0))), List.of());
    ir.at(CoreIr.entry(f));
    ir.use(exec.result());
    ir.ret();
    assertTrue(Verifier.verify(ir.module));
    assertEquals(List.of(), ir.diagnostics());
  }

  @Test
  void useBeforeDefinitionInOneBlock() {
    ir.func("f");
    Operation u = ir.use();
    Value x = ir.constant(1);
    ir.ret();
    u.setOperands(List.of(x));
    Diagnostic d = onlyError();
    assertEquals("'ct.use' op operand #0 does not dominate this use", d.message());
    assertEquals(u.location(), d.location());
    assertNote(d, x.definingOp().location(), "operand defined here (op in the same block)");
  }

  @Test
  void blockArgumentOfANonDominatingBlock() {
    Operation f = ir.func("f");
    Block left = CoreIr.addBlock(f, I32), right = CoreIr.addBlock(f);
    ir.br(List.of(left, right), ir.constant(0));
    ir.at(left);
    ir.ret();
    ir.at(right);
    Operation u = ir.use(left.argument(0));
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("'ct.use' op operand #0 does not dominate this use", d.message());
    assertEquals(u.location(), d.location());
    assertNote(d, Location.UNKNOWN, "operand defined as a block argument (the same region)");
  }

  @Test
  void valueOfAChildRegionUsedOutside() {
    ir.func("f");
    ir.withRegion("ct.exec", List.of(), List.of());
    Value inner = ir.constant(1);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(ir.b.insertionBlock().parentOp().parentBlock());
    ir.use(inner);
    ir.ret();
    assertNote(onlyError(), inner.definingOp().location(), "operand defined here (op in a child region)");
  }

  @Test
  void laterValueOfAParentRegionUsedInside() {
    ir.func("f");
    Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
    Operation u = ir.use();
    ir.op("ct.yield", List.of(), List.of());
    ir.at(exec.parentBlock());
    Value later = ir.constant(1);
    ir.ret();
    u.setOperands(List.of(later));
    Diagnostic d = onlyError();
    assertEquals(u.location(), d.location());
    assertNote(d, later.definingOp().location(), "operand defined here (op in a parent region)");
  }

  @Test
  void blockWithoutTerminator() {
    Operation f = ir.func("f");
    Operation last = ir.use();
    Diagnostic d = onlyError();
    assertEquals("'ct.use' op block with no terminator, has 'ct.use'", d.message());
    assertEquals(last.location(), d.location());
    assertNote(d, f.location(), "in region #0 of this operation");
  }

  @Test
  void emptyBlock() {
    Operation f = ir.func("f");
    Diagnostic d = onlyError();
    assertEquals("'ct.func' op empty block: expect at least a terminator", d.message());
    assertEquals(f.location(), d.location());
  }

  @Test
  void terminatorTraitRequiresTheLastPosition() {
    ir.func("f");
    Operation first = ir.ret();
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("'ct.ret' op must be the last operation in the parent block", d.message());
    assertEquals(first.location(), d.location());
  }

  @Test
  void successorInAnotherRegion() {
    ir.func("f");
    Operation br = ir.br(List.of());
    Operation g = ir.func("g");
    ir.ret();
    Block other = CoreIr.addBlock(g);
    ir.at(other);
    ir.ret();
    br.setSuccessors(List.of(other));
    Diagnostic d = onlyError();
    assertEquals("'ct.br' op reference to block defined in another region", d.message());
    assertEquals(br.location(), d.location());
  }

  @Test
  void opWithSuccessorsMustEndItsBlock() {
    Operation f = ir.func("f");
    Block next = CoreIr.addBlock(f);
    Operation br = ir.br(next);
    ir.ret();
    ir.at(next);
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("operation with block successors must terminate its parent block", d.message());
    assertEquals(br.location(), d.location());
  }

  @Test
  void entryBlockMayNotHavePredecessors() {
    Operation f = ir.func("f");
    ir.br(CoreIr.entry(f));
    Diagnostic d = onlyError();
    assertEquals("'ct.func' op entry block of region may not have predecessors", d.message());
  }

  @Test
  void isolatedFromAboveViolation() {
    ir.at(ir.body());
    Value outside = ir.constant(1);
    Operation f = ir.func("f");
    ir.withRegion("ct.exec", List.of(), List.of());
    Operation u = ir.use(outside);
    ir.op("ct.yield", List.of(), List.of());
    ir.at(CoreIr.entry(f));
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("'ct.use' op using value defined outside the region", d.message());
    assertEquals(u.location(), d.location());
    assertNote(d, f.location(), "required by region isolation constraints");
  }

  @Test
  void symbolRedefinition() {
    Operation first = ir.func("f");
    ir.ret();
    ir.func("g");
    ir.ret();
    Operation second = ir.func("f");
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("redefinition of symbol named 'f'", d.message());
    assertEquals(second.location(), d.location());
    assertNote(d, first.location(), "see existing symbol definition here");
  }

  @Test
  void sameOperandsAndResultTypeTraitRunsAutomatically() {
    ir.func("f");
    Operation add = ir.op("ct.add", List.of(ir.constant(1), ir.constant(2, I64)), List.of(I32));
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("'ct.add' op requires the same type for all operands and results", d.message());
    assertEquals(add.location(), d.location());
  }

  @Test
  void symbolTraitRequiresAName() {
    Operation f = ir.op("ct.func", List.of(), List.of(), List.of(), 1);
    ir.b.createBlock(f.region(0), List.of(), Location.UNKNOWN);
    ir.ret();
    assertEquals("'ct.func' op requires string attribute 'sym_name'", onlyError().message());
  }

  @Test
  void bothTraitVerifiersOfATerminatorWithSameTypes() {
    ir.func("f");
    ir.op("ct.forward", List.of(ir.constant(1)), List.of(I64));
    assertEquals("'ct.forward' op requires the same type for all operands and results", onlyError().message());

    CoreIr other = new CoreIr();
    other.func("f");
    other.op("ct.forward", List.of(other.constant(1)), List.of(I32));
    other.ret();
    assertFalse(Verifier.verify(other.module));
    assertEquals(List.of("'ct.forward' op must be the last operation in the parent block"), other.messages());
  }

  @Test
  void opDefVerifyRunsAfterTheTraits() {
    ir.func("f");
    Value c = ir.constant(1);
    Operation bad = ir.op("ct.checked", List.of(c, c), List.of());
    ir.op("ct.checked", List.of(c), List.of());
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("'ct.checked' op expects exactly one operand, got 2", d.message());
    assertEquals(bad.location(), d.location());
  }

  @Test
  void siblingsAreVerifiedAfterAnError() {
    ir.func("f");
    ir.op("ct.checked", List.of(), List.of());
    ir.op("ct.checked", List.of(), List.of());
    ir.ret();
    ir.func("g");
    ir.ret();
    ir.func("g");
    ir.ret();
    assertFalse(Verifier.verify(ir.module));
    assertEquals(List.of("'ct.checked' op expects exactly one operand, got 0", "'ct.checked' op expects exactly one operand, got 0",
        "redefinition of symbol named 'g'", "note: see existing symbol definition here"), ir.messages());
  }

  @Test
  void droppedOperandsAreReportedNotCrashedOn() {
    ir.func("f");
    Operation u = ir.use(ir.constant(1));
    ir.ret();
    u.dropAllReferences();
    Diagnostic d = onlyError();
    assertEquals("'ct.use' op has null operand #0", d.message());
  }

  @Test
  void unregisteredDialectIsRejectedUnlessAllowed() {
    ir.func("f");
    Operation foreign = ir.op("zz.foo", List.of(), List.of());
    ir.ret();
    Diagnostic d = onlyError();
    assertEquals("operation 'zz.foo' of unregistered dialect 'zz' (use --allow-unregistered-dialect to allow it)", d.message());
    assertEquals(foreign.location(), d.location());
    ir.ctx.allowUnregisteredDialects(true);
    assertTrue(Verifier.verify(ir.module));
  }

  @Test
  void unknownOpOfARegisteredDialect() {
    ir.func("f");
    ir.op("ct.nope", List.of(), List.of());
    ir.ret();
    assertEquals("unregistered operation 'ct.nope' found in dialect ('ct') that does not allow unknown operations", onlyError().message());
    ir.ctx.allowUnregisteredDialects(true);
    assertTrue(Verifier.verify(ir.module));
  }

  @Test
  void dialectThatAllowsUnknownOperations() {
    ir.ctx.loadDialect(new Dialect() {
      @Override public String namespace() { return "open"; }

      @Override public boolean allowsUnknownOperations() { return true; }

      @Override public void initialize(Registrar r) {}
    });
    ir.func("f");
    ir.op("open.anything", List.of(ir.constant(1)), List.of(I32));
    ir.ret();
    assertTrue(Verifier.verify(ir.module));
  }

  @Test
  void anUnregisteredLastOpMayBeATerminator() {
    ir.ctx.allowUnregisteredDialects(true);
    ir.func("f");
    ir.op("zz.maybe_terminator", List.of(), List.of());
    assertTrue(Verifier.verify(ir.module));
  }

  /**
   * Large blocks are verified on several threads; the diagnostics still come in the order of a
   * sequential walk (op by op, nested before enclosing, the symbol table last), with their notes.
   */
  @Test
  void largeBlocksGiveDiagnosticsInWalkOrder() {
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Operation f = ir.func(i == 2999 ? "f7" : "f" + i);
      if (i % 700 == 7) {
        Operation u = ir.use();
        Value x = ir.constant(i);
        u.setOperands(List.of(x));
        expected.add(u.location() + ": 'ct.use' op operand #0 does not dominate this use");
        expected.add("note: operand defined here (op in the same block)");
      }
      if (i == 1234) {
        // A function whose own block is large: errors in its ops and in an op nested below one.
        for (int k = 0; k < 2500; k++) {
          if (k % 1000 == 999) {
            Operation c = ir.op("ct.checked", List.of(), List.of());
            expected.add(c.location() + ": 'ct.checked' op expects exactly one operand, got 0");
          } else if (k == 1700) {
            Operation exec = ir.withRegion("ct.exec", List.of(), List.of());
            Operation c = ir.op("ct.checked", List.of(), List.of());
            ir.op("ct.yield", List.of(), List.of());
            ir.at(CoreIr.entry(f));
            expected.add(c.location() + ": 'ct.checked' op expects exactly one operand, got 0");
          } else {
            ir.constant(k);
          }
        }
      }
      ir.ret();
    }
    expected.add("redefinition of symbol named 'f7'");
    expected.add("note: see existing symbol definition here");
    assertFalse(Verifier.verify(ir.module));
    List<String> got = new java.util.ArrayList<>();
    for (Diagnostic d : ir.diagnostics()) {
      got.add(d.message().startsWith("redefinition") ? d.message() : d.location() + ": " + d.message());
      for (Diagnostic n : d.notes()) got.add("note: " + n.message());
    }
    assertEquals(expected, got);
  }
}
