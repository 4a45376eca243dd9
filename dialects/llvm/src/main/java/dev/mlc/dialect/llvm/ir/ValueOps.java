package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;

/** Constants, undef/poison/zero, addresses, and the aggregate and vector element ops. */
final class ValueOps {
  private ValueOps() {}

  /** {@code llvm.mlir.undef : T}, {@code llvm.mlir.poison : T}, {@code llvm.mlir.zero : T}. */
  static final class Nullary extends LlvmOp implements Traits.Pure, Traits.ConstantLike {
    Nullary(String mnemonic, String summary) {
      super("llvm.mlir." + mnemonic, summary, "%s = llvm.mlir." + mnemonic + " : !llvm.struct<(i32, f32)>");
      arity(0, 1);
    }

    @Override protected boolean verify(Operation op) {
      Type t = op.result(0).type();
      return check(op, "result #0", t, LlvmType.isCompatible(t), "LLVM dialect-compatible type");
    }

    /** Folds to {@code #llvm.undef}, {@code #llvm.poison} or {@code #llvm.zero}. */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      return List.of(op.context().intern(new LlvmMarkerAttr(name().substring("llvm.mlir.".length()))));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      parseAttrDict(p, st);
      st.resultTypes.add(p.parseColonType());
    }
  }

  /** {@code llvm.mlir.constant(3 : i32) : i32}. */
  static final class Constant extends LlvmOp implements Traits.Pure, Traits.ConstantLike {
    Constant() {
      super("llvm.mlir.constant", "A constant scalar or vector value", "%c = llvm.mlir.constant(42 : i32) : i32\n%v = llvm.mlir.constant(dense<1.0> : vector<4xf32>) : vector<4xf32>", "value");
      arity(0, 1).requires("value");
    }

    @Override protected boolean verify(Operation op) {
      Attribute v = op.attr("value");
      Type t = op.result(0).type();
      if (v == null) return op.emitOpError("requires attribute 'value'").failure();
      if (t instanceof IntegerType) {
        if (!(v instanceof IntegerAttr) && !(v instanceof FloatAttr)) return op.emitOpError("expected integer type").failure();
      } else if (t instanceof FloatType ft) {
        if (!(v instanceof FloatAttr f)) return op.emitOpError("expected float type").failure();
        if (!f.type().equals(ft)) return op.emitOpError("expected float type of width " + ft.width()).failure();
      } else if (t instanceof VectorType vt) {
        if (!(v instanceof DenseElementsAttr d) || d.type().elementType() != vt.elementType() && !d.type().elementType().equals(vt.elementType())
            || d.type().numElements() != vt.numElements())
          return op.emitOpError("expected vector constant with the same element type and number of elements as the result").failure();
      } else if (!(t instanceof LlvmType.Ptr && v instanceof IntegerAttr)) {
        return op.emitOpError("only supports integer, float, vector or pointer-sized integer constants").failure();
      }
      return true;
    }

    /** {@code llvm.mlir.constant(v)} folds to {@code v}. */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) { return op.attr("value") == null ? null : List.of(op.attr("value")); }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print('(');
      p.printAttribute(op.attr("value"));
      p.print(')');
      printAttrDict(op, p, "value");
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      p.parsePunct("(");
      Attribute v = p.parseAttribute();
      p.parsePunct(")");
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      st.addAttribute("value", v);
      st.resultTypes.add(t);
    }
  }

  /** {@code llvm.mlir.addressof @g : !llvm.ptr}. */
  static final class AddressOf extends LlvmOp implements Traits.Pure {
    AddressOf() {
      super("llvm.mlir.addressof", "The address of a global or function", "%p = llvm.mlir.addressof @table : !llvm.ptr", "global_name");
      arity(0, 1).requires("global_name");
    }

    static SymbolRefAttr target(Operation op) { return op.attr("global_name", SymbolRefAttr.class); }

    @Override protected boolean verify(Operation op) {
      SymbolRefAttr s = target(op);
      if (s == null) return op.emitOpError("requires attribute 'global_name'").failure();
      if (!check(op, "result #0", op.result(0).type(), op.result(0).type() instanceof LlvmType.Ptr, "LLVM pointer type")) return false;
      Operation t = SymbolTable.lookupNearestFrom(op, s);
      // A func.func is accepted too: a partially lowered module (outline-parallel-loops takes the address of a function that
      // convert-func-to-llvm turns into an llvm.func later).
      if (t == null || !(t.isa(GlobalOp.NAME) || t.isa(FuncOp.NAME) || t.isa("func.func")))
        return op.emitOpError("must reference a global defined by 'llvm.mlir.global' or 'llvm.func'").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printAttribute(target(op));
      printAttrDict(op, p, "global_name");
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      st.addAttribute("global_name", SymbolRefAttr.flat(p.parseSymbolName()));
      parseAttrDict(p, st);
      st.resultTypes.add(p.parseColonType());
    }
  }

  /** The type at {@code position} inside aggregate {@code t}, or null when the position is invalid. */
  static Type typeAt(Type t, long[] position) {
    for (long i : position) {
      if (t instanceof LlvmType.Struct s && !s.isOpaque() && i >= 0 && i < s.fields().size()) t = s.fields().get((int) i);
      else if (t instanceof LlvmType.Array a && i >= 0 && i < a.size()) t = a.elementType();
      else return null;
    }
    return t;
  }

  static String positionError(Type t, long[] position) {
    for (long i : position) {
      if (t instanceof LlvmType.Struct s && !s.isOpaque()) {
        if (i < 0 || i >= s.fields().size()) return "position out of bounds: " + i;
        t = s.fields().get((int) i);
      } else if (t instanceof LlvmType.Array a) {
        if (i < 0 || i >= a.size()) return "position out of bounds: " + i;
        t = a.elementType();
      } else return "expected LLVM IR structure/array type, got: " + LlvmType.str(t);
    }
    return null;
  }

  static long[] position(Operation op) { return op.attr("position") instanceof DenseArrayAttr d ? d.asLongs() : null; }

  static void printPosition(OpAsmPrinter p, long[] pos) {
    p.print('[');
    for (int i = 0; i < pos.length; i++) p.print(i > 0 ? ", " : "").print(pos[i]);
    p.print(']');
  }

  static long[] parsePosition(OpAsmParser p) {
    p.parsePunct("[");
    List<Long> xs = new java.util.ArrayList<>();
    do xs.add(p.parseInteger().longValueExact()); while (p.parseOptionalPunct(","));
    p.parsePunct("]");
    return xs.stream().mapToLong(Long::longValue).toArray();
  }

  /** {@code llvm.extractvalue %s[0, 1] : !llvm.struct<(i32, array<2 x f32>)>}. */
  static final class ExtractValue extends LlvmOp implements Traits.Pure {
    ExtractValue() {
      super("llvm.extractvalue", "Reads a field of a struct or an element of an array value", "%f = llvm.extractvalue %s[1] : !llvm.struct<(i32, f32)>", "position");
      arity(1, 1).requires("position");
    }

    /**
     * {@code extractvalue(insertvalue(v, s, p), p) -> v}; through inserts at disjoint positions the
     * op reads the inserts' container instead (updated in place), as MLIR's folder does.
     */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      long[] pos = position(op);
      boolean changed = false;
      for (Operation ins = op.operand(0).definingOp(); ins != null && ins.isa("llvm.insertvalue"); ins = op.operand(0).definingOp()) {
        long[] ipos = position(ins);
        if (ipos == null) break;
        int common = Math.min(ipos.length, pos.length);
        if (java.util.Arrays.equals(java.util.Arrays.copyOf(ipos, common), java.util.Arrays.copyOf(pos, common))) {
          if (ipos.length == pos.length) return List.of(ins.operand(1));
          break;
        }
        op.setOperand(0, ins.operand(0));
        changed = true;
      }
      return changed ? List.of(op.result(0)) : null;
    }

    @Override protected boolean verify(Operation op) {
      long[] pos = position(op);
      if (pos == null) return op.emitOpError("requires attribute 'position'").failure();
      String err = positionError(op.operand(0).type(), pos);
      if (err != null) return op.emitOpError(err).failure();
      Type t = typeAt(op.operand(0).type(), pos);
      if (!t.equals(op.result(0).type()))
        return op.emitOpError("Type mismatch: extracting from " + str(op.operand(0).type()) + " should produce " + str(t) + " but this op returns " + str(op.result(0).type())).failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printPosition(p, position(op));
      printAttrDict(op, p, "position");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(' ');
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var c = p.parseOperand();
      long[] pos = parsePosition(p);
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      Type r = typeAt(t, pos);
      if (r == null) throw p.error(positionError(t, pos));
      st.addAttribute("position", DenseArrayAttr.i64(pos));
      st.operands.add(p.resolveOperand(c, t));
      st.resultTypes.add(r);
    }
  }

  /** {@code llvm.insertvalue %v, %s[0] : !llvm.struct<(i32, f32)>}. */
  static final class InsertValue extends LlvmOp implements Traits.Pure {
    InsertValue() {
      super("llvm.insertvalue", "Replaces a field of a struct or an element of an array value", "%t = llvm.insertvalue %x, %s[0] : !llvm.struct<(i32, f32)>", "position");
      arity(2, 1).requires("position");
    }

    @Override protected boolean verify(Operation op) {
      long[] pos = position(op);
      if (pos == null) return op.emitOpError("requires attribute 'position'").failure();
      String err = positionError(op.operand(0).type(), pos);
      if (err != null) return op.emitOpError(err).failure();
      Type t = typeAt(op.operand(0).type(), pos);
      if (!t.equals(op.operand(1).type()))
        return op.emitOpError("Type mismatch: cannot insert '" + str(op.operand(1).type()) + "' into '" + str(op.operand(0).type()) + "'").failure();
      if (!op.result(0).type().equals(op.operand(0).type()))
        return op.emitOpError("failed to verify that last argument and result have the same type").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(1));
      p.print(", ");
      p.printOperand(op.operand(0));
      printPosition(p, position(op));
      printAttrDict(op, p, "position");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(' ');
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var v = p.parseOperand();
      p.parsePunct(",");
      var c = p.parseOperand();
      long[] pos = parsePosition(p);
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      Type vt = typeAt(t, pos);
      if (vt == null) throw p.error(positionError(t, pos));
      st.addAttribute("position", DenseArrayAttr.i64(pos));
      st.operands.add(p.resolveOperand(c, t));
      st.operands.add(p.resolveOperand(v, vt));
      st.resultTypes.add(t);
    }
  }

  /** {@code llvm.extractelement %v[%i : i32] : vector<4xf32>}. */
  static final class ExtractElement extends LlvmOp implements Traits.Pure {
    ExtractElement() {
      super("llvm.extractelement", "Reads one lane of a vector at a dynamic index", "%x = llvm.extractelement %v[%i : i32] : vector<4xf32>");
      arity(2, 1);
    }

    @Override protected boolean verify(Operation op) {
      if (!check(op, "operand #0", op.operand(0).type(), op.operand(0).type() instanceof VectorType, "LLVM dialect-compatible vector type")) return false;
      if (!check(op, "operand #1", op.operand(1).type(), isIntOrVec(op.operand(1).type()) && !(op.operand(1).type() instanceof VectorType), "signless integer")) return false;
      if (!((VectorType) op.operand(0).type()).elementType().equals(op.result(0).type()))
        return op.emitOpError("failed to verify that result type matches vector element type").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print('[');
      p.printOperand(op.operand(1));
      p.print(" : ");
      p.printType(op.operand(1).type());
      p.print(']');
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var v = p.parseOperand();
      p.parsePunct("[");
      var i = p.parseOperand();
      Type it = p.parseColonType();
      p.parsePunct("]");
      parseAttrDict(p, st);
      Type vt = p.parseColonType();
      if (!(vt instanceof VectorType vec)) throw p.error("expected LLVM dialect-compatible vector type for operand #1");
      st.operands.add(p.resolveOperand(v, vt));
      st.operands.add(p.resolveOperand(i, it));
      st.resultTypes.add(vec.elementType());
    }
  }

  /** {@code llvm.insertelement %x, %v[%i : i32] : vector<4xf32>}. */
  static final class InsertElement extends LlvmOp implements Traits.Pure {
    InsertElement() {
      super("llvm.insertelement", "Replaces one lane of a vector at a dynamic index", "%w = llvm.insertelement %x, %v[%i : i32] : vector<4xf32>");
      arity(3, 1);
    }

    @Override protected boolean verify(Operation op) {
      if (!check(op, "operand #0", op.operand(0).type(), op.operand(0).type() instanceof VectorType, "LLVM dialect-compatible vector type")) return false;
      if (!((VectorType) op.operand(0).type()).elementType().equals(op.operand(1).type()))
        return op.emitOpError("failed to verify that argument type matches vector element type").failure();
      if (!op.result(0).type().equals(op.operand(0).type()))
        return op.emitOpError("failed to verify that all of {res, vector} have same type").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(1));
      p.print(", ");
      p.printOperand(op.operand(0));
      p.print('[');
      p.printOperand(op.operand(2));
      p.print(" : ");
      p.printType(op.operand(2).type());
      p.print(']');
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var x = p.parseOperand();
      p.parsePunct(",");
      var v = p.parseOperand();
      p.parsePunct("[");
      var i = p.parseOperand();
      Type it = p.parseColonType();
      p.parsePunct("]");
      parseAttrDict(p, st);
      Type vt = p.parseColonType();
      if (!(vt instanceof VectorType vec)) throw p.error("expected LLVM dialect-compatible vector type");
      st.operands.add(p.resolveOperand(v, vt));
      st.operands.add(p.resolveOperand(x, vec.elementType()));
      st.operands.add(p.resolveOperand(i, it));
      st.resultTypes.add(vt);
    }
  }

  /** {@code llvm.shufflevector %a, %b [0, 4, 1, 5] : vector<4xf32>}. */
  static final class ShuffleVector extends LlvmOp implements Traits.Pure {
    ShuffleVector() {
      super("llvm.shufflevector", "Builds a vector from lanes of two vectors chosen by a constant mask (-1: an undefined lane)",
          "%s = llvm.shufflevector %a, %b [0, 4, 1, 5] : vector<4xf32>", "mask");
      arity(2, 1).requires("mask");
    }

    static long[] mask(Operation op) { return op.attr("mask") instanceof DenseArrayAttr d ? d.asLongs() : null; }

    @Override protected boolean verify(Operation op) {
      long[] mask = mask(op);
      if (mask == null) return op.emitOpError("requires attribute 'mask'").failure();
      if (!(op.operand(0).type() instanceof VectorType v)) return op.emitOpError("operand #0 must be LLVM dialect-compatible vector type, but got '" + str(op.operand(0).type()) + "'").failure();
      if (!op.operand(1).type().equals(v)) return op.emitOpError("failed to verify that all of {v1, v2} have same type").failure();
      if (!(op.result(0).type() instanceof VectorType r) || !r.elementType().equals(v.elementType()) || r.numElements() != mask.length)
        return op.emitOpError("expected the result to be a vector of " + mask.length + " elements of " + str(v.elementType())).failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      p.print(' ');
      printPosition(p, mask(op));
      printAttrDict(op, p, "mask");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(' ');
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      long[] mask = parsePosition(p);
      parseAttrDict(p, st);
      Type t = p.parseColonType();
      if (!(t instanceof VectorType v)) throw p.error("expected an LLVM compatible vector type");
      p.resolveOperands(ops, repeat(t, 2), st.operands);
      st.addAttribute("mask", new DenseArrayAttr(IntegerType.of(32), mask));
      st.resultTypes.add(new VectorType(new long[] {mask.length}, v.elementType(), new boolean[1]));
    }
  }
}
