package dev.mlc.ir;

import dev.mlc.ir.builtin.BuiltinDialect;
import dev.mlc.ir.diag.DiagnosticEngine;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns what IR shares: registered dialects and op definitions, interned types and attributes,
 * resource blobs and the diagnostic engine. Thread-safe.
 */
public final class MLContext {
  private final Map<String, Dialect> dialects = new TreeMap<>();
  private final ConcurrentHashMap<String, OperationName> opNames = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Object, Object> uniquer = new ConcurrentHashMap<>(1 << 12);
  private final ResourceTable resources = new ResourceTable();
  private final DiagnosticEngine diagnostics = new DiagnosticEngine();
  private volatile boolean allowUnregisteredDialects;
  private final java.util.List<ClassLoader> classLoaders = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A context with the builtin dialect only. */
  public MLContext() { loadDialect(new BuiltinDialect()); }

  /** A context with the builtin dialect and every dialect found by {@link ServiceLoader} on the class path. */
  public static MLContext withAllDialects() { return withAllDialects(MLContext.class.getClassLoader()); }

  public static MLContext withAllDialects(ClassLoader loader) {
    MLContext c = new MLContext();
    c.loadDialects(loader);
    return c;
  }

  /** Loads every dialect {@link ServiceLoader} finds through {@code loader} (plugins included). */
  public synchronized void loadDialects(ClassLoader loader) {
    if (!classLoaders.contains(loader)) classLoaders.add(loader);
    for (Dialect d : ServiceLoader.load(Dialect.class, loader)) if (!dialects.containsKey(d.namespace())) loadDialect(d);
  }

  public synchronized void loadDialect(Dialect d) {
    if (dialects.containsKey(d.namespace())) return;
    dialects.put(d.namespace(), d);
    d.initialize(def -> {
      if (!def.dialectNamespace().equals(d.namespace()))
        throw new IllegalArgumentException("op '" + def.name() + "' registered by dialect '" + d.namespace() + "'");
      OperationName prev = opNames.get(def.name());
      if (prev != null && prev.def() != null) throw new IllegalArgumentException("op '" + def.name() + "' registered twice");
      opNames.put(def.name(), new OperationName(this, def.name(), def));
    });
  }

  /** The class loaders dialects were loaded from (plugins included), for finding other services there. */
  public java.util.List<ClassLoader> classLoaders() { return java.util.Collections.unmodifiableList(classLoaders); }

  public synchronized Dialect dialect(String namespace) { return dialects.get(namespace); }

  public synchronized Collection<Dialect> dialects() { return Collections.unmodifiableCollection(dialects.values()); }

  public boolean allowsUnregisteredDialects() { return allowUnregisteredDialects; }

  public void allowUnregisteredDialects(boolean allow) { this.allowUnregisteredDialects = allow; }

  /** The interned name for {@code name}; unregistered names are created on demand. */
  public OperationName opName(String name) {
    OperationName n = opNames.get(name);
    if (n != null) return n;
    return opNames.computeIfAbsent(name, k -> new OperationName(this, k, null));
  }

  /** The registered definition named {@code name}, or null. */
  public OpDef opDef(String name) {
    OperationName n = opNames.get(name);
    return n == null ? null : n.def();
  }

  /** Every registered op definition, sorted by name. */
  public java.util.List<OpDef> registeredOps() {
    return opNames.values().stream().map(OperationName::def).filter(java.util.Objects::nonNull)
        .sorted(java.util.Comparator.comparing(OpDef::name)).toList();
  }

  /** The canonical instance equal to {@code value} (types and attributes). */
  @SuppressWarnings("unchecked")
  public <T> T intern(T value) {
    Object prev = uniquer.putIfAbsent(value, value);
    return prev == null ? value : (T) prev;
  }

  public ResourceTable resources() { return resources; }

  public DiagnosticEngine diagnostics() { return diagnostics; }
}
