package dev.mlc.ir.asm;

import dev.mlc.ir.Location;

/**
 * A syntax or semantic error found while parsing, at a source location. Thrown by parser hooks and
 * turned into a located diagnostic by the parser's caller; carries no stack trace.
 */
public final class ParseException extends RuntimeException {
  private final Location location;

  public ParseException(Location location, String message) {
    super(message, null, false, false);
    this.location = location;
  }

  public Location location() { return location; }
}
