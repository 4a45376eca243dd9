package dev.mlc.ir.asm;

import dev.mlc.ir.Location;

/**
 * A syntax or semantic error found while parsing, at a source location. Thrown by parser hooks and
 * turned into a located diagnostic by the parser's caller; carries no stack trace.
 */
public final class ParseException extends RuntimeException {
  private final Location location;
  private final java.util.List<Object[]> notes = new java.util.ArrayList<>();

  public ParseException(Location location, String message) {
    super(message, null, false, false);
    this.location = location;
  }

  public Location location() { return location; }

  /** Attaches a note (location and text), as diagnostics do. */
  public ParseException withNote(Location at, String text) {
    notes.add(new Object[] {at, text});
    return this;
  }

  /** The notes, each {location, text}. */
  public java.util.List<Object[]> notes() { return java.util.Collections.unmodifiableList(notes); }
}
