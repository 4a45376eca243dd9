package dev.mlc.dialect.graph.transforms;

import dev.mlc.dialect.graph.ir.FusionOp;
import dev.mlc.dialect.graph.ir.YieldOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --fuse}: groups graph ops into {@code graph.fusion} ops that lower to one loop nest. Two
 * kinds of groups (see docs/fusion.md):
 * <ul>
 *   <li>element-wise: a connected set of element-wise ops whose results all have the same static
 *       shape; operands from outside may broadcast;</li>
 *   <li>contraction + epilogue: a {@code conv2d}, {@code matmul} or {@code gemm} whose result has
 *       one use, by an element-wise group of its shape that gives exactly one result of the
 *       contraction's type (bias add, relu, clip, sigmoid, hard_swish, ...).</li>
 * </ul>
 * No work is duplicated: a value of an element-wise group used outside the group becomes a further
 * result of the group (computed once, in the same loop); such a group gets no contraction, and a
 * contraction whose result has other uses is not fused. A group sits where its last op was, so an
 * op is merged only when every outside use of the group's values comes after that point.
 */
@PassInfo(name = "fuse", summary = "Group element-wise chains and contraction epilogues into graph.fusion ops")
public final class FusePass extends Pass {
  /** The element-wise ops the fused lowering computes as scalars in one loop body. */
  public static final Set<String> ELEMENTWISE = Set.of("graph.add", "graph.sub", "graph.mul", "graph.div", "graph.max", "graph.min",
      "graph.pow", "graph.equal", "graph.less", "graph.greater", "graph.where", "graph.relu", "graph.neg", "graph.abs", "graph.exp",
      "graph.log", "graph.sqrt", "graph.tanh", "graph.erf", "graph.reciprocal", "graph.sigmoid", "graph.leaky_relu", "graph.clip",
      "graph.hard_sigmoid", "graph.hard_swish", "graph.gelu", "graph.cast");

  /** The reductions that take an element-wise prologue (their input) and epilogue (their result). */
  public static final Set<String> REDUCTIONS = Set.of("graph.reduce_sum", "graph.reduce_mean", "graph.reduce_max", "graph.reduce_min");

  /** The contractions that take an element-wise epilogue. */
  public static final Set<String> CONTRACTIONS = Set.of("graph.conv2d", "graph.matmul", "graph.gemm");

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Block> blocks = new ArrayList<>();
    root.walk(o -> {
      if (o.isa(FusionOp.NAME)) return;
      for (Region r : o.regions()) for (Block b : r.blocks()) if (!insideFusion(b)) blocks.add(b);
    });
    for (Block b : blocks) fuse(b);
  }

  private static boolean insideFusion(Block b) {
    for (Operation p = b.parentOp(); p != null; p = p.parentOp()) if (p.isa(FusionOp.NAME)) return true;
    return false;
  }

  /** The static shape of an op's single ranked tensor result, or null. */
  static long[] staticShape(Operation op) {
    if (op.numResults() != 1 || !(op.result(0).type() instanceof RankedTensorType t) || !t.hasStaticShape()) return null;
    return t.shape();
  }

  static boolean isElementwise(Operation op) { return ELEMENTWISE.contains(op.name()) && staticShape(op) != null; }

  static boolean isContraction(Operation op) {
    return CONTRACTIONS.contains(op.name()) && staticShape(op) != null && ((RankedTensorType) op.result(0).type()).elementType() instanceof FloatType;
  }

  private static final class Group {
    final Set<Operation> ops = new LinkedHashSet<>();
    long[] shape;
    Operation contraction;
    boolean taken;
  }

  private static void fuse(Block block) {
    Map<Operation, Integer> pos = new IdentityHashMap<>();
    int n = 0;
    for (Operation op : block) pos.put(op, n++);
    Map<Operation, Group> groupOf = new IdentityHashMap<>();
    List<Group> groups = new ArrayList<>();
    for (Operation op : block) {
      if (!isElementwise(op)) continue;
      long[] s = staticShape(op);
      Group g = new Group();
      g.shape = s;
      g.ops.add(op);
      for (Value v : op.operands()) {
        Operation p = v.definingOp();
        Group pg = p == null ? null : groupOf.get(p);
        if (pg == null || pg == g || !Arrays.equals(pg.shape, s)) continue;
        // merge pg into g when no value of pg (or of g so far) is used outside both before op's position
        Set<Operation> merged = new LinkedHashSet<>(pg.ops);
        merged.addAll(g.ops);
        if (!usesAfter(merged, op, block, pos)) continue;
        // an op that feeds a reduction takes only producers it alone reads, so that it can become the
        // reduction's prologue (whose values are never stored)
        if (feedsReduction(op)) {
          merged.add(op);
          if (!results(merged).equals(List.of(op.result(0)))) continue;
        }
        for (Operation m : pg.ops) groupOf.put(m, g);
        g.ops.addAll(pg.ops);
        groups.remove(pg);
      }
      groupOf.put(op, g);
      groups.add(g);
    }
    // contraction + epilogue: the contraction's only use is in a group with one result of its type
    for (Group g : groups) {
      List<Value> res = results(g.ops);
      if (res.size() != 1) continue;
      for (Operation m : g.ops) {
        for (Value v : m.operands()) {
          Operation c = v.definingOp();
          if (c == null || c.parentBlock() != block || !isContraction(c) || !v.hasOneUse() || !Arrays.equals(staticShape(c), g.shape)) continue;
          if (!c.result(0).type().equals(res.get(0).type())) continue;
          g.contraction = c;
          break;
        }
        if (g.contraction != null) break;
      }
      if (g.contraction != null) g.ops.add(g.contraction);
    }
    // reduction with an element-wise prologue (whose one result is the reduction's input, used only
    // there) and/or an element-wise epilogue (the reduction's value used only there, one result of its type)
    List<Group> reductions = new ArrayList<>();
    for (Operation r : block) {
      if (!isReduction(r)) continue;
      Value in = r.operand(0), res = r.result(0);
      Group pro = in.definingOp() == null ? null : groupOf.get(in.definingOp()), epi = null;
      if (pro != null && (pro.taken || pro.contraction != null || !in.hasOneUse() || !results(pro.ops).equals(List.of(in)))) pro = null;
      if (res.hasOneUse()) {
        epi = groupOf.get(res.uses().iterator().next().owner());
        if (epi != null && (epi.taken || epi.contraction != null || !Arrays.equals(epi.shape, staticShape(r)))) epi = null;
        if (epi != null) {
          List<Value> er = results(epi.ops);
          if (er.size() != 1 || !er.get(0).type().equals(res.type())) epi = null;
        }
      }
      if (pro == null && epi == null) continue;
      Group g = new Group();
      if (pro != null) g.ops.addAll(pro.ops);
      g.ops.add(r);
      if (epi != null) g.ops.addAll(epi.ops);
      for (Group t : new Group[] {pro, epi}) if (t != null) {
        t.taken = true;
        groups.remove(t);
      }
      reductions.add(g);
    }
    groups.addAll(reductions);
    for (Group g : groups) if (g.ops.size() > 1) build(block, g, pos);
  }

  private static boolean feedsReduction(Operation op) {
    return op.result(0).hasOneUse() && isReduction(op.result(0).uses().iterator().next().owner());
  }

  static boolean isReduction(Operation op) {
    return REDUCTIONS.contains(op.name()) && staticShape(op) != null && op.operand(0).type() instanceof RankedTensorType t && t.hasStaticShape()
        && t.elementType() instanceof FloatType;
  }

  /** Whether every use of a value of {@code ops} by an op outside {@code ops} comes after {@code at} (in {@code block}'s order). */
  private static boolean usesAfter(Set<Operation> ops, Operation at, Block block, Map<Operation, Integer> pos) {
    for (Operation m : ops)
      for (Value r : m.results())
        for (var use : r.uses()) {
          Operation u = top(use.owner(), block);
          if (u == at || ops.contains(u)) continue;
          if (u == null || pos.get(u) <= pos.get(at)) return false;
        }
    return true;
  }

  private static Operation top(Operation op, Block block) {
    Operation t = op;
    while (t != null && t.parentBlock() != block) t = t.parentOp();
    return t;
  }

  /** The values of {@code ops} used outside them, in op order. */
  private static List<Value> results(Set<Operation> ops) {
    List<Value> r = new ArrayList<>();
    for (Operation m : ops)
      for (Value v : m.results())
        for (var use : v.uses())
          if (!inside(use.owner(), ops)) {
            r.add(v);
            break;
          }
    return r;
  }

  private static boolean inside(Operation op, Set<Operation> ops) {
    for (Operation t = op; t != null; t = t.parentOp()) if (ops.contains(t)) return true;
    return false;
  }

  /** Replaces the ops of {@code g} by one {@code graph.fusion} where the last of them was. */
  private static void build(Block block, Group g, Map<Operation, Integer> pos) {
    List<Operation> members = new ArrayList<>(g.ops);
    members.sort((a, b) -> Integer.compare(pos.get(a), pos.get(b)));
    Set<Operation> set = new LinkedHashSet<>(members);
    List<Value> yields = results(set);
    if (yields.isEmpty()) return;
    List<Value> externals = new ArrayList<>();
    Set<Value> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Operation m : members)
      for (Value v : m.operands())
        if ((v.definingOp() == null || !set.contains(v.definingOp())) && seen.add(v)) externals.add(v);
    Operation last = members.get(members.size() - 1);
    List<Type> types = new ArrayList<>();
    for (Value v : yields) types.add(v.type());
    Operation f = Operation.create(block.parentOp().context().opName(FusionOp.NAME), last.location(), externals, types, null,
        DictionaryAttr.EMPTY, List.of(), 1);
    block.insertBefore(f, last);
    Block body = new Block();
    Map<Value, BlockArgument> arg = new IdentityHashMap<>();
    for (Value v : externals) arg.put(v, body.addArgument(v.type(), v.location()));
    f.region(0).appendBlock(body);
    for (Operation m : members) {
      m.remove();
      body.append(m);
      for (int i = 0; i < m.numOperands(); i++) {
        BlockArgument a = arg.get(m.operand(i));
        if (a != null) m.setOperand(i, a);
      }
    }
    for (int k = 0; k < yields.size(); k++) yields.get(k).replaceUsesWithIf(f.result(k), use -> !inside(use.owner(), set));
    body.append(Operation.create(block.parentOp().context().opName(YieldOp.NAME), last.location(), yields, List.of(), null,
        DictionaryAttr.EMPTY, List.of(), 0));
  }
}
