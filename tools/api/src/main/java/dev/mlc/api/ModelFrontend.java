package dev.mlc.api;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import java.nio.file.Path;

/**
 * Reads a model file that is not MLIR text (an ONNX model, say) into a graph-level module.
 * Implementations are found with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.mlc.api.ModelFrontend}); {@link Model#compile(Path, CompileOptions)} asks
 * each whether it {@link #accepts} a file, and reads {@code .mlir} files itself.
 */
public interface ModelFrontend {
  /** Whether this frontend reads {@code file} (usually by its extension, e.g. {@code .onnx}). */
  boolean accepts(Path file);

  /**
   * The model in {@code file} as a module in {@code ctx} (graph dialect, a {@code func.func} entry),
   * or a {@link ModelException} explaining why it cannot be read.
   */
  Operation load(MLContext ctx, Path file);
}
