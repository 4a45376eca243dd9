package dev.mlc.lowering.tollvm;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's reconcile-unrealized-casts: a chain of {@code builtin.unrealized_conversion_cast}s that
 * ends with the types it started from folds away (its users take the chain's inputs); unused
 * casts are erased; a cast still needed afterwards is an error.
 */
@PassInfo(name = "reconcile-unrealized-casts", summary = "Simplify and eliminate unrealized conversion casts",
    description = "Folds cast(cast(x : A -> B) : B -> A) to x, erases unused casts, and reports the casts that remain live.")
public final class ReconcileUnrealizedCastsPass extends Pass {
  static final String CAST = "builtin.unrealized_conversion_cast";

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    if (!reconcile(op)) ctx.signalFailure();
  }

  /** Reconciles the casts nested in {@code root}; false (with errors) when some cannot be removed. */
  static boolean reconcile(Operation root) {
    boolean changed = true;
    while (changed) {
      changed = false;
      List<Operation> casts = new ArrayList<>();
      root.walk(o -> { if (o.isa(CAST)) casts.add(o); });
      for (Operation c : casts) {
        if (c.parentBlock() == null) continue;
        if (c.results().stream().noneMatch(Value::hasUses)) {
          c.erase();
          changed = true;
          continue;
        }
        // Walk up the chain of casts to a source whose types are this cast's result types.
        List<Value> in = c.operands();
        while (true) {
          if (typesEqual(in, c.results())) {
            for (int i = 0; i < c.numResults(); i++) c.result(i).replaceAllUsesWith(in.get(i));
            c.erase();
            changed = true;
            break;
          }
          Operation d = in.isEmpty() ? null : in.get(0).definingOp();
          if (d == null || !d.isa(CAST) || !sameProducer(in, d)) break;
          in = d.operands();
        }
      }
    }
    List<Operation> left = new ArrayList<>();
    root.walk(o -> { if (o.isa(CAST)) left.add(o); });
    for (Operation c : left)
      c.emitError("failed to legalize operation '" + CAST + "' that was explicitly marked illegal");
    return left.isEmpty();
  }

  private static boolean sameProducer(List<Value> vs, Operation d) {
    if (vs.size() != d.numResults()) return false;
    for (int i = 0; i < vs.size(); i++) if (vs.get(i) != d.result(i)) return false;
    return true;
  }

  private static boolean typesEqual(List<? extends Value> a, List<? extends Value> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (!a.get(i).type().equals(b.get(i).type())) return false;
    return true;
  }
}
