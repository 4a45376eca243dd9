package dev.mlc.dialect.tl.ir;

import static dev.mlc.dialect.tl.ir.BufferOps.SubviewOp.LISTS;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.type.RankedTensorType;
import java.util.ArrayList;
import java.util.List;

/** Slices of tensors (the value counterpart of {@code tl.subview}, what tiling on tensors produces). */
final class SliceOps {
  private SliceOps() {}

  /** Whether {@code slice} is the slice type the sizes give, or a rank-reduced version of it; reports otherwise. */
  static boolean checkSliceType(Operation op, long[] sizes, RankedTensorType big, Type slice, String what) {
    RankedTensorType full = new RankedTensorType(sizes, big.elementType());
    if (slice instanceof RankedTensorType t && t.elementType().equals(big.elementType()) && Layouts.droppedDims(sizes, t.shape()) != null) return true;
    return TlOp.fail(op, "expected " + what + " type to be '" + TlOp.str(full) + "' or a rank-reduced version, but got '" + TlOp.str(slice) + "'");
  }

  static void printLists(Operation op, OpAsmPrinter p, int firstSegment) {
    for (int i = 0; i < 3; i++) {
      if (i > 0) p.print(' ');
      BufferOps.printMixed(p, op.attr(LISTS[i], DenseArrayAttr.class).asLongs(), TlOp.segment(op, firstSegment + i));
    }
    TlOp.printAttrDict(op, p, LISTS[0], LISTS[1], LISTS[2], TlOp.SEGMENTS);
  }

  static List<List<OpAsmParser.UnresolvedOperand>> parseLists(OpAsmParser p, OperationState st) {
    List<List<OpAsmParser.UnresolvedOperand>> dyn = new ArrayList<>();
    for (String list : LISTS) {
      List<OpAsmParser.UnresolvedOperand> ops = new ArrayList<>();
      st.addAttribute(list, BufferOps.parseMixed(p, ops));
      dyn.add(ops);
    }
    p.parseOptionalAttrDict(st.attributes);
    return dyn;
  }

  /** {@code %s = tl.extract_slice %t[%o, 0] [2, 4] [1, 1] : tensor<8x8xf32> to tensor<2x4xf32>}. */
  static final class ExtractSliceOp extends TlOp implements Traits.Pure {
    ExtractSliceOp() {
      super("tl.extract_slice", "A strided slice of a tensor: offsets, sizes and strides per dimension, static or dynamic",
          "%s = tl.extract_slice %t[%o, 0] [2, 4] [1, 2] : tensor<8x8xf32> to tensor<2x4xf32>\n"
              + "%row = tl.extract_slice %t[%i, 0] [1, 8] [1, 1] : tensor<8x8xf32> to tensor<8xf32>",
          LISTS[0], LISTS[1], LISTS[2], SEGMENTS);
    }

    @Override protected boolean verify(Operation op) {
      long[] seg = segmentSizes(op, 4);
      if (seg == null || !counts(op, -1, 1)) return false;
      if (seg[0] != 1) return fail(op, "expects one source operand");
      if (!(op.operand(0).type() instanceof RankedTensorType src)) return fail(op, "source must be a ranked tensor, but got " + str(op.operand(0).type()));
      if (!indices(op, 1, op.numOperands())) return false;
      long[][] lists = BufferOps.SubviewOp.checkSlices(op, seg, 1, src);
      return lists != null && checkSliceType(op, lists[1], src, op.result(0).type(), "result");
    }

    /** {@code extract_slice(x)[0..][sizes of x][1..] : T to T -> x}. */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      RankedTensorType src = (RankedTensorType) op.operand(0).type();
      if (!src.equals(op.result(0).type()) || op.numOperands() != 1) return null;
      long[] off = BufferOps.SubviewOp.statics(op, 0), sizes = BufferOps.SubviewOp.statics(op, 1), strides = BufferOps.SubviewOp.statics(op, 2);
      for (int d = 0; d < src.rank(); d++) if (off[d] != 0 || sizes[d] != src.dim(d) || strides[d] != 1) return null;
      return List.of(op.operand(0));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printLists(op, p, 1);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      List<List<OpAsmParser.UnresolvedOperand>> dyn = parseLists(p, st);
      Type from = p.parseColonType();
      p.parseKeyword("to");
      st.resultTypes.add(p.parseType());
      st.operands.add(p.resolveOperand(src, from));
      for (List<OpAsmParser.UnresolvedOperand> d : dyn) st.operands.addAll(resolveIndices(p, d));
      st.addAttribute(SEGMENTS, segments(1, dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size()));
    }
  }

  /** {@code %r = tl.insert_slice %s into %t[%o, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x8xf32>}. */
  static final class InsertSliceOp extends TlOp implements Traits.Pure {
    InsertSliceOp() {
      super("tl.insert_slice", "A copy of a tensor with a strided slice replaced by another tensor",
          "%r = tl.insert_slice %s into %t[%o, 0] [2, 4] [1, 2] : tensor<2x4xf32> into tensor<8x8xf32>", LISTS[0], LISTS[1], LISTS[2], SEGMENTS);
    }

    @Override protected boolean verify(Operation op) {
      long[] seg = segmentSizes(op, 5);
      if (seg == null || !counts(op, -1, 1)) return false;
      if (seg[0] != 1 || seg[1] != 1) return fail(op, "expects one source and one destination operand");
      if (!(op.operand(1).type() instanceof RankedTensorType dest)) return fail(op, "destination must be a ranked tensor, but got " + str(op.operand(1).type()));
      if (!op.result(0).type().equals(dest)) return fail(op, "expected the result type to be the destination type " + str(dest));
      if (!indices(op, 2, op.numOperands())) return false;
      long[][] lists = BufferOps.SubviewOp.checkSlices(op, seg, 2, dest);
      return lists != null && checkSliceType(op, lists[1], dest, op.operand(0).type(), "source");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(" into ");
      p.printOperand(op.operand(1));
      printLists(op, p, 2);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" into ");
      p.printType(op.operand(1).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      p.parseKeyword("into");
      OpAsmParser.UnresolvedOperand dest = p.parseOperand();
      List<List<OpAsmParser.UnresolvedOperand>> dyn = parseLists(p, st);
      Type from = p.parseColonType();
      p.parseKeyword("into");
      Type to = p.parseType();
      st.operands.add(p.resolveOperand(src, from));
      st.operands.add(p.resolveOperand(dest, to));
      for (List<OpAsmParser.UnresolvedOperand> d : dyn) st.operands.addAll(resolveIndices(p, d));
      st.resultTypes.add(to);
      st.addAttribute(SEGMENTS, segments(1, 1, dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size()));
    }
  }
}
