package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static dev.mlc.ir.rewrite.conversion.TestIR.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.TupleType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Type conversion during a conversion: adaptor operands, materializations, block signatures. */
class TypeConversionTest {
  static final String CAST = "builtin.unrealized_conversion_cast";

  /** {@code src.func} → {@code dst.func} with its body moved over and its block signatures converted. */
  static ConversionPattern funcPattern(TypeConverter tc) {
    return ConversionPattern.of("FuncLowering", "src.func", 1, tc, (op, operands, r) -> {
      Operation f = r.insert(Operation.create(r.context().opName("dst.func"), op.location(), List.of(), List.of(), op.properties(),
          op.attributes(), List.of(), 1));
      r.inlineRegionBefore(op.region(0), f.region(0), 0);
      if (!r.convertRegionTypes(f.region(0), tc)) return r.notifyMatchFailure(op, "block argument types do not convert");
      r.eraseOp(op);
      return true;
    });
  }

  /** The src → dst renames with i32 → i64 conversion. */
  static RewritePatternSet lowering(TypeConverter tc) {
    return new RewritePatternSet().add(funcPattern(tc)).addAll(ConversionPattern.renames(tc, Map.of("src.add", "dst.add", "src.neg", "dst.neg",
        "src.const", "dst.const", "src.ret", "dst.ret", "src.br", "dst.br", "src.use", "dst.use")));
  }

  static ConversionTarget target() { return new ConversionTarget().addLegalDialect("dst", "builtin", "keep").addIllegalDialect("src"); }

  @Test void adaptorOperandsOfAnUnconvertedProducerGetATargetMaterialization() {
    TestIR ir = new TestIR();
    Value p = ir.val("keep.src", I32);
    ir.val("src.neg", I32, p);

    assertTrue(Conversion.applyPartialConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    assertEquals(List.of("keep.src", CAST, "dst.neg"), ir.names());
    Operation neg = ir.single("dst.neg");
    Operation cast = ir.single(CAST);
    assertSame(cast.result(0), neg.operand(0));
    assertSame(p, cast.operand(0));
    assertEquals(I64, cast.result(0).type());
    assertEquals(I64, neg.result(0).type());
  }

  @Test void fullConversionRejectsAnUnresolvedTargetMaterializationAndRollsBack() {
    TestIR ir = new TestIR();
    ir.val("src.neg", I32, ir.val("keep.src", I32));
    String before = ir.dump();

    assertFalse(Conversion.applyFullConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    Diagnostic d = ir.diagnostics().get(0);
    assertEquals("failed to legalize unresolved materialization from (i32) to (i64) that remained live after conversion", d.message());
    assertEquals(Location.file("t.mlir", 1, 3), d.location());
    assertEquals(List.of("see existing live user here: 'dst.neg'"), d.notes().stream().map(Diagnostic::message).toList());
    assertEquals(Location.file("t.mlir", 2, 3), d.notes().get(0).location());
    assertEquals(before, ir.dump());
  }

  @Test void aTargetMaterializationCallbackResolvesTheCast() {
    TestIR ir = new TestIR();
    Value p = ir.val("keep.src", I32);
    ir.val("src.neg", I32, p);
    TypeConverter tc = TestIR.i32ToI64().addTargetMaterialization((b, type, inputs, loc) ->
        type.equals(I64) && inputs.size() == 1 ? b.create("dst.ext", loc, inputs, List.of(type), null).result(0) : null);

    assertTrue(Conversion.applyFullConversion(ir.module, target(), lowering(tc)));

    assertEquals(List.of("keep.src", "dst.ext", "dst.neg"), ir.names());
    assertSame(p, ir.single("dst.ext").operand(0));
    assertSame(ir.single("dst.ext").result(0), ir.single("dst.neg").operand(0));
  }

  @Test void usersLeftUnconvertedGetASourceMaterialization() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    ir.sink("keep.use", c);
    ir.val("src.neg", I32, c);

    assertTrue(Conversion.applyPartialConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    assertEquals(List.of("dst.const", CAST, "keep.use", "dst.neg"), ir.names());
    Operation k = ir.single("dst.const");
    Operation cast = ir.single(CAST);
    assertEquals(I64, k.result(0).type());
    assertSame(k.result(0), cast.operand(0));
    assertEquals(I32, cast.result(0).type());
    assertSame(cast.result(0), ir.single("keep.use").operand(0));
    assertSame(k.result(0), ir.single("dst.neg").operand(0), "converted users see the converted value, not the cast");
  }

  @Test void aSourceMaterializationCallbackResolvesTheCastAndFullConversionRequiresOne() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    ir.sink("keep.use", c);
    String before = ir.dump();

    assertFalse(Conversion.applyFullConversion(ir.module, target(), lowering(TestIR.i32ToI64())));
    Diagnostic d = ir.diagnostics().get(0);
    assertEquals("failed to legalize unresolved materialization from (i64) to (i32) that remained live after conversion", d.message());
    assertEquals("see existing live user here: 'keep.use'", d.notes().get(0).message());
    assertEquals(before, ir.dump());

    TypeConverter tc = TestIR.i32ToI64().addSourceMaterialization((b, type, inputs, loc) ->
        b.create("dst.trunc", loc, inputs, List.of(type), null).result(0));
    assertTrue(Conversion.applyFullConversion(ir.module, target(), lowering(tc)));
    assertEquals(List.of("dst.const", "dst.trunc", "keep.use"), ir.names());
    assertSame(ir.single("dst.trunc").result(0), ir.single("keep.use").operand(0));
    assertEquals(I32, ir.single("dst.trunc").result(0).type());
  }

  @Test void noCastRemainsWhenEveryUserIsConverted() {
    TestIR ir = new TestIR();
    Value c = ir.val("src.const", I32);
    Value n = ir.val("src.neg", I32, c);
    ir.sink("src.use", ir.val("src.add", I32, c, n));

    assertTrue(Conversion.applyFullConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    assertEquals(List.of("dst.const", "dst.neg", "dst.add", "dst.use"), ir.names());
    Operation add = ir.single("dst.add");
    assertSame(ir.single("dst.const").result(0), add.operand(0));
    assertSame(ir.single("dst.neg").result(0), add.operand(1));
    assertEquals(I64, add.result(0).type());
  }

  @Test void signatureConversionOfARegion() {
    TestIR ir = new TestIR();
    Operation f = ir.withRegion("src.func", List.of(I32, I32));
    Block entry = f.region(0).front();
    Value sum = ir.val("src.add", I32, entry.argument(0), entry.argument(1));
    ir.sink("src.ret", sum);
    ir.endRegion(f);

    assertTrue(Conversion.applyFullConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    assertEquals(List.of("dst.func", "dst.add", "dst.ret"), ir.names());
    Operation df = ir.single("dst.func");
    assertEquals(1, df.region(0).numBlocks());
    Block nb = df.region(0).front();
    assertNotSame(entry, nb);
    assertEquals(List.of(I64, I64), nb.argumentTypes());
    Operation add = ir.single("dst.add");
    assertSame(nb.argument(0), add.operand(0));
    assertSame(nb.argument(1), add.operand(1));
    assertSame(add.result(0), ir.single("dst.ret").operand(0));
    assertEquals(Location.file("t.mlir", 1, 3), nb.argument(0).location());
  }

  @Test void signatureConversionRetargetsPredecessorsOfOtherBlocks() {
    TestIR ir = new TestIR();
    Operation f = ir.withRegion("src.func", List.of(I32));
    Block entry = f.region(0).front();
    Block exit = new Block();
    Value x = exit.addArgument(I32, Location.UNKNOWN);
    f.region(0).appendBlock(exit);
    ir.b.insert(Operation.create(ir.ctx.opName("src.br"), ir.nextLoc(), List.of(entry.argument(0)), List.of(), null, null, List.of(exit), 0));
    ir.b.setInsertionPointToEnd(exit);
    ir.sink("src.ret", ir.val("src.neg", I32, x));
    ir.endRegion(f);

    assertTrue(Conversion.applyFullConversion(ir.module, target(), lowering(TestIR.i32ToI64())));

    assertEquals(List.of("dst.func", "dst.br", "dst.neg", "dst.ret"), ir.names());
    Operation df = ir.single("dst.func");
    assertEquals(2, df.region(0).numBlocks());
    Block e = df.region(0).block(0), x2 = df.region(0).block(1);
    assertEquals(List.of(I64), x2.argumentTypes());
    Operation br = ir.single("dst.br");
    assertSame(x2, br.successor(0));
    assertSame(e.argument(0), br.operand(0));
    assertSame(x2.argument(0), ir.single("dst.neg").operand(0));
    assertEquals(List.of(br), x2.predecessors());
  }

  @Test void oneToNBlockArgumentsAreReachableThroughConvertedValues() {
    TestIR ir = new TestIR();
    Type pair = new TupleType(List.of(I32, I32));
    Operation f = ir.withRegion("src.func", List.of(pair));
    ir.sink("src.use", f.region(0).front().argument(0));
    ir.endRegion(f);
    TypeConverter tc = TestIR.i32ToI64().addOneToNConversion(t -> t instanceof TupleType tt ? Optional.of(List.of(I64, I64)) : Optional.empty());
    var patterns = new RewritePatternSet().add(funcPattern(tc))
        .add(ConversionPattern.of("UseOfPair", "src.use", 1, tc, (op, operands, r) -> {
          r.replaceOp(op, r.create("dst.use", op.location(), r.convertedValues(operands.get(0)), List.of(), null));
          return true;
        }));

    assertTrue(Conversion.applyFullConversion(ir.module, target(), patterns));

    assertEquals(List.of("dst.func", "dst.use"), ir.names());
    Block nb = ir.single("dst.func").region(0).front();
    assertEquals(List.of(I64, I64), nb.argumentTypes());
    assertEquals(List.of(nb.argument(0), nb.argument(1)), ir.single("dst.use").operands());
  }

  @Test void anOperandTypeThatDoesNotConvertMakesThePatternFail() {
    TestIR ir = new TestIR();
    ir.val("src.neg", FloatType.F32, ir.val("keep.src", FloatType.F32));
    TypeConverter tc = new TypeConverter().addConversion(t -> t.equals(I32) ? I64 : null);

    assertFalse(Conversion.applyFullConversion(ir.module, target(), lowering(tc)));

    assertEquals(List.of("pattern 'Rename(src.neg -> dst.neg)' failed: unable to convert the type of operand #0 (f32)"),
        ir.diagnostics().get(0).notes().stream().map(Diagnostic::message).toList());
  }

  @Test void anErasedOpWhoseResultIsStillUsedIsAnError() {
    TestIR ir = new TestIR();
    ir.sink("keep.use", ir.val("src.const", I32));
    String before = ir.dump();
    var patterns = new RewritePatternSet().add(ConversionPattern.of("Drop", "src.const", 1, null, (op, operands, r) -> {
      r.eraseOp(op);
      return true;
    }));

    assertFalse(Conversion.applyPartialConversion(ir.module, target(), patterns));

    Diagnostic d = ir.diagnostics().get(0);
    assertEquals("failed to materialize conversion for result #0 of operation 'src.const' that remained live after conversion", d.message());
    assertEquals("see existing live user here: 'keep.use'", d.notes().get(0).message());
    assertEquals(before, ir.dump());
  }

  @Test void anErasedOpWhoseUsersAreErasedTooLeavesNoCast() {
    TestIR ir = new TestIR();
    ir.sink("src.use", ir.val("src.const", I32));
    var patterns = new RewritePatternSet()
        .add(ConversionPattern.of("DropConst", "src.const", 1, null, (op, operands, r) -> {
          r.eraseOp(op);
          return true;
        }))
        .add(ConversionPattern.of("DropUse", "src.use", 1, null, (op, operands, r) -> {
          r.eraseOp(op);
          return true;
        }));
    assertTrue(Conversion.applyFullConversion(ir.module, target(), patterns));
    assertEquals(List.of(), ir.names());
  }
}
