package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arith to llvm patterns (MLIR's ArithToLLVM). */
public final class ArithToLlvm {
  private ArithToLlvm() {}

  /** Ops that are one llvm op (the arith flags are dropped: they have no llvm counterpart here). */
  static final Map<String, String> ONE_TO_ONE = Map.ofEntries(
      Map.entry("arith.addi", "llvm.add"), Map.entry("arith.subi", "llvm.sub"), Map.entry("arith.muli", "llvm.mul"),
      Map.entry("arith.divsi", "llvm.sdiv"), Map.entry("arith.divui", "llvm.udiv"), Map.entry("arith.remsi", "llvm.srem"),
      Map.entry("arith.remui", "llvm.urem"), Map.entry("arith.andi", "llvm.and"), Map.entry("arith.ori", "llvm.or"),
      Map.entry("arith.xori", "llvm.xor"), Map.entry("arith.shli", "llvm.shl"), Map.entry("arith.shrsi", "llvm.ashr"),
      Map.entry("arith.shrui", "llvm.lshr"), Map.entry("arith.addf", "llvm.fadd"), Map.entry("arith.subf", "llvm.fsub"),
      Map.entry("arith.mulf", "llvm.fmul"), Map.entry("arith.divf", "llvm.fdiv"), Map.entry("arith.remf", "llvm.frem"),
      Map.entry("arith.negf", "llvm.fneg"), Map.entry("arith.extsi", "llvm.sext"), Map.entry("arith.extui", "llvm.zext"),
      Map.entry("arith.trunci", "llvm.trunc"), Map.entry("arith.extf", "llvm.fpext"), Map.entry("arith.truncf", "llvm.fptrunc"),
      Map.entry("arith.sitofp", "llvm.sitofp"), Map.entry("arith.uitofp", "llvm.uitofp"), Map.entry("arith.fptosi", "llvm.fptosi"),
      Map.entry("arith.fptoui", "llvm.fptoui"), Map.entry("arith.bitcast", "llvm.bitcast"), Map.entry("arith.select", "llvm.select"),
      Map.entry("arith.maxnumf", "llvm.intr.maxnum"), Map.entry("arith.minnumf", "llvm.intr.minnum"),
      Map.entry("arith.maximumf", "llvm.intr.maximum"), Map.entry("arith.minimumf", "llvm.intr.minimum"));

  /** Comparisons keep their predicate: arith's and llvm's predicate numbers are the same. */
  static final Map<String, String> COMPARES = Map.of("arith.cmpi", "llvm.icmp", "arith.cmpf", "llvm.fcmp");

  /** {@code arith.constant v : t} -> {@code llvm.mlir.constant(v') : t'} (index values become i64). */
  static final class ConstantLowering extends ConversionPattern {
    ConstantLowering(TypeConverter tc) { super("arith.constant", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type t = typeConverter().convertType(op.result(0).type());
      if (t == null) return rw.notifyMatchFailure(op, "type " + op.result(0).type() + " has no llvm equivalent");
      Attribute v = op.attr("value");
      if (v instanceof IntegerAttr i && !i.type().equals(t)) v = new IntegerAttr(t, i.value());
      else if (v instanceof dev.mlc.ir.attr.DenseElementsAttr d && !d.type().equals(t)) {
        if (!(t instanceof VectorType vt)) return rw.notifyMatchFailure(op, "dense value of a non-vector type");
        if (d.isSplat() || dev.mlc.ir.attr.DenseElementsAttr.elementBytes(d.type().elementType())
            != dev.mlc.ir.attr.DenseElementsAttr.elementBytes(vt.elementType()))
          return rw.notifyMatchFailure(op, "cannot retype the dense value to " + t);
        v = dev.mlc.ir.attr.DenseElementsAttr.ofRaw(vt, d.rawData());
      }
      rw.replaceOp(op, List.of(constant(rw, op.location(), v, t)));
      return true;
    }
  }

  /** The bit width of an integer (or integer vector) type. */
  static int width(Type t) {
    Type e = t instanceof VectorType v ? v.elementType() : t;
    return e instanceof IntegerType it ? it.width() : -1;
  }

  /** {@code arith.index_cast(ui)}: sext (zext for ui) when widening, trunc when narrowing, nothing when equal. */
  static final class IndexCastLowering extends ConversionPattern {
    private final boolean unsigned;

    IndexCastLowering(TypeConverter tc, boolean unsigned) {
      super(unsigned ? "arith.index_castui" : "arith.index_cast", tc);
      this.unsigned = unsigned;
    }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type to = typeConverter().convertType(op.result(0).type());
      if (to == null) return rw.notifyMatchFailure(op, "result type has no llvm equivalent");
      Value in = operands.get(0);
      int a = width(in.type()), b = width(to);
      if (a < 0 || b < 0) return rw.notifyMatchFailure(op, "operand is not an integer after conversion");
      Value r = a == b ? in : value(rw, a < b ? (unsigned ? "llvm.zext" : "llvm.sext") : "llvm.trunc", op.location(), List.of(in), to);
      rw.replaceOp(op, List.of(r));
      return true;
    }
  }

  /** {@code arith.maxsi a, b} -> {@code select (icmp sgt a, b), a, b} (and min, and the unsigned ones). */
  static final class MinMaxLowering extends ConversionPattern {
    private final int predicate;

    MinMaxLowering(TypeConverter tc, String name, int predicate) {
      super(name, tc);
      this.predicate = predicate;
    }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Value a = operands.get(0), b = operands.get(1);
      if (typeConverter().convertType(a.type()) == null) return rw.notifyMatchFailure(op, "operand type has no llvm equivalent");
      rw.replaceOp(op, List.of(select(rw, op.location(), icmp(rw, op.location(), predicate, a, b), a, b)));
      return true;
    }
  }

  /**
   * {@code floordivsi a, b} -> {@code q - 1} where the remainder is nonzero and its sign differs from
   * b's, else {@code q} ({@code q = sdiv a, b}, {@code r = srem a, b}); {@code ceildivsi} -> {@code q + 1}
   * where the remainder is nonzero and has b's sign (upstream's arith-expand, on scalars).
   */
  static final class RoundingDivLowering extends ConversionPattern {
    private final boolean floor;

    RoundingDivLowering(TypeConverter tc, String name, boolean floor) {
      super(name, tc);
      this.floor = floor;
    }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Value a = operands.get(0), b = operands.get(1);
      if (!(typeConverter().convertType(a.type()) instanceof dev.mlc.ir.type.IntegerType t)) return rw.notifyMatchFailure(op, "only scalar integers are expanded");
      var loc = op.location();
      Value zero = LlvmBuild.constant(rw, loc, dev.mlc.ir.attr.IntegerAttr.of(t, 0), t);
      Value one = LlvmBuild.constant(rw, loc, dev.mlc.ir.attr.IntegerAttr.of(t, 1), t);
      Value q = binary(rw, "llvm.sdiv", loc, a, b);
      Value r = binary(rw, "llvm.srem", loc, a, b);
      Value nonzero = icmp(rw, loc, 1, r, zero);
      Value signsDiffer = binary(rw, "llvm.xor", loc, icmp(rw, loc, 2, r, zero), icmp(rw, loc, 2, b, zero));
      Value adjust = binary(rw, "llvm.and", loc, nonzero, floor ? signsDiffer
          : binary(rw, "llvm.xor", loc, signsDiffer, LlvmBuild.constant(rw, loc, dev.mlc.ir.attr.IntegerAttr.of(dev.mlc.ir.type.IntegerType.of(1), 1), dev.mlc.ir.type.IntegerType.of(1))));
      Value adjusted = binary(rw, floor ? "llvm.sub" : "llvm.add", loc, q, one);
      rw.replaceOp(op, List.of(select(rw, loc, adjust, adjusted, q)));
      return true;
    }
  }

  /**
   * {@code arith.truncf} of a scalar f64 to f16 or bf16 -> round to f32 with round-to-odd, then
   * {@code fptrunc} to the narrow type: one correctly rounded conversion (f32 keeps more than two
   * extra bits, so rounding to odd first and to nearest even second is exact), without the
   * {@code __truncdfhf2}/{@code __truncdfbf2} runtime calls a JIT cannot resolve. Round-to-odd:
   * {@code t = fptrunc x}; when {@code fpext t != x}, step {@code t}'s bits toward zero if it rounded
   * away, then set the lowest bit (NaN stays NaN, overflow to infinity still overflows).
   */
  static final class NarrowTruncLowering extends ConversionPattern {
    NarrowTruncLowering(TypeConverter tc) { super("arith.truncf", 2, tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Value x = operands.get(0);
      Type to = typeConverter().convertType(op.result(0).type());
      if (x.type() != dev.mlc.ir.type.FloatType.F64 || !(to == dev.mlc.ir.type.FloatType.F16 || to == dev.mlc.ir.type.FloatType.BF16))
        return rw.notifyMatchFailure(op, "only scalar f64 to f16/bf16 needs the two-step rounding");
      var loc = op.location();
      Type f32 = dev.mlc.ir.type.FloatType.F32, f64 = dev.mlc.ir.type.FloatType.F64, i32 = IntegerType.of(32);
      Value t = value(rw, "llvm.fptrunc", loc, List.of(x), f32);
      Value back = value(rw, "llvm.fpext", loc, List.of(t), f64);
      Value exact = value(rw, "llvm.fcmp", loc, List.of(back, x), IntegerType.of(1), "predicate", IntegerAttr.i64(1)); // oeq
      Value away = value(rw, "llvm.fcmp", loc, List.of(value(rw, "llvm.intr.fabs", loc, List.of(back), f64), value(rw, "llvm.intr.fabs", loc, List.of(x), f64)),
          IntegerType.of(1), "predicate", IntegerAttr.i64(2)); // ogt
      Value bits = value(rw, "llvm.bitcast", loc, List.of(t), i32);
      Value one = constant(rw, loc, IntegerAttr.of(i32, 1), i32);
      Value towardZero = select(rw, loc, away, binary(rw, "llvm.sub", loc, bits, one), bits);
      Value odd = select(rw, loc, exact, bits, binary(rw, "llvm.or", loc, towardZero, one));
      Value r = value(rw, "llvm.bitcast", loc, List.of(odd), f32);
      rw.replaceOp(op, List.of(value(rw, "llvm.fptrunc", loc, List.of(r), to)));
      return true;
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    List<ConversionPattern> r = new ArrayList<>(OneToOne.table(tc, ONE_TO_ONE, Set.of()));
    r.addAll(OneToOne.table(tc, COMPARES, Set.of("predicate")));
    r.add(new ConstantLowering(tc));
    r.add(new IndexCastLowering(tc, false));
    r.add(new IndexCastLowering(tc, true));
    r.add(new MinMaxLowering(tc, "arith.maxsi", 4));
    r.add(new MinMaxLowering(tc, "arith.minsi", 2));
    r.add(new MinMaxLowering(tc, "arith.maxui", 8));
    r.add(new MinMaxLowering(tc, "arith.minui", 6));
    r.add(new RoundingDivLowering(tc, "arith.floordivsi", true));
    r.add(new RoundingDivLowering(tc, "arith.ceildivsi", false));
    r.add(new NarrowTruncLowering(tc));
    return r;
  }
}
