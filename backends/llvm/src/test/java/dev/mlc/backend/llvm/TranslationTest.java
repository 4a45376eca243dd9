package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.text.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationTest {
  static final MLContext CTX = MLContext.withAllDialects(TranslationTest.class.getClassLoader());

  static Operation parse(String src) {
    Operation m = Parser.parse(CTX, "test.mlir", src);
    assertNotNull(m, "parse failed");
    return m;
  }

  /** The LLVM IR of {@code src} (no optimization), or fails. */
  static String ir(String src) {
    try (LlvmModule m = LlvmModule.translate(parse(src), TargetOptions.generic().withOptLevel(-1))) {
      assertNotNull(m, "translation failed");
      return m.toIR();
    }
  }

  /** The errors translating {@code src} reports. */
  static List<String> errors(String src) {
    Operation module = parse(src);
    List<Diagnostic> ds = new ArrayList<>();
    Runnable remove = CTX.diagnostics().addHandler(ds::add);
    try (LlvmModule m = LlvmModule.translate(module, TargetOptions.generic())) {
      assertNull(m, "translation should have failed");
    } finally {
      CTX.diagnostics().flush();
      remove.run();
    }
    return ds.stream().map(Diagnostic::message).toList();
  }

  @Test void scalarFunction() {
    String ir = ir("""
        llvm.func @add(%a: i32, %b: i32) -> i32 {
          %0 = llvm.add %a, %b overflow<nsw> : i32
          %1 = llvm.mul %0, %b : i32
          llvm.return %1 : i32
        }""");
    assertTrue(ir.contains("define i32 @add(i32 %0, i32 %1)"), ir);
    assertTrue(ir.contains("add nsw i32 %0, %1"), ir);
    assertTrue(ir.contains("mul i32 %3, %1"), ir);
    assertTrue(ir.contains("ret i32 %4"), ir);
  }

  @Test void blockArgumentsBecomePhis() {
    String ir = ir("""
        llvm.func @sum(%n: i64) -> i64 {
          %c0 = llvm.mlir.constant(0 : i64) : i64
          %c1 = llvm.mlir.constant(1 : i64) : i64
          llvm.br ^loop(%c0, %c0 : i64, i64)
        ^loop(%i: i64, %acc: i64):
          %done = llvm.icmp "sge" %i, %n : i64
          llvm.cond_br %done, ^exit, ^body
        ^body:
          %acc2 = llvm.add %acc, %i : i64
          %i2 = llvm.add %i, %c1 : i64
          llvm.br ^loop(%i2, %acc2 : i64, i64)
        ^exit:
          llvm.return %acc : i64
        }""");
    assertTrue(ir.contains("phi i64 [ 0, %1 ], ["), ir);
    assertTrue(ir.contains("icmp sge i64"), ir);
  }

  @Test void globalsAndCalls() {
    String ir = ir("""
        llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>
        llvm.mlir.global private constant @msg("hi\\00") {addr_space = 0 : i32}
        llvm.mlir.global external @p() {addr_space = 0 : i32} : !llvm.ptr {
          %0 = llvm.mlir.addressof @table : !llvm.ptr
          %1 = llvm.getelementptr %0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<3 x i32>
          llvm.return %1 : !llvm.ptr
        }
        llvm.func @puts(!llvm.ptr) -> i32
        llvm.func @f() -> i32 {
          %0 = llvm.mlir.addressof @msg : !llvm.ptr
          %1 = llvm.call @puts(%0) : (!llvm.ptr) -> i32
          llvm.return %1 : i32
        }""");
    assertTrue(ir.contains("@table = internal constant [3 x i32] [i32 1, i32 2, i32 3]"), ir);
    assertTrue(ir.contains("@msg = private constant [3 x i8] c\"hi\\00\""), ir);
    assertTrue(ir.contains("@p = global ptr getelementptr"), ir);
    assertTrue(ir.contains("declare i32 @puts(ptr)"), ir);
    assertTrue(ir.contains("call i32 @puts(ptr @msg)"), ir);
  }

  @Test void intrinsicsAndVectors() {
    String ir = ir("""
        llvm.func @f(%a: vector<4xf32>, %b: vector<4xf32>, %x: f64) -> f32 {
          %0 = llvm.intr.fma(%a, %b, %a) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
          %1 = llvm.intr.sqrt(%x) : (f64) -> f64
          %z = llvm.mlir.constant(0.0 : f32) : f32
          %2 = "llvm.intr.vector.reduce.fadd"(%z, %0) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
          %s = llvm.shufflevector %a, %b [0, 4, -1, 5] : vector<4xf32>
          llvm.return %2 : f32
        }""");
    assertTrue(ir.contains("call <4 x float> @llvm.fma.v4f32("), ir);
    assertTrue(ir.contains("call double @llvm.sqrt.f64("), ir);
    assertTrue(ir.contains("call float @llvm.vector.reduce.fadd.v4f32(float 0.000000e+00"), ir);
    assertTrue(ir.contains("shufflevector <4 x float> %0, <4 x float> %1, <4 x i32> <i32 0, i32 4, i32 poison, i32 5>"), ir);
  }

  @Test void unsupportedOpIsALocatedError() {
    List<String> errs = errors("""
        func.func @f() {
          return
        }""");
    assertEquals(1, errs.size(), errs.toString());
    assertTrue(errs.get(0).startsWith("'func.func' op cannot be translated: "), errs.get(0));
  }

  @Test void verifierFailureIsReported() {
    // Appending linkage is for arrays only: our verifier lets it pass, LLVM's does not.
    List<String> errs = errors("""
        llvm.mlir.global appending @a(1 : i32) {addr_space = 0 : i32} : i32
        """);
    assertEquals(1, errs.size(), errs.toString());
    assertTrue(errs.get(0).startsWith("LLVM IR fails to verify: Only global arrays can have appending linkage!"), errs.get(0));
  }

  @Test void debugInfoFromLocationsVerifiesAndRuns() {
    Operation m = parse("""
        llvm.func internal @sq(%x: f64) -> f64 {
          %0 = llvm.fmul %x, %x : f64
          llvm.return %0 : f64
        }
        llvm.func @f(%x: f64) -> f64 {
          %0 = llvm.call @sq(%x) : (f64) -> f64
          %1 = llvm.fadd %0, %x : f64
          llvm.return %1 : f64
        }""");
    try (LlvmModule lm = LlvmModule.translate(m, TargetOptions.generic().withOptLevel(-1).withDebugInfo(true))) {
      assertNotNull(lm);
      String ir = lm.toIR();
      assertTrue(ir.contains("call double @sq(double %0), !dbg"), ir);
      assertTrue(ir.contains("!DISubprogram(name: \"sq\""), ir);
      assertTrue(ir.contains("!DILocation(line: 7, column: 8"), ir);
    }
    try (JitModule j = JitModule.compile(m, TargetOptions.host().withDebugInfo(true))) {
      assertEquals(12.0, (Double) j.function("f").invoke(3.0), 0.0);
    }
  }

  @Test void invalidIrIsRejectedByOurVerifierBeforeLlvmSeesIt() {
    // A float add of integers would be an invalid LLVM instruction.
    Operation m = parse("""
        llvm.func @f(%a: i32) -> i32 {
          %0 = "llvm.fadd"(%a, %a) : (i32, i32) -> i32
          llvm.return %0 : i32
        }""");
    List<Diagnostic> ds = new ArrayList<>();
    Runnable remove = CTX.diagnostics().addHandler(ds::add);
    try {
      assertNull(LlvmModule.translate(m, TargetOptions.generic()));
    } finally {
      CTX.diagnostics().flush();
      remove.run();
    }
    assertTrue(ds.stream().anyMatch(d -> d.message().contains("'llvm.fadd' op operand #0 must be floating point")), ds.toString());
    assertThrows(BackendException.class, () -> JitModule.compile(m, TargetOptions.host()));
  }
}
