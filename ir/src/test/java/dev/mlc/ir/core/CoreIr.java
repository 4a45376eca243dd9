package dev.mlc.ir.core;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
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
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ct} test dialect of the IR-core API tests (the core cannot see the real test dialect)
 * and builders for it. Every op gets a distinct location {@code core.mlir:N:1}, so diagnostics can
 * be matched to ops.
 *
 * <pre>
 * ct.func     isolated symbol; blocks end in terminators       ct.ret    terminator
 * ct.const    constant-like, pure, folds to its 'value'        ct.br     terminator with any successors
 * ct.add      pure, commutative, same types; c+c and x+0 fold  ct.yield  terminator of ct.exec / ct.map
 * ct.use      unknown side effects                              ct.exec   one region, not isolated, not pure
 * ct.map      pure, one region                                  ct.graph  graph region, no terminator
 * ct.iso      isolated, no terminator (parallel pass runs)      ct.checked  own verifier: one operand
 * ct.forward  terminator with the same operand and result types (two trait verifiers)
 * </pre>
 */
final class CoreIr {
  static final IntegerType I32 = IntegerType.of(32);
  static final IntegerType I64 = IntegerType.of(64);

  static class Plain extends OpDef {
    Plain(String name) { super(name); }
  }

  static final class FuncOp extends OpDef implements Traits.IsolatedFromAbove, Traits.Symbol {
    FuncOp() { super("ct.func"); }

    @Override public boolean isInherentAttr(String n) { return n.equals("sym_name") || n.equals("sym_visibility"); }
  }

  static final class ConstOp extends OpDef implements Traits.ConstantLike, Traits.Pure {
    ConstOp() { super("ct.const"); }

    @Override public boolean isInherentAttr(String n) { return n.equals("value"); }

    @Override public List<Object> fold(Operation op, List<Attribute> operands) { return List.of(op.attr("value")); }
  }

  static final class AddOp extends OpDef implements Traits.Pure, Traits.Commutative, Traits.SameOperandsAndResultType {
    AddOp() { super("ct.add"); }

    @Override public List<Object> fold(Operation op, List<Attribute> c) {
      if (c.get(0) instanceof IntegerAttr a && c.get(1) instanceof IntegerAttr b) return List.of(new IntegerAttr(a.type(), a.value().add(b.value())));
      if (c.get(1) instanceof IntegerAttr b && b.value().signum() == 0) return List.of(op.operand(0));
      return null;
    }
  }

  static final class TerminatorOp extends OpDef implements Traits.IsTerminator {
    TerminatorOp(String name) { super(name); }
  }

  static final class YieldOp extends OpDef implements Traits.IsTerminator, Traits.Pure {
    YieldOp() { super("ct.yield"); }
  }

  static final class MapOp extends OpDef implements Traits.Pure {
    MapOp() { super("ct.map"); }
  }

  static final class GraphOp extends OpDef implements Traits.HasGraphRegions, Traits.NoTerminator {
    GraphOp() { super("ct.graph"); }
  }

  static final class IsoOp extends OpDef implements Traits.IsolatedFromAbove, Traits.NoTerminator {
    IsoOp() { super("ct.iso"); }
  }

  static final class CheckedOp extends OpDef {
    CheckedOp() { super("ct.checked"); }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() != 1) return op.emitOpError("expects exactly one operand, got " + op.numOperands()).failure();
      return true;
    }
  }

  static final class ForwardOp extends OpDef implements Traits.IsTerminator, Traits.SameOperandsAndResultType {
    ForwardOp() { super("ct.forward"); }
  }

  static final class CtDialect implements Dialect {
    @Override public String namespace() { return "ct"; }

    @Override public void initialize(Registrar r) {
      for (OpDef d : List.of(new FuncOp(), new ConstOp(), new AddOp(), new Plain("ct.use"), new TerminatorOp("ct.ret"),
          new TerminatorOp("ct.br"), new Plain("ct.exec"), new YieldOp(), new MapOp(), new GraphOp(), new IsoOp(), new CheckedOp(),
          new ForwardOp())) r.addOp(d);
    }

    @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
      return b.create("ct.const", loc, List.of(), List.of(type), DictionaryAttr.EMPTY.with("value", value));
    }
  }

  final MLContext ctx = new MLContext();
  final Operation module;
  final Builder b;
  private int line = 1;

  CoreIr() {
    ctx.loadDialect(new CtDialect());
    module = ModuleOp.create(ctx, Location.file("core.mlir", 0, 0));
    b = new Builder(ctx);
    b.setInsertionPointToEnd(body());
  }

  Block body() { return ModuleOp.body(module); }

  /** The location of the next op built: {@code core.mlir:1:1}, {@code core.mlir:2:1}, ... */
  Location nextLoc() { return Location.file("core.mlir", line++, 1); }

  /** An op at the builder's insertion point. */
  Operation op(String name, List<? extends Value> operands, List<? extends Type> results, List<Block> successors, int regions,
               NamedAttribute... attrs) {
    return b.insert(Operation.create(ctx.opName(name), nextLoc(), operands, results, null, DictionaryAttr.of(attrs), successors, regions));
  }

  Operation op(String name, List<? extends Value> operands, List<? extends Type> results) {
    return op(name, operands, results, List.of(), 0);
  }

  Value constant(long v) { return constant(v, I32); }

  Value constant(long v, Type t) {
    return op("ct.const", List.of(), List.of(t), List.of(), 0, new NamedAttribute("value", IntegerAttr.of(t, v))).result();
  }

  Value add(Value x, Value y) { return op("ct.add", List.of(x, y), List.of(x.type())).result(); }

  Operation use(Value... vs) { return op("ct.use", List.of(vs), List.of()); }

  Operation ret(Value... vs) { return op("ct.ret", List.of(vs), List.of()); }

  Operation br(List<Block> dests, Value... args) { return op("ct.br", List.of(args), List.of(), dests, 0); }

  Operation br(Block dest) { return br(List.of(dest)); }

  /** A {@code ct.func} appended to the module with an entry block of {@code args}; the builder moves into it. */
  Operation func(String name, Type... args) {
    b.setInsertionPointToEnd(body());
    Operation f = op("ct.func", List.of(), List.of(), List.of(), 1, new NamedAttribute("sym_name", StringAttr.of(name)));
    b.createBlock(f.region(0), List.of(args), f.location());
    return f;
  }

  static Block entry(Operation regionOp) { return regionOp.region(0).front(); }

  /** An op with one region holding one block of {@code argTypes}; the builder moves into that block. */
  Operation withRegion(String name, List<? extends Value> operands, List<? extends Type> results, Type... argTypes) {
    Operation o = op(name, operands, results, List.of(), 1);
    b.createBlock(o.region(0), List.of(argTypes), o.location());
    return o;
  }

  /** Moves the builder to the end of {@code block}. */
  void at(Block block) { b.setInsertionPointToEnd(block); }

  /** A new block at the end of {@code regionOp}'s first region (the builder does not move). */
  static Block addBlock(Operation regionOp, Type... args) {
    Block blk = regionOp.region(0).addBlock();
    for (Type t : args) blk.addArgument(t, Location.UNKNOWN);
    return blk;
  }

  static List<String> names(Block block) { return block.operations().stream().map(Operation::name).toList(); }

  /** Every op nested in {@code root} with the given name, pre-order. */
  static List<Operation> find(Operation root, String name) {
    List<Operation> r = new ArrayList<>();
    root.walkPreOrder(o -> {
      if (o.isa(name)) r.add(o);
    });
    return r;
  }

  List<Diagnostic> diagnostics() { return ctx.diagnostics().takeCollected(); }

  /** The messages of the collected diagnostics, notes as {@code "note: ..."} right after their diagnostic. */
  List<String> messages() {
    List<String> r = new ArrayList<>();
    for (Diagnostic d : diagnostics()) {
      r.add(d.message());
      for (Diagnostic n : d.notes()) r.add("note: " + n.message());
    }
    return r;
  }

  /**
   * A structural rendering of {@code root}: results, names, operands numbered in definition order,
   * successors, attributes, blocks and arguments. Equal dumps mean structurally equal IR.
   */
  static String dump(Operation root) {
    StringBuilder sb = new StringBuilder();
    dump(root, new IdentityHashMap<>(), new IdentityHashMap<>(), sb, "");
    return sb.toString();
  }

  private static void dump(Operation op, Map<Value, String> ids, Map<Block, String> blocks, StringBuilder sb, String indent) {
    sb.append(indent);
    for (Value r : op.results()) sb.append(id(r, ids)).append(' ');
    sb.append(op.name()).append('(');
    for (int i = 0; i < op.numOperands(); i++) sb.append(i == 0 ? "" : ", ").append(ids.getOrDefault(op.operand(i), "<outside>"));
    sb.append(')');
    for (Block s : op.successors()) sb.append(" ^").append(blocks.computeIfAbsent(s, k -> "bb" + blocks.size()));
    if (op.properties() != null) sb.append(" <").append(op.properties()).append('>');
    if (!op.attributes().isEmpty()) sb.append(' ').append(op.attributes());
    sb.append(" : ").append(op.resultTypes()).append('\n');
    for (Region r : op.regions()) {
      sb.append(indent).append("{\n");
      for (Block blk : r.blocks()) {
        sb.append(indent).append('^').append(blocks.computeIfAbsent(blk, k -> "bb" + blocks.size())).append('(');
        for (BlockArgument a : blk.arguments()) sb.append(a.index() == 0 ? "" : ", ").append(id(a, ids)).append(": ").append(a.type());
        sb.append("):\n");
        for (Operation o : blk) dump(o, ids, blocks, sb, indent + "  ");
      }
      sb.append(indent).append("}\n");
    }
  }

  private static String id(Value v, Map<Value, String> ids) { return ids.computeIfAbsent(v, k -> "%" + ids.size()); }
}
