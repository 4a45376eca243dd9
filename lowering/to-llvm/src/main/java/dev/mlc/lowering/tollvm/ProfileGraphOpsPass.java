package dev.mlc.lowering.tollvm;

import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiling of graph ops for {@code mlc-run --profile}, in two steps around {@code convert-graph-to-tl}:
 *
 * <ol>
 *   <li>{@code profile-graph-ops} (on the graph-level module) numbers every graph op but
 *       {@code graph.constant} in function bodies, wraps its location in {@code loc("mlc.profile.ID"(original))}
 *       (graph-to-tl gives the ops it makes the graph op's location) and lists {@code ["graph.conv2d", "location"]}
 *       per id in the module attribute {@code mlc.profile_ops};
 *   <li>{@code profile-instrument} (after graph-to-tl) brackets each run of consecutive ops of a function
 *       block that carry the same id with {@code llvm.call @mlc_profile_begin(ID)} and
 *       {@code llvm.call @mlc_profile_end(ID)} (calls with side effects: later passes keep the op's loops
 *       between them) and restores the original locations. A second, later run of the same id (a dealloc
 *       placed after the next op, say) passes {@code ID | 1 << 32}: its time counts, its call does not.
 * </ol>
 *
 * The runtime (the JIT's {@code Profiler}) accumulates the time between the two calls per op and thread.
 */
@PassInfo(name = "profile-graph-ops", summary = "Number the graph ops for profiling (their locations carry the number through the lowering)",
    description = "Each graph op but graph.constant gets the location loc(\"mlc.profile.ID\"(original)); the module attribute mlc.profile_ops "
        + "lists [op name, location] per ID. Then convert-graph-to-tl, then profile-instrument.",
    anchor = "builtin.module")
public final class ProfileGraphOpsPass extends Pass {
  public static final String INSTRUMENT = "profile-instrument";
  public static final String NAME = "profile-graph-ops", BEGIN = "mlc_profile_begin", END = "mlc_profile_end", OPS_ATTR = "mlc.profile_ops";
  static final String PREFIX = "mlc.profile.";

  /** What mlc-run --profile runs before graph-to-llvm. */
  public static final String PIPELINE = "profile-graph-ops,convert-graph-to-tl,profile-instrument";

  @Override public void runOnOperation(Operation module, PassContext ctx) {
    List<Operation> ops = new ArrayList<>();
    for (Operation f : module.region(0).front()) {
      if (!f.isa("func.func") || f.region(0).isEmpty()) continue;
      f.walk(o -> {
        if (o.name().startsWith("graph.") && !o.isa("graph.constant") && o.numRegions() == 0 && !o.hasTrait(dev.mlc.ir.Traits.IsTerminator.class)
            && o.parentOfName("func.func") == f) ops.add(o);
      });
    }
    List<Attribute> table = new ArrayList<>();
    for (int id = 0; id < ops.size(); id++) {
      Operation o = ops.get(id);
      table.add(new ArrayAttr(List.of(StringAttr.of(o.name()), StringAttr.of(describe(o.location())))));
      o.setLocation(new Location.Name(PREFIX + id, o.location()));
    }
    module.setAttr(OPS_ATTR, new ArrayAttr(table));
    ctx.statistic("num-numbered", "graph ops numbered").add(ops.size());
  }

  /** The profile id a location carries, or -1. */
  static long id(Location loc) {
    if (loc instanceof Location.Name n && n.name().startsWith(PREFIX)) {
      try {
        return Long.parseLong(n.name().substring(PREFIX.length()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code profile-instrument}: the second step (see {@link ProfileGraphOpsPass}). */
  @PassInfo(name = "profile-instrument", summary = "Bracket the ops of each numbered graph op with calls of the profiling runtime",
      description = "After profile-graph-ops and convert-graph-to-tl: each run of consecutive ops carrying the same profile number gets "
          + "llvm.call @mlc_profile_begin(ID) before and @mlc_profile_end(ID) after it; the original locations are restored.",
      anchor = "builtin.module")
  public static final class Instrument extends Pass {
    @Override public void runOnOperation(Operation module, PassContext ctx) {
      Builder b = new Builder(module.context());
      java.util.Set<Long> seen = new java.util.HashSet<>();
      int groups = 0;
      for (Operation f : module.region(0).front()) {
        if (!f.isa("func.func") || f.region(0).isEmpty()) continue;
        for (dev.mlc.ir.Block blk : f.region(0).blocks()) {
          List<Operation> list = new ArrayList<>(blk.operations());
          int i = 0;
          while (i < list.size()) {
            long id = id(list.get(i).location());
            if (id < 0) {
              i++;
              continue;
            }
            int j = i;
            while (j + 1 < list.size() && id(list.get(j + 1).location()) == id && !list.get(j + 1).hasTrait(dev.mlc.ir.Traits.IsTerminator.class)) j++;
            long tag = seen.add(id) ? id : id | 1L << 32;
            Location loc = ((Location.Name) list.get(i).location()).child();
            b.setInsertionPoint(list.get(i));
            call(b, loc, BEGIN, tag);
            b.setInsertionPointAfter(list.get(j));
            call(b, loc, END, tag);
            groups++;
            i = j + 1;
          }
        }
      }
      module.walk(o -> {
        if (id(o.location()) >= 0) o.setLocation(((Location.Name) o.location()).child());
      });
      if (groups > 0) {
        declare(module, BEGIN);
        declare(module, END);
      }
      ctx.statistic("num-instrumented", "runs of ops bracketed").add(groups);
    }
  }

  /** A location as a profile shows it: the name of a named location (an ONNX node), else {@code file:line:col}. */
  public static String describe(Location loc) {
    return switch (loc) {
      case Location.Name n -> n.name();
      case Location.FileLineCol f -> f.file().substring(f.file().lastIndexOf('/') + 1) + ":" + f.line() + ":" + f.column();
      case Location.CallSite c -> describe(c.callee());
      case Location.Fused fu -> {
        List<String> parts = new ArrayList<>();
        for (Location l : fu.locations()) parts.add(describe(l));
        yield String.join(",", parts);
      }
      case Location.Unknown u -> "unknown";
    };
  }

  private static void call(Builder b, Location loc, String fn, long id) {
    LlvmBuild.op(b, "llvm.call", loc, List.of(LlvmBuild.i64(b, loc, id)), null, "callee", SymbolRefAttr.flat(fn));
  }

  private static void declare(Operation module, String name) {
    for (Operation o : module.region(0).front())
      if (o.attr("sym_name") instanceof StringAttr s && s.value().equals(name)) return;
    Type i64 = LlvmTypeConverter.I64;
    Operation f = Operation.create(module.context().opName("llvm.func"), Location.UNKNOWN, List.of(), List.of(), null, DictionaryAttr.of(List.of(
        new NamedAttribute("function_type", new TypeAttr(new LlvmType.Func(LlvmType.Void.INSTANCE, List.of(i64), false))),
        new NamedAttribute("linkage", LlvmAttr.EXTERNAL), new NamedAttribute("sym_name", StringAttr.of(name)))), List.of(), 1);
    module.region(0).front().prepend(f);
  }
}
