package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites every f32 matrix product on static buffers ({@code tl.matmul}, or a {@code tl.generic}
 * with (batched, possibly transposed) matmul maps and a multiply-add body) into packed,
 * cache-blocked loops around an MR x NR register-tiled microkernel of {@code tl.vload},
 * {@code tl.broadcast} and {@code tl.fma} on {@code vector<16xf32>} (see {@link KernelEmitter}).
 * With {@code conv2d=true} (default), 2-D convolution generics with unit width stride become a direct
 * convolution on the same tile ({@link ConvEmitter}). Other structured ops are left alone; with
 * {@code report-skipped=true} a remark on each says why.
 */
@PassInfo(name = "tl-matmul-kernel", summary = "Pack, block and register-tile f32 matrix products into a vector microkernel")
public final class MatmulKernelPass extends Pass {
  @PassOption(name = "mr", description = "Rows of the register tile (accumulators: mr x nr/16 vectors)")
  int mr = 8;

  @PassOption(name = "nr", description = "Columns of the register tile and width of the packed panels (a multiple of 16)")
  int nr = 32;

  @PassOption(name = "mc", description = "Rows per cache block (the parallel outer loop's step; rounded to a multiple of mr)")
  int mc = 64;

  @PassOption(name = "kc", description = "Reduction length per cache block")
  int kc = 256;

  @PassOption(name = "conv2d", description = "Also rewrite unit-width-stride 2-D convolution generics into a direct convolution on the same register tile")
  boolean conv2d = true;

  @PassOption(name = "epilogues", description = "Apply the in-place element-wise generic right after a product or convolution (bias, ReLU: fuse's epilogue) to each register tile before its store")
  boolean epilogues = true;

  @PassOption(name = "pools", description = "Fuse a 2x2, stride-2 max pooling that alone reads a convolution's output into the convolution (needs epilogues)")
  boolean pools = true;

  @PassOption(name = "int8", description = "Rewrite u8 x s8 -> i32 products with constant weights (matmul_integer's generic) into an AVX-512 VNNI kernel "
      + "with the element-wise consumers (dequantize, bias, ReLU, the next quantize) in its epilogue, when the target has avx512vnni "
      + "(the module's #cpu.target features, else the host) and the cpu dialect is loaded")
  boolean int8 = true;

  @PassOption(name = "report-skipped", description = "Emit a remark on each tl.matmul or 2-input tl.generic that is not rewritten, saying why")
  boolean reportSkipped = false;

  @PassOption(name = "tuning-db", description = "A tuning database (JSON, written by mlc-tune; docs/tuning.md): an op with an entry for its shape, the target and the thread count gets that entry's mr, nr, mc, kc instead of the options'")
  String tuningDb = "";

  @PassOption(name = "tuning-target", description = "The target whose tuning-db entries apply: 'CPU/HASH' (TuningDb.Target.id) or a CPU name with no features; empty: the host (LLVM's CPU name and features)")
  String tuningTarget = "";

  @PassOption(name = "tuning-threads", description = "The thread count whose tuning-db entries apply")
  int tuningThreads = 1;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    if (mr < 1 || nr < 16 || nr % 16 != 0 || mc < 1 || kc < 1) {
      root.emitError("tl-matmul-kernel: needs mr >= 1, nr a positive multiple of 16, mc >= 1 and kc >= 1");
      ctx.signalFailure();
      return;
    }
    Tuning tuning = tuningDb.isEmpty() ? null : Tuning.open(root, tuningDb, tuningTarget, tuningThreads);
    if (!tuningDb.isEmpty() && tuning == null) {
      ctx.signalFailure();
      return;
    }
    TuningDb.Params defaults = new TuningDb.Params(mr, nr, mc, kc);
    int tuned = 0;
    List<Operation> found = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.matmul") || o.isa("tl.generic") && o.numOperands() == 3) found.add(o);
    });
    int n = 0, absorbed = 0, pooled = 0, n8 = 0;
    boolean vnni = int8 && Int8Kernels.available(root);
    for (Operation o : found) {
      if (o.parentBlock() == null) continue; // erased already: an epilogue or bias initialization absorbed by an earlier kernel
      String int8Why = vnni ? Int8Kernels.rewrite(o, mr, nr) : null;
      if (vnni && int8Why == null) {
        n8++;
        continue;
      }
      Contraction c = Contraction.of(o);
      Object conv = c == null && conv2d ? ConvContraction.match(o) : null;
      if (c == null && !(conv instanceof ConvContraction)) {
        if (reportSkipped) o.emitRemark("not rewritten: " + Contraction.reject(o) + (conv == null ? "" : "; as a convolution: " + conv) + (vnni ? "; as an int8 product: " + int8Why : ""));
        continue;
      }
      Builder b = new Builder(o.context());
      b.setInsertionPoint(o);
      Epilogue.Chain epi = epilogues ? Epilogue.after(o, c != null ? c.c() : ((ConvContraction) conv).y()) : null;
      Epilogue.Init init = c == null && epilogues ? Epilogue.Init.before(o, ((ConvContraction) conv).y()) : null;
      TuningDb.Params p = tuning == null ? null : tuning.params(c != null ? Tunables.matmul(c) : Tunables.conv((ConvContraction) conv));
      if (p != null) tuned++;
      else p = defaults;
      ConvPool pool = null;
      if (c == null && epilogues && pools && !((ConvContraction) conv).depthwise()) {
        Operation last = epi == null ? o : epi.parts().getLast().op;
        pool = ConvPool.match((ConvContraction) conv, last, epi, init, p.nr());
        if (pool != null && pool.out().definingOp() != null) pool.out().definingOp().moveBefore(o);
      }
      if (c != null) new KernelEmitter(b, c, p.mr(), p.nr(), p.mc(), p.kc(), epi).emit();
      else if (((ConvContraction) conv).depthwise()) new ConvEmitter(b, (ConvContraction) conv, 1, ConvEmitter.DEPTHWISE_NR, epi, init, null).emit();
      else new ConvEmitter(b, (ConvContraction) conv, p.mr(), p.nr(), epi, init, pool).emit();
      if (init != null) {
        for (Operation d : init.deallocs()) d.moveBefore(o);
        init.generic().op.erase();
        absorbed++;
      }
      o.erase();
      if (epi != null) {
        epi.erase();
        absorbed += epi.parts().size();
      }
      if (pool != null) {
        pool.eraseFused();
        pooled++;
      }
      n++;
    }
    ctx.statistic("num-rewritten", "matrix products rewritten into the microkernel form").add(n);
    ctx.statistic("num-epilogues", "in-place element-wise epilogues applied in the kernels' stores").add(absorbed);
    ctx.statistic("num-pools", "2x2 max poolings fused into the convolution before them").add(pooled);
    ctx.statistic("num-int8", "int8 products rewritten into the VNNI kernel").add(n8);
    ctx.statistic("num-tuned", "products and convolutions given a tuning database entry's parameters").add(tuned);
  }
}
