package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.IntegerAttr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code tl-matmul-kernel}'s int8 path: matches an {@link Int8Contraction} and its epilogue and emits the VNNI kernel. */
final class Int8Kernels {
  private Int8Kernels() {}

  /**
   * Whether the target has AVX512-VNNI: the {@code features} of the nearest {@code cpu.target}
   * attribute around {@code root} when there is one ({@code +avx512vnni}), else the host's
   * ({@code avx512_vnni} in /proc/cpuinfo); and whether the cpu dialect, whose op the kernel uses, is loaded.
   */
  static boolean available(Operation root) {
    if (root.context().dialect("cpu") == null) return false;
    for (Operation o = root; o != null; o = o.parentOp()) {
      Attribute a = o.attr("cpu.target");
      if (a != null) return a.toString().contains("+avx512vnni");
    }
    return host();
  }

  private static volatile Boolean host;

  private static boolean host() {
    if (host == null) {
      boolean r;
      try {
        r = Files.readString(Path.of("/proc/cpuinfo")).contains(" avx512_vnni");
      } catch (Exception e) {
        r = false;
      }
      host = r;
    }
    return host;
  }

  /** Rewrites {@code o} when it is an int8 product or convolution: null when done, else why not. */
  static String rewrite(Operation o, int mr, int nr) {
    Object m = Int8Contraction.match(o);
    if (m instanceof Int8Contraction c) {
      Operation prev = o.prevOp();
      boolean fromZero = prev != null && prev.isa("tl.fill") && prev.operand(1) == c.c() && isZero(prev.operand(0));
      Int8Epilogue epi = Int8Epilogue.after(o, c.c(), fromZero ? Set.of(prev) : Set.of(), fromZero);
      Builder b = new Builder(o.context());
      b.setInsertionPoint(epi != null ? epi.last() : o);
      new Int8KernelEmitter(b, c, mr, nr, fromZero, epi).emit();
      o.erase();
      if (fromZero) prev.erase();
      finish(epi);
      return null;
    }
    Object cm = Int8ConvContraction.match(o);
    if (!(cm instanceof Int8ConvContraction c)) return m + "; as an int8 convolution: " + cm;
    // the bias initialization right before the convolution (deallocations between them skipped)
    List<Operation> skipped = new ArrayList<>();
    Int8Epilogue.Step init = null;
    for (Operation g = o.prevOp(); g != null; g = g.prevOp()) {
      if (g.isa("tl.dealloc") && g.operand(0) != c.y()) {
        skipped.add(g);
        continue;
      }
      Int8Epilogue.Step s = Int8Epilogue.match(g, c.y());
      if (s != null && s.inPlace() && !g.region(0).front().argument(g.numOperands() - 1).hasUses()) init = s;
      break;
    }
    Int8Epilogue epi = Int8Epilogue.after(o, c.y(), init != null ? Set.of(init.op()) : Set.of(), init != null);
    Operation anchor = epi != null ? epi.last() : o;
    Builder b = new Builder(o.context());
    b.setInsertionPoint(anchor);
    new Int8ConvEmitter(b, c, mr, nr, init, epi).emit();
    if (init != null) for (Operation d : skipped) d.moveBefore(anchor);
    o.erase();
    if (init != null) init.op().erase();
    finish(epi);
    return null;
  }

  /** Moves the deallocations the epilogue crossed after the kernel and erases its generics and the buffers it passed on. */
  private static void finish(Int8Epilogue epi) {
    if (epi == null) return;
    Operation last = epi.last();
    for (Operation d : epi.crossed) if (!epi.dropped.contains(d.operand(0))) d.moveBefore(last);
    for (var s : epi.steps.reversed()) s.op().erase();
    for (Value v : epi.dropped) {
      List<Operation> deallocs = new ArrayList<>();
      for (var u : v.uses()) deallocs.add(u.owner());
      for (Operation d : deallocs) d.erase();
      v.definingOp().erase();
    }
  }

  private static boolean isZero(Value v) {
    Operation d = v.definingOp();
    return d != null && d.isa("arith.constant") && d.attr("value") instanceof IntegerAttr ia && ia.longValue() == 0;
  }
}
