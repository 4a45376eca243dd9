package dev.mlc.ir.pass;

import java.util.Collection;
import java.util.Collections;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The passes found through {@link ServiceLoader} on a class loader (the class path, or a plugin
 * jar's loader), by command-line name.
 */
public final class PassRegistry {
  private final TreeMap<String, Class<? extends Pass>> passes = new TreeMap<>();
  private final TreeMap<String, PipelineDef> pipelines = new TreeMap<>();

  /** A named pipeline ({@code graph-to-llvm}) registered by code. */
  public record PipelineDef(String name, String summary, String pipeline) {}

  public static PassRegistry load(ClassLoader loader) {
    PassRegistry r = new PassRegistry();
    r.addAll(loader);
    return r;
  }

  /**
   * Adds every pass and named pipeline ({@link PipelineProvider}) the loader provides; a pass name
   * registered twice by different classes is an error.
   */
  public synchronized void addAll(ClassLoader loader) {
    for (ServiceLoader.Provider<Pass> p : ServiceLoader.load(Pass.class, loader).stream().toList()) add(p.type());
    for (PipelineProvider p : ServiceLoader.load(PipelineProvider.class, loader)) for (PipelineDef d : p.pipelines()) addPipeline(d);
  }

  public synchronized void add(Class<? extends Pass> c) {
    PassInfo info = c.getAnnotation(PassInfo.class);
    if (info == null) throw new IllegalStateException("pass " + c.getName() + " lacks @PassInfo");
    Class<? extends Pass> prev = passes.putIfAbsent(info.name(), c);
    if (prev != null && prev != c)
      throw new IllegalStateException("pass name '" + info.name() + "' registered by both " + prev.getName() + " and " + c.getName());
  }

  public synchronized void addPipeline(PipelineDef def) { pipelines.put(def.name(), def); }

  public synchronized PipelineDef pipeline(String name) { return pipelines.get(name); }

  public synchronized Collection<PipelineDef> pipelines() { return Collections.unmodifiableCollection(pipelines.values()); }

  public synchronized Class<? extends Pass> lookup(String name) { return passes.get(name); }

  public synchronized Collection<Class<? extends Pass>> all() { return Collections.unmodifiableCollection(passes.values()); }

  /** A new instance of the named pass with default options, or null if unknown. */
  public Pass create(String name) {
    Class<? extends Pass> c = lookup(name);
    if (c == null) return null;
    try {
      var ctor = c.getDeclaredConstructor();
      ctor.setAccessible(true);
      return ctor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("pass " + c.getName() + " needs a no-argument constructor", e);
    }
  }
}
