package dev.mlc.ir.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Routes diagnostics to handlers. The latest diagnostic stays pending (so notes can be attached)
 * until the next one is emitted or {@link #flush()} is called. With no handler, diagnostics are
 * collected and can be read with {@link #takeCollected()}.
 */
public final class DiagnosticEngine {
  private final List<Consumer<Diagnostic>> handlers = new ArrayList<>();
  private final List<Diagnostic> collected = new ArrayList<>();
  private Diagnostic pending;
  private int errorCount;
  /** Per-thread capture, for deterministic diagnostics from parallel work. */
  private final ThreadLocal<List<Diagnostic>> capture = new ThreadLocal<>();

  /**
   * Runs {@code work} with the diagnostics this thread emits collected into the returned list
   * instead of being delivered; the caller replays them (in a deterministic order) with {@link #replay}.
   */
  public List<Diagnostic> captureOnThisThread(Runnable work) {
    List<Diagnostic> prev = capture.get();
    List<Diagnostic> mine = new ArrayList<>();
    capture.set(mine);
    try {
      work.run();
    } finally {
      capture.set(prev);
    }
    return mine;
  }

  /** Delivers captured diagnostics, in order. */
  public void replay(List<Diagnostic> ds) {
    for (Diagnostic d : ds) emit(d);
    flush();
  }

  /** Registers a handler; returns a token that removes it. */
  public synchronized Runnable addHandler(Consumer<Diagnostic> handler) {
    flush();
    handlers.add(handler);
    return () -> {
      synchronized (DiagnosticEngine.this) {
        flush();
        handlers.remove(handler);
      }
    };
  }

  public Diagnostic emit(Diagnostic d) {
    List<Diagnostic> c = capture.get();
    if (c != null) {
      c.add(d);
      return d;
    }
    return emitNow(d);
  }

  private synchronized Diagnostic emitNow(Diagnostic d) {
    flush();
    if (d.severity() == Severity.ERROR) errorCount++;
    pending = d;
    return d;
  }

  /** Delivers the pending diagnostic. */
  public synchronized void flush() {
    Diagnostic d = pending;
    if (d == null) return;
    pending = null;
    if (handlers.isEmpty()) collected.add(d);
    else handlers.get(handlers.size() - 1).accept(d);
  }

  /** Errors emitted since creation or the last {@link #resetErrorCount()}. */
  public synchronized int errorCount() { return errorCount; }

  /** Errors as this thread sees them: those delivered, plus those it holds in its capture. */
  public int visibleErrorCount() {
    List<Diagnostic> c = capture.get();
    int n = errorCount();
    if (c != null) for (Diagnostic d : c) if (d.severity() == Severity.ERROR) n++;
    return n;
  }

  public synchronized void resetErrorCount() { errorCount = 0; }

  /** Diagnostics delivered while no handler was registered (flushes first), and clears them. */
  public synchronized List<Diagnostic> takeCollected() {
    flush();
    List<Diagnostic> r = new ArrayList<>(collected);
    collected.clear();
    return r;
  }
}
