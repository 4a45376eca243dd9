package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.analysis.CallGraph;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's {@code inlineCall}: replaces a call by a copy of its callee's body. The callee stays (the
 * inliner erases it once dead). A one-block callee is spliced before the call, its return's
 * operands replacing the call's results; a callee with several blocks splits the caller's block
 * after the call, its returns becoming branches (through the dialect's
 * {@link InlinerInterface#handleTerminator}) to the second half, whose arguments replace the results.
 * Inlined ops get {@code callsite(op-loc at call-loc)} locations. Every check runs before the IR
 * changes, so a refused call leaves everything as it was.
 */
public final class InliningUtils {
  private InliningUtils() {}

  /** The outcome: the inlined top-level ops on success, or why the call was left alone. */
  public record Result(List<Operation> inlinedOps, String failure) {
    public boolean succeeded() { return failure == null; }

    static Result fail(String why) { return new Result(List.of(), why); }
  }

  /** Inlines {@code call} (a {@link CallOpInterface} op) to {@code callable}, or says why not. */
  public static Result inlineCall(Operation call, Operation callable) {
    Region src = CallGraph.callableRegion(callable);
    if (src == null) return Result.fail("the callee has no body");
    String why = checkInlinable(call, src);
    if (why != null) return Result.fail(why);
    Region copy = new Region(null);
    src.cloneInto(copy, new IRMapping());
    remapLocations(copy, call.location());
    List<Value> args = ((CallOpInterface) call.def()).argOperands(call);
    Block first = copy.front();
    for (int i = 0; i < args.size(); i++) first.argument(i).replaceAllUsesWith(args.get(i));
    if (copy.hasOneBlock()) return spliceSingleBlock(call, first);
    return spliceBlocks(call, copy);
  }

  /** Why {@code call} cannot take the body {@code src}, or null when it can. */
  static String checkInlinable(Operation call, Region src) {
    if (call.hasTrait(Traits.IsTerminator.class)) return "the call is a terminator";
    List<Value> args = ((CallOpInterface) call.def()).argOperands(call);
    if (!src.front().argumentTypes().equals(types(args))) return "the call's operand types differ from the callee's arguments";
    List<Operation> nested = new ArrayList<>();
    src.walk(nested::add);
    for (Operation op : nested) {
      InlinerInterface ii = interfaceOf(op);
      if (ii == null) return "'" + op.name() + "' belongs to a dialect without an inliner interface";
      if (!ii.isLegalToInline(op)) return "'" + op.name() + "' is not legal to inline";
    }
    for (Block b : src.blocks()) {
      Operation t = b.last();
      if (t != null && t.numSuccessors() > 0 && !src.hasOneBlock()) continue;
      InlinerInterface ii = t == null ? null : interfaceOf(t);
      if (ii == null || !ii.isReturn(t)) return "a block of the callee does not end in a return";
      if (!types(ii.returnedValues(t)).equals(call.resultTypes())) return "the callee returns types that differ from the call's results";
    }
    if (!src.hasOneBlock() && !callerTakesBlocks(call, src))
      return "the callee has several blocks and the caller's region may hold only one";
    return null;
  }

  /**
   * MLIR's rule (the caller's parent is the same op as the callable, or a registered op without the
   * SingleBlock trait), and the call is followed by a terminator in an SSACFG region (there is
   * control flow to branch into).
   */
  private static boolean callerTakesBlocks(Operation call, Region src) {
    Operation parent = call.parentOp();
    if (parent == null || call.nextOp() == null || parent.hasTrait(Traits.NoTerminator.class)) return false;
    if (parent.opName() == src.parentOp().opName()) return true;
    return parent.isRegistered() && !parent.hasTrait(Traits.SingleBlock.class)
        && !parent.def().isGraphRegion(call.parentRegion().indexInParent());
  }

  /** The inliner interface of {@code op}'s dialect, or null. */
  static InlinerInterface interfaceOf(Operation op) {
    Dialect d = op.context().dialect(op.opName().dialectNamespace());
    return d instanceof InlinerInterface ii ? ii : null;
  }

  private static Result spliceSingleBlock(Operation call, Block body) {
    Operation ret = body.last();
    List<Value> results = new ArrayList<>(interfaceOf(ret).returnedValues(ret));
    List<Operation> moved = new ArrayList<>();
    for (Operation o : body) {
      if (o == ret) break;
      o.remove();
      call.parentBlock().insertBefore(o, call);
      moved.add(o);
    }
    call.replaceAllUsesWith(results);
    ret.erase();
    call.erase();
    return new Result(moved, null);
  }

  private static Result spliceBlocks(Operation call, Region copy) {
    Block post = new Block();
    for (Type t : call.resultTypes()) post.addArgument(t, call.location());
    for (Block b : copy.blocks()) {
      Operation t = b.last();
      if (t.numSuccessors() > 0) continue;
      InlinerInterface ii = interfaceOf(t);
      if (!ii.handleTerminator(t, post)) {
        copy.clear();
        return Result.fail("dialect '" + t.opName().dialectNamespace() + "' cannot turn '" + t.name() + "' into a branch");
      }
    }
    Block callBlock = call.parentBlock();
    Region region = callBlock.parent();
    for (Operation o = call.nextOp(); o != null; ) {
      Operation n = o.nextOp();
      o.remove();
      post.append(o);
      o = n;
    }
    List<Block> blocks = new ArrayList<>(copy.blocks());
    Block prev = callBlock;
    for (Block b : blocks.subList(1, blocks.size())) {
      b.erasePreservingOps();
      region.insertAfter(b, prev);
      prev = b;
    }
    region.insertAfter(post, prev);
    List<Operation> moved = new ArrayList<>(blocks.getFirst().operations());
    callBlock.takeOperations(blocks.getFirst());
    blocks.getFirst().erasePreservingOps();
    call.replaceAllUsesWith(post.arguments());
    call.erase();
    for (Block b : blocks.subList(1, blocks.size())) moved.addAll(b.operations());
    return new Result(moved, null);
  }

  /** Gives every op and block argument of {@code r} the location {@code callsite(loc at callLoc)}. */
  private static void remapLocations(Region r, Location callLoc) {
    if (callLoc == Location.UNKNOWN) return;
    r.walk(op -> {
      op.setLocation(stack(op.location(), callLoc));
      for (Region nested : op.regions())
        for (Block b : nested.blocks()) for (BlockArgument a : b.arguments()) a.setLocation(stack(a.location(), callLoc));
    });
    for (Block b : r.blocks()) for (BlockArgument a : b.arguments()) a.setLocation(stack(a.location(), callLoc));
  }

  /** {@code callsite(callee at caller)}, nesting an existing call site's caller chain (MLIR's stackLocations). */
  private static Location stack(Location callee, Location caller) {
    if (callee instanceof Location.CallSite cs) return new Location.CallSite(cs.callee(), stack(cs.caller(), caller));
    return new Location.CallSite(callee, caller);
  }

  private static List<Type> types(List<? extends Value> values) {
    List<Type> r = new ArrayList<>(values.size());
    for (Value v : values) r.add(v.type());
    return r;
  }
}
