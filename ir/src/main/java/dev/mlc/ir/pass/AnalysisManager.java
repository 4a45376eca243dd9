package dev.mlc.ir.pass;

import dev.mlc.ir.Operation;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Caches analyses per op. An analysis is any class with a public constructor taking the
 * {@link Operation}; after each pass, analyses the pass did not declare preserved are dropped for
 * the op it ran on and everything nested in it, and unless it preserved everything, all analyses
 * of the ops enclosing it (they contain what changed). Thread-safe.
 */
public final class AnalysisManager {
  private final Map<Operation, Map<Class<?>, Object>> cache = new IdentityHashMap<>();

  public <A> A get(Operation op, Class<A> kind) {
    synchronized (this) {
      Object a = cache.getOrDefault(op, Map.of()).get(kind);
      if (a != null) return kind.cast(a);
    }
    A a;
    try {
      Constructor<A> c = kind.getConstructor(Operation.class);
      a = c.newInstance(op);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("analysis " + kind.getName() + " needs a public constructor taking an Operation", e);
    }
    synchronized (this) {
      cache.computeIfAbsent(op, k -> new HashMap<>()).putIfAbsent(kind, a);
      return kind.cast(cache.get(op).get(kind));
    }
  }

  /** Drops the analyses of {@code op} not in {@code preserved}, and every analysis of nested and enclosing ops. */
  synchronized void invalidate(Operation op, boolean allPreserved, Set<Class<?>> preserved) {
    if (allPreserved || cache.isEmpty()) return;
    Map<Class<?>, Object> mine = cache.get(op);
    if (mine != null) mine.keySet().retainAll(preserved);
    cache.keySet().removeIf(o -> o != op && op.isAncestorOf(o));
    for (Operation p = op.parentOp(); p != null; p = p.parentOp()) cache.remove(p);
  }

  synchronized boolean isCached(Operation op, Class<?> kind) {
    return cache.getOrDefault(op, Map.of()).containsKey(kind);
  }
}
