package dev.mlc.lit;

import dev.mlc.tools.Tool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The tools RUN lines can name, by name and alias. Tools found through {@link ServiceLoader} are
 * instantiated afresh for every invocation, so a tool with per-run state is still safe to run from
 * many tests at once. Immutable once built.
 */
public final class ToolRegistry {
  private final Map<String, Supplier<? extends Tool>> byName;
  private final SortedSet<String> names;
  private final List<String> warnings;

  private ToolRegistry(Map<String, Supplier<? extends Tool>> byName, SortedSet<String> names, List<String> warnings) {
    this.byName = Map.copyOf(byName);
    this.names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
    this.warnings = List.copyOf(warnings);
  }

  /** The tools registered as services ({@code META-INF/services/dev.mlc.tools.Tool}) visible to {@code loader}. */
  public static ToolRegistry load(ClassLoader loader) { return builder().load(loader).build(); }

  public static Builder builder() { return new Builder(); }

  /** A new instance of the tool called {@code name} (a name or an alias), or null if there is none. */
  public Tool create(String name) {
    Supplier<? extends Tool> factory = byName.get(name);
    return factory == null ? null : factory.get();
  }

  /** Whether a tool answers to {@code name}. */
  public boolean contains(String name) { return byName.containsKey(name); }

  /** The tools' primary names, sorted (aliases left out). */
  public SortedSet<String> names() { return names; }

  /** Problems met while loading (a provider that failed to load, two tools with one name). */
  public List<String> warnings() { return warnings; }

  /** Collects tools; a later {@link #add} replaces an earlier tool of the same name. */
  public static final class Builder {
    private final Map<String, Supplier<? extends Tool>> byName = new LinkedHashMap<>();
    private final Map<String, String> owner = new LinkedHashMap<>();
    private final SortedSet<String> names = new TreeSet<>();
    private final List<String> warnings = new ArrayList<>();

    private Builder() {}

    /**
     * Adds every {@code dev.mlc.tools.Tool} service visible to {@code loader}. When two services
     * share a name, the first on the class path wins and a warning is recorded.
     */
    public Builder load(ClassLoader loader) {
      Iterator<ServiceLoader.Provider<Tool>> it = ServiceLoader.load(Tool.class, loader).stream().iterator();
      for (int guard = 0; guard < 10_000; guard++) {
        ServiceLoader.Provider<Tool> provider;
        Tool sample;
        try {
          if (!it.hasNext()) break;
          provider = it.next();
          sample = provider.get();
        } catch (ServiceConfigurationError e) {
          warnings.add("cannot load a tool: " + e.getMessage());
          continue;
        }
        register(sample, provider::get, false);
      }
      return this;
    }

    /** Adds {@code tool}; this one instance serves every invocation, so it must be thread-safe. */
    public Builder add(Tool tool) {
      return register(tool, () -> tool, true);
    }

    /** Adds a tool made by {@code factory}, called once per invocation (and once now, for its names). */
    public Builder add(Supplier<? extends Tool> factory) {
      return register(factory.get(), factory, true);
    }

    private Builder register(Tool sample, Supplier<? extends Tool> factory, boolean replace) {
      List<String> keys = new ArrayList<>();
      keys.add(sample.name());
      keys.addAll(sample.aliases());
      for (String key : keys) {
        if (!replace && byName.containsKey(key)) {
          warnings.add("two tools named '" + key + "': " + owner.get(key) + " and " + sample.getClass().getName() + "; using the first");
          continue;
        }
        byName.put(key, factory);
        owner.put(key, sample.getClass().getName());
      }
      names.add(sample.name());
      return this;
    }

    public ToolRegistry build() { return new ToolRegistry(byName, names, warnings); }
  }
}
