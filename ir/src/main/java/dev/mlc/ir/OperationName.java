package dev.mlc.ir;

/** An interned op name of a context, with its definition when registered. */
public final class OperationName {
  private final MLContext context;
  private final String name;
  private final String dialect;
  private final OpDef def;

  OperationName(MLContext context, String name, OpDef def) {
    this.context = context;
    this.name = name;
    int dot = name.indexOf('.');
    this.dialect = dot < 0 ? "" : name.substring(0, dot);
    this.def = def;
  }

  public MLContext context() { return context; }

  public String name() { return name; }

  /** The dialect namespace (text before the first dot; empty if none). */
  public String dialectNamespace() { return dialect; }

  /** The definition, or null when unregistered. */
  public OpDef def() { return def; }

  public boolean isRegistered() { return def != null; }

  @Override public String toString() { return name; }
}
