package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/** Branches, switch, return, unreachable and calls. */
final class ControlOps {
  private ControlOps() {}

  static int[] segments(Operation op, String name) {
    if (!(op.attr(name) instanceof DenseArrayAttr d)) return null;
    long[] l = d.asLongs();
    int[] r = new int[l.length];
    for (int i = 0; i < l.length; i++) r[i] = (int) l[i];
    return r;
  }

  static DenseArrayAttr i32s(int... xs) {
    long[] l = new long[xs.length];
    for (int i = 0; i < xs.length; i++) l[i] = xs[i];
    return new DenseArrayAttr(IntegerType.of(32), l);
  }

  /** Prints {@code ^bb1(%a, %b : i32, f32)} or {@code ^bb1}. */
  static void printSuccessor(OpAsmPrinter p, Block b, List<Value> args) {
    p.printSuccessor(b);
    if (args.isEmpty()) return;
    p.print('(');
    p.printOperands(args);
    p.print(" : ");
    LlvmOp.printTypes(p, args.stream().map(Value::type).toList());
    p.print(')');
  }

  /** Parses a successor with optional operands; returns how many operands it added. */
  static int parseSuccessor(OpAsmParser p, OperationState st) {
    st.successors.add(p.parseSuccessor());
    if (!p.parseOptionalPunct("(")) return 0;
    var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
    List<Type> ts = p.parseColonTypeList();
    p.parsePunct(")");
    p.resolveOperands(ops, ts, st.operands);
    return ops.size();
  }

  /** {@code llvm.br ^bb1(%x : i32)}. */
  static final class Br extends LlvmOp implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    Br() {
      super("llvm.br", "Unconditional branch", "llvm.br ^bb1(%x : i32)", "loop_annotation");
      arity(-1, 0);
    }

    @Override public boolean canPrintCustomForm(Operation op) { return op.numSuccessors() == 1; }

    @Override public List<Value> successorOperands(Operation op, int index) { return op.operands(); }

    @Override public Block successorForOperands(Operation op, List<Attribute> operands) { return op.successor(0); }

    @Override protected boolean verify(Operation op) {
      if (op.numSuccessors() != 1) return op.emitOpError("requires 1 successor but found " + op.numSuccessors()).failure();
      return checkArgs(op, op.successor(0), op.operands());
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      printSuccessor(p, op.successor(0), op.operands());
      printAttrDict(op, p);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      parseSuccessor(p, st);
      parseAttrDict(p, st);
    }
  }

  static boolean checkArgs(Operation op, Block target, List<Value> args) {
    if (target.numArguments() != args.size())
      return op.emitOpError("branch has " + args.size() + " operands for successor #" + (target.indexInRegion() < 0 ? 0 : 0)
          + ", but target block has " + target.numArguments()).failure();
    for (int i = 0; i < args.size(); i++)
      if (!args.get(i).type().equals(target.argument(i).type()))
        return op.emitOpError("type mismatch for bb argument #" + i + " of successor #0").failure();
    return true;
  }

  /** {@code llvm.cond_br %c, ^bb1(%x : i32), ^bb2}. */
  static final class CondBr extends LlvmOp implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    CondBr() {
      super("llvm.cond_br", "Conditional branch on an i1", "llvm.cond_br %c, ^bb1(%x : i32), ^bb2", "operandSegmentSizes", "branch_weights", "loop_annotation");
      arity(-1, 0);
    }

    @Override public List<Value> successorOperands(Operation op, int index) {
      int[] seg = segments(op, "operandSegmentSizes");
      return index == 0 ? op.operands().subList(1, 1 + seg[1]) : op.operands().subList(1 + seg[1], 1 + seg[1] + seg[2]);
    }

    @Override public Block successorForOperands(Operation op, List<Attribute> operands) {
      return operands.get(0) instanceof IntegerAttr c ? op.successor(c.longValue() != 0 ? 0 : 1) : null;
    }

    @Override public boolean canPrintCustomForm(Operation op) {
      int[] seg = segments(op, "operandSegmentSizes");
      return seg != null && seg.length == 3 && seg[0] == 1 && seg[0] + seg[1] + seg[2] == op.numOperands() && op.numSuccessors() == 2;
    }

    @Override protected boolean verify(Operation op) {
      if (!canPrintCustomForm(op)) return op.emitOpError("requires 'operandSegmentSizes' of 3 elements matching the operands, and 2 successors").failure();
      Type c = op.operand(0).type();
      if (!check(op, "operand #0", c, c instanceof IntegerType it && it.width() == 1 && it.isSignless(), "1-bit signless integer")) return false;
      return checkArgs(op, op.successor(0), successorOperands(op, 0)) && checkArgs(op, op.successor(1), successorOperands(op, 1));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      int[] w = segments(op, "branch_weights");
      if (w != null) p.print(" weights([" + w[0] + ", " + w[1] + "])");
      p.print(", ");
      printSuccessor(p, op.successor(0), successorOperands(op, 0));
      p.print(", ");
      printSuccessor(p, op.successor(1), successorOperands(op, 1));
      printAttrDict(op, p, "operandSegmentSizes", "branch_weights");
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      st.operands.add(p.resolveOperand(p.parseOperand(), IntegerType.of(1)));
      if (p.parseOptionalKeyword("weights")) {
        p.parsePunct("(");
        p.parsePunct("[");
        int w0 = p.parseInteger().intValueExact();
        p.parsePunct(",");
        int w1 = p.parseInteger().intValueExact();
        p.parsePunct("]");
        p.parsePunct(")");
        st.addAttribute("branch_weights", i32s(w0, w1));
      }
      p.parsePunct(",");
      int a = parseSuccessor(p, st);
      p.parsePunct(",");
      int b = parseSuccessor(p, st);
      parseAttrDict(p, st);
      st.addAttribute("operandSegmentSizes", i32s(1, a, b));
    }
  }

  /** {@code llvm.switch %x : i32, ^default [ 1: ^bb1(%a : i32), 2: ^bb2 ]}. */
  static final class Switch extends LlvmOp implements Traits.IsTerminator, Traits.Pure, BranchOpInterface {
    Switch() {
      super("llvm.switch", "Multi-way branch on an integer value; the default successor when no case matches",
          "llvm.switch %x : i32, ^bb1 [\n  1: ^bb2(%a : i32),\n  2: ^bb3\n]", "case_values", "case_operand_segments", "operandSegmentSizes", "branch_weights");
    }

    /** The case values (empty when there are none). */
    static long[] caseValues(Operation op) {
      if (!(op.attr("case_values") instanceof DenseElementsAttr d)) return new long[0];
      long[] r = new long[(int) d.type().numElements()];
      for (int i = 0; i < r.length; i++) r[i] = d.longValue(d.isSplat() ? 0 : i);
      return r;
    }

    @Override public List<Value> successorOperands(Operation op, int index) {
      int[] seg = segments(op, "operandSegmentSizes");
      if (index == 0) return op.operands().subList(1, 1 + seg[1]);
      int[] cs = segments(op, "case_operand_segments");
      int start = 1 + seg[1];
      for (int i = 0; i < index - 1; i++) start += cs[i];
      return op.operands().subList(start, start + cs[index - 1]);
    }

    @Override public boolean canPrintCustomForm(Operation op) {
      int[] seg = segments(op, "operandSegmentSizes"), cs = segments(op, "case_operand_segments");
      if (seg == null || seg.length != 3 || seg[0] != 1 || seg[0] + seg[1] + seg[2] != op.numOperands()) return false;
      int n = caseValues(op).length;
      if (op.numSuccessors() != n + 1 || (cs == null ? n != 0 : cs.length != n)) return false;
      int sum = 0;
      if (cs != null) for (int c : cs) sum += c;
      return sum == seg[2];
    }

    @Override protected boolean verify(Operation op) {
      if (!canPrintCustomForm(op)) return op.emitOpError("expects number of case values to match number of case destinations").failure();
      if (op.attr("case_values") instanceof DenseElementsAttr d && !d.type().elementType().equals(op.operand(0).type()))
        return op.emitOpError("expects case value type to match condition value type").failure();
      for (int i = 0; i < op.numSuccessors(); i++) if (!checkArgs(op, op.successor(i), successorOperands(op, i))) return false;
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      printSuccessor(p, op.successor(0), successorOperands(op, 0));
      p.print(" [");
      long[] cv = caseValues(op);
      for (int i = 0; i < cv.length; i++) {
        p.printNewline();
        p.print("  ").print(cv[i]).print(": ");
        printSuccessor(p, op.successor(i + 1), successorOperands(op, i + 1));
        if (i + 1 < cv.length) p.print(',');
      }
      p.printNewline();
      p.print(']');
      printAttrDict(op, p, "case_values", "case_operand_segments", "operandSegmentSizes");
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      var x = p.parseOperand();
      Type t = p.parseColonType();
      st.operands.add(p.resolveOperand(x, t));
      p.parsePunct(",");
      int def = parseSuccessor(p, st);
      p.parsePunct("[");
      List<Long> values = new ArrayList<>();
      List<Integer> segs = new ArrayList<>();
      if (!p.parseOptionalPunct("]")) {
        do {
          values.add(p.parseInteger().longValue());
          p.parsePunct(":");
          segs.add(parseSuccessor(p, st));
        } while (p.parseOptionalPunct(","));
        p.parsePunct("]");
      }
      parseAttrDict(p, st);
      int total = segs.stream().mapToInt(Integer::intValue).sum();
      if (!values.isEmpty()) {
        VectorType vt = new VectorType(new long[] {values.size()}, t, new boolean[1]);
        byte[] raw = new byte[values.size() * DenseElementsAttr.elementBytes(t)];
        for (int i = 0; i < values.size(); i++) DenseElementsAttr.putLE(raw, i * DenseElementsAttr.elementBytes(t), DenseElementsAttr.elementBytes(t), values.get(i));
        st.addAttribute("case_values", DenseElementsAttr.ofRaw(vt, raw));
      }
      st.addAttribute("case_operand_segments", i32s(segs.stream().mapToInt(Integer::intValue).toArray()));
      st.addAttribute("operandSegmentSizes", i32s(1, def, total));
    }
  }

  /** {@code llvm.return %x : i32} or {@code llvm.return}. */
  static final class Return extends LlvmOp implements Traits.IsTerminator, Traits.ReturnLike, Traits.Pure {
    Return() {
      super("llvm.return", "Returns from a function (or ends a global's initializer) with zero or one value", "llvm.return %x : i32");
      arity(-1, 0);
    }

    @Override protected boolean verify(Operation op) {
      if (op.numOperands() > 1) return op.emitOpError("expects at most 1 operand").failure();
      Operation parent = op.parentOp();
      if (parent == null) return true;
      if (parent.isa(FuncOp.NAME)) {
        LlvmType.Func ft = FuncOp.functionType(parent);
        if (ft == null) return true;
        if (ft.returnsVoid()) {
          if (op.numOperands() != 0) return op.emitOpError("expected no operands").attachNote(parent.location(), "when returning from function").failure();
          return true;
        }
        if (op.numOperands() != 1) return op.emitOpError("expected 1 operand").attachNote(parent.location(), "when returning from function").failure();
        if (!op.operand(0).type().equals(ft.result()))
          return op.emitOpError("mismatching result types").attachNote(parent.location(), "when returning from function").failure();
      } else if (parent.isa(GlobalOp.NAME)) {
        if (op.numOperands() != 1) return op.emitOpError("expected 1 operand").failure();
      } else {
        return op.emitOpError("expects parent op to be one of 'llvm.func, llvm.mlir.global'").failure();
      }
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      printAttrDict(op, p);
      if (op.numOperands() == 0) return;
      p.print(' ');
      p.printOperands(op.operands());
      p.print(" : ");
      printTypes(p, op.operandTypes());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      parseAttrDict(p, st);
      var ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      if (!ops.isEmpty()) p.resolveOperands(ops, p.parseColonTypeList(), st.operands);
    }
  }

  /** {@code llvm.unreachable}. */
  static final class Unreachable extends LlvmOp implements Traits.IsTerminator {
    Unreachable() {
      super("llvm.unreachable", "Marks a point control never reaches (reaching it is an error)", "llvm.unreachable");
      arity(0, 0);
    }

    @Override public void print(Operation op, OpAsmPrinter p) { printAttrDict(op, p); }

    @Override public void parse(OpAsmParser p, OperationState st) { parseAttrDict(p, st); }
  }

  /**
   * {@code llvm.call @f(%a) : (i32) -> i32}, {@code llvm.call @printf(%s) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr) -> i32},
   * {@code llvm.call %fp(%a) : !llvm.ptr, (i32) -> i32} (indirect: the callee pointer is the first operand).
   */
  static final class Call extends LlvmOp implements CallOpInterface {
    Call() {
      super("llvm.call", "Calls a function directly by symbol or indirectly through a pointer", "%r = llvm.call @f(%a) : (i32) -> i32",
          "callee", "var_callee_type", "CConv", "TailCallKind", "fastmathFlags", "branch_weights", "memory_effects", "convergent", "no_unwind",
          "will_return", "access_groups", "alias_scopes", "noalias_scopes", "tbaa", "op_bundle_sizes", "op_bundle_tags");
      withDefault("CConv", LlvmAttr.CCONV_C);
      withDefault("TailCallKind", LlvmAttr.TAIL_NONE);
      withDefault("fastmathFlags", LlvmAttr.FASTMATH_NONE);
    }

    @Override public boolean canPrintCustomForm(Operation op) { return op.numResults() <= 1 && (callee(op) != null || op.numOperands() > 0); }

    @Override public SymbolRefAttr callee(Operation call) { return call.attr("callee", SymbolRefAttr.class); }

    @Override public List<Value> argOperands(Operation call) {
      return callee(call) != null ? call.operands() : call.operands().subList(1, call.numOperands());
    }

    @Override protected boolean verify(Operation op) {
      SymbolRefAttr c = callee(op);
      if (c == null) {
        if (op.numOperands() == 0 || !(op.operand(0).type() instanceof LlvmType.Ptr))
          return op.emitOpError("indirect call expects a pointer as callee: " + (op.numOperands() == 0 ? "none" : str(op.operand(0).type()))).failure();
        return true;
      }
      Operation f = SymbolTable.lookupNearestFrom(op, c);
      if (f == null) return op.emitOpError("'" + c.leaf() + "' does not reference a symbol in the current scope").failure();
      if (!f.isa(FuncOp.NAME)) return op.emitOpError("'" + c.leaf() + "' does not reference a valid LLVM function").failure();
      LlvmType.Func ft = FuncOp.functionType(f);
      if (ft == null) return true;
      List<Value> args = argOperands(op);
      if (!ft.varArg() && ft.params().size() != args.size() || ft.varArg() && args.size() < ft.params().size())
        return op.emitOpError("incorrect number of operands (" + args.size() + ") for callee (expecting: " + ft.params().size() + ")").failure();
      for (int i = 0; i < ft.params().size(); i++)
        if (!args.get(i).type().equals(ft.params().get(i)))
          return op.emitOpError("operand type mismatch for operand " + i + ": '" + str(args.get(i).type()) + "' != '" + str(ft.params().get(i)) + "'").failure();
      if (ft.returnsVoid() ? op.numResults() != 0 : op.numResults() != 1)
        return op.emitOpError("incorrect number of results (" + op.numResults() + ") for callee (expecting: " + (ft.returnsVoid() ? 0 : 1) + ")").failure();
      if (op.numResults() == 1 && !op.result(0).type().equals(ft.result()))
        return op.emitOpError("result type mismatch: '" + str(op.result(0).type()) + "' != '" + str(ft.result()) + "'").failure();
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      SymbolRefAttr c = callee(op);
      if (attrOrDefault(op, "CConv") instanceof LlvmAttr cc && !cc.equals(LlvmAttr.CCONV_C)) p.print(' ').print(cc.value());
      if (attrOrDefault(op, "TailCallKind") instanceof LlvmAttr tk && !tk.equals(LlvmAttr.TAIL_NONE)) p.print(' ').print(tk.value());
      p.print(' ');
      if (c != null) p.printAttribute(c);
      else p.printOperand(op.operand(0));
      p.print('(');
      p.printOperands(argOperands(op));
      p.print(')');
      if (op.attr("var_callee_type") instanceof TypeAttr vt) {
        p.print(" vararg(");
        p.printType(vt.type());
        p.print(')');
      }
      printAttrDict(op, p, "callee", "var_callee_type", "CConv", "TailCallKind");
      p.print(" : ");
      if (c == null) {
        p.printType(op.operand(0).type());
        p.print(", ");
      }
      p.print('(');
      printTypes(p, argOperands(op).stream().map(Value::type).toList());
      p.print(')');
      p.print(" -> ");
      if (op.numResults() > 0) p.printType(op.result(0).type());
      else p.print("()");
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      String kw;
      while ((kw = parseOptionalEnum(p)) != null) {
        if (LlvmAttr.ENUMS.get("cconv").contains(kw)) st.addAttribute("CConv", new LlvmAttr("cconv", kw));
        else st.addAttribute("TailCallKind", new LlvmAttr("tailcallkind", kw));
      }
      String sym = p.parseOptionalSymbolName();
      OpAsmParser.UnresolvedOperand fp = sym == null ? p.parseOperand() : null;
      var args = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      if (p.parseOptionalKeyword("vararg")) {
        p.parsePunct("(");
        st.addAttribute("var_callee_type", new TypeAttr(p.parseType()));
        p.parsePunct(")");
      }
      parseAttrDict(p, st);
      p.parsePunct(":");
      if (fp != null) {
        st.operands.add(p.resolveOperand(fp, p.parseType()));
        p.parsePunct(",");
      }
      if (!(p.parseType() instanceof FunctionType ft)) throw p.error("expected function type");
      if (ft.results().size() > 1) throw p.error("expected function with 0 or 1 result");
      p.resolveOperands(args, ft.inputs(), st.operands);
      st.resultTypes.addAll(ft.results());
      if (sym != null) st.addAttribute("callee", SymbolRefAttr.flat(sym));
    }

    private static String parseOptionalEnum(OpAsmParser p) {
      for (String k : LlvmAttr.ENUMS.get("cconv")) if (p.parseOptionalKeyword(k)) return k;
      for (String k : List.of("tail", "musttail", "notail")) if (p.parseOptionalKeyword(k)) return k;
      return null;
    }
  }
}
