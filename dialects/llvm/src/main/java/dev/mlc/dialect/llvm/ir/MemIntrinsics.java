package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;

/** Memory intrinsics: {@code memcpy}, {@code memset} (generic form only, as in MLIR 19), {@code masked.load/store}. */
final class MemIntrinsics {
  private MemIntrinsics() {}

  /**
   * {@code "llvm.intr.memcpy"(%dst, %src, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()} and
   * {@code "llvm.intr.memset"(%dst, %byte, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()}.
   */
  static final class MemOp extends LlvmOp {
    final boolean isSet;

    MemOp(boolean isSet) {
      super(isSet ? "llvm.intr.memset" : "llvm.intr.memcpy", isSet ? "Fills `len` bytes at `dst` with the byte `val`" : "Copies `len` bytes from `src` to `dst` (the ranges must not overlap)",
          isSet ? "\"llvm.intr.memset\"(%dst, %byte, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()"
              : "\"llvm.intr.memcpy\"(%dst, %src, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()",
          "isVolatile", "access_groups", "alias_scopes", "noalias_scopes", "tbaa");
      this.isSet = isSet;
      arity(3, 0).requires("isVolatile");
    }

    @Override public boolean hasCustomAssembly() { return false; }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() != 3 || op.numResults() != 0) return op.emitOpError("expects 3 operands and no results").failure();
      if (!(op.attr("isVolatile") instanceof IntegerAttr)) return op.emitOpError("requires attribute 'isVolatile'").failure();
      if (!check(op, "operand #0", op.operand(0).type(), op.operand(0).type() instanceof LlvmType.Ptr, "LLVM pointer type")) return false;
      if (isSet ? !check(op, "operand #1", op.operand(1).type(), op.operand(1).type().equals(IntegerType.of(8)), "8-bit signless integer")
          : !check(op, "operand #1", op.operand(1).type(), op.operand(1).type() instanceof LlvmType.Ptr, "LLVM pointer type")) return false;
      return check(op, "operand #2", op.operand(2).type(), op.operand(2).type() instanceof IntegerType it && it.isSignless(), "signless integer");
    }
  }

  /** {@code llvm.intr.masked.load %p, %mask, %passthru {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>}. */
  static final class MaskedLoad extends LlvmOp {
    MaskedLoad() {
      super("llvm.intr.masked.load", "Loads the lanes whose mask bit is set; the others come from the pass-through vector",
          "%v = llvm.intr.masked.load %p, %mask, %pass {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>",
          "alignment", "nontemporal");
      arity(-1, 1).requires("alignment");
    }

    @Override public boolean canPrintCustomForm(Operation op) { return super.canPrintCustomForm(op) && op.numOperands() >= 2; }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() < 2 || op.numOperands() > 3) return op.emitOpError("expects a pointer, a mask and an optional pass-through").failure();
      if (!(op.attr("alignment") instanceof IntegerAttr)) return op.emitOpError("requires attribute 'alignment'").failure();
      if (!(op.result(0).type() instanceof VectorType r)) return op.emitOpError("result #0 must be LLVM dialect-compatible vector type").failure();
      if (!(op.operand(1).type() instanceof VectorType m) || m.numElements() != r.numElements() || !m.elementType().equals(IntegerType.of(1)))
        return op.emitOpError("expects a mask of i1 with as many lanes as the result").failure();
      if (op.numOperands() == 3 && !op.operand(2).type().equals(r)) return op.emitOpError("expects the pass-through to have the result type").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printFunctionalType(op);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      if (!(p.parseColonType() instanceof FunctionType ft)) throw p.error("expected a function type");
      p.resolveOperands(ops, ft.inputs(), st.operands);
      st.resultTypes.addAll(ft.results());
    }
  }

  /** {@code llvm.intr.masked.store %v, %p, %mask {alignment = 4 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr}. */
  static final class MaskedStore extends LlvmOp {
    MaskedStore() {
      super("llvm.intr.masked.store", "Stores the lanes whose mask bit is set",
          "llvm.intr.masked.store %v, %p, %mask {alignment = 4 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr", "alignment");
      arity(3, 0).requires("alignment");
    }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() != 3) return op.emitOpError("expects a value, a pointer and a mask").failure();
      if (!(op.attr("alignment") instanceof IntegerAttr)) return op.emitOpError("requires attribute 'alignment'").failure();
      if (!(op.operand(0).type() instanceof VectorType v) || !(op.operand(2).type() instanceof VectorType m) || m.numElements() != v.numElements())
        return op.emitOpError("expects a vector value and a mask of i1 with as many lanes").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.operand(2).type());
      p.print(" into ");
      p.printType(op.operand(1).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      parseAttrDict(p, st);
      Type vt = p.parseColonType();
      p.parsePunct(",");
      Type mt = p.parseType();
      p.parseKeyword("into");
      Type pt = p.parseType();
      p.resolveOperands(ops, List.of(vt, pt, mt), st.operands);
    }
  }
}
