package dev.mlc.api;

import dev.mlc.backend.llvm.BackendException;
import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.NativeFunction;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.ShapedType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * One compiled specialization of a model: its JIT-compiled entry and the static types of its
 * arguments and results, called through the memref calling convention of
 * docs/lowering-to-llvm.md: each buffer argument is passed as (allocated pointer, aligned pointer,
 * offset, sizes..., strides...), each shaped result of the original function is a caller-allocated
 * out-parameter appended after the arguments (docs/lowering-graph-to-tl.md), and a scalar result is
 * returned. Arguments are checked by {@link Model} before this runs.
 */
final class Executable implements AutoCloseable {
  final JitModule jit;
  final NativeFunction fn;
  final List<Type> argTypes, resultTypes; // static
  final long[][] resultShapes; // null for scalars
  final CompileStats stats;

  Executable(JitModule jit, String entry, List<Type> argTypes, List<Type> resultTypes, CompileStats stats) {
    this.jit = jit;
    this.argTypes = argTypes;
    this.resultTypes = resultTypes;
    this.stats = stats;
    try {
      this.fn = jit.function(entry);
    } catch (BackendException e) {
      jit.close();
      throw new ModelException("cannot call '@" + entry + "' natively: " + e.getMessage());
    }
    int expected = 0, returned = 0;
    for (Type t : argTypes) expected += t instanceof ShapedType s ? 3 + 2 * s.shape().length : 1;
    resultShapes = new long[resultTypes.size()][];
    for (int i = 0; i < resultTypes.size(); i++) {
      if (resultTypes.get(i) instanceof ShapedType s) {
        expected += 3 + 2 * s.shape().length;
        resultShapes[i] = s.shape().clone();
      } else {
        returned++;
      }
    }
    String why = null;
    if (returned > 1) why = "it returns " + returned + " scalars (at most one is supported)";
    else if (fn.type().params().size() != expected)
      why = "its lowered signature " + fn.type() + " takes " + fn.type().params().size() + " parameters, but the memref calling convention of its arguments and results needs "
          + expected;
    if (why != null) {
      jit.close();
      throw new ModelException("cannot call '@" + entry + "' natively: " + why);
    }
  }

  /** Calls the compiled code on checked inputs, writing each result into {@code outputs} (checked too). */
  void call(NDArray[] inputs, NDArray[] outputs) {
    try (Arena arena = Arena.ofConfined()) {
      Object[] args = new Object[fn.type().params().size()];
      int k = 0;
      for (int i = 0; i < inputs.length; i++) {
        if (argTypes.get(i) instanceof ShapedType) {
          k = descriptor(args, k, in(inputs[i], arena), inputs[i].shape());
        } else {
          NDArray v = inputs[i];
          args[k++] = isFloat(v.dtype()) ? (Object) v.getDouble(0) : (Object) v.getLong(0);
        }
      }
      MemorySegment[] outs = new MemorySegment[outputs.length];
      for (int i = 0; i < outputs.length; i++) {
        NDArray o = outputs[i];
        outs[i] = o.isSegment() && o.segment().isNative() ? o.segment() : arena.allocate(Math.max(1, o.size() * o.dtype().byteSize()), 64);
        if (resultShapes[i] != null) k = descriptor(args, k, outs[i], resultShapes[i]);
      }
      Object returned = fn.invoke(args);
      for (int i = 0; i < outputs.length; i++) {
        NDArray o = outputs[i];
        if (resultShapes[i] == null) writeScalar(outs[i], o.dtype(), returned);
        if (o.isSegment() && o.segment().isNative()) continue;
        if (o.isSegment()) MemorySegment.copy(outs[i], 0, o.segment(), 0, o.size() * o.dtype().byteSize());
        else NDArray.copy(outs[i], 0, o.array(), o.dtype(), (int) o.size(), false);
      }
    } catch (BackendException e) {
      throw new ModelException("calling '@" + fn.name() + "' natively failed: " + e.getMessage(), e);
    }
  }

  private static boolean isFloat(DType t) { return t == DType.F32 || t == DType.F64 || t == DType.F16 || t == DType.BF16; }

  /** An input's elements in native memory: a native segment as it is, anything else copied. */
  private static MemorySegment in(NDArray v, Arena arena) {
    if (v.isSegment() && v.segment().isNative()) return v.segment();
    long bytes = v.size() * v.dtype().byteSize();
    MemorySegment m = arena.allocate(Math.max(1, bytes), 64);
    if (v.isSegment()) MemorySegment.copy(v.segment(), 0, m, 0, bytes);
    else NDArray.copy(m, 0, v.array(), v.dtype(), (int) v.size(), true);
    return m;
  }

  private static int descriptor(Object[] args, int k, MemorySegment m, long[] shape) {
    args[k++] = m;
    args[k++] = m;
    args[k++] = 0L;
    for (long s : shape) args[k++] = s;
    long stride = 1;
    long[] strides = new long[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= shape[d];
    }
    for (long s : strides) args[k++] = s;
    return k;
  }

  private static void writeScalar(MemorySegment m, DType t, Object r) {
    long bits = r instanceof Boolean b ? (b ? 1 : 0) : r instanceof Float || r instanceof Double ? 0 : ((Number) r).longValue();
    switch (t) {
      case F32 -> m.set(ValueLayout.JAVA_FLOAT, 0, ((Number) r).floatValue());
      case F64 -> m.set(ValueLayout.JAVA_DOUBLE, 0, ((Number) r).doubleValue());
      case I1 -> m.set(ValueLayout.JAVA_BYTE, 0, (byte) (bits & 1));
      case I8 -> m.set(ValueLayout.JAVA_BYTE, 0, (byte) bits);
      case I16, F16, BF16 -> m.set(ValueLayout.JAVA_SHORT, 0, (short) bits);
      case I32 -> m.set(ValueLayout.JAVA_INT, 0, (int) bits);
      default -> m.set(ValueLayout.JAVA_LONG, 0, bits);
    }
  }

  @Override public void close() { jit.close(); }
}
