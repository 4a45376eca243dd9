package dev.mlc.dialect.llvm.interp;

/**
 * The interpreter's value of an {@code !llvm.ptr}: an allocation and a byte offset into it (the
 * offset may lie outside: only accesses are checked). A pointer into no allocation ({@code alloc}
 * null) is the raw address {@code offset}; 0 is the null pointer.
 */
public record Pointer(Memory.Allocation alloc, long offset) {
  public static final Pointer NULL = new Pointer(null, 0);

  /** The flat address ({@code ptrtoint}). */
  public long address() { return alloc == null ? offset : alloc.base() + offset; }

  /** This pointer moved by {@code bytes}. */
  public Pointer plus(long bytes) { return new Pointer(alloc, offset + bytes); }

  @Override public String toString() {
    return alloc == null ? (offset == 0 ? "null" : "ptr(0x" + Long.toHexString(offset) + ")") : "ptr(" + alloc.origin() + " + " + offset + ")";
  }
}
