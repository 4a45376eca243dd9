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
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The JIT's parallel runtime: the native entry {@code mlc_parallel_for(fn, ctx, lo, hi, grain)}
 * that {@code outline-parallel-loops} calls, an FFM upcall stub into a small pool of Java threads
 * whose workers call {@code fn(ctx, a, b)} on chunks of {@code [lo, hi)} through one downcall
 * handle. Every JIT-compiled module resolves {@code mlc_parallel_for} to it.
 *
 * <ul>
 *   <li>The thread count is the calling thread's ({@link #setThreads}, {@link #withThreads};
 *       default: the number of cores). With one thread, or fewer than two grains of work, the range
 *       runs on the calling thread in one call.
 *   <li>The range is cut into at most {@code 4 * threads} chunks of at least {@code grain}
 *       iterations; the calling thread and the workers claim chunks until none is left, so a call
 *       always makes progress even when every worker is busy with other calls (many Java threads may
 *       call compiled code at once). Each iteration runs exactly once, on some thread: results do
 *       not depend on the thread count.
 *   <li>A parallel loop reached inside a chunk (nested regions) runs sequentially on that thread.
 *   <li>Idle workers spin briefly, then park; the caller wakes as many as it has chunks for.
 * </ul>
 */
public final class ParallelRuntime {
  /** The native symbol the lowered code calls. */
  public static final String ENTRY = "mlc_parallel_for";

  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final ThreadLocal<Integer> THREADS = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private static final long SPIN_NANOS = 50_000;

  private static final MethodHandle BODY = Linker.nativeLinker().downcallHandle(
      FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
  private static volatile MemorySegment stub;

  private static final ConcurrentLinkedQueue<Job> JOBS = new ConcurrentLinkedQueue<>();
  private static final ConcurrentLinkedDeque<Thread> IDLE = new ConcurrentLinkedDeque<>();
  private static final List<Thread> WORKERS = new ArrayList<>();
  private static final AtomicInteger REGIONS = new AtomicInteger();

  private ParallelRuntime() {}

  /** The calling thread's thread count for parallel loops (default: the number of cores). */
  public static int threads() {
    Integer n = THREADS.get();
    return n == null ? CORES : n;
  }

  /** Sets the calling thread's thread count for the parallel loops of compiled code it calls. */
  public static void setThreads(int n) {
    if (n < 1) throw new IllegalArgumentException("the thread count must be positive, got " + n);
    THREADS.set(n);
  }

  /** Runs {@code body} with the calling thread's thread count set to {@code n}, restored afterwards. */
  public static <T> T withThreads(int n, Supplier<T> body) {
    Integer old = THREADS.get();
    setThreads(n);
    try {
      return body.get();
    } finally {
      if (old == null) THREADS.remove();
      else THREADS.set(old);
    }
  }

  /** How many parallel regions ran on more than one thread since the JVM started (for tests and benchmarks). */
  public static int parallelRegions() { return REGIONS.get(); }

  /** The address of {@code mlc_parallel_for} (an upcall stub, made once). */
  static synchronized long entryAddress() {
    if (stub == null) {
      try {
        MethodHandle target = MethodHandles.lookup().findStatic(ParallelRuntime.class, "parallelFor",
            MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class, long.class, long.class, long.class));
        stub = Linker.nativeLinker().upcallStub(target, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Arena.global());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return stub.address();
  }

  /** The upcall: never throws (an exception cannot cross into native code; the JVM would stop). */
  private static void parallelFor(MemorySegment fn, MemorySegment ctx, long lo, long hi, long grain) {
    try {
      run(fn, ctx, lo, hi, Math.max(1, grain));
    } catch (Throwable t) {
      System.err.println("mlc: internal error in the parallel runtime: " + t);
      t.printStackTrace();
      Runtime.getRuntime().halt(70);
    }
  }

  private static void call(MemorySegment fn, MemorySegment ctx, long a, long b) throws Throwable {
    BODY.invokeExact(fn, ctx, a, b);
  }

  private static void run(MemorySegment fn, MemorySegment ctx, long lo, long hi, long grain) throws Throwable {
    if (hi <= lo) return;
    long total = hi - lo;
    int threads = threads();
    long maxChunks = Math.min(4L * threads, (total + grain - 1) / grain);
    if (INSIDE.get() || threads == 1 || maxChunks < 2 || total < 2 * grain) {
      call(fn, ctx, lo, hi);
      return;
    }
    int chunks = (int) maxChunks;
    Job job = new Job(fn, ctx, lo, hi, (total + chunks - 1) / chunks, chunks, Thread.currentThread());
    ensureWorkers(threads - 1);
    JOBS.add(job);
    for (int i = 0; i < Math.min(threads - 1, chunks - 1); i++) {
      Thread w = IDLE.pollFirst();
      if (w == null) break;
      LockSupport.unpark(w);
    }
    INSIDE.set(Boolean.TRUE);
    try {
      while (job.runOne()) {
        // the caller works too
      }
    } finally {
      INSIDE.set(Boolean.FALSE);
    }
    JOBS.remove(job);
    long spinUntil = System.nanoTime() + SPIN_NANOS;
    while (job.done.get() < job.chunks) {
      if (System.nanoTime() < spinUntil) Thread.onSpinWait();
      else LockSupport.park(job);
    }
    REGIONS.incrementAndGet();
    if (job.failure != null) throw job.failure;
  }

  private static synchronized void ensureWorkers(int n) {
    while (WORKERS.size() < n) {
      Thread t = Thread.ofPlatform().daemon().name("mlc-parallel-" + WORKERS.size()).unstarted(ParallelRuntime::work);
      WORKERS.add(t);
      t.start();
    }
  }

  private static void work() {
    INSIDE.set(Boolean.TRUE);
    Thread me = Thread.currentThread();
    while (true) {
      Job j = JOBS.peek();
      if (j != null) {
        if (!j.runOne()) JOBS.remove(j);
        else while (j.runOne()) {
          // claim the next chunk
        }
        continue;
      }
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while (JOBS.isEmpty() && System.nanoTime() < spinUntil) Thread.onSpinWait();
      if (!JOBS.isEmpty()) continue;
      IDLE.addFirst(me);
      if (JOBS.isEmpty()) LockSupport.park();
      IDLE.remove(me);
    }
  }

  /** One parallel region: chunks claimed by an atomic counter, completion counted. */
  private static final class Job {
    final MemorySegment fn, ctx;
    final long lo, hi, chunk;
    final int chunks;
    final Thread caller;
    final AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
    volatile Throwable failure;

    Job(MemorySegment fn, MemorySegment ctx, long lo, long hi, long chunk, int chunks, Thread caller) {
      this.fn = fn;
      this.ctx = ctx;
      this.lo = lo;
      this.hi = hi;
      this.chunk = chunk;
      this.chunks = chunks;
      this.caller = caller;
    }

    /** Runs the next unclaimed chunk; false when none is left. */
    boolean runOne() {
      int c = next.getAndIncrement();
      if (c >= chunks) return false;
      long a = lo + c * chunk, b = Math.min(hi, a + chunk);
      try {
        if (a < b) call(fn, ctx, a, b);
      } catch (Throwable t) {
        failure = t;
      }
      if (done.incrementAndGet() == chunks) LockSupport.unpark(caller);
      return true;
    }
  }
}
