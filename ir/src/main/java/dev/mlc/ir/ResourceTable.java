package dev.mlc.ir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The blobs behind {@code dense_resource<name>} and the other entries of the
 * {@code {-# dialect_resources: {...} #-}} section, per dialect, in insertion order.
 */
public final class ResourceTable {
  /** A blob with its required alignment. */
  public record Blob(byte[] data, int alignment) {}

  private final Map<String, Map<String, Object>> byDialect = new LinkedHashMap<>();

  /** The builtin blob with this name, or null. */
  public synchronized Blob blob(String name) {
    Map<String, Object> m = byDialect.get("builtin");
    return m != null && m.get(name) instanceof Blob b ? b : null;
  }

  /**
   * Adds a builtin blob; if the name is taken by a different value, a fresh name is chosen
   * ({@code name_1}, ...) and returned.
   */
  public synchronized String addBlob(String name, Blob blob) {
    return put("builtin", name, blob);
  }

  /** Adds an entry for {@code dialect}: a {@link Blob}, a String, or a Boolean. Returns the name used. */
  public synchronized String put(String dialect, String name, Object value) {
    Map<String, Object> m = byDialect.computeIfAbsent(dialect, k -> new LinkedHashMap<>());
    String n = name;
    for (int i = 1; m.containsKey(n) && !sameValue(m.get(n), value); i++) n = name + "_" + i;
    m.put(n, value);
    return n;
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Blob x && b instanceof Blob y) return x.alignment == y.alignment && java.util.Arrays.equals(x.data, y.data);
    return a.equals(b);
  }

  public synchronized Object get(String dialect, String name) {
    Map<String, Object> m = byDialect.get(dialect);
    return m == null ? null : m.get(name);
  }

  /** Dialect name to (entry name to value), in insertion order; a snapshot. */
  public synchronized Map<String, Map<String, Object>> entries() {
    Map<String, Map<String, Object>> r = new LinkedHashMap<>();
    byDialect.forEach((k, v) -> r.put(k, new LinkedHashMap<>(v)));
    return r;
  }
}
