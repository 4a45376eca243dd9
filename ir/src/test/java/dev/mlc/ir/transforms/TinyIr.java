package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.type.IntegerType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A tiny dialect {@code t} and helpers to build IR and run passes in API tests (the core cannot
 * depend on the test dialect or the parser).
 */
final class TinyIr {
  static final Type I32 = IntegerType.of(32);

  /** {@code t.func}: an isolated symbol with one region. */
  static final class FuncOp extends OpDef implements Traits.IsolatedFromAbove, Traits.Symbol, Traits.NoTerminator {
    FuncOp() { super("t.func"); }

    @Override public boolean isInherentAttr(String n) { return n.equals("sym_name") || n.equals("sym_visibility"); }
  }

  /** {@code t.pair}: a pure op with two results. */
  static final class PairOp extends OpDef implements Traits.Pure { PairOp() { super("t.pair"); } }

  /** {@code t.sub}: pure, operand order matters. */
  static final class SubOp extends OpDef implements Traits.Pure { SubOp() { super("t.sub"); } }

  /** {@code t.add}: pure and commutative. */
  static final class AddOp extends OpDef implements Traits.Pure, Traits.Commutative { AddOp() { super("t.add"); } }

  /** {@code t.map}: pure, with a single-block region ended by {@code t.yield}. */
  static final class MapOp extends OpDef implements Traits.Pure { MapOp() { super("t.map"); } }

  static final class YieldOp extends OpDef implements Traits.IsTerminator, Traits.Pure { YieldOp() { super("t.yield"); } }

  /** {@code t.effect}: unknown side effects. */
  static final class EffectOp extends OpDef { EffectOp() { super("t.effect"); } }

  static final class TinyDialect implements Dialect {
    @Override public String namespace() { return "t"; }

    @Override public void initialize(Registrar r) {
      for (OpDef d : List.of(new FuncOp(), new PairOp(), new SubOp(), new AddOp(), new MapOp(), new YieldOp(), new EffectOp()))
        r.addOp(d);
    }
  }

  final MLContext ctx = new MLContext();
  final Operation module;
  final Builder b;

  TinyIr() {
    ctx.loadDialect(new TinyDialect());
    module = ModuleOp.create(ctx, Location.UNKNOWN);
    b = new Builder(ctx);
    b.setInsertionPointToEnd(ModuleOp.body(module));
  }

  /** Appends a {@code t.func} named {@code name} with {@code args} arguments and moves the builder into it. */
  Block func(String name, int args) {
    b.setInsertionPointToEnd(ModuleOp.body(module));
    Operation f = op("t.func", List.of(), List.of(), 1);
    f.setAttr("sym_name", StringAttr.of(name));
    return b.createBlock(f.region(0), java.util.Collections.nCopies(args, I32), Location.UNKNOWN);
  }

  /** Creates an op at the builder's insertion point. */
  Operation op(String name, List<? extends Value> operands, List<Type> results, int regions, NamedAttribute... attrs) {
    return b.insert(Operation.create(ctx.opName(name), Location.UNKNOWN, operands, results, null, DictionaryAttr.of(attrs), List.of(),
        regions));
  }

  Value op1(String name, Value... operands) { return op(name, List.of(operands), List.of(I32), 0).result(0); }

  /** The ops of a block by name, in order. */
  static List<String> names(Block block) { return block.operations().stream().map(Operation::name).toList(); }

  /** Runs {@code pass} on the module; the report stream's text is returned. */
  String run(Pass pass) { return run(pass, null, 1); }

  /** Runs {@code pass} on the module, or nested on {@code nestedOn} ops with {@code threads} threads. */
  String run(Pass pass, String nestedOn, int threads) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PassExecutor.Config config = new PassExecutor.Config(true, threads, Set.of(), Set.of(), false, false, false, false, false, out,
        op -> "", null);
    PassManager pm = new PassManager(ModuleOp.NAME);
    (nestedOn == null ? pm : pm.nest(nestedOn)).addPass(pass);
    lastExecutor = new PassExecutor(config);
    if (!lastExecutor.run(pm, module)) throw new AssertionError("pass failed: " + ctx.diagnostics().takeCollected());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  PassExecutor lastExecutor;

  /** A statistic of the only pass of the last run. */
  long statistic(String name) {
    return lastExecutor.statistics().values().iterator().next().get(name).value();
  }
}
