package dev.mlc.text;

/**
 * Printer settings.
 *
 * @param generic print every op in MLIR's generic form ({@code --mlir-print-op-generic})
 * @param debugInfo print locations ({@code --mlir-print-debuginfo})
 */
public record PrintOptions(boolean generic, boolean debugInfo) {
  public static final PrintOptions DEFAULT = new PrintOptions(false, false);
  public static final PrintOptions GENERIC = new PrintOptions(true, false);

  public PrintOptions withGeneric(boolean g) { return new PrintOptions(g, debugInfo); }

  public PrintOptions withDebugInfo(boolean d) { return new PrintOptions(generic, d); }
}
