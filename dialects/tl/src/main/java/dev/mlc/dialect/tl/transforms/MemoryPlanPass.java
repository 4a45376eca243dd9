package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.Layouts;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A liveness-based static memory plan per function: the {@code tl.alloc}s of static size in the
 * function's body block, whose buffers are only used by ops that accept any strided layout (loads,
 * stores, structured ops, fills, copies, {@code tl.dim}, {@code tl.dealloc}), become
 * {@code tl.reinterpret_cast} views at offsets of one arena per element type (one
 * {@code tl.alloc {alignment = 64}}, freed before the return), and their deallocs disappear. A
 * buffer lives from its allocation to the last op of the body that uses it (uses inside loops count
 * for the whole loop); buffers whose lifetimes do not overlap share bytes. Offsets are chosen
 * greedily, largest buffer first, at the lowest 64-byte-aligned offset that overlaps no live
 * buffer. The peak (the arena's size) and the sum of the planned sizes are statistics and a remark.
 *
 * <p>An arena, or another static {@code tl.alloc} of the body (one the plan cannot place, such as a
 * padded buffer used through a subview), of at least {@code pool-bytes} bytes is marked
 * {@code tl.pooled}, with its deallocs: its memory comes from the runtime's buffer pool
 * ({@code mlc_buffer_acquire}/{@code mlc_buffer_release}, docs/parallel-runtime.md), which keeps it
 * for the next call instead of giving it back to the system, so a function called again touches no
 * fresh pages.
 *
 * <p>First ({@code forward-copies}), a buffer {@code %src} of the body that is written and read, then
 * copied whole into a subview of another buffer of the body that was filled ({@code %pad}, a
 * convolution's zero padding) and then freed, is replaced by that subview: {@code %pad}'s allocation,
 * fill and subview move right after {@code %src}'s allocation, {@code %src}'s users write the
 * subview, and the copy and {@code %src} disappear. Only ops that accept any strided layout may use
 * {@code %src}, all before the copy; nothing else may use {@code %pad} or the subview before it.
 */
@PassInfo(name = "memory-plan", summary = "Place the static tl.alloc buffers of each function in one arena, reusing bytes of dead buffers")
public final class MemoryPlanPass extends Pass {
  @PassOption(name = "report", description = "Emit a remark per function with the peak and the sum of the planned sizes")
  boolean report = false;

  @PassOption(name = "forward-copies", description = "Let the producer of a buffer that is only copied into a view of a filled buffer (a convolution's padding) write that view directly")
  boolean forwardCopies = true;

  @PassOption(name = "pool-bytes", description = "Buffers of at least this many bytes (arenas and other static allocations of the body) come from the runtime's buffer pool; 0: none")
  long poolBytes = 65536;

  /** The discardable attribute of a pooled {@code tl.alloc} and its {@code tl.dealloc}s (lowered by convert-tl-to-llvm). */
  public static final String POOLED = "tl.pooled";

  static final Set<String> ANY_LAYOUT = Set.of("tl.load", "tl.store", "tl.vload", "tl.vstore", "tl.generic", "tl.matmul", "tl.fill", "tl.copy",
      "tl.dim", "tl.dealloc");

  static final int ALIGN = 64;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> funcs = new ArrayList<>();
    if (root.isa("func.func")) funcs.add(root);
    else root.walk(o -> {
      if (o.isa("func.func")) funcs.add(o);
    });
    var planned = ctx.statistic("num-planned", "buffers placed in an arena");
    var peak = ctx.statistic("peak-bytes", "arena bytes (the planned peak)");
    var sum = ctx.statistic("sum-bytes", "bytes of the planned buffers, one allocation each");
    var forwarded = ctx.statistic("num-forwarded", "copies into padded buffers removed (their source written in place)");
    for (Operation f : funcs) {
      if (f.numRegions() == 0 || f.region(0).blocks().size() != 1) continue;
      if (forwardCopies) forwarded.add(forwardCopies(f.region(0).front()));
      long[] r = plan(f.region(0).front(), f.location());
      if (poolBytes > 0) markPooled(f.region(0).front(), poolBytes);
      if (r == null) continue;
      planned.add(r[0]);
      peak.add(r[1]);
      sum.add(r[2]);
      if (report) f.emitRemark("memory plan: " + r[0] + " buffers in " + r[1] + " bytes (" + r[2] + " bytes as separate allocations)");
    }
  }

  /** One buffer of the plan: its allocation, live range (positions in the block), size in bytes, and offset. */
  static final class Slot {
    final Operation alloc;
    final int start, end;
    final long bytes;
    long offset;

    Slot(Operation alloc, int start, int end, long bytes) {
      this.alloc = alloc;
      this.start = start;
      this.end = end;
      this.bytes = bytes;
    }
  }

  /** Plans one body; returns {buffers, peak bytes, sum bytes} or null when nothing is planned. */
  static long[] plan(Block body, Location loc) {
    Map<Operation, Integer> pos = new IdentityHashMap<>();
    int p = 0;
    for (Operation o : body) pos.put(o, p++);
    Map<Type, List<Slot>> byType = new LinkedHashMap<>();
    for (Operation o : body) {
      if (!o.isa("tl.alloc") || o.numOperands() != 0) continue;
      MemRefType t = (MemRefType) o.result(0).type();
      if (!Layouts.isIdentity(t) || t.memorySpace() != null) continue;
      int eb = DenseElementsAttr.elementBytes(t.elementType());
      if (eb <= 0) continue;
      if (o.attr("alignment") instanceof IntegerAttr a && a.value().longValue() > ALIGN) continue;
      int end = pos.get(o);
      boolean ok = true;
      for (OpOperand use : o.result(0).uses()) {
        Operation u = use.owner();
        if (!ANY_LAYOUT.contains(u.name())) {
          ok = false;
          break;
        }
        Operation a = u;
        while (a != null && a.parentBlock() != body) a = a.parentOp();
        if (a == null) {
          ok = false;
          break;
        }
        end = Math.max(end, pos.get(a));
      }
      if (!ok) continue;
      long n = 1;
      for (long d : t.shape()) n *= d;
      byType.computeIfAbsent(t.elementType(), k -> new ArrayList<>()).add(new Slot(o, pos.get(o), end, Math.max(1, n) * eb));
    }
    long count = 0, peak = 0, sum = 0;
    Builder b = new Builder(body.parentOp().context());
    for (var e : byType.entrySet()) {
      List<Slot> slots = e.getValue();
      if (slots.size() < 2) continue;
      long arena = assign(slots);
      int eb = DenseElementsAttr.elementBytes(e.getKey());
      b.setInsertionPointToStart(body);
      MemRefType at = new MemRefType(new long[] {arena / eb}, e.getKey());
      OperationState st = new OperationState(b.context().opName("tl.alloc"), loc);
      st.resultTypes.add(at);
      st.addAttribute("alignment", IntegerAttr.i64(ALIGN));
      Value arenaBuf = b.create(st).result(0);
      for (Slot s : slots) rewrite(b, s, arenaBuf, eb);
      b.setInsertionPoint(body.last());
      OperationState d = new OperationState(b.context().opName("tl.dealloc"), loc);
      d.operands.add(arenaBuf);
      b.create(d);
      count += slots.size();
      peak += arena;
      for (Slot s : slots) sum += s.bytes;
    }
    return count == 0 ? null : new long[] {count, peak, sum};
  }

  /** Forwards the copies of {@code body} into filled subviews (see the class comment); returns how many. */
  static int forwardCopies(Block body) {
    int n = 0;
    for (Operation copy : List.copyOf(body.operations())) {
      if (copy.parentBlock() != body || !copy.isa("tl.copy") || copy.numOperands() != 2) continue;
      Value src = copy.operand(0), dst = copy.operand(1);
      if (!(src.definingOp() instanceof Operation sa) || !topAlloc(sa, body) || !(sa.result(0).type() instanceof MemRefType st) || !Layouts.isIdentity(st)) continue;
      if (!(dst.definingOp() instanceof Operation sv) || !sv.isa("tl.subview") || sv.numOperands() != 1 || sv.parentBlock() != body) continue;
      Value pad = sv.operand(0);
      if (!(pad.definingOp() instanceof Operation pa) || !topAlloc(pa, body)) continue;
      if (!(sa.isBeforeInBlock(pa) && pa.isBeforeInBlock(sv) && sv.isBeforeInBlock(copy))) continue;
      List<Operation> fills = new ArrayList<>(), srcDeallocs = new ArrayList<>();
      boolean ok = true;
      for (OpOperand u : src.uses()) {
        Operation o = u.owner();
        if (o == copy) continue;
        Operation top = topLevel(o, body);
        if (o.isa("tl.dealloc") && top == o && copy.isBeforeInBlock(o)) srcDeallocs.add(o);
        else if (!ANY_LAYOUT.contains(o.name()) || o.isa("tl.dealloc") || top == null || !top.isBeforeInBlock(copy)) ok = false;
      }
      for (OpOperand u : pad.uses()) {
        Operation o = u.owner(), top = topLevel(o, body);
        if (o == sv || top != null && copy.isBeforeInBlock(top)) continue;
        if (o.isa("tl.fill") && top == o && u.index() == 1 && o.operand(0).definingOp() instanceof Operation c && c.isa("arith.constant")) fills.add(o);
        else ok = false;
      }
      for (OpOperand u : dst.uses()) {
        Operation top = topLevel(u.owner(), body);
        if (u.owner() != copy && (top == null || !copy.isBeforeInBlock(top))) ok = false;
      }
      if (!ok) continue;
      Operation at = sa;
      pa.moveAfter(at);
      at = pa;
      for (Operation f : fills) {
        Operation c = f.operand(0).definingOp().clone(new dev.mlc.ir.IRMapping());
        body.insertAfter(c, at);
        f.setOperand(0, c.result(0));
        f.moveAfter(c);
        at = f;
      }
      sv.moveAfter(at);
      for (OpOperand u : List.copyOf(src.useList())) if (u.owner() != copy && !srcDeallocs.contains(u.owner())) u.set(dst);
      copy.erase();
      for (Operation d : srcDeallocs) d.erase();
      sa.erase();
      n++;
    }
    return n;
  }

  private static boolean topAlloc(Operation o, Block body) { return o.isa("tl.alloc") && o.numOperands() == 0 && o.parentBlock() == body; }

  /** The op of {@code body} that is or contains {@code o}, or null. */
  private static Operation topLevel(Operation o, Block body) {
    Operation a = o;
    while (a != null && a.parentBlock() != body) a = a.parentOp();
    return a;
  }

  /** Marks the static {@code tl.alloc}s of {@code body} of at least {@code min} bytes, and their deallocs, {@code tl.pooled}. */
  static void markPooled(Block body, long min) {
    for (Operation o : body) {
      if (!o.isa("tl.alloc") || o.numOperands() != 0 || !(o.result(0).type() instanceof MemRefType t)) continue;
      if (!Layouts.isIdentity(t) || t.memorySpace() != null || !isStatic(t)) continue;
      if (o.attr("alignment") instanceof IntegerAttr a && a.value().longValue() > ALIGN) continue;
      int eb = DenseElementsAttr.elementBytes(t.elementType());
      if (eb <= 0) continue;
      long n = 1;
      for (long d : t.shape()) n *= d;
      if (n * eb < min) continue;
      o.setAttr(POOLED, UnitAttr.INSTANCE);
      for (OpOperand u : o.result(0).uses()) if (u.owner().isa("tl.dealloc")) u.owner().setAttr(POOLED, UnitAttr.INSTANCE);
    }
  }

  static long align(long x) { return (x + ALIGN - 1) / ALIGN * ALIGN; }

  /** Greedy placement, largest first, at the lowest aligned offset overlapping no placed buffer of an overlapping lifetime; returns the arena size. */
  static long assign(List<Slot> slots) {
    List<Slot> order = new ArrayList<>(slots);
    order.sort(Comparator.comparingLong((Slot s) -> -s.bytes).thenComparingInt(s -> s.start));
    List<Slot> placed = new ArrayList<>();
    long top = 0;
    for (Slot s : order) {
      List<Slot> live = new ArrayList<>();
      for (Slot q : placed) if (q.start <= s.end && s.start <= q.end) live.add(q);
      live.sort(Comparator.comparingLong(q -> q.offset));
      long off = 0;
      for (Slot q : live) {
        if (off + s.bytes <= q.offset) break;
        off = Math.max(off, align(q.offset + q.bytes));
      }
      s.offset = off;
      placed.add(s);
      top = Math.max(top, align(off + s.bytes));
    }
    return Math.max(top, ALIGN);
  }

  /** {@code tl.alloc} -> {@code tl.reinterpret_cast} of the arena at the slot's offset; its deallocs are erased. */
  static void rewrite(Builder b, Slot s, Value arena, int eb) {
    Operation alloc = s.alloc;
    MemRefType t = (MemRefType) alloc.result(0).type();
    long off = s.offset / eb;
    long[] strides = Layouts.rowMajor(t.shape());
    MemRefType vt = new MemRefType(t.shape(), t.elementType(), new StridedLayoutAttr(off, strides), null);
    b.setInsertionPoint(alloc);
    OperationState st = new OperationState(b.context().opName("tl.reinterpret_cast"), alloc.location());
    st.operands.add(arena);
    st.resultTypes.add(vt);
    st.addAttribute("static_offsets", DenseArrayAttr.i64(new long[] {off}));
    st.addAttribute("static_sizes", DenseArrayAttr.i64(t.shape()));
    st.addAttribute("static_strides", DenseArrayAttr.i64(strides));
    st.addAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.of(32), new long[] {1, 0, 0, 0}));
    Value view = b.create(st).result(0);
    List<Operation> deallocs = new ArrayList<>();
    for (OpOperand u : alloc.result(0).uses()) if (u.owner().isa("tl.dealloc")) deallocs.add(u.owner());
    for (Operation d : deallocs) d.erase();
    alloc.result(0).replaceAllUsesWith(view);
    alloc.erase();
  }

  static boolean isStatic(MemRefType t) {
    for (long d : t.shape()) if (d == ShapedType.DYNAMIC) return false;
    return true;
  }
}
