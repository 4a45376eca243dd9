package dev.mlc.lowering.tollvm;

import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.rewrite.conversion.Conversion;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionTarget;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import java.util.List;
import java.util.function.Function;

/** The conversions to the llvm dialect, one pass each, and {@code convert-to-llvm} running them together. */
public final class ToLlvmPasses {
  private ToLlvmPasses() {}

  private static final Function<TypeConverter, List<ConversionPattern>> TL = TlToLlvm::patterns;
  private static final Function<TypeConverter, List<ConversionPattern>> CPU = CpuToLlvm::patterns;

  /** Partially converts {@code op}: the {@code illegal} dialects must go, llvm is the target. */
  static boolean convert(Operation op, List<Function<TypeConverter, List<ConversionPattern>>> sets, String... illegal) {
    TypeConverter tc = new LlvmTypeConverter();
    RewritePatternSet patterns = new RewritePatternSet();
    for (var s : sets) for (ConversionPattern p : s.apply(tc)) patterns.add(p);
    ConversionTarget target = new ConversionTarget().addLegalDialect("llvm", "builtin").addIllegalDialect(illegal);
    if (sets.contains(CPU)) target.addIllegalOp(CpuToLlvm.OPS);
    if (sets.contains(TL)) {
      // The casts of values captured by outline-parallel-loops are lowered with the buffers.
      patterns.add(new OutlineParallelLoopsPass.PackCastLowering(tc));
      target.addDynamicallyLegalOp(ReconcileUnrealizedCastsPass.CAST, o -> o.attr(OutlineParallelLoopsPass.PACK_ATTR) == null);
    }
    return Conversion.applyPartialConversion(op, target, patterns, tc);
  }

  @PassInfo(name = "convert-arith-to-llvm", summary = "Convert Arith dialect to LLVM dialect",
      description = "arith ops become llvm ops (comparisons keep their predicates, index becomes i64, signed and unsigned min and max "
          + "become icmp and select). Ops without a lowering (ceildivsi, floordivsi, the extended multiplications) stay: "
          + "run arith-expand-like rewrites first.")
  public static final class ConvertArithToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      if (!convert(op, List.of(ArithToLlvm::patterns), "arith")) ctx.signalFailure();
    }
  }

  @PassInfo(name = "convert-math-to-llvm", summary = "Convert Math dialect to LLVM dialect",
      description = "math ops with an llvm intrinsic become it (fabs, ceil, floor, exp, log, sqrt, pow, fma, round); rsqrt is 1/sqrt, "
          + "absi a compare and select; the other transcendental functions become calls to the C math library (sinf, erff, ...).")
  public static final class ConvertMathToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      if (!convert(op, List.of(MathToLlvm::patterns), "math")) ctx.signalFailure();
    }
  }

  @PassInfo(name = "convert-cf-to-llvm", summary = "Convert ControlFlow operations to the LLVM dialect",
      description = "cf.br, cf.cond_br and cf.switch become llvm.br, llvm.cond_br and llvm.switch.")
  public static final class ConvertCfToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      if (!convert(op, List.of(CfToLlvm::patterns), "cf")) ctx.signalFailure();
    }
  }

  @PassInfo(name = "convert-func-to-llvm", summary = "Convert from the Func dialect to the LLVM dialect",
      description = "func.func, func.call and func.return become llvm.func, llvm.call and llvm.return; index becomes i64 and every "
          + "block signature is converted.", anchor = "builtin.module")
  public static final class ConvertFuncToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      if (!convert(op, List.of(FuncToLlvm::patterns), "func")) ctx.signalFailure();
    }
  }

  @PassInfo(name = "convert-tl-to-llvm", summary = "Convert the tl dialect's buffer and vector memory ops to the LLVM dialect",
      description = "tl.alloc/dealloc become malloc (aligned_alloc with an alignment) and free, tl.alloca llvm.alloca, tl.load/store/dim "
          + "address the memref descriptor, tl.to_buffer of a dense arith.constant becomes a private constant llvm.mlir.global (read in place when the buffer is only read, its deallocs dropped), tl.vload/vstore become vector loads and stores (llvm.intr.masked.* with a mask).")
  public static final class ConvertTlToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      GlobalConstants.apply(op);
      if (!convert(op, List.of(TL), "tl")) ctx.signalFailure();
    }
  }

  @PassInfo(name = "convert-to-llvm", summary = "Convert to LLVM via the conversion patterns of every dialect",
      description = "Runs the arith, math, cf, func and tl conversions to llvm in one conversion (constant buffers become globals; cpu.vnni_dpbusd becomes the x86 VPDPBUSD intrinsic), then reconcile-unrealized-casts. "
          + "tl.loop and tl.generic must be lowered to scf first (convert-tl-to-scf).",
      anchor = "builtin.module")
  public static final class ConvertToLlvmPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {
      GlobalConstants.apply(op);
      if (!convert(op, List.of(ArithToLlvm::patterns, MathToLlvm::patterns, CfToLlvm::patterns, FuncToLlvm::patterns, CPU, TL),
          "arith", "math", "cf", "func", "tl")) {
        ctx.signalFailure();
        return;
      }
      if (!ReconcileUnrealizedCastsPass.reconcile(op)) ctx.signalFailure();
    }
  }
}
