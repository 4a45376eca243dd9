package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.ConversionTarget.Legality.ILLEGAL;
import static dev.mlc.ir.rewrite.conversion.ConversionTarget.Legality.LEGAL;
import static dev.mlc.ir.rewrite.conversion.ConversionTarget.Legality.UNKNOWN;
import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.UnitAttr;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionTargetTest {
  @Test void anOpEntryWinsOverItsDialectAndUnknownOpsFallBackToThePredicate() {
    TestIR ir = new TestIR();
    Operation add = ir.op("src.add", List.of(), List.of(I32));
    Operation neg = ir.op("src.neg", List.of(), List.of(I32));
    Operation k = ir.op("dst.const", List.of(), List.of(I32));
    Operation other = ir.op("other.op", List.of(), List.of());
    ConversionTarget t = new ConversionTarget().addIllegalDialect("src").addLegalOp("src.add");

    assertEquals(LEGAL, t.legality(add));
    assertEquals(ILLEGAL, t.legality(neg));
    assertEquals(UNKNOWN, t.legality(k));
    assertEquals(UNKNOWN, t.legality(other));

    t.markUnknownOpDynamicallyLegal(op -> op.name().startsWith("dst."));
    assertEquals(LEGAL, t.legality(k));
    assertEquals(ILLEGAL, t.legality(other));
    assertTrue(t.isIllegal(other));

    t.addIllegalOp("src.add").addLegalDialect("other");
    assertEquals(ILLEGAL, t.legality(add));
    assertEquals(LEGAL, t.legality(other));
  }

  @Test void dynamicLegalityIsDecidedPerOp() {
    TestIR ir = new TestIR();
    Operation a = ir.op("src.neg", List.of(), List.of(I32));
    Operation b = ir.op("src.add", List.of(), List.of(I32));
    b.setAttr("ok", UnitAttr.INSTANCE);
    ConversionTarget t = new ConversionTarget().addDynamicallyLegalDialect(op -> op.hasAttr("ok"), "src");
    assertEquals(ILLEGAL, t.legality(a));
    assertEquals(LEGAL, t.legality(b));
    t.addDynamicallyLegalOp("src.neg", op -> op.numResults() == 1);
    assertEquals(LEGAL, t.legality(a));
  }

  @Test void recursiveLegalityNeedsTheOpToBeLegal() {
    TestIR ir = new TestIR();
    Operation box = ir.op("keep.box", List.of(), List.of());
    ConversionTarget t = new ConversionTarget().markOpRecursivelyLegal("keep.box");
    assertFalse(t.isRecursivelyLegal(box), "unknown ops are not legal");
    t.addLegalDialect("keep");
    assertTrue(t.isRecursivelyLegal(box));
    t.markOpRecursivelyLegal("keep.box", op -> op.hasAttr("sealed"));
    assertFalse(t.isRecursivelyLegal(box));
  }
}
