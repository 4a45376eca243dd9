package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.value;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.VectorType;
import java.util.List;

/**
 * The cpu dialect's int8 dot products to the x86 intrinsics: {@code cpu.vnni_dpbusd %acc, %a, %b}
 * ({@code vector<Nxi32>}, {@code vector<4Nxi8>}) becomes a call of {@code llvm.x86.avx512.vpdpbusd.512}
 * (N = 16; {@code .256}, {@code .128} for 8 and 4 lanes; {@code vpdpbusds} for the saturating form) on the
 * byte vectors bitcast to {@code vector<Nxi32>}, the intrinsic's operand type. The function is declared in
 * the module under the intrinsic's name, which LLVM resolves to the intrinsic. The target must have
 * AVX512-VNNI (LLVM cannot select the intrinsic otherwise): the producer checks it (tl-matmul-kernel's
 * {@code int8} option).
 */
public final class CpuToLlvm {
  private CpuToLlvm() {}

  /** The ops these patterns lower (illegal in convert-to-llvm; the cpu dialect's other ops are not lowered here). */
  static final String[] OPS = {"cpu.vnni_dpbusd", "cpu.vnni_dpbusds"};

  static final class VnniLowering extends ConversionPattern {
    private final boolean saturate;

    VnniLowering(TypeConverter tc, String name, boolean saturate) {
      super(name, tc);
      this.saturate = saturate;
    }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(operands.get(0).type() instanceof VectorType acc) || acc.shape().length != 1)
        return rw.notifyMatchFailure(op, "the accumulator is not a 1-D vector");
      long lanes = acc.shape()[0];
      String bits = lanes == 16 ? "512" : lanes == 8 ? "256" : lanes == 4 ? "128" : null;
      if (bits == null) return rw.notifyMatchFailure(op, "no VPDPBUSD form has " + lanes + " lanes");
      String fn = "llvm.x86.avx512.vpdpbusd" + (saturate ? "s" : "") + "." + bits;
      MathToLlvm.declare(rw, op, fn, acc, List.of(acc, acc, acc));
      Value a = value(rw, "llvm.bitcast", op.location(), List.of(operands.get(1)), acc);
      Value b = value(rw, "llvm.bitcast", op.location(), List.of(operands.get(2)), acc);
      rw.replaceOp(op, List.of(value(rw, "llvm.call", op.location(), List.of(operands.get(0), a, b), acc, "callee", SymbolRefAttr.flat(fn))));
      return true;
    }
  }


  public static List<ConversionPattern> patterns(TypeConverter tc) {
    return List.of(new VnniLowering(tc, "cpu.vnni_dpbusd", false), new VnniLowering(tc, "cpu.vnni_dpbusds", true));
  }
}
