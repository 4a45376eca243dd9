package dev.mlc.backend.llvm;

import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A compiled function called through the foreign function API with the C calling convention of
 * its llvm function type: {@code i1} (passed and returned as a byte, read as a boolean), {@code i8},
 * {@code i16}, {@code i32}, {@code i64}, {@code f32}, {@code f64} and {@code !llvm.ptr} (a
 * {@link MemorySegment}) parameters and results, or no result ({@code !llvm.void}). Other types
 * (vectors, structs, arrays, wider integers) have no stable C ABI and are refused when the function
 * is looked up. Arguments are checked before native code runs: a wrong count or type is a
 * {@link BackendException}, never a crash.
 */
public final class NativeFunction {
  private final String name;
  private final LlvmType.Func type;
  private final MemorySegment address;
  private final MethodHandle handle;
  private final JitModule owner;

  NativeFunction(String name, LlvmType.Func type, long address, JitModule owner) {
    this.name = name;
    this.type = type;
    this.address = MemorySegment.ofAddress(address);
    this.owner = owner;
    MemoryLayout[] params = new MemoryLayout[type.params().size()];
    for (int i = 0; i < params.length; i++) params[i] = layout(type.params().get(i), "parameter #" + i);
    FunctionDescriptor fd = type.returnsVoid() ? FunctionDescriptor.ofVoid(params) : FunctionDescriptor.of(layout(type.result(), "result"), params);
    this.handle = Linker.nativeLinker().downcallHandle(this.address, fd);
  }

  /** The Java layout of an llvm type at the C ABI boundary. */
  private MemoryLayout layout(Type t, String what) {
    if (t instanceof IntegerType it) {
      switch (it.width()) {
        case 1, 8: return ValueLayout.JAVA_BYTE;
        case 16: return ValueLayout.JAVA_SHORT;
        case 32: return ValueLayout.JAVA_INT;
        case 64: return ValueLayout.JAVA_LONG;
        default: break;
      }
    }
    if (t == FloatType.F32) return ValueLayout.JAVA_FLOAT;
    if (t == FloatType.F64) return ValueLayout.JAVA_DOUBLE;
    if (t instanceof LlvmType.Ptr) return ValueLayout.ADDRESS;
    throw new BackendException("cannot call '@" + name + "' from Java: its " + what + " has type " + LlvmType.str(t)
        + ", which has no C calling convention here (use i1/i8/i16/i32/i64, f32, f64 or !llvm.ptr)");
  }

  public String name() { return name; }

  public LlvmType.Func type() { return type; }

  /** The entry address of the compiled code (valid until its module is closed). */
  public MemorySegment address() { return address; }

  /** The downcall handle itself (no argument checks; the caller keeps the module open). */
  public MethodHandle handle() { return handle; }

  /**
   * Calls the function: integers as any {@link Number} (or {@link Boolean} for {@code i1}) that
   * fits the parameter's width, floats as numbers, pointers as {@link MemorySegment}s. The result
   * is boxed: Boolean, Byte, Short, Integer, Long, Float, Double, MemorySegment, or null for void.
   */
  public Object invoke(Object... args) {
    List<Type> ps = type.params();
    if (args.length != ps.size()) throw new BackendException("'@" + name + "' takes " + ps.size() + " arguments, got " + args.length);
    Object[] conv = new Object[args.length];
    for (int i = 0; i < args.length; i++) conv[i] = convert(args[i], ps.get(i), i);
    Object r;
    owner.enter();
    try {
      r = handle.invokeWithArguments(conv);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new BackendException("calling '@" + name + "' failed: " + t, t);
    } finally {
      owner.exit();
    }
    if (type.result() instanceof IntegerType it && it.width() == 1) return ((Byte) r & 1) != 0;
    return r;
  }

  private Object convert(Object a, Type t, int i) {
    String where = "argument #" + i + " of '@" + name + "' (" + LlvmType.str(t) + ")";
    if (t instanceof LlvmType.Ptr) {
      if (a instanceof MemorySegment m) return m;
      if (a == null) return MemorySegment.NULL;
      throw new BackendException(where + " must be a MemorySegment, got " + a.getClass().getSimpleName());
    }
    if (t instanceof IntegerType it) {
      long v;
      if (a instanceof Boolean bo) v = bo ? 1 : 0;
      else if (a instanceof Byte || a instanceof Short || a instanceof Integer || a instanceof Long) v = ((Number) a).longValue();
      else throw new BackendException(where + " must be an integer, got " + (a == null ? "null" : a.getClass().getSimpleName()));
      int w = it.width();
      if (w < 64) {
        long min = w == 1 ? 0 : -(1L << (w - 1)), max = w == 1 ? 1 : (1L << w) - 1;
        if (v < min || v > max) throw new BackendException(where + ": " + v + " does not fit in " + w + " bits");
      }
      return switch (w) {
        case 1, 8 -> (byte) v;
        case 16 -> (short) v;
        case 32 -> (int) v;
        default -> v;
      };
    }
    if (!(a instanceof Number n))
      throw new BackendException(where + " must be a floating-point number, got " + (a == null ? "null" : a.getClass().getSimpleName()));
    return t == FloatType.F32 ? (Object) n.floatValue() : (Object) n.doubleValue();
  }

  @Override public String toString() { return "@" + name + " : " + type; }
}
