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

  /** Rewrites {@code o} when it is an int8 product: null when done, else why not. */
  static String rewrite(Operation o, int mr, int nr) {
    Object m = Int8Contraction.match(o);
    if (m instanceof String why) return why;
    Int8Contraction c = (Int8Contraction) m;
    Operation prev = o.prevOp();
    boolean fromZero = prev != null && prev.isa("tl.fill") && prev.operand(1) == c.c() && isZero(prev.operand(0));
    Int8Epilogue epi = Int8Epilogue.after(o, c.c(), fromZero ? Set.of(prev) : Set.of(), fromZero);
    Builder b = new Builder(o.context());
    b.setInsertionPoint(epi != null ? epi.last() : o);
    new Int8KernelEmitter(b, c, mr, nr, fromZero, epi).emit();
    o.erase();
    if (fromZero) prev.erase();
    if (epi != null) {
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
    return null;
  }

  private static boolean isZero(Value v) {
    Operation d = v.definingOp();
    return d != null && d.isa("arith.constant") && d.attr("value") instanceof IntegerAttr ia && ia.longValue() == 0;
  }
}
