package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.I64;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.PTR;

import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.dialect.llvm.ir.LlvmTypeSizes;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/** The tl buffer and vector memory ops to llvm (MLIR's MemRefToLLVM and VectorToLLVM, for the tl dialect). */
public final class TlToLlvm {
  private TlToLlvm() {}

  static Type elementType(MemRefType t) { return LlvmTypeConverter.convert(t.elementType()); }

  /** The sizes of a new buffer of type {@code t}: static ones as constants, dynamic ones from {@code dynamic} in order. */
  static List<Value> sizes(ConversionPatternRewriter rw, Location loc, MemRefType t, List<Value> dynamic) {
    List<Value> r = new ArrayList<>();
    int d = 0;
    for (long s : t.shape()) r.add(s >= 0 ? i64(rw, loc, s) : dynamic.get(d++));
    return r;
  }

  static Value bytes(ConversionPatternRewriter rw, Location loc, MemRefType t, List<Value> sizes) {
    Value n = i64(rw, loc, LlvmTypeSizes.size(elementType(t)));
    for (Value s : sizes) n = binary(rw, "llvm.mul", loc, n, s);
    return n;
  }

  static boolean isStatic(MemRefType t) {
    for (long s : t.shape()) if (s < 0) return false;
    return true;
  }

  static boolean identityLayout(MemRefType t) {
    return t.layout() == null || t.layout() instanceof dev.mlc.ir.attr.AffineMapAttr a && a.map().isIdentity();
  }

  /** The discardable attribute (memory-plan's) of a {@code tl.alloc} and its {@code tl.dealloc} whose memory comes from the runtime's buffer pool. */
  public static final String POOLED = "tl.pooled";

  /** The runtime's buffer pool entries (backends/llvm BufferPool, mlc_runtime.c). */
  static final String POOL_ACQUIRE = "mlc_buffer_acquire", POOL_RELEASE = "mlc_buffer_release";

  /**
   * {@code tl.alloc(%dyn) {alignment = A} : memref<...>} -> {@code malloc(bytes)} (or
   * {@code aligned_alloc(A, bytes rounded up to A)}), then a row-major descriptor. With
   * {@code tl.pooled} (alignment at most 64): {@code mlc_buffer_acquire(bytes)}, a 64-byte aligned
   * block of the runtime's pool.
   */
  static final class AllocLowering extends ConversionPattern {
    AllocLowering(TypeConverter tc) { super("tl.alloc", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.result(0).type() instanceof MemRefType t) || elementType(t) == null) return rw.notifyMatchFailure(op, "element type has no llvm equivalent");
      if (!identityLayout(t)) return rw.notifyMatchFailure(op, "only buffers with the identity layout can be allocated");
      Location loc = op.location();
      List<Value> sizes = sizes(rw, loc, t, operands);
      Value bytes = bytes(rw, loc, t, sizes);
      Value p;
      long align = op.attr("alignment") instanceof IntegerAttr a ? a.longValue() : 0;
      if (op.attr(POOLED) != null && align <= 64) {
        MathToLlvm.declare(rw, op, POOL_ACQUIRE, PTR, List.of(I64));
        p = value(rw, "llvm.call", loc, List.of(bytes), PTR, "callee", SymbolRefAttr.flat(POOL_ACQUIRE));
      } else if (op.attr("alignment") instanceof IntegerAttr a && a.longValue() > 0) {
        long al = a.longValue();
        Value alV = i64(rw, loc, al);
        Value rounded = binary(rw, "llvm.mul", loc, binary(rw, "llvm.udiv", loc, binary(rw, "llvm.add", loc, bytes, i64(rw, loc, al - 1)), alV), alV);
        MathToLlvm.declare(rw, op, "aligned_alloc", PTR, List.of(I64, I64));
        p = value(rw, "llvm.call", loc, List.of(alV, rounded), PTR, "callee", SymbolRefAttr.flat("aligned_alloc"));
      } else {
        MathToLlvm.declare(rw, op, "malloc", PTR, List.of(I64));
        p = value(rw, "llvm.call", loc, List.of(bytes), PTR, "callee", SymbolRefAttr.flat("malloc"));
      }
      rw.replaceOp(op, List.of(Descriptor.build(rw, loc, t, p, p, sizes)));
      return true;
    }
  }

  /** {@code tl.alloca(%dyn) : memref<...>} -> {@code llvm.alloca (number of elements) x elem}, then a row-major descriptor. */
  static final class AllocaLowering extends ConversionPattern {
    AllocaLowering(TypeConverter tc) { super("tl.alloca", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.result(0).type() instanceof MemRefType t) || elementType(t) == null) return rw.notifyMatchFailure(op, "element type has no llvm equivalent");
      if (!identityLayout(t)) return rw.notifyMatchFailure(op, "only buffers with the identity layout can be allocated");
      Location loc = op.location();
      List<Value> sizes = sizes(rw, loc, t, operands);
      Value n = i64(rw, loc, 1);
      for (Value s : sizes) n = binary(rw, "llvm.mul", loc, n, s);
      long align = op.attr("alignment") instanceof IntegerAttr a ? a.longValue() : LlvmTypeSizes.alignment(elementType(t));
      Value p = value(rw, "llvm.alloca", loc, List.of(n), PTR, "elem_type", new dev.mlc.ir.attr.TypeAttr(elementType(t)),
          "alignment", IntegerAttr.i64(align));
      rw.replaceOp(op, List.of(Descriptor.build(rw, loc, t, p, p, sizes)));
      return true;
    }
  }

  /** {@code tl.dealloc %m} -> {@code free(allocated pointer)}; with {@code tl.pooled}, {@code mlc_buffer_release(allocated pointer, bytes)}. */
  static final class DeallocLowering extends ConversionPattern {
    DeallocLowering(TypeConverter tc) { super("tl.dealloc", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      if (op.attr(POOLED) != null && op.operand(0).type() instanceof MemRefType t && isStatic(t)) {
        Location loc = op.location();
        Value bytes = bytes(rw, loc, t, sizes(rw, loc, t, List.of()));
        MathToLlvm.declare(rw, op, POOL_RELEASE, LlvmType.Void.INSTANCE, List.of(PTR, I64));
        LlvmBuild.op(rw, "llvm.call", loc, List.of(d.allocated(rw, loc), bytes), null, "callee", SymbolRefAttr.flat(POOL_RELEASE));
        rw.eraseOp(op);
        return true;
      }
      MathToLlvm.declare(rw, op, "free", LlvmType.Void.INSTANCE, List.of(PTR));
      LlvmBuild.op(rw, "llvm.call", op.location(), List.of(d.allocated(rw, op.location())), null, "callee", SymbolRefAttr.flat("free"));
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code tl.dim %m, k} -> the static size, or the descriptor's size k. */
  static final class DimLowering extends ConversionPattern {
    DimLowering(TypeConverter tc) { super("tl.dim", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(0).type() instanceof MemRefType)) return rw.notifyMatchFailure(op, "the operand is a tensor, not a buffer");
      if (!(op.attr("index") instanceof IntegerAttr k)) return rw.notifyMatchFailure(op, "no constant dimension index");
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      if (k.longValue() < 0 || k.longValue() >= d.rank()) return rw.notifyMatchFailure(op, "dimension index out of range");
      rw.replaceOp(op, List.of(d.size(rw, op.location(), (int) k.longValue())));
      return true;
    }
  }

  /** {@code tl.load %m[%i...]} -> {@code llvm.load (gep aligned[offset + sum i*stride])}. */
  static final class LoadLowering extends ConversionPattern {
    LoadLowering(TypeConverter tc) { super("tl.load", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      Type e = elementType(d.type);
      if (e == null) return rw.notifyMatchFailure(op, "element type has no llvm equivalent");
      Value p = d.address(rw, op.location(), operands.subList(1, operands.size()), e);
      rw.replaceOp(op, List.of(value(rw, "llvm.load", op.location(), List.of(p), e)));
      return true;
    }
  }

  /** {@code tl.store %v, %m[%i...]} -> {@code llvm.store %v, (gep ...)}. */
  static final class StoreLowering extends ConversionPattern {
    StoreLowering(TypeConverter tc) { super("tl.store", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(1), operands.get(1));
      Type e = elementType(d.type);
      if (e == null) return rw.notifyMatchFailure(op, "element type has no llvm equivalent");
      Value p = d.address(rw, op.location(), operands.subList(2, operands.size()), e);
      LlvmBuild.op(rw, "llvm.store", op.location(), List.of(operands.get(0), p), null);
      rw.eraseOp(op);
      return true;
    }
  }

  /**
   * {@code tl.vload %m[%i...] : vector<N x T>} -> {@code llvm.load} of the vector at the element's
   * address (the innermost stride must be 1), or {@code llvm.intr.masked.load} with a mask and pass-through.
   */
  static final class VLoadLowering extends ConversionPattern {
    VLoadLowering(TypeConverter tc) { super("tl.vload", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      Type vt = typeConverter().convertType(op.result(0).type());
      if (vt == null || elementType(d.type) == null) return rw.notifyMatchFailure(op, "type has no llvm equivalent");
      int rank = d.rank();
      Value p = d.address(rw, op.location(), operands.subList(1, 1 + rank), elementType(d.type));
      long align = LlvmTypeSizes.alignment(elementType(d.type));
      Value r = operands.size() == 1 + rank ? value(rw, "llvm.load", op.location(), List.of(p), vt, "alignment", IntegerAttr.i64(align))
          : value(rw, "llvm.intr.masked.load", op.location(), List.of(p, operands.get(1 + rank), operands.get(2 + rank)), vt,
              "alignment", IntegerAttr.of(IntegerType.of(32), align));
      rw.replaceOp(op, List.of(r));
      return true;
    }
  }

  /** {@code tl.vstore %v, %m[%i...]} -> {@code llvm.store} of the vector, or {@code llvm.intr.masked.store} with a mask. */
  static final class VStoreLowering extends ConversionPattern {
    VStoreLowering(TypeConverter tc) { super("tl.vstore", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(1), operands.get(1));
      if (elementType(d.type) == null) return rw.notifyMatchFailure(op, "element type has no llvm equivalent");
      int rank = d.rank();
      Value p = d.address(rw, op.location(), operands.subList(2, 2 + rank), elementType(d.type));
      long align = LlvmTypeSizes.alignment(elementType(d.type));
      if (operands.size() == 2 + rank) LlvmBuild.op(rw, "llvm.store", op.location(), List.of(operands.get(0), p), null, "alignment", IntegerAttr.i64(align));
      else LlvmBuild.op(rw, "llvm.intr.masked.store", op.location(), List.of(operands.get(0), p, operands.get(2 + rank)), null,
          "alignment", IntegerAttr.of(IntegerType.of(32), align));
      rw.eraseOp(op);
      return true;
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    List<ConversionPattern> r = new ArrayList<>(List.of(new AllocLowering(tc), new AllocaLowering(tc), new DeallocLowering(tc),
        new DimLowering(tc), new LoadLowering(tc), new StoreLowering(tc), new VLoadLowering(tc), new VStoreLowering(tc)));
    r.addAll(TlViewsToLlvm.patterns(tc));
    r.addAll(TlVectorToLlvm.patterns(tc));
    return r;
  }
}
