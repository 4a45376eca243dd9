package dev.mlc.backend.llvm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JIT's buffer pool: the native entries {@code mlc_buffer_acquire(bytes)} and
 * {@code mlc_buffer_release(ptr, bytes)} that {@code tl.alloc {tl.pooled}} and
 * {@code tl.dealloc {tl.pooled}} lower to (memory-plan marks a function's arena and its other big
 * buffers so). A released block is kept, by size, for the next call that asks for as many bytes, so
 * a compiled function called again reuses its memory instead of getting fresh pages from the system
 * (a few megabytes of page faults per call of a CNN). Blocks are 64-byte aligned {@code aligned_alloc}
 * memory, so a pooled block may also be given to {@code free} and a malloc'd one released here.
 *
 * <p>At most {@link #maxPooledBytes()} bytes are kept (property {@code mlc.bufferPool.maxBytes},
 * default 1 GiB); a release past it frees the block. {@link #trim()} frees every kept block.
 * Thread-safe: any number of threads may call compiled code at once.
 */
public final class BufferPool {
  /** The native symbols the lowered code calls. */
  public static final String ACQUIRE = "mlc_buffer_acquire", RELEASE = "mlc_buffer_release";

  static final long ALIGN = 64;
  private static final long MAX_POOLED = Long.getLong("mlc.bufferPool.maxBytes", 1L << 30);

  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle ALIGNED_ALLOC = LINKER.downcallHandle(LINKER.defaultLookup().find("aligned_alloc").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
  private static final MethodHandle FREE = LINKER.downcallHandle(LINKER.defaultLookup().find("free").orElseThrow(),
      FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  private static final ConcurrentHashMap<Long, ConcurrentLinkedDeque<Long>> FREE_BLOCKS = new ConcurrentHashMap<>();
  private static final AtomicLong POOLED = new AtomicLong();
  private static volatile long[] stubs;

  private BufferPool() {}

  /** The most bytes the pool keeps. */
  public static long maxPooledBytes() { return MAX_POOLED; }

  /** The bytes the pool keeps now (released blocks waiting for reuse). */
  public static long pooledBytes() { return POOLED.get(); }

  /** Frees every block the pool keeps. */
  public static void trim() {
    for (var e : FREE_BLOCKS.entrySet()) {
      for (Long p = e.getValue().pollFirst(); p != null; p = e.getValue().pollFirst()) {
        POOLED.addAndGet(-e.getKey());
        freeBlock(p);
      }
    }
  }

  /** A block of at least {@code bytes} bytes, 64-byte aligned (null when the system has no memory). */
  static long acquire(long bytes) throws Throwable {
    var q = FREE_BLOCKS.get(bytes);
    Long p = q == null ? null : q.pollFirst();
    if (p != null) {
      POOLED.addAndGet(-bytes);
      return p;
    }
    long rounded = (Math.max(bytes, 1) + ALIGN - 1) / ALIGN * ALIGN;
    return ((MemorySegment) ALIGNED_ALLOC.invokeExact(ALIGN, rounded)).address();
  }

  /** Gives back a block of {@code bytes} bytes from {@link #acquire} (or malloc); kept for reuse while the pool has room. */
  static void release(long p, long bytes) throws Throwable {
    if (p == 0) return;
    if (POOLED.addAndGet(bytes) > MAX_POOLED) {
      POOLED.addAndGet(-bytes);
      freeBlock(p);
      return;
    }
    FREE_BLOCKS.computeIfAbsent(bytes, k -> new ConcurrentLinkedDeque<>()).addFirst(p);
  }

  private static void freeBlock(long p) {
    try {
      FREE.invokeExact(MemorySegment.ofAddress(p));
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  // The upcalls: never throw (an exception cannot cross into native code; the JVM would stop).
  private static MemorySegment acquireEntry(long bytes) {
    try {
      return MemorySegment.ofAddress(acquire(bytes));
    } catch (Throwable t) {
      return fail(t);
    }
  }

  private static void releaseEntry(MemorySegment p, long bytes) {
    try {
      release(p.address(), bytes);
    } catch (Throwable t) {
      fail(t);
    }
  }

  private static MemorySegment fail(Throwable t) {
    System.err.println("mlc: internal error in the buffer pool: " + t);
    t.printStackTrace();
    Runtime.getRuntime().halt(70);
    return MemorySegment.NULL;
  }

  /** The addresses of {@code mlc_buffer_acquire} and {@code mlc_buffer_release} (upcall stubs, made once). */
  static synchronized long[] entryAddresses() {
    if (stubs == null) {
      try {
        var lookup = MethodHandles.lookup();
        MethodHandle a = lookup.findStatic(BufferPool.class, "acquireEntry", MethodType.methodType(MemorySegment.class, long.class));
        MethodHandle r = lookup.findStatic(BufferPool.class, "releaseEntry", MethodType.methodType(void.class, MemorySegment.class, long.class));
        MemorySegment as = LINKER.upcallStub(a, FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), Arena.global());
        MemorySegment rs = LINKER.upcallStub(r, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), Arena.global());
        stubs = new long[] {as.address(), rs.address()};
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return stubs;
  }
}
