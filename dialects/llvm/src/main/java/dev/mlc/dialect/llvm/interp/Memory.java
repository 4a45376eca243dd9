package dev.mlc.dialect.llvm.interp;

import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.dialect.llvm.ir.LlvmTypeSizes;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LLVM level's flat memory, one per interpreter run ({@code Interpreter.extension}): byte-level
 * allocations (stack slots of {@code llvm.alloca}, globals, {@code malloc}), each at its own address
 * range with gaps between them, so out-of-bounds pointers never reach another allocation. Every byte
 * knows whether it was written; reads of unwritten bytes, accesses outside an allocation, through
 * the null pointer or into freed memory, and stores to constant globals are errors. Values are
 * stored little-endian in the layout of {@link LlvmTypeSizes}; pointers as their 8-byte address.
 */
public final class Memory {
  /** One allocation: a byte range with per-byte initialization. */
  public static final class Allocation {
    private final long base;
    private final byte[] data;
    private final BitSet init = new BitSet();
    private final String origin;
    private final Operation function;
    private boolean freed;
    private boolean readOnly;

    Allocation(long base, int size, String origin, Operation function) {
      this.base = base;
      this.data = new byte[size];
      this.origin = origin;
      this.function = function;
    }

    public long base() { return base; }

    public int size() { return data.length; }

    /** What it is, for messages: {@code stack slot of 'llvm.alloca' at loc}, {@code global @g}... */
    public String origin() { return origin; }

    public boolean isFreed() { return freed; }

    /** The function this address stands for ({@code llvm.mlir.addressof @f}), or null. */
    public Operation function() { return function; }
  }

  private final TreeMap<Long, Allocation> byBase = new TreeMap<>();
  private final Map<Operation, Allocation> globals = new HashMap<>();
  private final Deque<List<Allocation>> frames = new ArrayDeque<>();
  private long next = 0x10000;

  public Memory() { frames.push(new ArrayList<>()); }

  /** A fresh allocation of {@code size} uninitialized bytes. */
  public Pointer allocate(long size, String origin) { return new Pointer(newAllocation(size, origin, null), 0); }

  private Allocation newAllocation(long size, String origin, Operation function) {
    if (size < 0 || size > Integer.MAX_VALUE - 16) throw new InterpreterException("cannot allocate " + size + " bytes");
    Allocation a = new Allocation(next, (int) size, origin, function);
    byBase.put(next, a);
    next += (size + 16 + 15) / 16 * 16 + 16;
    return a;
  }

  /** A stack allocation, freed when the current call frame ends. */
  public Pointer allocateStack(long size, String origin) {
    Pointer p = allocate(size, origin);
    frames.peek().add(p.alloc());
    return p;
  }

  /** Enters a call frame (for stack allocations). */
  public void pushFrame() { frames.push(new ArrayList<>()); }

  /** Leaves a call frame, freeing its stack allocations. */
  public void popFrame() { for (Allocation a : frames.pop()) a.freed = true; }

  /** Frees a heap allocation ({@code free}); {@code free(null)} does nothing. */
  public void free(Pointer p) {
    if (p.alloc() == null && p.offset() == 0) return;
    if (p.alloc() == null || p.offset() != 0) throw new InterpreterException("free of a pointer that was not returned by malloc: " + p);
    if (p.alloc().freed) throw new InterpreterException("double free of " + p.alloc().origin);
    p.alloc().freed = true;
  }

  /** The allocation of a global, created on first use by {@code init}. */
  public Pointer global(Operation global, java.util.function.Function<Memory, Allocation> init) {
    return new Pointer(globals.computeIfAbsent(global, g -> init.apply(this)), 0);
  }

  /** A new allocation for a global of {@code size} bytes. */
  Allocation newGlobal(long size, String origin) { return newAllocation(size, origin, null); }

  /** The zero-sized allocation standing for function {@code f}. */
  public Pointer function(Operation f, String name) {
    return new Pointer(globals.computeIfAbsent(f, g -> newAllocation(0, "function " + name, f)), 0);
  }

  void markReadOnly(Allocation a) { a.readOnly = true; }

  /** The pointer for a flat address ({@code inttoptr}, loaded pointers). */
  public Pointer fromAddress(long address) {
    if (address == 0) return Pointer.NULL;
    var e = byBase.floorEntry(address);
    if (e != null && address <= e.getValue().base + e.getValue().size()) return new Pointer(e.getValue(), address - e.getKey());
    return new Pointer(null, address);
  }

  /** Checks an access of {@code n} bytes at {@code p}; returns the start offset. */
  private int check(Pointer p, long n, boolean write) {
    Allocation a = p.alloc();
    if (a == null)
      throw new InterpreterException(p.offset() == 0 ? "null pointer dereference" : "access to address 0x" + Long.toHexString(p.offset()) + " outside every allocation");
    if (a.freed) throw new InterpreterException("use of " + a.origin + " after it was freed");
    if (a.function != null) throw new InterpreterException("access to the memory of " + a.origin);
    if (p.offset() < 0 || p.offset() + n > a.size())
      throw new InterpreterException("out-of-bounds access: " + n + " bytes at offset " + p.offset() + " of " + a.origin + " (" + a.size() + " bytes)");
    if (write && a.readOnly) throw new InterpreterException("store into constant " + a.origin);
    return (int) p.offset();
  }

  // ---- raw bytes ----

  /** Writes {@code n} bytes of {@code bits} little-endian. */
  void writeBits(Pointer p, int n, long bits) {
    int o = check(p, n, true);
    for (int i = 0; i < n; i++) p.alloc().data[o + i] = (byte) (i < 8 ? bits >>> (8 * i) : 0);
    p.alloc().init.set(o, o + n);
  }

  long readBits(Pointer p, int n) {
    int o = check(p, n, false);
    Allocation a = p.alloc();
    int bad = a.init.nextClearBit(o);
    if (bad < o + n)
      throw new InterpreterException("read of uninitialized memory: byte " + bad + " of " + a.origin);
    long v = 0;
    for (int i = 0; i < Math.min(n, 8); i++) v |= (a.data[o + i] & 0xffL) << (8 * i);
    return v;
  }

  /** Copies {@code n} bytes (with their initialization) from {@code src} to {@code dst}. */
  public void copy(Pointer dst, Pointer src, long n) {
    if (n == 0) return;
    int s = check(src, n, false), d = check(dst, n, true);
    if (src.alloc() == dst.alloc() && s < d + n && d < s + n) throw new InterpreterException("memcpy source and destination overlap");
    System.arraycopy(src.alloc().data, s, dst.alloc().data, d, (int) n);
    for (int i = 0; i < n; i++) dst.alloc().init.set(d + i, src.alloc().init.get(s + i));
  }

  /** Fills {@code n} bytes at {@code dst} with {@code b}. */
  public void fill(Pointer dst, byte b, long n) {
    if (n == 0) return;
    int d = check(dst, n, true);
    java.util.Arrays.fill(dst.alloc().data, d, d + (int) n, b);
    dst.alloc().init.set(d, d + (int) n);
  }

  // ---- typed values ----

  /** Stores {@code value} of type {@code t} at {@code p}. */
  public void store(Pointer p, Type t, Object value) {
    check(p, LlvmTypeSizes.storeSize(t), true);
    switch (t) {
      case IntegerType it -> writeBits(p, (int) LlvmTypeSizes.size(it), (Long) value);
      case FloatType ft -> writeBits(p, ft.width() / 8, Scalars.floatBits((Double) value, ft));
      case LlvmType.Ptr pt -> writeBits(p, 8, ((Pointer) value).address());
      case VectorType vt -> {
        Tensor v = (Tensor) value;
        long eb = LlvmTypeSizes.elementBytes(vt.elementType());
        for (int i = 0; i < v.size(); i++) {
          Pointer q = p.plus(i * eb);
          if (vt.elementType() instanceof FloatType ft) writeBits(q, (int) eb, Scalars.floatBits(v.getDouble(i), ft));
          else writeBits(q, (int) eb, v.getLong(i));
        }
      }
      case LlvmType.Array at -> {
        Aggregate a = (Aggregate) value;
        long es = LlvmTypeSizes.size(at.elementType());
        for (int i = 0; i < a.size(); i++) store(p.plus(i * es), at.elementType(), a.get(i));
      }
      case LlvmType.Struct st -> {
        Aggregate a = (Aggregate) value;
        for (int i = 0; i < a.size(); i++) store(p.plus(LlvmTypeSizes.fieldOffset(st, i)), st.fields().get(i), a.get(i));
      }
      default -> throw new InterpreterException("cannot store a value of type " + LlvmType.str(t));
    }
  }

  /** Loads a value of type {@code t} from {@code p}. */
  public Object load(Pointer p, Type t) {
    check(p, LlvmTypeSizes.storeSize(t), false);
    return switch (t) {
      case IntegerType it -> Scalars.wrap(readBits(p, (int) LlvmTypeSizes.size(it)), it);
      case FloatType ft -> Scalars.floatFromBits(readBits(p, ft.width() / 8), ft);
      case LlvmType.Ptr pt -> fromAddress(readBits(p, 8));
      case VectorType vt -> {
        Tensor v = Tensor.zeros(vt.elementType(), vt.shape());
        long eb = LlvmTypeSizes.elementBytes(vt.elementType());
        for (int i = 0; i < v.size(); i++) {
          long bits = readBits(p.plus(i * eb), (int) eb);
          if (vt.elementType() instanceof FloatType ft) v.setDouble(i, Scalars.floatFromBits(bits, ft));
          else v.setLong(i, bits);
        }
        yield v;
      }
      case LlvmType.Array at -> {
        Object[] f = new Object[(int) at.size()];
        long es = LlvmTypeSizes.size(at.elementType());
        for (int i = 0; i < f.length; i++) f[i] = load(p.plus(i * es), at.elementType());
        yield new Aggregate(f);
      }
      case LlvmType.Struct st -> {
        Object[] f = new Object[st.fields().size()];
        for (int i = 0; i < f.length; i++) f[i] = load(p.plus(LlvmTypeSizes.fieldOffset(st, i)), st.fields().get(i));
        yield new Aggregate(f);
      }
      default -> throw new InterpreterException("cannot load a value of type " + LlvmType.str(t));
    };
  }

  /** The bytes of a primitive (non-aggregate) value, for {@code bitcast}. */
  static byte[] bytesOf(Type t, Object v) {
    Memory scratch = new Memory();
    Pointer p = scratch.allocate(LlvmTypeSizes.size(t), "bitcast scratch");
    scratch.store(p, t, v);
    return java.util.Arrays.copyOf(p.alloc().data, p.alloc().size());
  }

  /** The value of type {@code t} whose bytes are {@code bytes}, for {@code bitcast}. */
  Object fromBytes(Type t, byte[] bytes) {
    Memory scratch = this;
    Pointer p = scratch.allocate(bytes.length, "bitcast scratch");
    System.arraycopy(bytes, 0, p.alloc().data, 0, bytes.length);
    p.alloc().init.set(0, bytes.length);
    return scratch.load(p, t);
  }
}
