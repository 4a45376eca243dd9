package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.I64;

import dev.mlc.dialect.llvm.ir.LlvmTypeSizes;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/** tl views (subview, reinterpret_cast) and whole-buffer ops (copy, fill) to llvm. */
public final class TlViewsToLlvm {
  private TlViewsToLlvm() {}

  /** The mixed static/dynamic list {@code k} (0 offsets, 1 sizes, 2 strides) of a view op, as i64 values. */
  static List<Value> mixed(ConversionPatternRewriter rw, Operation op, List<Value> operands, int k) {
    long[] seg = ((DenseArrayAttr) op.attr("operandSegmentSizes")).asLongs();
    int from = 1;
    for (int i = 0; i < k; i++) from += (int) seg[1 + i];
    long[] statics = ((DenseArrayAttr) op.attr(new String[] {"static_offsets", "static_sizes", "static_strides"}[k])).asLongs();
    List<Value> r = new ArrayList<>();
    for (long s : statics) r.add(s == Long.MIN_VALUE ? operands.get(from++) : i64(rw, op.location(), s));
    return r;
  }

  static Value descriptor(ConversionPatternRewriter rw, Location loc, int rank, Value allocated, Value aligned, Value offset,
                          List<Value> sizes, List<Value> strides) {
    Value d = value(rw, "llvm.mlir.undef", loc, List.of(), LlvmTypeConverter.descriptor(rank));
    d = Descriptor.insert(rw, loc, d, allocated, 0);
    d = Descriptor.insert(rw, loc, d, aligned, 1);
    d = Descriptor.insert(rw, loc, d, offset, 2);
    for (int k = 0; k < rank; k++) {
      d = Descriptor.insert(rw, loc, d, sizes.get(k), 3, k);
      d = Descriptor.insert(rw, loc, d, strides.get(k), 4, k);
    }
    return d;
  }

  /** {@code tl.subview}: offset' = offset + sum o_k * stride_k, sizes' = the sizes, stride'_k = stride_k * s_k (no rank reduction). */
  static final class SubviewLowering extends ConversionPattern {
    SubviewLowering(TypeConverter tc) { super("tl.subview", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      if (!(op.result(0).type() instanceof MemRefType rt) || rt.shape().length != d.rank())
        return rw.notifyMatchFailure(op, "rank-reducing subviews are not supported");
      Location loc = op.location();
      List<Value> offs = mixed(rw, op, operands, 0), sizes = mixed(rw, op, operands, 1), steps = mixed(rw, op, operands, 2);
      Value off = d.offset(rw, loc);
      List<Value> strides = new ArrayList<>();
      for (int k = 0; k < d.rank(); k++) {
        Value st = d.stride(rw, loc, k);
        off = binary(rw, "llvm.add", loc, off, binary(rw, "llvm.mul", loc, offs.get(k), st));
        strides.add(binary(rw, "llvm.mul", loc, st, steps.get(k)));
      }
      rw.replaceOp(op, List.of(descriptor(rw, loc, d.rank(), d.allocated(rw, loc), d.aligned(rw, loc), off, sizes, strides)));
      return true;
    }
  }

  /**
   * {@code tl.reshape} of a contiguous (identity-layout) buffer: the same pointers and offset, the
   * result's static sizes and their row-major strides.
   */
  static final class ReshapeLowering extends ConversionPattern {
    ReshapeLowering(TypeConverter tc) { super("tl.reshape", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(0).type() instanceof MemRefType st)) return rw.notifyMatchFailure(op, "the operand is a tensor, not a buffer");
      if (!(op.result(0).type() instanceof MemRefType rt) || !rt.hasStaticShape()) return rw.notifyMatchFailure(op, "the result shape is not static");
      if (!TlToLlvm.identityLayout(st) || !TlToLlvm.identityLayout(rt)) return rw.notifyMatchFailure(op, "only reshapes of contiguous buffers are lowered");
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      Location loc = op.location();
      long[] shape = rt.shape();
      List<Value> sizes = new ArrayList<>(), strides = new ArrayList<>();
      long stride = 1;
      long[] st2 = new long[shape.length];
      for (int k = shape.length - 1; k >= 0; k--) {
        st2[k] = stride;
        stride *= shape[k];
      }
      for (int k = 0; k < shape.length; k++) {
        sizes.add(i64(rw, loc, shape[k]));
        strides.add(i64(rw, loc, st2[k]));
      }
      rw.replaceOp(op, List.of(descriptor(rw, loc, shape.length, d.allocated(rw, loc), d.aligned(rw, loc), d.offset(rw, loc), sizes, strides)));
      return true;
    }
  }

  /** {@code tl.reinterpret_cast}: the same pointers with the given offset, sizes and strides. */
  static final class ReinterpretCastLowering extends ConversionPattern {
    ReinterpretCastLowering(TypeConverter tc) { super("tl.reinterpret_cast", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Descriptor d = Descriptor.of(rw, op.operand(0), operands.get(0));
      if (!(op.result(0).type() instanceof MemRefType rt)) return rw.notifyMatchFailure(op, "result is not a ranked buffer");
      Location loc = op.location();
      List<Value> offs = mixed(rw, op, operands, 0), sizes = mixed(rw, op, operands, 1), strides = mixed(rw, op, operands, 2);
      rw.replaceOp(op, List.of(descriptor(rw, loc, rt.shape().length, d.allocated(rw, loc), d.aligned(rw, loc), offs.get(0), sizes, strides)));
      return true;
    }
  }

  static boolean contiguous(MemRefType t) { return TlToLlvm.identityLayout(t); }

  /** The number of elements of a buffer. */
  static Value count(ConversionPatternRewriter rw, Location loc, Descriptor d) {
    Value n = i64(rw, loc, 1);
    for (int k = 0; k < d.rank(); k++) n = binary(rw, "llvm.mul", loc, n, d.size(rw, loc, k));
    return n;
  }

  /** The indices of element number {@code i} (row-major) of a buffer: {@code i_k = (i / prod(sizes after k)) % size_k}. */
  static List<Value> delinearize(ConversionPatternRewriter rw, Location loc, Descriptor d, Value i) {
    Value[] idx = new Value[d.rank()];
    Value rem = i;
    for (int k = d.rank() - 1; k >= 0; k--) {
      Value size = d.size(rw, loc, k);
      idx[k] = binary(rw, "llvm.urem", loc, rem, size);
      rem = binary(rw, "llvm.udiv", loc, rem, size);
    }
    return List.of(idx);
  }

  /** Emits {@code for (i = 0; i < n; i++) body(i)} in place of {@code op} (which stays where the loop ends); body builds at the rewriter's insertion point. */
  static void loop(ConversionPatternRewriter rw, Operation op, Value n, java.util.function.Consumer<Value> body) {
    Location loc = op.location();
    Value zero = i64(rw, loc, 0);
    Block before = op.parentBlock();
    Block exit = rw.splitBlock(before, op);
    Block head = rw.createBlock(before.parent(), List.of(I64), loc);
    Block bodyBlock = rw.createBlock(before.parent(), List.of(), loc);
    rw.setInsertionPointToEnd(before);
    FillLowering.br(rw, loc, head, List.of(zero));
    rw.setInsertionPointToEnd(head);
    Value i = head.argument(0);
    FillLowering.condBr(rw, loc, icmp(rw, loc, 2, i, n), bodyBlock, exit);
    rw.setInsertionPointToEnd(bodyBlock);
    body.accept(i);
    FillLowering.br(rw, loc, head, List.of(binary(rw, "llvm.add", loc, i, i64(rw, loc, 1))));
  }

  /** {@code tl.copy %a, %b} with strided (non-identity) layouts -> a loop loading and storing each element through both descriptors. */
  static final class StridedCopyLowering extends ConversionPattern {
    StridedCopyLowering(TypeConverter tc) { super("tl.copy", 0, tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(0).type() instanceof MemRefType a)) return rw.notifyMatchFailure(op, "tensor copies are lowered by bufferization");
      Location loc = op.location();
      Descriptor s = Descriptor.of(rw, op.operand(0), operands.get(0)), t = Descriptor.of(rw, op.operand(1), operands.get(1));
      Type e = TlToLlvm.elementType(a);
      Value n = count(rw, loc, s);
      loop(rw, op, n, i -> {
        List<Value> idx = delinearize(rw, loc, s, i);
        Value v = value(rw, "llvm.load", loc, List.of(s.address(rw, loc, idx, e)), e);
        LlvmBuild.op(rw, "llvm.store", loc, List.of(v, t.address(rw, loc, idx, e)), null);
      });
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code tl.copy %a, %b} of contiguous (identity-layout) buffers -> {@code llvm.intr.memcpy}. */
  static final class CopyLowering extends ConversionPattern {
    CopyLowering(TypeConverter tc) { super("tl.copy", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(0).type() instanceof MemRefType a && op.operand(1).type() instanceof MemRefType b) || !contiguous(a) || !contiguous(b))
        return rw.notifyMatchFailure(op, "only copies between buffers with the identity layout are lowered (memcpy)");
      Location loc = op.location();
      Descriptor s = Descriptor.of(rw, op.operand(0), operands.get(0)), t = Descriptor.of(rw, op.operand(1), operands.get(1));
      Type e = TlToLlvm.elementType(a);
      Value bytes = binary(rw, "llvm.mul", loc, count(rw, loc, s), i64(rw, loc, LlvmTypeSizes.size(e)));
      Value src = Descriptor.gep(rw, loc, s.aligned(rw, loc), s.offset(rw, loc), e);
      Value dst = Descriptor.gep(rw, loc, t.aligned(rw, loc), t.offset(rw, loc), e);
      LlvmBuild.op(rw, "llvm.intr.memcpy", loc, List.of(dst, src, bytes), null, "isVolatile", IntegerAttr.FALSE);
      rw.eraseOp(op);
      return true;
    }
  }

  /**
   * {@code tl.fill %x, %m} -> a loop over the elements (strided buffers address each through the descriptor):
   * {@code br ^head(0); ^head(i): cond_br (i < n), ^body, ^exit; ^body: store x at offset + i; br ^head(i + 1)}.
   */
  static final class FillLowering extends ConversionPattern {
    FillLowering(TypeConverter tc) { super("tl.fill", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(1).type() instanceof MemRefType m)) return rw.notifyMatchFailure(op, "fills of tensors are lowered by bufferization");
      Location loc = op.location();
      Descriptor d = Descriptor.of(rw, op.operand(1), operands.get(1));
      Type e = TlToLlvm.elementType(m);
      Value n = count(rw, loc, d);
      if (!contiguous(m)) {
        loop(rw, op, n, i -> LlvmBuild.op(rw, "llvm.store", loc, List.of(operands.get(0), d.address(rw, loc, delinearize(rw, loc, d, i), e)), null));
        rw.eraseOp(op);
        return true;
      }
      Value base = Descriptor.gep(rw, loc, d.aligned(rw, loc), d.offset(rw, loc), e);
      Value zero = i64(rw, loc, 0);
      Block before = op.parentBlock();
      Block exit = rw.splitBlock(before, op);
      Block head = rw.createBlock(before.parent(), List.of(I64), loc);
      Block body = rw.createBlock(before.parent(), List.of(), loc);
      rw.setInsertionPointToEnd(before);
      br(rw, loc, head, List.of(zero));
      rw.setInsertionPointToEnd(head);
      Value i = head.argument(0);
      condBr(rw, loc, icmp(rw, loc, 2, i, n), body, exit);
      rw.setInsertionPointToEnd(body);
      LlvmBuild.op(rw, "llvm.store", loc, List.of(operands.get(0), Descriptor.gep(rw, loc, base, i, e)), null);
      br(rw, loc, head, List.of(binary(rw, "llvm.add", loc, i, i64(rw, loc, 1))));
      rw.eraseOp(op);
      return true;
    }

    static void br(ConversionPatternRewriter rw, Location loc, Block dest, List<Value> args) {
      rw.insert(Operation.create(rw.context().opName("llvm.br"), loc, args, List.of(), null, DictionaryAttr.EMPTY, List.of(dest), 0));
    }

    static void condBr(ConversionPatternRewriter rw, Location loc, Value c, Block t, Block f) {
      rw.insert(Operation.create(rw.context().opName("llvm.cond_br"), loc, List.of(c), List.of(), null,
          DictionaryAttr.of(new NamedAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.of(32), new long[] {1, 0, 0}))),
          List.of(t, f), 0));
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    return List.of(new SubviewLowering(tc), new ReshapeLowering(tc), new ReinterpretCastLowering(tc), new CopyLowering(tc), new StridedCopyLowering(tc),
        new FillLowering(tc));
  }
}
