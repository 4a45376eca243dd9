package dev.mlc.ir.transforms;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.CallableOpInterface;
import dev.mlc.ir.interfaces.InlinerInterface;
import dev.mlc.ir.interfaces.LoopLikeOpInterface;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import java.util.Set;

/**
 * A tiny dialect for API tests of the inliner, SCCP and LICM (the core cannot see the test
 * dialect): functions, calls, returns, constants, a folding add, an op whose fold updates it in
 * place, a side effect, a branch, a graph-region loop, and an op refused by the inliner. It has no
 * multi-block {@code handleTerminator}. Builders for IR go with it.
 */
final class MiniDialect implements Dialect, InlinerInterface {
  static final IntegerType I32 = IntegerType.of(32);

  @Override public String namespace() { return "mini"; }

  @Override public void initialize(Registrar r) {
    for (OpDef d : List.of(new Func(), new Call(), new Return(), new Const(), new Add(), new SwapInPlace(), new Simple("mini.effect"),
        new Br(), new GraphLoop(), new Simple("mini.forbidden"))) r.addOp(d);
  }

  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    return b.create("mini.const", loc, List.of(), List.of(type), DictionaryAttr.EMPTY.with("value", value));
  }

  @Override public boolean isLegalToInline(Operation op) { return !op.isa("mini.forbidden"); }

  @Override public boolean isReturn(Operation terminator) { return terminator.isa("mini.return"); }

  private static class Simple extends OpDef {
    Simple(String name) { super(name); }
  }

  private static final class Func extends OpDef implements CallableOpInterface, Traits.Symbol, Traits.IsolatedFromAbove {
    Func() { super("mini.func"); }

    @Override public boolean isInherentAttr(String n) { return Set.of("sym_name", "sym_visibility", "function_type").contains(n); }

    @Override public Region callableRegion(Operation f) { return f.region(0).isEmpty() ? null : f.region(0); }

    @Override public List<Type> argumentTypes(Operation f) { return type(f).inputs(); }

    @Override public List<Type> resultTypes(Operation f) { return type(f).results(); }

    private static FunctionType type(Operation f) { return (FunctionType) ((TypeAttr) f.attr("function_type")).type(); }
  }

  private static final class Call extends OpDef implements CallOpInterface {
    Call() { super("mini.call"); }

    @Override public boolean isInherentAttr(String n) { return n.equals("callee"); }

    @Override public SymbolRefAttr callee(Operation call) { return (SymbolRefAttr) call.attr("callee"); }
  }

  private static final class Return extends OpDef implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
    Return() { super("mini.return"); }
  }

  private static final class Const extends OpDef implements Traits.ConstantLike, Traits.Pure {
    Const() { super("mini.const"); }

    @Override public boolean isInherentAttr(String n) { return n.equals("value"); }

    @Override public List<Object> fold(Operation op, List<Attribute> operands) { return List.of(op.attr("value")); }
  }

  private static final class Add extends OpDef implements Traits.Pure {
    Add() { super("mini.add"); }

    @Override public List<Object> fold(Operation op, List<Attribute> c) {
      if (!(c.get(0) instanceof IntegerAttr a && c.get(1) instanceof IntegerAttr b)) return null;
      return List.of(new IntegerAttr(a.type(), a.value().add(b.value())));
    }
  }

  /** {@code mini.swap(a, b)}: folds in place by moving a constant first operand second. */
  private static final class SwapInPlace extends OpDef implements Traits.Pure {
    SwapInPlace() { super("mini.swap"); }

    @Override public List<Object> fold(Operation op, List<Attribute> c) {
      if (c.get(0) == null || c.get(1) != null) return null;
      Value a = op.operand(0);
      op.setOperand(0, op.operand(1));
      op.setOperand(1, a);
      return List.of(op.result());
    }
  }

  private static final class Br extends OpDef implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    Br() { super("mini.br"); }

    @Override public List<Value> successorOperands(Operation op, int index) { return op.operands(); }
  }

  /** A loop whose single region is a graph region (no terminator, no dominance). */
  private static final class GraphLoop extends OpDef implements LoopLikeOpInterface, Traits.HasGraphRegions, Traits.NoTerminator {
    GraphLoop() { super("mini.graph_loop"); }

    @Override public List<Region> loopRegions(Operation loop) { return List.of(loop.region(0)); }
  }

  // ---- building IR ----

  static MLContext context() {
    MLContext ctx = new MLContext();
    ctx.loadDialect(new MiniDialect());
    return ctx;
  }

  static Operation module(MLContext ctx) { return ModuleOp.create(ctx, Location.UNKNOWN); }

  /** A function appended to {@code module}, with an entry block unless {@code declaration}. */
  static Operation func(Operation module, String name, boolean isPrivate, List<Type> ins, List<Type> outs, boolean declaration) {
    DictionaryAttr attrs = DictionaryAttr.EMPTY.with("sym_name", StringAttr.of(name))
        .with("function_type", new TypeAttr(new FunctionType(ins, outs)));
    if (isPrivate) attrs = attrs.with("sym_visibility", StringAttr.of("private"));
    Operation f = Operation.create(module.context().opName("mini.func"), Location.UNKNOWN, List.of(), List.of(), null, attrs, List.of(), 1);
    if (!declaration) {
      Block entry = f.region(0).addBlock();
      for (Type t : ins) entry.addArgument(t, Location.UNKNOWN);
    }
    ModuleOp.body(module).append(f);
    return f;
  }

  static Block entry(Operation func) { return func.region(0).front(); }

  /** Appends an op to {@code block}. */
  static Operation op(Block block, String name, List<? extends Value> operands, List<Type> results, DictionaryAttr attrs) {
    Operation o = Operation.create(block.parentOp().context().opName(name), Location.UNKNOWN, operands, results, null, attrs, List.of(), 0);
    block.append(o);
    return o;
  }

  static Operation op(Block block, String name, List<? extends Value> operands, List<Type> results) {
    return op(block, name, operands, results, DictionaryAttr.EMPTY);
  }

  static Value constant(Block block, long v) {
    return op(block, "mini.const", List.of(), List.of(I32), DictionaryAttr.EMPTY.with("value", IntegerAttr.of(I32, v))).result();
  }

  static Operation call(Block block, String callee, List<? extends Value> args, List<Type> results) {
    return op(block, "mini.call", args, results, DictionaryAttr.EMPTY.with("callee", SymbolRefAttr.flat(callee)));
  }

  static Operation ret(Block block, List<? extends Value> values) { return op(block, "mini.return", values, List.of()); }

  /** Runs {@code pass} on {@code op} (verifying after it); returns whether it succeeded. */
  static boolean run(Pass pass, Operation op) {
    PassManager pm = new PassManager(null);
    pm.addPass(pass);
    return new PassExecutor(PassExecutor.Config.defaults(o -> "").withThreads(1)).run(pm, op);
  }
}
