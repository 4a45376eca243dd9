package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * IR for the conversion tests, built by hand: a {@code src} dialect lowered to a {@code dst}
 * dialect (i32 becomes i64), a {@code mid} dialect in between, and a {@code keep} dialect of ops
 * that stay. {@link #dump} renders IR structurally for before/after comparisons.
 */
final class TestIR {
  static final Type I32 = IntegerType.of(32);
  static final Type I64 = IntegerType.of(64);

  static class Op extends OpDef {
    Op(String name) { super(name); }
  }

  static final class PureOp extends Op implements Traits.Pure {
    PureOp(String name) { super(name); }
  }

  static final class TermOp extends Op implements Traits.IsTerminator {
    TermOp(String name) { super(name); }
  }

  static Dialect dialect(String ns, OpDef... defs) {
    return new Dialect() {
      @Override public String namespace() { return ns; }

      @Override public void initialize(Registrar r) { for (OpDef d : defs) r.addOp(d); }
    };
  }

  final MLContext ctx = new MLContext();
  final Operation module;
  final PatternRewriter b;
  private int line = 1;

  TestIR() {
    ctx.loadDialect(dialect("src", new PureOp("src.const"), new PureOp("src.add"), new PureOp("src.neg"), new Op("src.func"),
        new TermOp("src.ret"), new Op("src.use"), new TermOp("src.br")));
    ctx.loadDialect(dialect("mid", new PureOp("mid.neg")));
    ctx.loadDialect(dialect("dst", new PureOp("dst.const"), new PureOp("dst.add"), new PureOp("dst.neg"), new Op("dst.func"),
        new TermOp("dst.ret"), new Op("dst.use"), new PureOp("dst.ext"), new PureOp("dst.trunc"), new TermOp("dst.br")));
    ctx.loadDialect(dialect("keep", new Op("keep.src"), new Op("keep.use"), new Op("keep.box")));
    module = ModuleOp.create(ctx, Location.file("t.mlir", 0, 0));
    b = new PatternRewriter(ctx);
    b.setInsertionPointToEnd(ModuleOp.body(module));
  }

  /** The location of the next op: line 1, 2, ... of {@code t.mlir}. */
  Location nextLoc() { return Location.file("t.mlir", line++, 3); }

  Operation op(String name, List<? extends Value> operands, List<Type> results) {
    return b.create(name, nextLoc(), operands, results, null);
  }

  /** An op with one result of {@code type}. */
  Value val(String name, Type type, Value... operands) { return op(name, List.of(operands), List.of(type)).result(0); }

  /** An op without results. */
  Operation sink(String name, Value... operands) { return op(name, List.of(operands), List.of()); }

  /** An op with one region whose entry block has {@code argTypes}; the insertion point moves into it. */
  Operation withRegion(String name, List<Type> argTypes) {
    Operation o = b.insert(Operation.create(ctx.opName(name), nextLoc(), List.of(), List.of(), null, null, List.of(), 1));
    b.createBlock(o.region(0), argTypes, o.location());
    return o;
  }

  void endRegion(Operation o) { b.setInsertionPointAfter(o); }

  Block body() { return ModuleOp.body(module); }

  /** The names of all ops nested in the module, pre-order. */
  List<String> names() {
    List<String> r = new ArrayList<>();
    for (Operation o : body()) o.walkPreOrder(x -> r.add(x.name()));
    return r;
  }

  /** All ops named {@code name}, pre-order. */
  List<Operation> find(String name) {
    List<Operation> r = new ArrayList<>();
    module.walkPreOrder(x -> {
      if (x.isa(name)) r.add(x);
    });
    return r;
  }

  Operation single(String name) {
    List<Operation> r = find(name);
    if (r.size() != 1) throw new AssertionError("expected one '" + name + "', found " + r.size() + ": " + names());
    return r.get(0);
  }

  List<Diagnostic> diagnostics() { return ctx.diagnostics().takeCollected(); }

  static TypeConverter i32ToI64() {
    return new TypeConverter().addConversion(t -> t).addConversion(t -> t.equals(I32) ? I64 : null);
  }

  // ---- structural rendering ----

  String dump() { return dump(module); }

  /** Every op with its results, operands (by definition order), types, attributes, blocks and arguments. */
  static String dump(Operation root) {
    StringBuilder sb = new StringBuilder();
    Map<Value, String> ids = new IdentityHashMap<>();
    dump(root, ids, new IdentityHashMap<>(), sb, "");
    // Use lists must match the operands exactly: no use held by an op outside the IR (a leak of a rollback).
    for (var e : ids.entrySet())
      for (OpOperand u : e.getKey().useList())
        if (!root.isAncestorOf(u.owner()) || u.owner().operand(u.index()) != e.getKey())
          sb.append("!stray use of ").append(e.getValue()).append(" by ").append(u.owner().name()).append('\n');
    return sb.toString();
  }

  private static void dump(Operation op, Map<Value, String> ids, Map<Block, String> blocks, StringBuilder sb, String indent) {
    sb.append(indent);
    for (Value r : op.results()) sb.append(id(r, ids)).append(' ');
    sb.append(op.name()).append('(');
    for (int i = 0; i < op.numOperands(); i++) sb.append(i == 0 ? "" : ", ").append(ids.getOrDefault(op.operand(i), "<undefined>"));
    sb.append(')');
    for (Block s : op.successors()) sb.append(" ^").append(blocks.computeIfAbsent(s, k -> "bb" + blocks.size()));
    if (op.properties() instanceof DictionaryAttr p) for (NamedAttribute a : p.entries()) sb.append(" <").append(a.name()).append('=').append(a.value()).append('>');
    for (NamedAttribute a : op.attributes().entries()) sb.append(' ').append(a.name()).append('=').append(a.value());
    sb.append(" : ").append(op.operandTypes()).append(" -> ").append(op.resultTypes()).append(" @").append(op.location()).append('\n');
    for (Region r : op.regions()) {
      sb.append(indent).append("{\n");
      for (Block b : r.blocks()) {
        sb.append(indent).append("^").append(blocks.computeIfAbsent(b, k -> "bb" + blocks.size())).append('(');
        for (BlockArgument a : b.arguments()) sb.append(a.index() == 0 ? "" : ", ").append(id(a, ids)).append(": ").append(a.type());
        sb.append("):\n");
        for (Operation o : b) dump(o, ids, blocks, sb, indent + "  ");
      }
      sb.append(indent).append("}\n");
    }
  }

  private static String id(Value v, Map<Value, String> ids) { return ids.computeIfAbsent(v, k -> "%" + ids.size()); }
}
