package dev.mlc.lowering.graphtotl;

import dev.mlc.dialect.func.ir.FuncOp;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers graph functions to tl on buffers: tensor arguments become memref arguments, results become
 * caller-allocated out-parameters appended to the arguments (the function returns nothing), each
 * intermediate gets a {@code tl.alloc} and a {@code tl.dealloc} after its last use, and a value that is
 * returned is computed in place into its out-parameter. See docs/lowering-graph-to-tl.md.
 */
@PassInfo(name = "convert-graph-to-tl", summary = "Lower graph ops to tl structured ops on buffers (bufferization included)")
public final class ConvertGraphToTlPass extends Pass {
  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> funcs = new ArrayList<>();
    root.walk(o -> {
      if (o.isa(FuncOp.NAME) && !o.region(0).isEmpty() && containsGraph(o)) funcs.add(o);
    });
    boolean ok = true;
    for (Operation f : funcs) ok &= check(f);
    if (!ok) {
      ctx.signalFailure();
      return;
    }
    for (Operation f : funcs) convert(f);
  }

  private static boolean containsGraph(Operation f) {
    boolean[] any = {FuncOp.functionType(f).inputs().stream().anyMatch(t -> t instanceof RankedTensorType)
        || FuncOp.functionType(f).results().stream().anyMatch(t -> t instanceof RankedTensorType)};
    f.walk(o -> any[0] |= o.name().startsWith("graph."));
    return any[0];
  }

  /** Emits a located diagnostic for everything the lowering cannot handle; true when the function can be lowered. */
  private static boolean check(Operation f) {
    boolean ok = true;
    if (f.region(0).blocks().size() != 1) {
      f.emitOpError("cannot be lowered to tl: expected a single block");
      return false;
    }
    FunctionType ft = FuncOp.functionType(f);
    for (Type t : concat(ft.inputs(), ft.results())) {
      String why = GraphLowerings.typeReason(t, true);
      if (why != null) {
        f.emitOpError("cannot be lowered to tl: " + why);
        ok = false;
        break;
      }
    }
    return checkOps(f.region(0).front()) && ok;
  }

  /** Why a constant cannot be lowered (its type, or a resource blob without data), or null. */
  private static String constantReason(Operation op) {
    if (op.attr("value") instanceof dev.mlc.ir.attr.DenseResourceElementsAttr r && op.context().resources().blob(r.handle()) == null)
      return "dense resource '" + r.handle() + "' has no data";
    return GraphLowerings.typeReason(op.resultTypes().get(0), true);
  }

  /** Checks the ops of a function body or of a {@code graph.fusion} body (whose ops are lowered after inlining). */
  private static boolean checkOps(Block block) {
    boolean ok = true;
    for (Operation op : block) {
      if (op.isa("func.return") || op.isa("graph.yield")) continue;
      if (op.isa("graph.fusion")) {
        for (Type t : op.resultTypes()) {
          String why = GraphLowerings.typeReason(t, true);
          if (why != null) {
            op.emitOpError("cannot be lowered: " + why);
            ok = false;
            break;
          }
        }
        ok &= checkOps(op.region(0).front());
        continue;
      }
      String why = op.isa("graph.constant") ? constantReason(op)
          : op.name().startsWith("graph.") ? GraphLowerings.unsupported(op)
          : "only graph ops can be lowered to tl";
      if (why != null) {
        op.emitOpError("cannot be lowered: " + why);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Inlines every {@code graph.fusion} of {@code body} (nested ones too) that {@link FusedLowerings}
   * does not lower as a unit: its ops move before it, its block arguments become its operands, its
   * results the yielded values.
   */
  static void inlineFusions(Block body) {
    for (boolean changed = true; changed; ) {
      changed = false;
      for (Operation op : new ArrayList<>(body.operations())) {
        if (!op.isa("graph.fusion") || FusedLowerings.reason(op) == null) continue;
        Block fb = op.region(0).front();
        for (int i = 0; i < fb.arguments().size(); i++) fb.arguments().get(i).replaceAllUsesWith(op.operand(i));
        Operation yield = fb.terminator();
        for (Operation inner : new ArrayList<>(fb.operations())) if (inner != yield) inner.moveBefore(op);
        op.replaceAllUsesWith(yield.operands());
        op.erase();
        changed = true;
      }
    }
  }

  private static void convert(Operation f) {
    Block body = f.region(0).front();
    inlineFusions(body);
    Operation ret = body.terminator();
    FunctionType ft = FuncOp.functionType(f);
    Builder b = new Builder(f.context());
    Map<Value, Value> buf = new IdentityHashMap<>();
    Map<Operation, List<Type>> operandTypes = new IdentityHashMap<>();
    for (Operation op : body) operandTypes.put(op, op.operandTypes());
    // signature: tensor args become memrefs in place; one out-parameter per result
    for (Value a : body.arguments()) {
      a.setType(toMemRef(a.type()));
      buf.put(a, a);
    }
    List<Value> outs = new ArrayList<>();
    for (Type t : ft.results()) outs.add(body.addArgument(toMemRef(t), ret.location()));
    // which value is computed in place into which out-parameter: the first return position of a graph op result
    Map<Value, Value> inPlace = new IdentityHashMap<>();
    for (int k = 0; k < ret.numOperands(); k++) {
      Value v = ret.operand(k);
      if (v.definingOp() != null && !v.definingOp().isa("graph.constant") && !inPlace.containsKey(v)) inPlace.put(v, outs.get(k));
    }
    List<Value> owned = new ArrayList<>();
    List<Operation> graphOps = new ArrayList<>();
    for (Operation op : body) {
      if (op == ret) break;
      graphOps.add(op);
      b.setInsertionPoint(op);
      Emit e = new Emit(b, op.location(), owned, operandTypes.get(op));
      Value result = op.result(0);
      if (op.isa("graph.constant")) {
        Attribute value = op.attr("value");
        if (value instanceof dev.mlc.ir.attr.DenseResourceElementsAttr r) {
          // a resource blob (imported weights) becomes the dense constant of its bytes, which the LLVM lowering emits as a global
          value = dev.mlc.ir.attr.DenseElementsAttr.ofRaw(r.type(), f.context().resources().blob(r.handle()).data());
        }
        Type type = result.type();
        if (((RankedTensorType) type).elementType() instanceof dev.mlc.ir.type.IntegerType it && it.isUnsigned()) {
          // a ui8 constant becomes the i8 constant of the same bits (buffers are signless)
          type = new RankedTensorType(((RankedTensorType) type).shape(), toMemRef(type).elementType());
          var t = dev.mlc.ir.interp.Tensor.fromAttr((dev.mlc.ir.attr.ElementsAttr) value, f.context().resources());
          value = t.toAttr((RankedTensorType) type);
        }
        Value c = b.create("arith.constant", op.location(), List.of(), List.of(type),
            DictionaryAttr.of(new NamedAttribute("value", value))).result(0);
        Value m = Tl.toBuffer(b, op.location(), c);
        owned.add(m);
        buf.put(result, m);
        continue;
      }
      List<Value> dests = new ArrayList<>();
      for (Value r : op.results()) {
        Value dest = inPlace.get(r);
        if (dest == null) dest = e.alloc(((RankedTensorType) r.type()).shape(), toMemRef(r.type()).elementType());
        dests.add(dest);
        buf.put(r, dest);
      }
      List<Value> ins = new ArrayList<>();
      for (Value v : op.operands()) ins.add(buf.get(v));
      if (op.isa("graph.fusion")) FusedLowerings.lower(e, op, ins, dests);
      else if (GraphLowerings.MULTI.containsKey(op.name())) GraphLowerings.MULTI.get(op.name()).lower(e, op, ins, dests);
      else GraphLowerings.TABLE.get(op.name()).lower(e, op, ins, dests.get(0));
    }
    // return: copy what was not computed in place into its out-parameter
    b.setInsertionPoint(ret);
    for (int k = 0; k < ret.numOperands(); k++) {
      Value v = ret.operand(k);
      if (inPlace.get(v) != outs.get(k)) Tl.copy(b, ret.location(), buf.get(v), outs.get(k));
    }
    ret.setOperands(List.of());
    for (int i = graphOps.size() - 1; i >= 0; i--) graphOps.get(i).erase();
    placeDeallocs(b, body, owned);
    // function type and argument attributes: out-parameters carry the results' attributes
    List<Type> inputs = new ArrayList<>(body.argumentTypes());
    f.setAttr("function_type", new TypeAttr(new FunctionType(inputs, List.of())));
    if (f.attr("arg_attrs") != null || f.attr("res_attrs") != null) {
      List<Attribute> attrs = new ArrayList<>();
      attrs.addAll(dicts(f.attr("arg_attrs"), ft.inputs().size()));
      attrs.addAll(dicts(f.attr("res_attrs"), ft.results().size()));
      f.setAttr("arg_attrs", new ArrayAttr(attrs));
      f.removeAttr("res_attrs");
    }
  }

  /** A {@code tl.dealloc} right after the last op of the block that uses each owned buffer (directly or nested), or right after its definition when unused. */
  private static void placeDeallocs(Builder b, Block body, List<Value> owned) {
    Map<Operation, Integer> order = new HashMap<>();
    int i = 0;
    for (Operation op : body) order.put(op, i++);
    for (Value v : owned) {
      Operation last = v.definingOp();
      for (Operation user : users(v)) {
        Operation top = user;
        while (top.parentBlock() != body) top = top.parentOp();
        if (order.get(top) > order.get(last)) last = top;
      }
      b.setInsertionPointAfter(last);
      Tl.dealloc(b, last.location(), v);
    }
  }

  /** The users of a buffer, including the users of views of it ({@code tl.reshape}, {@code tl.subview}). */
  private static List<Operation> users(Value v) {
    List<Operation> r = new ArrayList<>();
    for (var use : v.uses()) {
      Operation u = use.owner();
      r.add(u);
      if (u.isa("tl.reshape") || u.isa("tl.subview")) r.addAll(users(u.result(0)));
    }
    return r;
  }

  private static List<Attribute> dicts(Attribute a, int n) {
    List<Attribute> r = new ArrayList<>();
    for (int i = 0; i < n; i++) r.add(a instanceof ArrayAttr arr ? arr.elements().get(i) : DictionaryAttr.EMPTY);
    return r;
  }

  /** The buffer type of a tensor type: same shape; an unsigned integer element type becomes the signless one of its width (same bits). */
  static MemRefType toMemRef(Type t) {
    RankedTensorType rt = (RankedTensorType) t;
    Type el = rt.elementType() instanceof dev.mlc.ir.type.IntegerType it && it.isUnsigned() ? dev.mlc.ir.type.IntegerType.of(it.width()) : rt.elementType();
    return new MemRefType(rt.shape(), el);
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> c) {
    List<T> r = new ArrayList<>(a);
    r.addAll(c);
    return r;
  }
}
