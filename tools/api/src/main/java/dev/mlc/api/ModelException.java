package dev.mlc.api;

import dev.mlc.ir.diag.Diagnostic;
import java.util.List;

/**
 * A model that cannot be compiled (its located diagnostics, rendered in the message, are in
 * {@link #diagnostics()}), or a call that does not fit the model's signature (wrong number of
 * arguments, element type, shape, or segment size or alignment): always raised before native code
 * runs.
 */
public class ModelException extends RuntimeException {
  private final List<Diagnostic> diagnostics;

  public ModelException(String message) { this(message, List.of()); }

  public ModelException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
    this.diagnostics = List.of();
  }

  /** The diagnostics of a failed compilation, with their locations (empty for a wrong call). */
  public List<Diagnostic> diagnostics() { return diagnostics; }
}
