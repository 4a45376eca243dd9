package dev.mlc.backend.llvm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiling runtime of JIT-compiled code: {@code mlc_profile_begin(id)} and
 * {@code mlc_profile_end(id)} (calls that {@code profile-graph-ops} puts around each graph op) are
 * FFM upcall stubs recording {@link System#nanoTime()} into the active {@link Session}: per op, the
 * number of calls and the total time, and (up to a limit) one event per call for a trace. Times are
 * kept per calling thread (a begin matches the end of the same op on the same thread), so several
 * Java threads may run profiled code at once. With no active session the calls do nothing.
 */
public final class Profiler {
  public static final String BEGIN = "mlc_profile_begin", END = "mlc_profile_end";

  private static volatile Session active;
  private static MemorySegment beginStub, endStub;

  private Profiler() {}

  /** One op's call: thread, start (nanoseconds since the session started) and duration. */
  public record Event(int op, long thread, long startNanos, long durationNanos) {}

  /** Counters of a profiling run over {@code ops} instrumented ops. */
  public static final class Session implements AutoCloseable {
    private final long origin = System.nanoTime();
    private final long[] calls, totals;
    private final int maxEvents;
    private final List<Event> events = new ArrayList<>();
    private final ThreadLocal<long[]> starts;

    private Session(int ops, int maxEvents) {
      calls = new long[ops];
      totals = new long[ops];
      this.maxEvents = maxEvents;
      starts = ThreadLocal.withInitial(() -> new long[ops]);
    }

    private void begin(int id) {
      if (id >= 0 && id < calls.length) starts.get()[id] = System.nanoTime();
    }

    /** {@code tag}: the op's id, with bit 32 set for a later part of the op (its time counts, not its call). */
    private void end(long tag) {
      long now = System.nanoTime();
      int id = (int) tag;
      if (id < 0 || id >= calls.length) return;
      long start = starts.get()[id];
      synchronized (this) {
        if ((tag >>> 32) == 0) calls[id]++;
        totals[id] += now - start;
        if (events.size() < maxEvents) events.add(new Event(id, Thread.currentThread().threadId(), start - origin, now - start));
      }
    }

    public synchronized long calls(int op) { return calls[op]; }

    public synchronized long totalNanos(int op) { return totals[op]; }

    public int ops() { return calls.length; }

    public synchronized List<Event> events() { return List.copyOf(events); }

    /** Clears the counters and events (after a warm-up run, say). */
    public synchronized void reset() {
      java.util.Arrays.fill(calls, 0);
      java.util.Arrays.fill(totals, 0);
      events.clear();
    }

    @Override public void close() {
      synchronized (Profiler.class) {
        if (active == this) active = null;
      }
    }
  }

  /** Starts a session for {@code ops} instrumented ops (the active one until closed), keeping at most {@code maxEvents} events. */
  public static Session start(int ops, int maxEvents) {
    synchronized (Profiler.class) {
      Session s = new Session(ops, maxEvents);
      active = s;
      return s;
    }
  }

  private static void begin(long id) {
    Session s = active;
    if (s != null) s.begin((int) id);
  }

  private static void end(long id) {
    Session s = active;
    if (s != null) s.end(id);
  }

  /** The addresses of the two entries (upcall stubs, made once). */
  static synchronized long[] entryAddresses() {
    if (beginStub == null) {
      try {
        FunctionDescriptor d = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);
        MethodType t = MethodType.methodType(void.class, long.class);
        MethodHandle b = MethodHandles.lookup().findStatic(Profiler.class, "begin", t), e = MethodHandles.lookup().findStatic(Profiler.class, "end", t);
        beginStub = Linker.nativeLinker().upcallStub(b, d, Arena.global());
        endStub = Linker.nativeLinker().upcallStub(e, d, Arena.global());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return new long[] {beginStub.address(), endStub.address()};
  }
}
