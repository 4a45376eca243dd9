package dev.mlc.ir.rewrite;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds ops through their {@link OpDef#fold} hook and materializes the constants they produce
 * through their dialect, keeping one constant per (value, type) at the start of the entry block
 * of the nearest isolated-from-above region, as MLIR's folder does.
 */
public final class OperationFolder {
  private record Key(Region region, String dialect, Attribute value, Type type) {}

  private final Map<Key, Operation> constants = new HashMap<>();

  /** The constant attribute {@code v} holds (its producer is constant-like and folds), or null. */
  public static Attribute constantValue(Value v) {
    Operation d = v.definingOp();
    if (d == null || !d.hasTrait(Traits.ConstantLike.class) || d.numResults() != 1) return null;
    List<Object> r = d.def().fold(d, List.of());
    return r != null && r.size() == 1 && r.get(0) instanceof Attribute a ? a : null;
  }

  /** The region whose entry block receives constants for ops in {@code op}'s region. */
  static Region insertionRegion(Operation op) {
    Region r = op.parentRegion();
    while (r != null) {
      Operation p = r.parentOp();
      if (p == null || p.hasTrait(Traits.IsolatedFromAbove.class) || p.parentRegion() == null) return r;
      r = p.parentRegion();
    }
    return null;
  }

  /**
   * Folds {@code op}; on success, its results are replaced (or it was updated in place) and true is
   * returned. Constant-like ops are deduplicated and hoisted instead.
   */
  public boolean tryToFold(Operation op, PatternRewriter rewriter) {
    OpDef def = op.def();
    if (def == null) return false;
    if (op.hasTrait(Traits.ConstantLike.class)) return processConstant(op, rewriter);
    List<Attribute> operands = new ArrayList<>(op.numOperands());
    for (Value v : op.operands()) operands.add(constantValue(v));
    List<Object> results = def.fold(op, operands);
    if (results == null) return false;
    if (results.size() != op.numResults())
      throw new IllegalStateException("fold of '" + op.name() + "' returned " + results.size() + " results for " + op.numResults());
    boolean inPlace = true;
    for (int i = 0; i < results.size(); i++) if (results.get(i) != op.result(i)) inPlace = false;
    if (inPlace) {
      rewriter.modifyOpInPlace(op, () -> {});
      return true;
    }
    List<Value> values = new ArrayList<>(results.size());
    Dialect dialect = op.context().dialect(op.opName().dialectNamespace());
    for (int i = 0; i < results.size(); i++) {
      Object r = results.get(i);
      if (r instanceof Value v) values.add(v);
      else {
        Value c = materialize(dialect, (Attribute) r, op.result(i).type(), op, rewriter);
        if (c == null) return false;
        values.add(c);
      }
    }
    rewriter.replaceOp(op, values);
    return true;
  }

  private boolean processConstant(Operation op, PatternRewriter rewriter) {
    Attribute value = constantValue(op.result());
    Region region = insertionRegion(op);
    if (value == null || region == null || region.isEmpty()) return false;
    Key key = new Key(region, op.opName().dialectNamespace(), value, op.result().type());
    Operation existing = constants.get(key);
    if (existing == op) return false;
    if (existing != null && existing.parentBlock() != null) {
      rewriter.replaceOp(op, existing);
      return true;
    }
    constants.put(key, op);
    Block entry = region.front();
    if (op.parentBlock() == entry && isInConstantPrefix(op)) return false;
    op.remove();
    entry.insertBefore(op, firstNonConstant(entry));
    rewriter.modifyOpInPlace(op, () -> {});
    return true;
  }

  private static boolean isInConstantPrefix(Operation op) {
    for (Operation o = op.parentBlock().first(); o != null; o = o.nextOp()) {
      if (o == op) return true;
      if (!o.hasTrait(Traits.ConstantLike.class)) return false;
    }
    return false;
  }

  private static Operation firstNonConstant(Block b) {
    Operation o = b.first();
    while (o != null && o.hasTrait(Traits.ConstantLike.class)) o = o.nextOp();
    return o;
  }

  /** A constant op for {@code value} at the start of the insertion region, reusing an existing one. */
  public Value materialize(Dialect dialect, Attribute value, Type type, Operation near, PatternRewriter rewriter) {
    if (dialect == null) return null;
    Region region = insertionRegion(near);
    if (region == null || region.isEmpty()) return null;
    Key key = new Key(region, dialect.namespace(), value, type);
    Operation existing = constants.get(key);
    if (existing != null && existing.parentBlock() != null) return existing.result(0);
    Block entry = region.front();
    try (var g = rewriter.guard()) {
      Operation anchor = firstNonConstant(entry);
      if (anchor != null) rewriter.setInsertionPoint(anchor);
      else rewriter.setInsertionPointToEnd(entry);
      Operation c = dialect.materializeConstant(rewriter, value, type, near.location());
      if (c == null) return null;
      constants.put(key, c);
      // A dialect may materialize another dialect's constant (math makes arith.constant): as in
      // MLIR, reuse that dialect's equal constant if there is one, else register this one for it.
      String made = c.opName().dialectNamespace();
      if (!made.equals(dialect.namespace())) {
        Key madeKey = new Key(region, made, value, type);
        Operation other = constants.get(madeKey);
        if (other != null && other.parentBlock() != null) {
          rewriter.eraseOp(c);
          constants.put(key, other);
          return other.result(0);
        }
        constants.put(madeKey, c);
      }
      return c.result(0);
    }
  }

  /** Forgets an op that is being erased. */
  void notifyErased(Operation op) {
    if (op.hasTrait(Traits.ConstantLike.class)) constants.values().removeIf(c -> c == op);
  }

  static boolean sameValue(Object a, Object b) { return Objects.equals(a, b); }
}
