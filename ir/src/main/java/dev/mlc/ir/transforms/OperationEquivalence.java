package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two ops compute the same thing (MLIR's {@code OperationEquivalence}): same name, result
 * types, properties, attributes and successors, the same operands (as a multiset for
 * {@link Traits.Commutative} ops), and regions of at most one block that match op by op, values
 * defined inside corresponding to each other. Locations do not matter.
 */
public final class OperationEquivalence {
  private OperationEquivalence() {}

  /** A hash consistent with {@link #isEquivalent}; it leaves regions out. */
  public static int hash(Operation op) {
    int h = Objects.hash(op.name(), op.resultTypes(), op.properties(), op.attributes(), op.successors());
    boolean commutative = op.hasTrait(Traits.Commutative.class);
    int operands = 0;
    for (Value v : op.operands()) operands = commutative ? operands + v.hashCode() : 31 * operands + v.hashCode();
    return 31 * h + operands;
  }

  public static boolean isEquivalent(Operation a, Operation b) { return a == b || equivalent(a, b, new IdentityHashMap<>()); }

  /** {@code inner} maps values defined in the regions of the ops compared so far to their counterparts. */
  private static boolean equivalent(Operation a, Operation b, Map<Value, Value> inner) {
    if (a.opName() != b.opName() || a.numOperands() != b.numOperands() || a.numRegions() != b.numRegions()
        || !a.resultTypes().equals(b.resultTypes()) || !Objects.equals(a.properties(), b.properties())
        || !a.attributes().equals(b.attributes()) || !a.successors().equals(b.successors()))
      return false;
    if (!operandsMatch(a.operands(), b.operands(), a.hasTrait(Traits.Commutative.class), inner)) return false;
    for (int i = 0; i < a.numRegions(); i++) if (!regionsMatch(a.region(i), b.region(i), inner)) return false;
    return true;
  }

  private static boolean operandsMatch(List<Value> as, List<Value> bs, boolean anyOrder, Map<Value, Value> inner) {
    if (!anyOrder) {
      for (int i = 0; i < as.size(); i++) if (inner.getOrDefault(as.get(i), as.get(i)) != bs.get(i)) return false;
      return true;
    }
    boolean[] taken = new boolean[bs.size()];
    outer:
    for (Value x : as) {
      Value mapped = inner.getOrDefault(x, x);
      for (int j = 0; j < bs.size(); j++)
        if (!taken[j] && bs.get(j) == mapped) {
          taken[j] = true;
          continue outer;
        }
      return false;
    }
    return true;
  }

  private static boolean regionsMatch(Region ra, Region rb, Map<Value, Value> inner) {
    if (ra.numBlocks() != rb.numBlocks() || ra.numBlocks() > 1) return false;
    if (ra.isEmpty()) return true;
    Block ba = ra.front(), bb = rb.front();
    if (ba.size() != bb.size() || !ba.argumentTypes().equals(bb.argumentTypes())) return false;
    for (int i = 0; i < ba.numArguments(); i++) inner.put(ba.argument(i), bb.argument(i));
    for (Operation x = ba.first(), y = bb.first(); x != null; x = x.nextOp(), y = y.nextOp()) {
      if (!equivalent(x, y, inner)) return false;
      for (int i = 0; i < x.numResults(); i++) inner.put(x.result(i), y.result(i));
    }
    return true;
  }
}
