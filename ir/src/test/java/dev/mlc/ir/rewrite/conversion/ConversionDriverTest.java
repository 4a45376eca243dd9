package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static dev.mlc.ir.rewrite.conversion.TestIR.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import dev.mlc.ir.rewrite.PatternLog;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conversion drivers: legality, modes, pattern order, recursion, diagnostics. */
class ConversionDriverTest {
  /** src.add, src.neg, src.use and src.const renamed into dst, without type conversion. */
  static RewritePatternSet renames() {
    return new RewritePatternSet().addAll(ConversionPattern.renames(null,
        Map.of("src.add", "dst.add", "src.neg", "dst.neg", "src.use", "dst.use", "src.const", "dst.const")));
  }

  static ConversionTarget dstTarget() { return new ConversionTarget().addLegalDialect("dst", "builtin").addIllegalDialect("src"); }

  @Test void partialConversionConvertsIllegalOpsAndLeavesUnknownOnes() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    Value u = ir.val("other.thing", I32, c);
    Value a = ir.val("src.add", I32, c, u);
    ir.sink("src.use", a);

    assertTrue(Conversion.applyPartialConversion(ir.module, dstTarget(), renames()));

    assertEquals(List.of("dst.const", "other.thing", "dst.add", "dst.use"), ir.names());
    Operation add = ir.single("dst.add");
    assertSame(ir.single("dst.const"), add.operand(0).definingOp());
    assertSame(ir.single("other.thing"), add.operand(1).definingOp());
    assertSame(ir.single("dst.const"), ir.single("other.thing").operand(0).definingOp());
    assertSame(add, ir.single("dst.use").operand(0).definingOp());
    assertEquals(Location.file("t.mlir", 3, 3), add.location());
    assertTrue(ir.diagnostics().isEmpty());
  }

  @Test void fullConversionFailsOnAnUnknownOpAndRollsEverythingBack() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    Value u = ir.val("other.thing", I32, c);
    ir.sink("src.use", u);
    String before = ir.dump();

    assertFalse(Conversion.applyFullConversion(ir.module, dstTarget(), renames()));

    List<Diagnostic> ds = ir.diagnostics();
    assertEquals(1, ds.size());
    assertEquals(Severity.ERROR, ds.get(0).severity());
    assertEquals("failed to legalize operation 'other.thing'", ds.get(0).message());
    assertEquals(Location.file("t.mlir", 2, 3), ds.get(0).location());
    assertEquals(List.of("no pattern matches operation 'other.thing'"), ds.get(0).notes().stream().map(Diagnostic::message).toList());
    assertEquals(before, ir.dump(), "the src.const converted before the failure is restored");
  }

  @Test void fullConversionSucceedsWhenEverythingIsLegal() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    ir.sink("src.use", ir.val("src.neg", I32, c));
    assertTrue(Conversion.applyFullConversion(ir.module, dstTarget(), renames()));
    assertEquals(List.of("dst.const", "dst.neg", "dst.use"), ir.names());
  }

  @Test void fullConversionRequiresTheRootToBeLegal() {
    TestIR ir = new TestIR();
    ir.val("src.const", I32);
    ConversionTarget t = new ConversionTarget().addLegalDialect("dst").addIllegalDialect("src");
    assertFalse(Conversion.applyFullConversion(ir.module, t, renames()));
    assertEquals("failed to legalize operation 'builtin.module'", ir.diagnostics().get(0).message());
    assertEquals(List.of("src.const"), ir.names());
  }

  @Test void partialConversionFailsOnAnExplicitlyIllegalOpWithoutPatternAndRollsBack() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    ir.sink("keep.use", ir.val("src.add", I32, c, c));
    String before = ir.dump();
    var patterns = new RewritePatternSet().addAll(ConversionPattern.renames(null, Map.of("src.const", "dst.const")));

    assertFalse(Conversion.applyPartialConversion(ir.module, dstTarget(), patterns));

    Diagnostic d = ir.diagnostics().get(0);
    assertEquals("failed to legalize operation 'src.add' that was explicitly marked illegal", d.message());
    assertEquals(Location.file("t.mlir", 2, 3), d.location());
    assertEquals(List.of("no pattern matches operation 'src.add'"), d.notes().stream().map(Diagnostic::message).toList());
    assertEquals(before, ir.dump());
  }

  @Test void dynamicallyLegalOpsAreConvertedOnlyWhenThePredicateFails() {
    TestIR ir = new TestIR();
    Value c = ir.val("keep.src", I32);
    Operation fine = ir.op("src.neg", List.of(c), List.of(I32));
    fine.setAttr("fine", UnitAttr.INSTANCE);
    Operation notFine = ir.op("src.neg", List.of(c), List.of(I32));
    ConversionTarget t = new ConversionTarget().addLegalDialect("dst", "keep")
        .addDynamicallyLegalOp("src.neg", op -> op.hasAttr("fine"));

    assertEquals(ConversionTarget.Legality.LEGAL, t.legality(fine));
    assertEquals(ConversionTarget.Legality.ILLEGAL, t.legality(notFine));
    assertTrue(Conversion.applyPartialConversion(ir.module, t, renames()));
    assertEquals(List.of("keep.src", "src.neg", "dst.neg"), ir.names());
    assertFalse(ir.single("dst.neg").hasAttr("fine"));
  }

  @Test void opsNestedInARecursivelyLegalOpAreNotConverted() {
    TestIR ir = new TestIR();
    Operation box = ir.withRegion("keep.box", List.of());
    ir.val("src.const", I32);
    ir.endRegion(box);
    ir.val("src.const", I32);
    ConversionTarget t = dstTarget().addLegalDialect("keep").markOpRecursivelyLegal("keep.box");

    assertTrue(Conversion.applyFullConversion(ir.module, t, renames()));
    assertEquals(List.of("keep.box", "src.const", "dst.const"), ir.names());
  }

  @Test void opsCreatedByAPatternAreLegalizedRecursively() {
    TestIR ir = new TestIR();
    ir.sink("keep.use", ir.val("src.neg", I32, ir.val("keep.src", I32)));
    var patterns = new RewritePatternSet().addAll(ConversionPattern.renames(null, Map.of("src.neg", "mid.neg", "mid.neg", "dst.neg")));
    ConversionTarget t = dstTarget().addLegalDialect("keep").addIllegalDialect("mid");

    assertTrue(Conversion.applyFullConversion(ir.module, t, patterns));
    assertEquals(List.of("keep.src", "dst.neg", "keep.use"), ir.names());
    assertSame(ir.single("dst.neg"), ir.single("keep.use").operand(0).definingOp());
  }

  @Test void aPatternWhoseGeneratedOpCannotBeLegalizedFailsAndIsRolledBack() {
    TestIR ir = new TestIR();
    ir.sink("keep.use", ir.val("src.neg", I32, ir.val("keep.src", I32)));
    String before = ir.dump();
    var patterns = new RewritePatternSet().addAll(ConversionPattern.renames(null, Map.of("src.neg", "mid.neg")));
    ConversionTarget t = dstTarget().addLegalDialect("keep"); // mid is unknown to the target

    assertFalse(Conversion.applyPartialConversion(ir.module, t, patterns));
    Diagnostic d = ir.diagnostics().get(0);
    assertEquals("failed to legalize operation 'src.neg' that was explicitly marked illegal", d.message());
    assertEquals(List.of("pattern 'Rename(src.neg -> mid.neg)' failed: failed to legalize generated operation 'mid.neg'"
        + " (no pattern matches operation 'mid.neg')"), d.notes().stream().map(Diagnostic::message).toList());
    assertEquals(before, ir.dump());
  }

  @Test void patternsAreTriedByDecreasingBenefit() {
    TestIR ir = new TestIR();
    ir.val("src.neg", I32, ir.val("keep.src", I32));
    var patterns = new RewritePatternSet()
        .add(ConversionPattern.of("Low", "src.neg", 1, null, (op, operands, r) -> {
          r.replaceOp(op, r.create("dst.neg", op.location(), operands, op.resultTypes(), null));
          return true;
        }))
        .add(ConversionPattern.of("High", "src.neg", 5, null, (op, operands, r) -> {
          r.replaceOp(op, r.create("dst.add", op.location(), List.of(operands.get(0), operands.get(0)), op.resultTypes(), null));
          return true;
        }));
    assertTrue(Conversion.applyFullConversion(ir.module, dstTarget().addLegalDialect("keep"), patterns));
    assertEquals(List.of("keep.src", "dst.add"), ir.names());
  }

  @Test void aFailingPatternFallsBackToTheNextAndAttemptsAreLogged() {
    TestIR ir = new TestIR();
    ir.val("src.neg", I32, ir.val("keep.src", I32));
    var patterns = new RewritePatternSet()
        .add(ConversionPattern.of("Picky", "src.neg", 5, null, (op, operands, r) -> r.notifyMatchFailure(op, "operand is not a constant")))
        .add(ConversionPattern.of("Plain", "src.neg", 1, null, (op, operands, r) -> {
          r.replaceOp(op, r.create("dst.neg", op.location(), operands, op.resultTypes(), null));
          return true;
        }));
    var out = new ByteArrayOutputStream();
    PatternLog log = new PatternLog(new PrintStream(out, true, StandardCharsets.UTF_8), List.of(), List.of(), true);
    PatternLog.setGlobal(log);
    try {
      assertTrue(Conversion.applyFullConversion(ir.module, dstTarget().addLegalDialect("keep"), patterns));
    } finally {
      PatternLog.setGlobal(null);
    }
    assertEquals(List.of("keep.src", "dst.neg"), ir.names());
    assertEquals("""
        [pattern] t.mlir:2:3: 'src.neg': Picky: failed: operand is not a constant
        [pattern] t.mlir:2:3: 'src.neg': Plain: applied
        """, out.toString(StandardCharsets.UTF_8));
  }

  @Test void failureReportsOneNotePerPatternTried() {
    TestIR ir = new TestIR();
    ir.val("src.neg", I32, ir.val("keep.src", I32));
    var patterns = new RewritePatternSet()
        .add(ConversionPattern.of("NeedsConstant", "src.neg", 3, null, (op, operands, r) -> r.notifyMatchFailure(op, "operand is not a constant")))
        .add(ConversionPattern.of("Silent", "src.neg", 2, null, (op, operands, r) -> false))
        .add(ConversionPattern.of("NoOp", "src.neg", 1, null, (op, operands, r) -> true));

    assertFalse(Conversion.applyFullConversion(ir.module, dstTarget().addLegalDialect("keep"), patterns));

    List<Diagnostic> ds = ir.diagnostics();
    assertEquals(1, ds.size());
    Diagnostic d = ds.get(0);
    assertEquals("failed to legalize operation 'src.neg'", d.message());
    assertEquals(Location.file("t.mlir", 2, 3), d.location());
    assertEquals(List.of(
        "pattern 'NeedsConstant' failed: operand is not a constant",
        "pattern 'Silent' failed: no reason given",
        "pattern 'NoOp' failed: the operation is still illegal after the rewrite (pattern 'NeedsConstant' failed: operand is not a constant;"
            + " pattern 'Silent' failed: no reason given; pattern 'NoOp' skipped: it is already being applied further up (no recursion))"),
        d.notes().stream().map(Diagnostic::message).toList());
    for (Diagnostic n : d.notes()) {
      assertEquals(Severity.NOTE, n.severity());
      assertEquals(Location.file("t.mlir", 2, 3), n.location());
    }
  }

  @Test void anInPlaceUpdateThatMakesTheOpLegalSucceeds() {
    TestIR ir = new TestIR();
    ir.val("src.neg", I32, ir.val("keep.src", I32));
    ConversionTarget t = new ConversionTarget().addLegalDialect("keep", "builtin").addDynamicallyLegalOp("src.neg", op -> op.hasAttr("lowered"));
    var patterns = new RewritePatternSet().add(ConversionPattern.of("Mark", "src.neg", 1, null, (op, operands, r) -> {
      r.modifyOpInPlace(op, () -> op.setAttr("lowered", UnitAttr.INSTANCE));
      return true;
    }));
    assertTrue(Conversion.applyFullConversion(ir.module, t, patterns));
    assertTrue(ir.single("src.neg").hasAttr("lowered"));
  }

  @Test void plainRewritePatternsRunUnderTheConversionRewriter() {
    TestIR ir = new TestIR();
    ir.sink("keep.use", ir.val("src.neg", I32, ir.val("keep.src", I32)));
    var patterns = new RewritePatternSet().add(RewritePattern.of("PlainNeg", "src.neg", 1, (op, r) -> {
      r.replaceOp(op, r.create("dst.neg", op.location(), op.operands(), op.resultTypes(), null));
      return true;
    }));
    assertTrue(Conversion.applyFullConversion(ir.module, dstTarget().addLegalDialect("keep"), patterns));
    assertEquals(List.of("keep.src", "dst.neg", "keep.use"), ir.names());
  }

  @Test void unknownOpsAreLeftByPartialButRejectedByFullConversion() {
    TestIR ir = new TestIR();
    ir.sink("keep.use", ir.val("keep.src", I32));
    ConversionTarget t = new ConversionTarget().addLegalDialect("builtin");
    assertTrue(Conversion.applyPartialConversion(ir.module, t, renames()));
    assertTrue(ir.diagnostics().isEmpty());
    assertFalse(Conversion.applyFullConversion(ir.module, t, renames()));
    assertEquals("failed to legalize operation 'keep.src'", ir.diagnostics().get(0).message());

    t.markUnknownOpDynamicallyLegal(op -> op.name().startsWith("keep."));
    assertTrue(Conversion.applyFullConversion(ir.module, t, renames()));
  }

  @Test void analysisConversionReportsLegalizableOpsWithoutChangingTheIR() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    Value n = ir.val("src.neg", I32, c);
    ir.sink("keep.use", n);
    Operation stuck = ir.op("src.add", List.of(c, n), List.of(I32));
    String before = ir.dump();
    var patterns = new RewritePatternSet().addAll(ConversionPattern.renames(null, Map.of("src.const", "dst.const", "src.neg", "dst.neg")));

    Set<Operation> ok = Conversion.applyAnalysisConversion(ir.module, dstTarget(), patterns, null);

    assertEquals(before, ir.dump());
    assertTrue(ok.contains(ir.module));
    assertTrue(ok.contains(ir.single("src.const")));
    assertTrue(ok.contains(ir.single("src.neg")));
    assertFalse(ok.contains(stuck));
    assertFalse(ok.contains(ir.single("keep.use")), "unknown to the target and without pattern");
    assertTrue(ir.diagnostics().isEmpty());
  }

  @Test void opsNestedInACreatedOpAreLegalizedEvenWhenNotInsertedThroughTheRewriter() {
    TestIR ir = new TestIR();
    Operation f = ir.withRegion("src.func", List.of(I32));
    Value a = f.region(0).front().argument(0);
    ir.sink("src.ret", ir.val("src.add", I32, a, a));
    ir.endRegion(f);
    var patterns = renames().addAll(ConversionPattern.renames(null, Map.of("src.ret", "dst.ret")))
        .add(ConversionPattern.of("CloneFunc", "src.func", 1, null, (op, operands, r) -> {
          Operation nf = r.insert(Operation.create(r.context().opName("dst.func"), op.location(), List.of(), List.of(), null, null, List.of(), 1));
          op.region(0).cloneInto(nf.region(0), new dev.mlc.ir.IRMapping());
          r.eraseOp(op);
          return true;
        }));

    assertTrue(Conversion.applyFullConversion(ir.module, dstTarget(), patterns));

    assertEquals(List.of("dst.func", "dst.add", "dst.ret"), ir.names());
    Operation add = ir.single("dst.add");
    assertSame(ir.single("dst.func").region(0).front().argument(0), add.operand(0));
  }

  @Test void opsCreatedAfterTheRootIsErasedGoWhereTheRootWas() {
    TestIR ir = new TestIR();
    Value c = ir.val("keep.src", I32);
    ir.sink("src.use", c);
    ir.sink("keep.use", c);
    var patterns = new RewritePatternSet().add(ConversionPattern.of("EraseFirst", "src.use", 1, null, (op, operands, r) -> {
      r.eraseOp(op);
      r.create("dst.use", op.location(), operands, List.of(), null);
      return true;
    }));
    assertTrue(Conversion.applyFullConversion(ir.module, dstTarget().addLegalDialect("keep"), patterns));
    assertEquals(List.of("keep.src", "dst.use", "keep.use"), ir.names());
    assertSame(c, ir.single("dst.use").operand(0));
  }
}
