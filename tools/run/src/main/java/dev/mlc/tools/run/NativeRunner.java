package dev.mlc.tools.run;

import dev.mlc.backend.llvm.BackendException;
import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.NativeFunction;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.text.TypePrinting;
import dev.mlc.tools.ToolError;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a JIT-compiled entry function through the memref calling convention of
 * docs/lowering-to-llvm.md: each buffer argument is passed as (allocated pointer, aligned pointer,
 * offset, sizes..., strides...), each tensor result of the original function is a caller-allocated
 * out-parameter appended after the arguments (docs/lowering-graph-to-tl.md), and a scalar result
 * is returned.
 */
final class NativeRunner implements AutoCloseable {
  private final JitModule jit;
  private final NativeFunction fn;
  private final String entry;
  private final List<Type> argTypes, resultTypes;
  private final Arena arena = Arena.ofConfined();

  /**
   * @param argTypes the original entry's argument types (tensors, memrefs, scalars)
   * @param resultTypes the original entry's result types
   */
  NativeRunner(JitModule jit, String entry, List<Type> argTypes, List<Type> resultTypes) {
    this.jit = jit;
    this.entry = entry;
    this.argTypes = argTypes;
    this.resultTypes = resultTypes;
    try {
      this.fn = jit.function(entry);
    } catch (BackendException e) {
      throw new ToolError("cannot call '@" + entry + "' natively: " + e.getMessage());
    }
    int expected = 0, returned = 0;
    for (Type t : argTypes) expected += t instanceof ShapedType s ? 3 + 2 * rankOf(s) : 1;
    for (Type t : resultTypes) {
      if (t instanceof ShapedType s) expected += 3 + 2 * rankOf(s);
      else returned++;
    }
    if (returned > 1) throw new ToolError("cannot call '@" + entry + "' natively: it returns " + returned + " scalars (at most one is supported)");
    if (fn.type().params().size() != expected)
      throw new ToolError("cannot call '@" + entry + "' natively: its lowered signature " + fn.type() + " takes " + fn.type().params().size()
          + " parameters, but the memref calling convention of its arguments and results needs " + expected);
  }

  private static int rankOf(ShapedType s) {
    if (!s.hasRank()) throw new ToolError("unranked arguments and results cannot be passed to native code");
    return s.shape().length;
  }

  /** Out-parameter buffers: allocated once, reused by every call. */
  private final List<MemorySegment> outs = new ArrayList<>();
  private final List<long[]> outShapes = new ArrayList<>();

  /** The native arguments for {@code inputs} (tensors, buffers or scalars, as the interpreter takes them). */
  Object[] marshal(Object[] inputs) {
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < argTypes.size(); i++) {
      Type t = argTypes.get(i);
      Object v = inputs[i];
      if (t instanceof ShapedType st) {
        Tensor tv = v instanceof Buffer b ? b.toTensor() : (Tensor) v;
        MemorySegment m = allocate(st.elementType(), tv.size(), "argument #" + i);
        write(tv, m);
        descriptor(args, m, tv.shape());
      } else {
        args.add(scalarArg(v, t, i));
      }
    }
    if (outs.isEmpty()) {
      for (int i = 0; i < resultTypes.size(); i++) {
        if (!(resultTypes.get(i) instanceof ShapedType st)) continue;
        if (!st.hasStaticShape())
          throw new ToolError("result #" + i + " of '@" + entry + "' has a dynamic shape (" + TypePrinting.toString(st) + "); native runs need static result shapes");
        outs.add(allocate(st.elementType(), Tensor.count(st.shape()), "result #" + i));
        outShapes.add(st.shape());
      }
    }
    for (int k = 0; k < outs.size(); k++) descriptor(args, outs.get(k), outShapes.get(k));
    return args.toArray();
  }

  /** Calls the function on marshalled arguments; returns the returned value (or null). */
  Object call(Object[] args) {
    try {
      return fn.invoke(args);
    } catch (BackendException e) {
      throw new ToolError("calling '@" + entry + "' natively failed: " + e.getMessage());
    }
  }

  /** The results after a call: out-parameters as tensors, a returned scalar as Long/Double. */
  Object[] results(Object returned) {
    Object[] r = new Object[resultTypes.size()];
    int k = 0;
    for (int i = 0; i < r.length; i++) {
      Type t = resultTypes.get(i);
      if (t instanceof ShapedType st) {
        Tensor v = Tensor.zeros(st.elementType(), outShapes.get(k));
        read(outs.get(k), v);
        r[i] = t instanceof MemRefType ? Buffer.of(v) : v;
        k++;
      } else {
        r[i] = scalarResult(returned, t);
      }
    }
    return r;
  }

  private static void descriptor(List<Object> args, MemorySegment m, long[] shape) {
    args.add(m);
    args.add(m);
    args.add(0L);
    for (long s : shape) args.add(s);
    for (long s : Tensor.stridesOf(shape)) args.add(s);
  }

  private static long elementBytes(Type e) {
    if (e == FloatType.F32) return 4;
    if (e == FloatType.F64) return 8;
    if (e == FloatType.F16 || e == FloatType.BF16) return 2;
    if (e instanceof IndexType) return 8;
    if (e instanceof IntegerType it && it.isSignless()) {
      return switch (it.width()) {
        case 1, 8 -> 1;
        case 16 -> 2;
        case 32 -> 4;
        case 64 -> 8;
        default -> -1;
      };
    }
    return -1;
  }

  private MemorySegment allocate(Type e, long count, String what) {
    long b = elementBytes(e);
    if (b < 0) throw new ToolError(what + " of '@" + entry + "' has element type " + TypePrinting.toString(e) + ", which native runs do not support yet");
    return arena.allocate(Math.max(1, b * count), 64);
  }

  private static void write(Tensor t, MemorySegment m) {
    Type e = t.elementType();
    int n = t.size();
    long b = elementBytes(e);
    for (int i = 0; i < n; i++) {
      if (e == FloatType.F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) t.getDouble(i));
      else if (e == FloatType.F64) m.setAtIndex(ValueLayout.JAVA_DOUBLE, i, t.getDouble(i));
      else if (e == FloatType.F16) m.setAtIndex(ValueLayout.JAVA_SHORT, i, Float.floatToFloat16((float) t.getDouble(i)));
      else if (e == FloatType.BF16) m.setAtIndex(ValueLayout.JAVA_SHORT, i, (short) (Float.floatToRawIntBits((float) t.getDouble(i)) >>> 16));
      else if (b == 1) m.set(ValueLayout.JAVA_BYTE, i, (byte) t.getLong(i));
      else if (b == 2) m.setAtIndex(ValueLayout.JAVA_SHORT, i, (short) t.getLong(i));
      else if (b == 4) m.setAtIndex(ValueLayout.JAVA_INT, i, (int) t.getLong(i));
      else m.setAtIndex(ValueLayout.JAVA_LONG, i, t.getLong(i));
    }
  }

  private static void read(MemorySegment m, Tensor t) {
    Type e = t.elementType();
    int n = t.size();
    long b = elementBytes(e);
    boolean i1 = e instanceof IntegerType it && it.width() == 1;
    for (int i = 0; i < n; i++) {
      if (e == FloatType.F32) t.setDouble(i, m.getAtIndex(ValueLayout.JAVA_FLOAT, i));
      else if (e == FloatType.F64) t.setDouble(i, m.getAtIndex(ValueLayout.JAVA_DOUBLE, i));
      else if (e == FloatType.F16) t.setDouble(i, Float.float16ToFloat(m.getAtIndex(ValueLayout.JAVA_SHORT, i)));
      else if (e == FloatType.BF16) t.setDouble(i, Float.intBitsToFloat((m.getAtIndex(ValueLayout.JAVA_SHORT, i) & 0xFFFF) << 16));
      else if (i1) t.setLong(i, m.get(ValueLayout.JAVA_BYTE, i) & 1);
      else if (b == 1) t.setLong(i, m.get(ValueLayout.JAVA_BYTE, i));
      else if (b == 2) t.setLong(i, m.getAtIndex(ValueLayout.JAVA_SHORT, i));
      else if (b == 4) t.setLong(i, m.getAtIndex(ValueLayout.JAVA_INT, i));
      else t.setLong(i, m.getAtIndex(ValueLayout.JAVA_LONG, i));
    }
  }

  private Object scalarArg(Object v, Type t, int i) {
    if (t == FloatType.F32 || t == FloatType.F64) return ((Number) v).doubleValue();
    if (t instanceof IndexType || t instanceof IntegerType it && it.isSignless()) return ((Number) v).longValue();
    throw new ToolError("argument #" + i + " of '@" + entry + "' has type " + TypePrinting.toString(t) + ", which native runs do not support yet");
  }

  private Object scalarResult(Object r, Type t) {
    if (r instanceof Boolean b) return b ? 1L : 0L;
    if (r instanceof Float f) return (double) f;
    if (r instanceof Double d) return d;
    if (r instanceof Number n) return dev.mlc.ir.interp.Scalars.wrap(n.longValue(), t);
    throw new ToolError("the result of '@" + entry + "' has type " + TypePrinting.toString(t) + ", which native runs do not support yet");
  }

  @Override public void close() {
    arena.close();
    jit.close();
  }

  /** JIT-compiles an llvm-dialect module for the host (-O2); a translation error is a tool error with the located messages. */
  static JitModule compile(Operation module) {
    try {
      return JitModule.compile(module, TargetOptions.host());
    } catch (BackendException e) {
      throw new ToolError("native compilation failed: " + e.getMessage());
    }
  }

  static Type tensorTypeOf(Type t) {
    return t instanceof MemRefType m ? new RankedTensorType(m.shape(), m.elementType()) : t;
  }
}
