package dev.mlc.ir.rewrite.conversion;

import static dev.mlc.ir.rewrite.conversion.TestIR.I32;
import static dev.mlc.ir.rewrite.conversion.TestIR.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of docs/conversion.md, kept compiling and working. */
class ConversionExampleTest {
  // ---- begin docs/conversion.md example ----
  /** Lowers the src dialect to dst, widening i32 to i64. */
  @PassInfo(name = "convert-src-to-dst", summary = "Lower src to dst", anchor = "builtin.module")
  public static final class ConvertSrcToDstPass extends Pass {
    static TypeConverter typeConverter() {
      return new TypeConverter()
          .addConversion(t -> t) // every other type is legal as it is
          .addConversion(t -> t.equals(IntegerType.of(32)) ? IntegerType.of(64) : null)
          // i64 back to i32, for users that were not converted
          .addSourceMaterialization((b, type, inputs, loc) -> b.create("dst.trunc", loc, inputs, List.of(type), null).result(0))
          // i32 to i64, for converted ops whose operand was not converted
          .addTargetMaterialization((b, type, inputs, loc) -> b.create("dst.ext", loc, inputs, List.of(type), null).result(0));
    }

    /** {@code src.func} -> {@code dst.func}: the body moves over, its block arguments converted. */
    static final class FuncLowering extends ConversionPattern {
      FuncLowering(TypeConverter tc) { super("src.func", tc); }

      @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter) {
        if (op.numRegions() != 1) return rewriter.notifyMatchFailure(op, "expected one region");
        Operation func = rewriter.insert(Operation.create(rewriter.context().opName("dst.func"), op.location(), List.of(),
            List.of(), op.properties(), op.attributes(), List.of(), 1));
        rewriter.inlineRegionBefore(op.region(0), func.region(0), 0);
        if (!rewriter.convertRegionTypes(func.region(0), typeConverter()))
          return rewriter.notifyMatchFailure(op, "argument types do not convert"); // the driver undoes the lines above
        rewriter.eraseOp(op);
        return true;
      }
    }

    static RewritePatternSet patterns(TypeConverter tc) {
      return new RewritePatternSet()
          .add(new FuncLowering(tc))
          .addAll(ConversionPattern.renames(tc, Map.of( // simple 1:1 lowerings: one entry each
              "src.add", "dst.add",
              "src.neg", "dst.neg",
              "src.ret", "dst.ret")));
    }

    @Override public void runOnOperation(Operation module, PassContext ctx) {
      TypeConverter tc = typeConverter();
      ConversionTarget target = new ConversionTarget()
          .addLegalDialect("dst", "builtin")
          .addIllegalDialect("src");
      if (!Conversion.applyFullConversion(module, target, patterns(tc), tc)) ctx.signalFailure();
    }
  }
  // ---- end docs/conversion.md example ----

  static TestIR function() {
    TestIR ir = new TestIR();
    Operation f = ir.withRegion("src.func", List.of(I32, I32));
    Block entry = f.region(0).front();
    Value sum = ir.val("src.add", I32, entry.argument(0), entry.argument(1));
    ir.sink("src.ret", ir.val("src.neg", I32, sum));
    ir.endRegion(f);
    return ir;
  }

  @Test void theDocumentedExampleLowersAFunction() {
    TestIR ir = function();
    var tc = ConvertSrcToDstPass.typeConverter();
    var target = new ConversionTarget().addLegalDialect("dst", "builtin").addIllegalDialect("src");
    assertTrue(Conversion.applyFullConversion(ir.module, target, ConvertSrcToDstPass.patterns(tc), tc));
    assertEquals(List.of("dst.func", "dst.add", "dst.neg", "dst.ret"), ir.names());
    assertEquals(List.of(I64, I64), ir.single("dst.func").region(0).front().argumentTypes());
    assertEquals(I64, ir.single("dst.neg").result(0).type());
  }

  @Test void theDocumentedExampleMaterializesAtTheBoundaryOfAPartialConversion() {
    TestIR ir = new TestIR();
    Value x = ir.val("keep.src", I32);
    ir.sink("keep.use", ir.val("src.neg", I32, x));
    var tc = ConvertSrcToDstPass.typeConverter();
    var target = new ConversionTarget().addLegalDialect("dst", "builtin").addIllegalDialect("src");
    assertTrue(Conversion.applyPartialConversion(ir.module, target, ConvertSrcToDstPass.patterns(tc), tc));
    assertEquals(List.of("keep.src", "dst.ext", "dst.neg", "dst.trunc", "keep.use"), ir.names());
    assertFalse(Conversion.applyFullConversion(ir.module, target, ConvertSrcToDstPass.patterns(tc), tc));
    assertEquals("failed to legalize operation 'keep.src'", ir.diagnostics().get(0).message());
  }
}
