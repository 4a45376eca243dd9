package dev.mlc.backend.llvm;

/**
 * A failure of the LLVM backend that is not a located diagnostic: LLVM's verifier, its pass
 * pipeline, code generation, the JIT, or a call through the Java API with wrong arguments.
 */
public class BackendException extends RuntimeException {
  public BackendException(String message) { super(message); }

  public BackendException(String message, Throwable cause) { super(message, cause); }
}
