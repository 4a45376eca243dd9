package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.List;

/**
 * Producer-consumer fusion into tiles: where a {@code tl.loop} (a tiled consumer) reads a
 * {@code tl.subview} of a buffer that an earlier element-wise {@code tl.generic} (all loops
 * parallel, the identity map on its single output, the output element never read) fills, the
 * producer is computed per tile inside the loop, on the subviews of its operands that the tile
 * needs, right before the consumer reads it, and the whole-buffer producer goes. Overlapping tiles
 * (windows) recompute the overlap. Nothing between the producer and the loop may touch the
 * producer's buffers, and the buffer may only be used by the producer, subviews inside the loop and
 * deallocs after it.
 */
@PassInfo(name = "fuse-into-tiles", summary = "Compute element-wise producers of a tiled consumer per tile, inside its tile loop")
public final class FuseIntoTilesPass extends Pass {
  @PassOption(name = "report", description = "Emit a remark for every candidate producer left unfused, saying why")
  boolean report = false;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> loops = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.loop")) loops.add(o);
    });
    var fused = ctx.statistic("num-fused", "producers fused into tile loops");
    for (Operation loop : loops) {
      boolean again = true;
      while (again) {
        again = false;
        for (Operation p : candidates(loop)) {
          String why = fuse(p, loop);
          if (why == null) {
            fused.add(1);
            again = true;
            break;
          }
          if (report) p.emitRemark("not fused into the tile loop: " + why);
        }
      }
    }
  }

  /** The generics before {@code loop} in its block that write a buffer subviewed inside the loop. */
  static List<Operation> candidates(Operation loop) {
    List<Operation> r = new ArrayList<>();
    loop.region(0).walk(o -> {
      if (!o.isa("tl.subview")) return;
      for (OpOperand u : o.operand(0).uses()) {
        Operation p = u.owner();
        if (p.isa("tl.generic") && p.parentBlock() == loop.parentBlock() && p.isBeforeInBlock(loop) && !r.contains(p)
            && u.index() >= StructuredOps.numInputs(p))
          r.add(p);
      }
    });
    return r;
  }

  String fuse(Operation p, Operation loop) {
    int ins = StructuredOps.numInputs(p);
    if (p.numOperands() - ins != 1) return "it has " + (p.numOperands() - ins) + " outputs";
    Value buf = p.operand(ins);
    if (!(buf.type() instanceof MemRefType bt)) return "its output is not a buffer";
    List<AffineMap> maps = StructuredOps.maps(p);
    for (String it : LoopUtils.iterators(p)) if (!it.equals("parallel")) return "it has a reduction loop";
    if (!maps.get(ins).isIdentity()) return "its output map is not the identity";
    Block body = p.region(0).front();
    if (body.argument(ins).hasUses()) return "its body reads the output element";
    if (!LoopUtils.onBuffers(p)) return "it has tensor operands";
    for (int i = 0; i < ins; i++) if (p.operand(i) == buf) return "it reads its output buffer";
    // Between the producer and the loop, its inputs are only read or freed (the frees move after the loop); its output is untouched.
    List<Operation> frees = new ArrayList<>();
    for (Operation o = p.nextOp(); o != loop; o = o.nextOp())
      for (int i = 0; i < p.numOperands(); i++) {
        Value v = p.operand(i);
        if (!(v.type() instanceof MemRefType) || !uses(o, v)) continue;
        if (v != buf && o.isa("tl.dealloc")) frees.add(o);
        else if (v == buf || !readsOnly(o, v)) return "'" + o.name() + "' uses its operand #" + i + " before the loop";
      }
    List<Operation> views = new ArrayList<>();
    for (OpOperand u : buf.uses()) {
      Operation o = u.owner();
      if (o == p) continue;
      if (o.isa("tl.dealloc") && o.parentBlock() == loop.parentBlock() && loop.isBeforeInBlock(o)) continue;
      if (o.isa("tl.subview") && isAncestor(loop, o) && o.numOperands() - 1 == countDynamic(o) && unitStrides(o)
          && ((MemRefType) o.result(0).type()).rank() == bt.rank()) {
        views.add(o);
        continue;
      }
      return "its buffer is used by '" + o.name() + "' other than through unit-stride subviews in the loop";
    }
    if (views.isEmpty()) return "no subview of its buffer in the loop";
    Builder b = new Builder(p.context());
    int n = bt.rank();
    for (Operation v : views) {
      b.setInsertionPointAfter(v);
      long[] so = v.attr("static_offsets", DenseArrayAttr.class).asLongs(), ss = v.attr("static_sizes", DenseArrayAttr.class).asLongs();
      int k = 1;
      Value[] offset = new Value[n];
      Object[] size = new Object[n];
      for (int d = 0; d < n; d++) offset[d] = so[d] == ShapedType.DYNAMIC ? v.operand(k++) : LoopUtils.index(b, v.location(), so[d]);
      for (int d = 0; d < n; d++) size[d] = ss[d] == ShapedType.DYNAMIC ? v.operand(k++) : (Object) ss[d];
      boolean[] all = new boolean[n];
      java.util.Arrays.fill(all, true);
      Operation copy = p.clone(new IRMapping());
      List<Value> operands = TilePass.tileOperands(b, p.location(), p, all, offset, size);
      for (int i = 0; i < operands.size(); i++) copy.setOperand(i, operands.get(i));
      b.insert(copy);
      TilePass.shiftIndices(b, p.location(), copy, all, offset);
      // The consumer reads through the subview; the copy writes the same elements through its own view.
    }
    p.erase();
    Operation after = loop;
    for (Operation f : frees) {
      f.moveAfter(after);
      after = f;
    }
    return null;
  }

  /** Whether {@code o} only reads {@code v}: an input of a structured op, a load, a copy's source, a dim. */
  static boolean readsOnly(Operation o, Value v) {
    if (o.numRegions() > 0 && !o.isa("tl.generic")) return false;
    for (int i = 0; i < o.numOperands(); i++) {
      if (o.operand(i) != v) continue;
      boolean read = (o.isa("tl.generic") || o.isa("tl.matmul")) ? i < StructuredOps.numInputs(o)
          : o.isa("tl.load") || o.isa("tl.vload") || o.isa("tl.dim") || (o.isa("tl.copy") && i == 0);
      if (!read) return false;
    }
    if (o.isa("tl.generic")) for (Operation x : o.region(0).front()) if (uses(x, v)) return false;
    return true;
  }

  static boolean uses(Operation o, Value v) {
    boolean[] r = {false};
    o.walk(x -> {
      for (Value y : x.operands()) if (y == v) r[0] = true;
    });
    return r[0];
  }

  static boolean isAncestor(Operation a, Operation o) {
    for (Operation x = o.parentOp(); x != null; x = x.parentOp()) if (x == a) return true;
    return false;
  }

  static int countDynamic(Operation subview) {
    int c = 0;
    for (String k : new String[] {"static_offsets", "static_sizes", "static_strides"})
      for (long x : subview.attr(k, DenseArrayAttr.class).asLongs()) if (x == ShapedType.DYNAMIC) c++;
    return c;
  }

  static boolean unitStrides(Operation subview) {
    for (long x : subview.attr("static_strides", DenseArrayAttr.class).asLongs()) if (x != 1) return false;
    return true;
  }
}
