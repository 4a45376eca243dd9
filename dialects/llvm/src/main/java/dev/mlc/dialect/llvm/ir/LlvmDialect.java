package dev.mlc.dialect.llvm.ir;

import static dev.mlc.dialect.llvm.ir.ArithOps.sameFloat;

import dev.mlc.dialect.llvm.ir.ArithOps.Cast;
import dev.mlc.dialect.llvm.ir.ArithOps.FloatArith;
import dev.mlc.dialect.llvm.ir.ArithOps.IntBinary;
import dev.mlc.dialect.llvm.ir.ArithOps.Intrinsic;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.VectorType;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.function.Predicate;

/**
 * MLIR 19's {@code llvm} dialect: the same op names, types, attributes and custom syntax, so IR
 * printed by {@code mlir-opt-19} parses here and the other way round.
 */
public final class LlvmDialect implements Dialect, InlinerInterface {
  /** Identified structs by name, per context: a name has one body, as in MLIR. */
  static final java.util.Map<dev.mlc.ir.MLContext, java.util.Map<String, LlvmType.Struct>> IDENTIFIED =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  @Override public String namespace() { return "llvm"; }

  @Override public String summary() { return "The LLVM-mirroring target dialect (MLIR's llvm dialect names and syntax)"; }

  @Override public Type parseType(AsmParser parser) { return LlvmType.parse(parser); }

  @Override public Attribute parseAttribute(AsmParser parser, Type type) { return LlvmAttr.parse(parser); }

  @Override public boolean isReturn(Operation terminator) { return terminator.isa("llvm.return"); }

  /** Folded constants become {@code llvm.mlir.constant} ops. */
  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    if (value instanceof LlvmMarkerAttr m) {
      OperationState st = new OperationState(b.context().opName("llvm.mlir." + m.kind()), loc);
      st.resultTypes.add(type);
      return b.create(st);
    }
    boolean ok = value instanceof IntegerAttr i && i.type().equals(type) || value instanceof FloatAttr f && f.type().equals(type)
        || value instanceof DenseElementsAttr d && type instanceof VectorType && d.type().equals(type);
    if (!ok) return null;
    OperationState st = new OperationState(b.context().opName("llvm.mlir.constant"), loc);
    st.addAttribute("value", value);
    st.resultTypes.add(type);
    return b.create(st);
  }

  private static final Predicate<Type> INT = LlvmOp::isIntOrVec, FLOAT = LlvmOp::isFloatOrVec, PTR = LlvmOp::isPtrOrVec;
  private static final Predicate<Type> ANY = t -> LlvmType.isCompatible(t);

  @Override public void initialize(Registrar r) {
    r.addOp(new FuncOp());
    r.addOp(new GlobalOp());
    r.addOp(new ControlOps.Return());
    r.addOp(new ControlOps.Call());
    r.addOp(new ControlOps.Br());
    r.addOp(new ControlOps.CondBr());
    r.addOp(new ControlOps.Switch());
    r.addOp(new ControlOps.Unreachable());
    r.addOp(new ValueOps.Constant());
    r.addOp(new ValueOps.Nullary("undef", "An undefined value (the interpreter picks zero, a legal choice)"));
    r.addOp(new ValueOps.Nullary("poison", "A poison value (the interpreter models it as zero)"));
    r.addOp(new ValueOps.Nullary("zero", "The zero value of a type (null for pointers; every field zero for aggregates)"));
    r.addOp(new ValueOps.AddressOf());
    r.addOp(new ValueOps.ExtractValue());
    r.addOp(new ValueOps.InsertValue());
    r.addOp(new ValueOps.ExtractElement());
    r.addOp(new ValueOps.InsertElement());
    r.addOp(new ValueOps.ShuffleVector());
    r.addOp(new MemoryOps.Alloca());
    r.addOp(new MemoryOps.Load());
    r.addOp(new MemoryOps.Store());
    r.addOp(new MemoryOps.GetElementPtr());
    r.addOp(new ArithOps.Compare(false));
    r.addOp(new ArithOps.Compare(true));
    r.addOp(new ArithOps.Select());
    // Integer arithmetic (two's complement, wrapping).
    r.addOp(new IntBinary("add", "Integer addition", true));
    r.addOp(new IntBinary("sub", "Integer subtraction", true));
    r.addOp(new IntBinary("mul", "Integer multiplication", true));
    r.addOp(new IntBinary("shl", "Shift left (a shift by the bit width or more gives poison, modelled as an error)", true));
    r.addOp(new IntBinary("sdiv", "Signed integer division, rounding toward zero", false));
    r.addOp(new IntBinary("udiv", "Unsigned integer division", false));
    r.addOp(new IntBinary("srem", "Signed remainder (sign of the dividend)", false));
    r.addOp(new IntBinary("urem", "Unsigned remainder", false));
    r.addOp(new IntBinary("and", "Bitwise and", false));
    r.addOp(new IntBinary("or", "Bitwise or", false));
    r.addOp(new IntBinary("xor", "Bitwise exclusive or", false));
    r.addOp(new IntBinary("lshr", "Logical shift right", false));
    r.addOp(new IntBinary("ashr", "Arithmetic shift right", false));
    // Float arithmetic (IEEE 754, rounded to the type).
    r.addOp(new FloatArith("fadd", "Floating-point addition", 2));
    r.addOp(new FloatArith("fsub", "Floating-point subtraction", 2));
    r.addOp(new FloatArith("fmul", "Floating-point multiplication", 2));
    r.addOp(new FloatArith("fdiv", "Floating-point division", 2));
    r.addOp(new FloatArith("frem", "Floating-point remainder (C fmod: the sign of the dividend)", 2));
    r.addOp(new FloatArith("fneg", "Floating-point negation (flips the sign bit)", 1));
    // Casts.
    r.addOp(new Cast("sext", "Sign-extends an integer", "%x : i32 to i64", INT, LlvmOp.INT, INT, LlvmOp.INT, 1));
    r.addOp(new Cast("zext", "Zero-extends an integer", "%x : i32 to i64", INT, LlvmOp.INT, INT, LlvmOp.INT, 1));
    r.addOp(new Cast("trunc", "Truncates an integer to fewer bits", "%x : i64 to i32", INT, LlvmOp.INT, INT, LlvmOp.INT, -1));
    r.addOp(new Cast("fpext", "Extends a float to a wider float type", "%x : f32 to f64", FLOAT, LlvmOp.FLOAT, FLOAT, LlvmOp.FLOAT, 0));
    r.addOp(new Cast("fptrunc", "Rounds a float to a narrower float type", "%x : f64 to f32", FLOAT, LlvmOp.FLOAT, FLOAT, LlvmOp.FLOAT, 0));
    r.addOp(new Cast("sitofp", "Converts a signed integer to a float", "%x : i32 to f32", INT, LlvmOp.INT, FLOAT, LlvmOp.FLOAT, 0));
    r.addOp(new Cast("uitofp", "Converts an unsigned integer to a float", "%x : i32 to f32", INT, LlvmOp.INT, FLOAT, LlvmOp.FLOAT, 0));
    r.addOp(new Cast("fptosi", "Converts a float to a signed integer, rounding toward zero", "%x : f32 to i32", FLOAT, LlvmOp.FLOAT, INT, LlvmOp.INT, 0));
    r.addOp(new Cast("fptoui", "Converts a float to an unsigned integer, rounding toward zero", "%x : f32 to i32", FLOAT, LlvmOp.FLOAT, INT, LlvmOp.INT, 0));
    r.addOp(new Cast("bitcast", "Reinterprets the bits of a value as another type of the same size", "%x : f32 to i32", ANY, "LLVM-compatible non-aggregate type", ANY, "LLVM-compatible non-aggregate type", 0));
    r.addOp(new Cast("ptrtoint", "The address of a pointer as an integer", "%p : !llvm.ptr to i64", PTR, "LLVM pointer type or vector of LLVM pointer types", INT, LlvmOp.INT, 0));
    r.addOp(new Cast("inttoptr", "The pointer at an integer address", "%x : i64 to !llvm.ptr", INT, LlvmOp.INT, PTR, "LLVM pointer type or vector of LLVM pointer types", 0));
    // Intrinsics.
    String f1 = "(f32) -> f32", f2 = "(f32, f32) -> f32", f3 = "(f32, f32, f32) -> f32";
    String sameErr = "requires the same type for all operands and results";
    for (String[] u : new String[][] {{"exp", "e raised to the operand"}, {"log", "Natural logarithm"}, {"sqrt", "Square root"},
        {"fabs", "Absolute value"}, {"floor", "Rounds down to an integer value"}, {"ceil", "Rounds up to an integer value"},
        {"round", "Rounds to the nearest integer value, halfway cases away from zero"}})
      r.addOp(new Intrinsic(u[0], u[1], "%r = llvm.intr." + u[0] + "(%x) : " + f1, 1, true, true, ArithOps::sameFloat, sameErr));
    for (String[] b : new String[][] {{"pow", "The first operand raised to the second"},
        {"maxnum", "The larger operand; NaN only when both are NaN (IEEE maxNum)"}, {"minnum", "The smaller operand; NaN only when both are NaN (IEEE minNum)"},
        {"maximum", "The larger operand; NaN if either is NaN; -0 < +0"}, {"minimum", "The smaller operand; NaN if either is NaN; -0 < +0"}})
      r.addOp(new Intrinsic(b[0], b[1], "%r = llvm.intr." + b[0] + "(%x, %y) : " + f2, 2, true, true, ArithOps::sameFloat, sameErr));
    r.addOp(new Intrinsic("fma", "Fused multiply-add a * b + c, rounded once", "%r = llvm.intr.fma(%a, %b, %c) : " + f3, 3, true, true, ArithOps::sameFloat, sameErr));
    r.addOp(new Intrinsic("fmuladd", "Multiply-add a * b + c, fused or not (the interpreter fuses)", "%r = llvm.intr.fmuladd(%a, %b, %c) : " + f3, 3, true, true, ArithOps::sameFloat, sameErr));
    String redF = "requires a vector operand whose element type is the float result type (and a start value of that type)";
    String redI = "requires a vector operand whose element type is the integer result type";
    r.addOp(new Intrinsic("vector.reduce.fadd", "start + the sum of the lanes, in lane order", "%s = \"llvm.intr.vector.reduce.fadd\"(%start, %v) : (f32, vector<4xf32>) -> f32", 2, true, false, ArithOps.reduction(true, true), redF));
    r.addOp(new Intrinsic("vector.reduce.fmul", "start * the product of the lanes, in lane order", "%s = \"llvm.intr.vector.reduce.fmul\"(%start, %v) : (f32, vector<4xf32>) -> f32", 2, true, false, ArithOps.reduction(true, true), redF));
    r.addOp(new Intrinsic("vector.reduce.fmax", "The largest lane (maxnum semantics)", "%m = llvm.intr.vector.reduce.fmax(%v) : (vector<4xf32>) -> f32", 1, true, true, ArithOps.reduction(true, false), redF));
    r.addOp(new Intrinsic("vector.reduce.fmin", "The smallest lane (minnum semantics)", "%m = llvm.intr.vector.reduce.fmin(%v) : (vector<4xf32>) -> f32", 1, true, true, ArithOps.reduction(true, false), redF));
    for (String[] red : new String[][] {{"add", "The wrapping sum of the lanes"}, {"mul", "The wrapping product of the lanes"},
        {"and", "The bitwise and of the lanes"}, {"or", "The bitwise or of the lanes"}, {"xor", "The bitwise xor of the lanes"},
        {"smax", "The largest lane, signed"}, {"smin", "The smallest lane, signed"}, {"umax", "The largest lane, unsigned"}, {"umin", "The smallest lane, unsigned"}})
      r.addOp(new Intrinsic("vector.reduce." + red[0], red[1], "%s = \"llvm.intr.vector.reduce." + red[0] + "\"(%v) : (vector<4xi32>) -> i32", 1, false, false, ArithOps.reduction(false, false), redI));
    r.addOp(new MemIntrinsics.MemOp(false));
    r.addOp(new MemIntrinsics.MemOp(true));
    r.addOp(new MemIntrinsics.MaskedLoad());
    r.addOp(new MemIntrinsics.MaskedStore());
  }
}
