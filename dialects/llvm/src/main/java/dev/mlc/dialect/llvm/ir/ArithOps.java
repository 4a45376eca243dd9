package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The llvm dialect's arithmetic families: integer and float binaries, casts, compares, select, intrinsics. */
final class ArithOps {
  private ArithOps() {}

  /** {@code llvm.add %a, %b overflow<nsw> : i32}: a two's-complement integer binary op. */
  static final class IntBinary extends LlvmOp implements Traits.Pure, Traits.SameOperandsAndResultType {
    final boolean overflow;

    IntBinary(String mnemonic, String summary, boolean overflow) {
      super("llvm." + mnemonic, summary, "%r = llvm." + mnemonic + " %a, %b" + (overflow ? " overflow<nsw>" : "") + " : i32", "overflowFlags");
      this.overflow = overflow;
      arity(2, 1);
      if (overflow) withDefault("overflowFlags", LlvmAttr.OVERFLOW_NONE);
    }

    @Override protected boolean verify(Operation op) {
      return check(op, "operand #0", op.operand(0).type(), LlvmOp.isIntOrVec(op.operand(0).type()), INT);
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      if (overflow && op.attr("overflowFlags") instanceof LlvmAttr f && !f.value().equals("none")) p.print(" overflow<" + f.value() + ">");
      if (!overflow) p.print(' ');
      printAttrDict(op, p, "overflowFlags");
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      if (overflow && p.parseOptionalKeyword("overflow")) {
        p.parsePunct("<");
        List<String> flags = new ArrayList<>();
        do flags.add(p.parseKeyword()); while (p.parseOptionalPunct(","));
        p.parsePunct(">");
        st.addAttribute("overflowFlags", LlvmAttr.ofFlags("overflow", flags));
      }
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      p.resolveOperands(ops, repeat(t, 2), st.operands);
      st.resultTypes.add(t);
    }
  }

  /** Ops whose custom form is {@code operands  attr-dict : type} with MLIR 19's double space. */
  static final class FloatArith extends LlvmOp implements Traits.Pure, Traits.SameOperandsAndResultType {
    final int arity;

    FloatArith(String mnemonic, String summary, int arity) {
      super("llvm." + mnemonic, summary, "%r = llvm." + mnemonic + (arity == 2 ? " %a, %b" : " %a") + " {fastmathFlags = #llvm.fastmath<fast>} : f32", "fastmathFlags");
      this.arity = arity;
      arity(arity, 1);
      withDefault("fastmathFlags", LlvmAttr.FASTMATH_NONE);
    }

    @Override protected boolean verify(Operation op) {
      return check(op, "operand #0", op.operand(0).type(), LlvmOp.isFloatOrVec(op.operand(0).type()), FLOAT);
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      p.print(' ');
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      p.resolveOperands(ops, repeat(t, arity), st.operands);
      st.resultTypes.add(t);
    }
  }

  /** {@code llvm.sext %x : i32 to i64}: a conversion between two types. */
  static final class Cast extends LlvmOp implements Traits.Pure {
    final Predicate<Type> from, to;
    final String fromText, toText;
    final int widthCheck;

    /** {@code widthCheck}: +1 the result must be wider (extensions, as MLIR 19 checks), 0 none. */
    Cast(String mnemonic, String summary, String example, Predicate<Type> from, String fromText, Predicate<Type> to, String toText, int widthCheck) {
      super("llvm." + mnemonic, summary, "%r = llvm." + mnemonic + " " + example);
      this.from = from;
      this.to = to;
      this.fromText = fromText;
      this.toText = toText;
      this.widthCheck = widthCheck;
      arity(1, 1);
    }

    /**
     * {@code bitcast x : T to T -> x}, {@code bitcast(bitcast x : A to B) : B to A -> x};
     * {@code zext} of a constant folds to the constant (MLIR 19 folds no other cast).
     */
    @Override public List<Object> fold(Operation op, java.util.List<dev.mlc.ir.Attribute> operands) {
      Type r = op.result(0).type();
      if (name().equals("llvm.bitcast")) {
        if (op.operand(0).type().equals(r)) return List.of(op.operand(0));
        Operation d = op.operand(0).definingOp();
        if (d != null && d.isa("llvm.bitcast") && d.operand(0).type().equals(r)) return List.of(d.operand(0));
        return null;
      }
      if (name().equals("llvm.zext")) {
        if (!(operands.get(0) instanceof IntegerAttr c) || !(r instanceof IntegerType rt)) return null;
        java.math.BigInteger v = c.value();
        int w = ((IntegerType) op.operand(0).type()).width();
        if (v.signum() < 0) v = v.add(java.math.BigInteger.ONE.shiftLeft(w));
        return List.of(new IntegerAttr(rt, v));
      }
      return null;
    }

    @Override protected boolean verify(Operation op) {
      Type a = op.operand(0).type(), r = op.result(0).type();
      if (!check(op, "operand #0", a, from.test(a), fromText) || !check(op, "result #0", r, to.test(r), toText)) return false;
      if ((a instanceof VectorType) != (r instanceof VectorType) || a instanceof VectorType va && r instanceof VectorType vr && !Arrays.equals(va.shape(), vr.shape()))
        if (!name().equals("llvm.bitcast")) return op.emitOpError("input and output types must both be scalars or vectors of the same length").failure();
      if (widthCheck != 0 && scalarOf(a) instanceof IntegerType ia && scalarOf(r) instanceof IntegerType ir) {
        if (widthCheck > 0 && ir.width() <= ia.width())
          return op.emitError("integer width of the output type is smaller or equal to the integer width of the input type").failure();
      }
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var x = p.parseOperand();
      parseAttrDict(p, st);
      Type a = p.parseColonType();
      p.parseKeyword("to");
      Type r = p.parseType();
      st.operands.add(p.resolveOperand(x, a));
      st.resultTypes.add(r);
    }
  }

  static final List<String> ICMP = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");
  static final List<String> FCMP = List.of("_false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult",
      "ule", "une", "uno", "_true");

  /** The i1 (or vector of i1) type a compare of {@code t} produces. */
  static Type boolLike(Type t) {
    IntegerType i1 = IntegerType.of(1);
    return t instanceof VectorType v ? new VectorType(v.shape(), i1, v.scalableDims()) : i1;
  }

  /** {@code llvm.icmp "slt" %a, %b : i32} and {@code llvm.fcmp "olt" %a, %b : f32}. */
  static final class Compare extends LlvmOp implements Traits.Pure {
    final List<String> predicates;
    final boolean isFloat;

    Compare(boolean isFloat) {
      super(isFloat ? "llvm.fcmp" : "llvm.icmp", isFloat ? "Floating-point comparison" : "Integer (and pointer) comparison",
          isFloat ? "%r = llvm.fcmp \"olt\" %a, %b : f32" : "%r = llvm.icmp \"slt\" %a, %b : i32", "predicate", "fastmathFlags");
      this.isFloat = isFloat;
      this.predicates = isFloat ? FCMP : ICMP;
      arity(2, 1).requires("predicate");
      if (isFloat) withDefault("fastmathFlags", LlvmAttr.FASTMATH_NONE);
    }

    /** The predicate's name. */
    String predicate(Operation op) {
      return op.attr("predicate") instanceof IntegerAttr i && i.longValue() >= 0 && i.longValue() < predicates.size()
          ? predicates.get((int) i.longValue()) : null;
    }

    @Override public boolean canPrintCustomForm(Operation op) { return super.canPrintCustomForm(op) && predicate(op) != null; }

    /** {@code icmp eq x, x -> true}, {@code icmp ne x, x -> false} (MLIR 19 folds no other predicate). */
    @Override public List<Object> fold(Operation op, java.util.List<dev.mlc.ir.Attribute> operands) {
      if (isFloat || op.operand(0) != op.operand(1) || op.result(0).type() instanceof VectorType) return null;
      String p = predicate(op);
      return "eq".equals(p) || "ne".equals(p) ? List.of(IntegerAttr.bool(p.equals("eq"))) : null;
    }

    @Override protected boolean verify(Operation op) {
      if (predicate(op) == null) return op.emitOpError("requires attribute 'predicate' to be one of " + predicates.size() + " predicates").failure();
      Type t = op.operand(0).type();
      boolean ok = isFloat ? LlvmOp.isFloatOrVec(t) : LlvmOp.isIntOrVec(t) || isPtrOrVec(t);
      if (!check(op, "operand #0", t, ok, isFloat ? FLOAT : "LLVM dialect-compatible signless integer or pointer type or vector")) return false;
      if (!op.operand(1).type().equals(t)) return op.emitOpError("requires all operands to have the same type").failure();
      if (!op.result(0).type().equals(boolLike(t))) return op.emitOpError("failed to verify that result type has i1 element type and same shape as operands").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(" \"" + predicate(op) + "\" ");
      p.printOperands(op.operands());
      printAttrDict(op, p, "predicate");
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      String pred = p.parseString();
      int k = predicates.indexOf(pred);
      if (k < 0) throw p.error("'" + pred + "' is an incorrect value of the 'predicate' attribute");
      st.addAttribute("predicate", IntegerAttr.i64(k));
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      p.resolveOperands(ops, repeat(t, 2), st.operands);
      st.resultTypes.add(boolLike(t));
    }
  }

  /** {@code llvm.select %c, %a, %b : i1, i32}. */
  static final class Select extends LlvmOp implements Traits.Pure {
    Select() {
      super("llvm.select", "Chooses one of two values by a condition (per lane for a vector condition)", "%r = llvm.select %c, %a, %b : i1, i32", "fastmathFlags");
      arity(3, 1);
      withDefault("fastmathFlags", LlvmAttr.FASTMATH_NONE);
    }

    @Override protected boolean verify(Operation op) {
      Type c = op.operand(0).type(), t = op.operand(1).type();
      if (!check(op, "operand #0", c, scalarOf(c) instanceof IntegerType it && it.width() == 1, "1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer"))
        return false;
      if (!op.operand(2).type().equals(t) || !op.result(0).type().equals(t))
        return op.emitOpError("failed to verify that all of {trueValue, falseValue, res} have same type").failure();
      if (c instanceof VectorType && !c.equals(boolLike(t)))
        return op.emitOpError("failed to verify that condition has i1 element type and same shape as the values").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      List<Type> ts = p.parseColonTypeList();
      if (ts.size() != 2) throw p.error("expected two types: the condition's and the values'");
      p.resolveOperands(ops, List.of(ts.get(0), ts.get(1), ts.get(1)), st.operands);
      st.resultTypes.add(ts.get(1));
    }
  }

  /**
   * {@code llvm.intr.NAME(%a, %b)  : (f32, f32) -> f32}: an LLVM intrinsic as an op. {@code custom}
   * false: MLIR 19 gives it no custom form (printed and parsed generically only).
   */
  static final class Intrinsic extends LlvmOp implements Traits.Pure {
    final int arity;
    final boolean custom;
    final Predicate<Operation> typeOk;
    final String constraint;

    Intrinsic(String mnemonic, String summary, String example, int arity, boolean fastmath, boolean custom, Predicate<Operation> typeOk, String constraint) {
      super("llvm.intr." + mnemonic, summary, example, fastmath ? new String[] {"fastmathFlags"} : new String[0]);
      this.arity = arity;
      this.custom = custom;
      this.typeOk = typeOk;
      this.constraint = constraint;
      arity(arity, 1);
      if (fastmath) withDefault("fastmathFlags", LlvmAttr.FASTMATH_NONE);
    }

    @Override public boolean hasCustomAssembly() { return custom; }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() != arity) return op.emitOpError("expected " + arity + " operands, but found " + op.numOperands()).failure();
      if (op.numResults() != 1) return op.emitOpError("requires one result").failure();
      if (!typeOk.test(op)) return op.emitOpError(constraint).failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print('(');
      p.printOperands(op.operands());
      p.print(") ");
      printAttrDict(op, p);
      p.print(" : ");
      p.printFunctionalType(op);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      parseAttrDict(p, st);
      if (!(p.parseColonType() instanceof FunctionType ft)) throw p.error("expected a function type");
      p.resolveOperands(ops, ft.inputs(), st.operands);
      st.resultTypes.addAll(ft.results());
    }
  }

  /** Whether every operand and the result have the same float-or-vector-of-float type. */
  static boolean sameFloat(Operation op) {
    Type t = op.result(0).type();
    if (!LlvmOp.isFloatOrVec(t)) return false;
    for (var v : op.operands()) if (!v.type().equals(t)) return false;
    return true;
  }

  /** Vector reductions: operand {@code vec} is a vector whose element type is the result's. */
  static Predicate<Operation> reduction(boolean isFloat, boolean withStart) {
    return op -> {
      Type r = op.result(0).type();
      Type v = op.operand(withStart ? 1 : 0).type();
      if (!(v instanceof VectorType vt) || !vt.elementType().equals(r)) return false;
      if (withStart && !op.operand(0).type().equals(r)) return false;
      return isFloat ? LlvmOp.isFloatOrVec(r) : LlvmOp.isIntOrVec(r);
    };
  }
}
