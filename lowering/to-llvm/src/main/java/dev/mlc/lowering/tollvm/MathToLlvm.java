package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;

import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The math to llvm patterns. Ops with an llvm intrinsic become it; the transcendental functions
 * without one (sin, tanh, erf, ...) become calls to the C library's correctly rounded or
 * faithfully rounded functions ({@code sinf}/{@code sin}, glibc: within a few ulp, as documented in
 * glibc's "Errors in Math Functions"), declared in the module as external {@code llvm.func}s.
 */
public final class MathToLlvm {
  private MathToLlvm() {}

  static final Map<String, String> INTRINSICS = Map.of(
      "math.absf", "llvm.intr.fabs", "math.ceil", "llvm.intr.ceil", "math.floor", "llvm.intr.floor",
      "math.exp", "llvm.intr.exp", "math.log", "llvm.intr.log", "math.sqrt", "llvm.intr.sqrt",
      "math.powf", "llvm.intr.pow", "math.fma", "llvm.intr.fma", "math.round", "llvm.intr.round");

  /** math op -> the C function of its double form (the float form adds {@code f}). */
  static final Map<String, String> LIBM = Map.ofEntries(
      Map.entry("math.sin", "sin"), Map.entry("math.cos", "cos"), Map.entry("math.tan", "tan"), Map.entry("math.tanh", "tanh"),
      Map.entry("math.sinh", "sinh"), Map.entry("math.cosh", "cosh"), Map.entry("math.asin", "asin"), Map.entry("math.acos", "acos"),
      Map.entry("math.atan", "atan"), Map.entry("math.atan2", "atan2"), Map.entry("math.asinh", "asinh"),
      Map.entry("math.acosh", "acosh"), Map.entry("math.atanh", "atanh"), Map.entry("math.erf", "erf"),
      Map.entry("math.exp2", "exp2"), Map.entry("math.expm1", "expm1"), Map.entry("math.log2", "log2"),
      Map.entry("math.log10", "log10"), Map.entry("math.log1p", "log1p"), Map.entry("math.cbrt", "cbrt"),
      Map.entry("math.trunc", "trunc"), Map.entry("math.roundeven", "roundeven"), Map.entry("math.copysign", "copysign"));

  /**
   * {@code math.sin %x : f32} -> {@code llvm.call @sinf(%x)} (f32 or f64; 1-D vectors one call per
   * lane; f16 and bf16 scalars call the f32 function on widened operands and round the result).
   */
  static final class LibmCall extends ConversionPattern {
    private final String base;

    LibmCall(TypeConverter tc, String from, String base) {
      super(from, tc);
      this.base = base;
    }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type t = typeConverter().convertType(op.result(0).type());
      VectorType vt = t instanceof VectorType v && v.shape().length == 1 ? v : null;
      Type e = vt != null ? vt.elementType() : t;
      if (FloatType.F16.equals(t) || FloatType.BF16.equals(t)) { // half scalars: the f32 function on the widened operands, rounded back once
        declare(rw, op, base + "f", FloatType.F32, Collections.nCopies(operands.size(), FloatType.F32));
        List<Value> wide = new ArrayList<>();
        for (Value v : operands) wide.add(value(rw, "llvm.fpext", op.location(), List.of(v), FloatType.F32));
        Value c = value(rw, "llvm.call", op.location(), wide, FloatType.F32, "callee", SymbolRefAttr.flat(base + "f"));
        rw.replaceOp(op, List.of(value(rw, "llvm.fptrunc", op.location(), List.of(c), t)));
        return true;
      }
      if (!(FloatType.F32.equals(e) || FloatType.F64.equals(e)))
        return rw.notifyMatchFailure(op, "the C library has no function for " + op.result(0).type() + " (f32, f64, f16 and bf16 scalars and 1-D vectors of f32 or f64 only)");
      String fn = e.equals(FloatType.F32) ? base + "f" : base;
      declare(rw, op, fn, e, Collections.nCopies(operands.size(), e));
      if (vt == null) {
        rw.replaceOp(op, List.of(value(rw, "llvm.call", op.location(), operands, t, "callee", SymbolRefAttr.flat(fn))));
        return true;
      }
      // Vectors are scalarized, one call per lane (as MLIR's math-to-libm).
      Value r = value(rw, "llvm.mlir.undef", op.location(), List.of(), vt);
      for (long lane = 0; lane < vt.shape()[0]; lane++) {
        Value idx = i64(rw, op.location(), lane);
        List<Value> args = new ArrayList<>();
        for (Value v : operands) args.add(value(rw, "llvm.extractelement", op.location(), List.of(v, idx), e));
        Value c = value(rw, "llvm.call", op.location(), args, e, "callee", SymbolRefAttr.flat(fn));
        r = value(rw, "llvm.insertelement", op.location(), List.of(r, c, idx), vt);
      }
      rw.replaceOp(op, List.of(r));
      return true;
    }
  }

  /** Declares {@code llvm.func @name(params) -> result} at the start of the enclosing module unless a symbol has that name. */
  static void declare(ConversionPatternRewriter rw, Operation from, String name, Type result, List<Type> params) {
    Operation module = from;
    while (module.parentOp() != null && !module.isa("builtin.module")) module = module.parentOp();
    for (Operation o : module.region(0).front())
      if (o.attr("sym_name") instanceof StringAttr s && s.value().equals(name)) return;
    try (var g = rw.guard()) {
      rw.setInsertionPointToStart(module.region(0).front());
      Operation f = Operation.create(rw.context().opName("llvm.func"), from.location(), List.of(), List.of(), null,
          dev.mlc.ir.attr.DictionaryAttr.of(List.of(
              new dev.mlc.ir.attr.NamedAttribute("function_type", new TypeAttr(new LlvmType.Func(result, params, false))),
              new dev.mlc.ir.attr.NamedAttribute("linkage", LlvmAttr.EXTERNAL),
              new dev.mlc.ir.attr.NamedAttribute("sym_name", StringAttr.of(name)))), List.of(), 1);
      rw.insert(f);
    }
  }

  /**
   * {@code math.roundeven} on a vector of f32 without a call per lane: for |x| < 2^23,
   * {@code t = (|x| + 2^23) - 2^23} is |x| rounded to the nearest integer, ties to even (the sum's unit
   * is 1); the result is {@code x < 0 ? -t : t}, or {@code x * 0} when t is 0 (keeping x's sign), and x
   * itself for larger magnitudes, infinities and NaN. Exact (the same bits as roundevenf).
   */
  static final class RoundEvenVectorLowering extends ConversionPattern {
    RoundEvenVectorLowering(TypeConverter tc) { super("math.roundeven", 2, tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type t = typeConverter().convertType(op.result(0).type());
      if (!(t instanceof VectorType vt) || vt.shape().length != 1 || !FloatType.F32.equals(vt.elementType()))
        return rw.notifyMatchFailure(op, "not a 1-D vector of f32 (the C function lowers it)");
      var loc = op.location();
      Value x = operands.get(0);
      VectorType bt = new VectorType(vt.shape(), dev.mlc.ir.type.IntegerType.of(1), vt.scalableDims());
      Value big = constant(rw, loc, dev.mlc.ir.attr.DenseElementsAttr.splat(vt, FloatAttr.f32(8388608f)), vt);
      Value zero = constant(rw, loc, dev.mlc.ir.attr.DenseElementsAttr.splat(vt, FloatAttr.f32(0f)), vt);
      Value ax = value(rw, "llvm.intr.fabs", loc, List.of(x), vt);
      Value tt = binary(rw, "llvm.fsub", loc, binary(rw, "llvm.fadd", loc, ax, big), big);
      Value neg = value(rw, "llvm.fcmp", loc, List.of(x, zero), bt, "predicate", IntegerAttr.i64(4));
      Value st = select(rw, loc, neg, value(rw, "llvm.fneg", loc, List.of(tt), vt), tt);
      Value isZero = value(rw, "llvm.fcmp", loc, List.of(tt, zero), bt, "predicate", IntegerAttr.i64(1));
      Value r0 = select(rw, loc, isZero, binary(rw, "llvm.fmul", loc, x, zero), st);
      Value small = value(rw, "llvm.fcmp", loc, List.of(ax, big), bt, "predicate", IntegerAttr.i64(4));
      rw.replaceOp(op, List.of(select(rw, loc, small, r0, x)));
      return true;
    }
  }

  /** {@code math.rsqrt x} -> {@code 1.0 / llvm.intr.sqrt(x)}. */
  static final class RsqrtLowering extends ConversionPattern {
    RsqrtLowering(TypeConverter tc) { super("math.rsqrt", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Type t = operands.get(0).type();
      Type e = t instanceof VectorType v ? v.elementType() : t;
      if (!(e instanceof FloatType ft)) return rw.notifyMatchFailure(op, "operand is not a float");
      var one = FloatAttr.of(ft, 1.0);
      Value c = constant(rw, op.location(), t instanceof VectorType v ? dev.mlc.ir.attr.DenseElementsAttr.splat(v, one) : one, t);
      Value s = value(rw, "llvm.intr.sqrt", op.location(), operands, t);
      rw.replaceOp(op, List.of(binary(rw, "llvm.fdiv", op.location(), c, s)));
      return true;
    }
  }

  /** {@code math.absi x} -> {@code select (icmp slt x, 0), 0 - x, x} (wrapping at the minimum, as upstream). */
  static final class AbsiLowering extends ConversionPattern {
    AbsiLowering(TypeConverter tc) { super("math.absi", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Value x = operands.get(0);
      Type t = x.type();
      Type e = t instanceof VectorType v ? v.elementType() : t;
      var zero = IntegerAttr.of(e, 0);
      Value z = constant(rw, op.location(), t instanceof VectorType v ? dev.mlc.ir.attr.DenseElementsAttr.splat(v, zero) : zero, t);
      Value neg = binary(rw, "llvm.sub", op.location(), z, x);
      rw.replaceOp(op, List.of(select(rw, op.location(), icmp(rw, op.location(), 2, x, z), neg, x)));
      return true;
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    List<ConversionPattern> r = new ArrayList<>(OneToOne.table(tc, INTRINSICS, Set.of()));
    for (var e : new java.util.TreeMap<>(LIBM).entrySet()) r.add(new LibmCall(tc, e.getKey(), e.getValue()));
    r.add(new RoundEvenVectorLowering(tc));
    r.add(new RsqrtLowering(tc));
    r.add(new AbsiLowering(tc));
    return r;
  }
}
