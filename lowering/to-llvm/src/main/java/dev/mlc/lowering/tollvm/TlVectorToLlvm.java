package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;

import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import java.util.Map;

/** tl's 1-D vector ops to llvm vector ops and intrinsics (MLIR's VectorToLLVM). */
public final class TlVectorToLlvm {
  private TlVectorToLlvm() {}

  /** {@code tl.broadcast %s : T to vector<N x T>} -> insertelement at lane 0, then a shufflevector with an all-zero mask. */
  static final class BroadcastLowering extends ConversionPattern {
    BroadcastLowering(TypeConverter tc) { super("tl.broadcast", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type vt = typeConverter().convertType(op.result(0).type());
      if (!(vt instanceof VectorType v) || operands.get(0).type() instanceof VectorType)
        return rw.notifyMatchFailure(op, "only a scalar broadcast to a 1-D vector is lowered");
      Location loc = op.location();
      Value undef = value(rw, "llvm.mlir.undef", loc, List.of(), vt);
      Value one = value(rw, "llvm.insertelement", loc, List.of(undef, operands.get(0), i64(rw, loc, 0)), vt);
      rw.replaceOp(op, List.of(value(rw, "llvm.shufflevector", loc, List.of(one, undef), vt, "mask",
          new DenseArrayAttr(IntegerType.of(32), new long[(int) v.shape()[0]]))));
      return true;
    }
  }

  /** {@code tl.shuffle %a, %b, [..]} -> {@code llvm.shufflevector} with the same mask. */
  static final class ShuffleLowering extends ConversionPattern {
    ShuffleLowering(TypeConverter tc) { super("tl.shuffle", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.attr("mask") instanceof DenseArrayAttr m)) return rw.notifyMatchFailure(op, "no mask");
      Type r = typeConverter().convertType(op.result(0).type());
      rw.replaceOp(op, List.of(value(rw, "llvm.shufflevector", op.location(), operands, r, "mask", new DenseArrayAttr(IntegerType.of(32), m.asLongs()))));
      return true;
    }
  }

  /** {@code tl.extract %v[%i]} -> {@code llvm.extractelement} (1-D vectors). */
  static final class ExtractLowering extends ConversionPattern {
    ExtractLowering(TypeConverter tc) { super("tl.extract", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(0).type() instanceof VectorType v) || v.shape().length != 1 || operands.size() != 2)
        return rw.notifyMatchFailure(op, "only 1-D vectors are lowered (tensors are bufferized first)");
      Type r = typeConverter().convertType(op.result(0).type());
      rw.replaceOp(op, List.of(value(rw, "llvm.extractelement", op.location(), operands, r)));
      return true;
    }
  }

  /** {@code tl.insert %x, %v[%i]} -> {@code llvm.insertelement %v, %x, %i}. */
  static final class InsertLowering extends ConversionPattern {
    InsertLowering(TypeConverter tc) { super("tl.insert", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.operand(1).type() instanceof VectorType v) || v.shape().length != 1 || operands.size() != 3)
        return rw.notifyMatchFailure(op, "only 1-D vectors are lowered (tensors are bufferized first)");
      Type r = typeConverter().convertType(op.result(0).type());
      rw.replaceOp(op, List.of(value(rw, "llvm.insertelement", op.location(), List.of(operands.get(1), operands.get(0), operands.get(2)), r)));
      return true;
    }
  }

  /** {@code tl.fma a, b, c} -> {@code llvm.intr.fma} for floats. */
  static final class FmaLowering extends ConversionPattern {
    FmaLowering(TypeConverter tc) { super("tl.fma", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type t = typeConverter().convertType(op.result(0).type());
      Type e = t instanceof VectorType v ? v.elementType() : t;
      if (!(e instanceof FloatType)) return rw.notifyMatchFailure(op, "only float fma is lowered");
      rw.replaceOp(op, List.of(value(rw, "llvm.intr.fma", op.location(), operands, t)));
      return true;
    }
  }

  /** Integer reduction kinds -> (intrinsic, how the accumulator is combined). */
  static final Map<String, String> INT_REDUCE = Map.of("add", "add", "mul", "mul", "and", "and", "or", "or", "xor", "xor",
      "maxsi", "smax", "minsi", "smin", "maxui", "umax", "minui", "umin");
  static final Map<String, Integer> MINMAX_PREDICATE = Map.of("smax", 4, "smin", 2, "umax", 8, "umin", 6);

  /**
   * {@code tl.reduction <kind>, %v[, %acc]} -> {@code llvm.intr.vector.reduce.*}: fadd/fmul start from the
   * accumulator (or -0.0 / 1.0), maxnumf/minnumf are fmax/fmin; integer results are combined with the accumulator.
   */
  static final class ReductionLowering extends ConversionPattern {
    ReductionLowering(TypeConverter tc) { super("tl.reduction", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.attr("kind") instanceof StringAttr ks)) return rw.notifyMatchFailure(op, "no reduction kind");
      String k = ks.value();
      Location loc = op.location();
      Type r = typeConverter().convertType(op.result(0).type());
      Value v = operands.get(0);
      Value acc = operands.size() > 1 ? operands.get(1) : null;
      Value res;
      if (r instanceof FloatType ft) {
        switch (k) {
          case "add", "mul" -> {
            Value start = acc != null ? acc : constant(rw, loc, FloatAttr.of(ft, k.equals("add") ? -0.0 : 1.0), ft);
            res = value(rw, "llvm.intr.vector.reduce.f" + k, loc, List.of(start, v), r);
          }
          case "maxnumf", "minnumf" -> {
            res = value(rw, "llvm.intr.vector.reduce.f" + k.substring(0, 3), loc, List.of(v), r);
            if (acc != null) res = value(rw, "llvm.intr." + k.substring(0, 6), loc, List.of(res, acc), r);
          }
          default -> { return rw.notifyMatchFailure(op, "the '" + k + "' float reduction has no llvm intrinsic here"); }
        }
      } else if (r instanceof IntegerType && INT_REDUCE.containsKey(k)) {
        String in = INT_REDUCE.get(k);
        res = value(rw, "llvm.intr.vector.reduce." + in, loc, List.of(v), r);
        if (acc != null) {
          Integer p = MINMAX_PREDICATE.get(in);
          res = p != null ? select(rw, loc, icmp(rw, loc, p, res, acc), res, acc) : binary(rw, "llvm." + in, loc, res, acc);
        }
      } else {
        return rw.notifyMatchFailure(op, "unsupported reduction '" + k + "' of " + op.operand(0).type());
      }
      rw.replaceOp(op, List.of(res));
      return true;
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    return List.of(new BroadcastLowering(tc), new ShuffleLowering(tc), new ExtractLowering(tc), new InsertLowering(tc), new FmaLowering(tc), new ReductionLowering(tc));
  }
}
