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
    Value wp = o.operand(1);
    o.erase();
    if (init != null) init.op().erase();
    if (c.source() != null) keepSourceAlive(c, anchor);
    finish(epi);
    if (c.source() != null) dropPaddedInput(c);
    // w' was evaluated at compile time: the generic computing it goes when nothing else reads it
    Operation wGen = null;
    for (var u : wp.uses()) if (u.owner().isa("tl.generic")) wGen = u.owner();
    if (wGen != null && onlyDeallocsAnd(wp, wGen)) eraseBuffer(wp, wGen);
    return null;
  }

  /**
   * After a convolution laid out from the u8 source: the padded i32 x' and the generic writing it are
   * dead (when nothing else reads them); the u8 source's deallocations before the kernel move after it.
   */
  private static void keepSourceAlive(Int8ConvContraction c, Operation anchor) {
    for (Operation o : new ArrayList<>(anchor.parentBlock().operations())) {
      if (o == anchor) break;
      if (o.isa("tl.dealloc") && o.operand(0) == c.source().x8()) o.moveBefore(anchor);
    }
  }

  private static void dropPaddedInput(Int8ConvContraction c) {
    Int8ConvContraction.U8Source src = c.source();
    Value p = c.x();
    if (src.copy() != null) {
      src.copy().erase();
      src.subview().erase();
    }
    if (onlyDeallocsAnd(p, src.s() == p ? src.generic() : null)) eraseBuffer(p, src.s() == p ? src.generic() : null);
    if (src.s() != p && onlyDeallocsAnd(src.s(), src.generic())) eraseBuffer(src.s(), src.generic());
  }

  /** Whether {@code v} is a tl.alloc used only by deallocations, zero fills and {@code writer}. */
  private static boolean onlyDeallocsAnd(Value v, Operation writer) {
    if (v.definingOp() == null || !v.definingOp().isa("tl.alloc")) return false;
    for (var u : v.uses()) {
      Operation o = u.owner();
      if (o != writer && !o.isa("tl.dealloc") && !(o.isa("tl.fill") && o.operand(1) == v)) return false;
    }
    return true;
  }

  private static void eraseBuffer(Value v, Operation writer) {
    if (writer != null) writer.erase();
    List<Operation> users = new ArrayList<>();
    for (var u : v.uses()) users.add(u.owner());
    for (Operation o : users) o.erase();
    v.definingOp().erase();
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
