package dev.mlc.dialect.graph.ir;

/**
 * An invalid shape or attribute found by {@link ShapeInference} or {@link GraphAttrs}; the message
 * reads as the tail of an MLIR diagnostic ({@code 'graph.conv2d' op <message>}).
 */
public final class ShapeError extends RuntimeException {
  public ShapeError(String message) { super(message, null, false, false); }
}
