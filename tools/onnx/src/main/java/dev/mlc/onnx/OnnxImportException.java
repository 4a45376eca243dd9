package dev.mlc.onnx;

/**
 * A model that cannot be imported: malformed, unsupported, or inconsistent. The message is complete
 * and user-facing (it may span several lines, as the unsupported-ops report does); no module is
 * produced.
 */
public final class OnnxImportException extends RuntimeException {
  public OnnxImportException(String message) { super(message, null, false, false); }
}
