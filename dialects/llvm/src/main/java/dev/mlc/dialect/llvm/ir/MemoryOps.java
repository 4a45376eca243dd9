package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/** Stack allocation, loads, stores and address arithmetic. */
final class MemoryOps {
  private MemoryOps() {}

  static Type elemType(Operation op) { return op.attr("elem_type") instanceof TypeAttr t ? t.type() : null; }

  /** {@code llvm.alloca %n x i32 {alignment = 4 : i64} : (i64) -> !llvm.ptr}. */
  static final class Alloca extends LlvmOp {
    Alloca() {
      super("llvm.alloca", "Allocates stack memory for `arraySize` elements of `elem_type`, freed when the function returns",
          "%p = llvm.alloca %n x i32 {alignment = 4 : i64} : (i64) -> !llvm.ptr", "elem_type", "alignment", "inalloca");
      arity(1, 1).requires("elem_type");
    }

    @Override protected boolean verify(Operation op) {
      if (elemType(op) == null) return op.emitOpError("requires attribute 'elem_type'").failure();
      if (!check(op, "operand #0", op.operand(0).type(), op.operand(0).type() instanceof IntegerType it && it.isSignless(), "signless integer")) return false;
      if (!check(op, "result #0", op.result(0).type(), op.result(0).type() instanceof LlvmType.Ptr, "LLVM pointer type")) return false;
      Type e = elemType(op);
      if (e instanceof LlvmType.Void || e instanceof LlvmType.Func) return op.emitOpError("cannot allocate a value of type " + str(e)).failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      if (op.attr("inalloca") != null) p.print(" inalloca");
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(" x ");
      p.printType(elemType(op));
      printAttrDict(op, p, "elem_type", "inalloca");
      p.print(" : ");
      p.printFunctionalType(op);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      if (p.parseOptionalKeyword("inalloca")) st.addAttribute("inalloca", UnitAttr.INSTANCE);
      var n = p.parseOperand();
      p.parseKeyword("x");
      Type e = p.parseType();
      parseAttrDict(p, st);
      if (!(p.parseColonType() instanceof FunctionType ft) || ft.inputs().size() != 1 || ft.results().size() != 1)
        throw p.error("expected trailing function type with one argument and one result");
      st.addAttribute("elem_type", new TypeAttr(e));
      st.operands.add(p.resolveOperand(n, ft.inputs().get(0)));
      st.resultTypes.add(ft.results().get(0));
    }
  }

  /** Shared by load and store: the {@code volatile_}, {@code alignment}, {@code ordering} properties. */
  abstract static class Access extends LlvmOp {
    Access(String name, String summary, String example) {
      super(name, summary, example, "alignment", "ordering", "volatile_", "nontemporal", "invariant", "invariantGroup", "syncscope",
          "access_groups", "alias_scopes", "noalias_scopes", "tbaa");
      withDefault("ordering", IntegerAttr.i64(0));
    }

    static boolean isLoadable(Type t) { return LlvmType.isCompatible(t); }
  }

  /** {@code llvm.load volatile %p {alignment = 4 : i64} : !llvm.ptr -> i32}. */
  static final class Load extends Access {
    Load() {
      super("llvm.load", "Reads a value of the result type from memory", "%x = llvm.load %p {alignment = 4 : i64} : !llvm.ptr -> f32");
      arity(1, 1);
    }

    @Override protected boolean verify(Operation op) {
      if (!check(op, "operand #0", op.operand(0).type(), op.operand(0).type() instanceof LlvmType.Ptr, "LLVM pointer type")) return false;
      return check(op, "result #0", op.result(0).type(), isLoadable(op.result(0).type()), "LLVM type with size");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      if (op.attr("volatile_") != null) p.print(" volatile");
      p.print(' ');
      p.printOperand(op.operand(0));
      if (op.attr("invariant") != null) p.print(" invariant");
      printAttrDict(op, p, "volatile_", "invariant");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" -> ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      if (p.parseOptionalKeyword("volatile")) st.addAttribute("volatile_", UnitAttr.INSTANCE);
      var ptr = p.parseOperand();
      if (p.parseOptionalKeyword("invariant")) st.addAttribute("invariant", UnitAttr.INSTANCE);
      parseAttrDict(p, st);
      Type pt = p.parseColonType();
      p.parsePunct("->");
      Type t = p.parseType();
      st.operands.add(p.resolveOperand(ptr, pt));
      st.resultTypes.add(t);
    }
  }

  /** {@code llvm.store volatile %x, %p {alignment = 4 : i64} : f32, !llvm.ptr}. */
  static final class Store extends Access {
    Store() {
      super("llvm.store", "Writes a value to memory", "llvm.store %x, %p {alignment = 4 : i64} : f32, !llvm.ptr");
      arity(2, 0);
    }

    @Override protected boolean verify(Operation op) {
      if (!check(op, "operand #0", op.operand(0).type(), isLoadable(op.operand(0).type()), "LLVM type with size")) return false;
      return check(op, "operand #1", op.operand(1).type(), op.operand(1).type() instanceof LlvmType.Ptr, "LLVM pointer type");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      if (op.attr("volatile_") != null) p.print(" volatile");
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p, "volatile_");
      p.print(" : ");
      printTypes(p, op.operandTypes());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      if (p.parseOptionalKeyword("volatile")) st.addAttribute("volatile_", UnitAttr.INSTANCE);
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      List<Type> ts = p.parseColonTypeList();
      p.resolveOperands(ops, ts, st.operands);
    }
  }

  /** The marker of a dynamic index in {@code rawConstantIndices}. */
  static final long DYNAMIC = Integer.MIN_VALUE;

  /**
   * {@code llvm.getelementptr inbounds %p[%i, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, f32)>}:
   * address arithmetic over {@code elem_type}.
   */
  static final class GetElementPtr extends LlvmOp {
    GetElementPtr() {
      super("llvm.getelementptr", "Computes the address of an element: base + index * sizeof(elem_type), then into fields and elements",
          "%q = llvm.getelementptr inbounds %p[%i, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, f32)>",
          "elem_type", "rawConstantIndices", "inbounds");
      arity(-1, 1).requires("elem_type", "rawConstantIndices");
    }

    @Override public boolean canPrintCustomForm(Operation op) {
      if (!super.canPrintCustomForm(op) || op.numOperands() < 1) return false;
      int dyn = 0;
      for (long r : rawIndices(op)) if (r == DYNAMIC) dyn++;
      return dyn == op.numOperands() - 1;
    }

    /** {@code getelementptr %p[0] -> %p} (every index a constant zero). */
    @Override public List<Object> fold(Operation op, List<dev.mlc.ir.Attribute> operands) {
      long[] raw = rawIndices(op);
      if (raw == null || !op.result(0).type().equals(op.operand(0).type())) return null;
      int dyn = 1;
      for (long r : raw) {
        if (r == DYNAMIC) {
          if (!(operands.get(dyn++) instanceof IntegerAttr c) || c.value().signum() != 0) return null;
        } else if (r != 0) return null;
      }
      return List.of(op.operand(0));
    }

    static long[] rawIndices(Operation op) { return op.attr("rawConstantIndices") instanceof DenseArrayAttr d ? d.asLongs() : null; }

    @Override protected boolean verify(Operation op) {
      long[] raw = rawIndices(op);
      Type e = elemType(op);
      if (raw == null) return op.emitOpError("requires attribute 'rawConstantIndices'").failure();
      if (e == null) return op.emitOpError("requires attribute 'elem_type'").failure();
      if (!check(op, "operand #0", op.operand(0).type(), isPtrOrVec(op.operand(0).type()), "LLVM pointer type or vector of pointers")) return false;
      int dyn = 0;
      for (long r : raw) if (r == DYNAMIC) dyn++;
      if (dyn != op.numOperands() - 1) return op.emitOpError("expected as many dynamic indices as specified in 'rawConstantIndices'").failure();
      Type t = e;
      int operand = 1;
      for (int k = 1; k < raw.length; k++) {
        boolean isDyn = raw[k] == DYNAMIC;
        if (t instanceof LlvmType.Struct s && !s.isOpaque()) {
          if (isDyn) return op.emitOpError("expected index " + k + " indexing a struct to be constant").failure();
          if (raw[k] < 0 || raw[k] >= s.fields().size()) return op.emitOpError("index " + k + " indexing a struct is out of bounds").failure();
          t = s.fields().get((int) raw[k]);
        } else if (t instanceof LlvmType.Array a) {
          t = a.elementType();
        } else if (t instanceof VectorType v) {
          t = v.elementType();
        } else {
          return op.emitOpError("type " + str(t) + " cannot be indexed (index #" + k + ")").failure();
        }
        if (isDyn) operand++;
      }
      for (int i = 1; i < op.numOperands(); i++)
        if (!check(op, "operand #" + i, op.operand(i).type(), isIntOrVec(op.operand(i).type()), "signless integer or LLVM dialect-compatible vector of signless integer"))
          return false;
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      if (op.attr("inbounds") != null) p.print(" inbounds");
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print('[');
      long[] raw = rawIndices(op);
      int dyn = 1;
      for (int k = 0; k < raw.length; k++) {
        if (k > 0) p.print(", ");
        if (raw[k] == DYNAMIC) p.printOperand(op.operand(dyn++));
        else p.print(raw[k]);
      }
      p.print(']');
      printAttrDict(op, p, "elem_type", "rawConstantIndices", "inbounds");
      p.print(" : ");
      p.printFunctionalType(op);
      p.print(", ");
      p.printType(elemType(op));
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      if (p.parseOptionalKeyword("inbounds")) st.addAttribute("inbounds", UnitAttr.INSTANCE);
      var base = p.parseOperand();
      p.parsePunct("[");
      List<Long> raw = new ArrayList<>();
      List<OpAsmParser.UnresolvedOperand> dyn = new ArrayList<>();
      if (!p.parseOptionalPunct("]")) {
        do {
          var v = p.parseOptionalOperand();
          if (v != null) {
            dyn.add(v);
            raw.add(DYNAMIC);
          } else raw.add(p.parseInteger().longValueExact());
        } while (p.parseOptionalPunct(","));
        p.parsePunct("]");
      }
      parseAttrDict(p, st);
      if (!(p.parseColonType() instanceof FunctionType ft) || ft.inputs().size() != dyn.size() + 1)
        throw p.error("expected a function type with the base and the dynamic indices as inputs");
      p.parsePunct(",");
      Type e = p.parseType();
      st.operands.add(p.resolveOperand(base, ft.inputs().get(0)));
      p.resolveOperands(dyn, ft.inputs().subList(1, ft.inputs().size()), st.operands);
      st.resultTypes.addAll(ft.results());
      st.addAttribute("elem_type", new TypeAttr(e));
      st.addAttribute("rawConstantIndices", new DenseArrayAttr(IntegerType.of(32), raw.stream().mapToLong(Long::longValue).toArray()));
    }
  }
}
