package dev.mlc.ir.diag;

/** How serious a diagnostic is; the lowercase name is what is printed. */
public enum Severity {
  ERROR, WARNING, NOTE, REMARK;

  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
