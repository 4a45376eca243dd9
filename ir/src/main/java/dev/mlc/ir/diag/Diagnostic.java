package dev.mlc.ir.diag;

import dev.mlc.ir.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A message at a location, with attached notes. Notes may be added until the engine delivers it. */
public final class Diagnostic {
  private final Severity severity;
  private final Location location;
  private final String message;
  private final List<Diagnostic> notes = new ArrayList<>(0);

  public Diagnostic(Severity severity, Location location, String message) {
    this.severity = severity;
    this.location = location == null ? Location.UNKNOWN : location;
    this.message = message;
  }

  public Severity severity() { return severity; }

  public Location location() { return location; }

  public String message() { return message; }

  public List<Diagnostic> notes() { return Collections.unmodifiableList(notes); }

  /** Attaches a note (at {@code loc}, or at this diagnostic's location when null). */
  public Diagnostic attachNote(Location loc, String text) {
    notes.add(new Diagnostic(Severity.NOTE, loc == null ? location : loc, text));
    return this;
  }

  /** Always false: lets callers write {@code return op.emitOpError("...").failure();}. */
  public boolean failure() { return false; }

  @Override public String toString() { return severity.label() + ": " + message; }
}
