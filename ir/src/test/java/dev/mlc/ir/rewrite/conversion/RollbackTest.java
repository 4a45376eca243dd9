package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static dev.mlc.ir.rewrite.conversion.TestIR.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.rewrite.RewritePatternSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything a failing pattern or a failing conversion did is undone. */
class RollbackTest {
  /**
   * <pre>
   * %0 = keep.src : i32
   * %1 = src.neg(%0) : i32
   * src.func { ^bb0(%a: i32): %2 = src.add(%a, %a); keep.use(%2); src.ret(%2) }
   * keep.use(%1)
   * </pre>
   */
  static TestIR build() {
    TestIR ir = new TestIR();
    Value p = ir.val("keep.src", I32);
    Value n = ir.val("src.neg", I32, p);
    Operation f = ir.withRegion("src.func", List.of(I32));
    Block entry = f.region(0).front();
    Value s = ir.val("src.add", I32, entry.argument(0), entry.argument(0));
    ir.sink("keep.use", s);
    ir.sink("src.ret", s);
    ir.endRegion(f);
    ir.sink("keep.use", n);
    return ir;
  }

  /** Touches every kind of change the rewriter records, then fails. */
  static ConversionPattern messy(TypeConverter tc) {
    return ConversionPattern.of("Messy", "src.neg", 10, tc, (op, operands, r) -> {
      Operation func = op.nextOp();
      Operation lastUse = op.parentBlock().last();
      Value k = r.create("dst.const", op.location(), List.of(), List.of(I64), null).result(0);
      r.modifyOpInPlace(lastUse, () -> {
        lastUse.setAttr("touched", UnitAttr.INSTANCE);
        lastUse.setOperands(List.of(operands.get(0), k));
        lastUse.setLocation(op.location());
      });
      Operation newFunc = r.insert(Operation.create(r.context().opName("dst.func"), func.location(), List.of(), List.of(), null, null, List.of(), 1));
      r.inlineRegionBefore(func.region(0), newFunc.region(0), 0);
      r.convertRegionTypes(newFunc.region(0), tc);
      Block body = newFunc.region(0).front();
      Block tail = r.splitBlock(body, body.first().nextOp());
      r.createBlock(newFunc.region(0), List.of(I32), op.location());
      r.mergeBlocks(tail, body, List.of());
      r.replaceAllUsesWith(body.argument(0), k);
      r.eraseOp(func);
      r.replaceOp(op, List.of(k));
      return r.notifyMatchFailure(op, "changed my mind");
    });
  }

  static ConversionPattern plainNeg(TypeConverter tc) { return ConversionPattern.rename("src.neg", "dst.neg", tc); }

  static ConversionTarget target() { return new ConversionTarget().addLegalDialect("dst", "builtin", "keep").addIllegalOp("src.neg"); }

  @Test void aFailingPatternLeavesTheIRExactlyAsItWas() {
    TypeConverter tc = TestIR.i32ToI64();
    TestIR expected = build();
    assertTrue(Conversion.applyPartialConversion(expected.module, target(), new RewritePatternSet().add(plainNeg(tc)), tc));

    TestIR ir = build();
    assertTrue(Conversion.applyPartialConversion(ir.module, target(), new RewritePatternSet().add(messy(tc)).add(plainNeg(tc)), tc));

    assertEquals(expected.dump(), ir.dump());
    assertEquals(List.of("keep.src", "builtin.unrealized_conversion_cast", "dst.neg", "builtin.unrealized_conversion_cast", "src.func",
        "src.add", "keep.use", "src.ret", "keep.use"), ir.names());
    assertTrue(Verifier.verify(ir.module), () -> ir.diagnostics().toString());
  }

  @Test void aConversionThatFailsAfterAFailingPatternIsFullyUndone() {
    TypeConverter tc = TestIR.i32ToI64();
    TestIR ir = build();
    String before = ir.dump();
    assertFalse(Conversion.applyPartialConversion(ir.module, target(), new RewritePatternSet().add(messy(tc)), tc));
    assertEquals("pattern 'Messy' failed: changed my mind", ir.diagnostics().get(0).notes().get(0).message());
    assertEquals(before, ir.dump());
    assertTrue(Verifier.verify(ir.module));
  }

  @Test void aFailedFullConversionUndoesSignatureConversionsReplacementsAndMaterializations() {
    TypeConverter tc = TestIR.i32ToI64();
    TestIR ir = build();
    ir.sink("other.op");
    ir.ctx.allowUnregisteredDialects(true);
    String before = ir.dump();
    ConversionTarget t = new ConversionTarget().addLegalDialect("dst", "builtin", "keep").addIllegalDialect("src");

    assertFalse(Conversion.applyFullConversion(ir.module, t, TypeConversionTest.lowering(tc), tc));

    assertEquals("failed to legalize operation 'other.op'", ir.diagnostics().get(0).message());
    assertEquals(before, ir.dump());
    assertTrue(Verifier.verify(ir.module), () -> ir.diagnostics().toString());

    // Without the unknown op the same conversion goes through, so the rollback undid real work.
    TestIR ok = build();
    assertTrue(Conversion.applyPartialConversion(ok.module, t, TypeConversionTest.lowering(tc), tc));
    assertNotEquals(before, ok.dump());
    assertEquals(List.of("keep.src", "builtin.unrealized_conversion_cast", "dst.neg", "builtin.unrealized_conversion_cast", "dst.func",
        "dst.add", "builtin.unrealized_conversion_cast", "keep.use", "dst.ret", "keep.use"), ok.names());
    assertTrue(Verifier.verify(ok.module), () -> ok.diagnostics().toString());
  }

  @Test void aPatternThatThrowsIsRolledBackBeforeTheExceptionPropagates() {
    TypeConverter tc = TestIR.i32ToI64();
    TestIR ir = build();
    String before = ir.dump();
    var patterns = new RewritePatternSet().add(ConversionPattern.of("Boom", "src.neg", 1, tc, (op, operands, r) -> {
      r.replaceOp(op, r.create("dst.neg", op.location(), operands, List.of(I64), null));
      throw new IllegalStateException("boom");
    }));
    assertThrows(IllegalStateException.class, () -> Conversion.applyPartialConversion(ir.module, target(), patterns, tc));
    assertEquals(before, ir.dump());
  }

  @Test void operandsAttributesAndPropertiesChangedInPlaceAreRestored() {
    TestIR ir = new TestIR();
    Operation n = ir.op("src.neg", List.of(ir.val("keep.src", I32)), List.of(I32));
    n.setProperties(dev.mlc.ir.attr.DictionaryAttr.EMPTY.with("p", StringAttr.of("old")));
    String before = ir.dump();
    var patterns = new RewritePatternSet().add(ConversionPattern.of("Fiddle", "src.neg", 1, null, (op, operands, r) -> {
      Value other = r.create("dst.const", op.location(), List.of(), List.of(I32), null).result(0);
      r.modifyOpInPlace(op, () -> {
        op.setOperand(0, other);
        op.setProperties(dev.mlc.ir.attr.DictionaryAttr.EMPTY.with("p", StringAttr.of("new")));
        op.setAttr("q", UnitAttr.INSTANCE);
        op.result(0).setType(I64);
      });
      return false;
    }));
    assertFalse(Conversion.applyPartialConversion(ir.module, target(), patterns));
    assertEquals(before, ir.dump());
  }
}
