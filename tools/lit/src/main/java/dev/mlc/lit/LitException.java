package dev.mlc.lit;

/** A user error that stops lit before tests run: a bad {@code lit.json}, a missing path. */
public final class LitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LitException(String message) { super(message); }
}
