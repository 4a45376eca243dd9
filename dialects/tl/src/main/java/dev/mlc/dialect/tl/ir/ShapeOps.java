package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.List;

/** Reshapes by groups of dimensions: {@code tl.collapse_shape} and {@code tl.expand_shape} (MLIR's tensor/memref ops). */
public final class ShapeOps {
  private ShapeOps() {}

  static final String REASSOCIATION = "reassociation";
  static final String OUTPUT_SHAPE = "static_output_shape";

  /** The groups of expanded dimensions, one per collapsed dimension; null when the attribute is malformed. */
  public static List<long[]> reassociation(Operation op) {
    if (!(op.attr(REASSOCIATION) instanceof ArrayAttr a)) return null;
    List<long[]> r = new ArrayList<>();
    for (Attribute g : a.elements()) {
      if (!(g instanceof ArrayAttr ga)) return null;
      long[] dims = new long[ga.size()];
      for (int i = 0; i < dims.length; i++) {
        if (!(ga.get(i) instanceof IntegerAttr x)) return null;
        dims[i] = x.value().longValue();
      }
      r.add(dims);
    }
    return r;
  }

  /** The collapsed size of a group of expanded sizes ({@code DYNAMIC} if one is). */
  public static long product(long[] sizes, long[] group) {
    long p = 1;
    for (long d : group) {
      if (sizes[(int) d] == ShapedType.DYNAMIC) return ShapedType.DYNAMIC;
      p *= sizes[(int) d];
    }
    return p;
  }

  abstract static class Reassociative extends TlOp implements Traits.Pure {
    Reassociative(String name, String summary, String example, String... inherent) { super(name, summary, example, inherent); }

    abstract boolean expands();

    /** {@code collapse(expand(x)) -> x} and {@code expand(collapse(x)) -> x} with the same reassociation, when the types agree. */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      Operation inner = op.operand(0).definingOp();
      if (inner == null || !inner.isa(expands() ? "tl.collapse_shape" : "tl.expand_shape")) return null;
      if (!inner.operand(0).type().equals(op.result(0).type()) || !java.util.Objects.equals(inner.attr(REASSOCIATION), op.attr(REASSOCIATION))) return null;
      return List.of(inner.operand(0));
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 1) return fail(op, "expected 1 or more operands, but found 0");
      Type from = op.operand(0).type(), to = op.result(0).type();
      boolean buffers = from instanceof MemRefType a && to instanceof MemRefType b && Layouts.isIdentity(a) && Layouts.isIdentity(b);
      if (!buffers && !(from instanceof RankedTensorType && to instanceof RankedTensorType))
        return fail(op, "expects two ranked tensors or two memrefs with the identity layout, but got " + str(from) + " and " + str(to));
      ShapedType big = (ShapedType) (expands() ? to : from), small = (ShapedType) (expands() ? from : to);
      if (!big.elementType().equals(small.elementType()))
        return fail(op, "expected " + (expands() ? "expanded" : "collapsed") + " type to have element type " + str(((ShapedType) from).elementType()));
      List<long[]> groups = reassociation(op);
      if (groups == null) return fail(op, "expected '" + REASSOCIATION + "' to be an array of arrays of dimension indices");
      if (groups.size() != small.rank())
        return fail(op, "expected rank of the collapsed type(" + small.rank() + ") to be the number of reassociation maps(" + groups.size() + ")");
      long next = 0;
      for (int i = 0; i < groups.size(); i++) {
        long[] g = groups.get(i);
        if (g.length == 0) return fail(op, "expected reassociation map #" + i + " to be valid and contiguous.");
        for (long d : g) if (d != next++ || d >= big.rank()) return fail(op, "expected reassociation map #" + i + " to be valid and contiguous.");
      }
      if (next != big.rank()) return fail(op, "expected the reassociation maps to cover all " + big.rank() + " dimensions of the expanded type");
      for (int i = 0; i < groups.size(); i++) {
        long p = product(big.shape(), groups.get(i));
        if (p == ShapedType.DYNAMIC && small.dim(i) != ShapedType.DYNAMIC) return fail(op, "expected dimension " + i + " of collapsed type to be dynamic");
        if (p != ShapedType.DYNAMIC && small.dim(i) != p) return fail(op, "expected dimension " + i + " of collapsed type to be static value of " + p);
      }
      return verifyOutputShape(op, big);
    }

    boolean verifyOutputShape(Operation op, ShapedType big) { return counts(op, 1, 1); }

    static void printReassociation(Operation op, OpAsmPrinter p) {
      p.print(" [");
      List<long[]> groups = reassociation(op);
      for (int i = 0; i < groups.size(); i++) {
        p.print(i > 0 ? ", [" : "[");
        for (int j = 0; j < groups.get(i).length; j++) p.print(j > 0 ? ", " : "").print(groups.get(i)[j]);
        p.print(']');
      }
      p.print(']');
    }

    static void parseReassociation(OpAsmParser p, OperationState st) {
      List<Attribute> groups = new ArrayList<>();
      p.parsePunct("[");
      do {
        List<Attribute> g = new ArrayList<>();
        p.parsePunct("[");
        if (!p.parseOptionalPunct("]")) {
          do g.add(IntegerAttr.i64(p.parseInteger().longValueExact())); while (p.parseOptionalPunct(","));
          p.parsePunct("]");
        }
        groups.add(new ArrayAttr(g));
      } while (p.parseOptionalPunct(","));
      p.parsePunct("]");
      st.addAttribute(REASSOCIATION, new ArrayAttr(groups));
    }

    static void printTypes(Operation op, OpAsmPrinter p) {
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" into ");
      p.printType(op.result(0).type());
    }
  }

  /** {@code %r = tl.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>}. */
  static final class CollapseShapeOp extends Reassociative {
    CollapseShapeOp() {
      super("tl.collapse_shape", "Merges groups of consecutive dimensions of a tensor or contiguous buffer into one",
          "%r = tl.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>", REASSOCIATION);
    }

    @Override boolean expands() { return false; }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printReassociation(op, p);
      printAttrDict(op, p, REASSOCIATION);
      printTypes(op, p);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      parseReassociation(p, st);
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("into");
      st.operands.add(p.resolveOperand(src, from));
      st.resultTypes.add(p.parseType());
    }
  }

  /** {@code %r = tl.expand_shape %t [[0, 1], [2]] output_shape [%n, 3, 4] : tensor<?x4xf32> into tensor<?x3x4xf32>}. */
  static final class ExpandShapeOp extends Reassociative {
    ExpandShapeOp() {
      super("tl.expand_shape", "Splits dimensions of a tensor or contiguous buffer into groups of consecutive ones (sizes given by output_shape)",
          "%r = tl.expand_shape %t [[0, 1], [2]] output_shape [%n, 3, 4] : tensor<?x4xf32> into tensor<?x3x4xf32>", REASSOCIATION, OUTPUT_SHAPE);
    }

    @Override boolean expands() { return true; }

    @Override boolean verifyOutputShape(Operation op, ShapedType big) {
      if (!(op.attr(OUTPUT_SHAPE) instanceof DenseArrayAttr a)) return fail(op, "requires dense array attribute '" + OUTPUT_SHAPE + "'");
      if (!java.util.Arrays.equals(a.asLongs(), big.shape())) return fail(op, "expected output_shape to match the result type's shape " + str(big));
      if (op.numOperands() - 1 != countDynamic(big.shape()))
        return fail(op, "expected " + countDynamic(big.shape()) + " dynamic output_shape values, got " + (op.numOperands() - 1));
      return indices(op, 1, op.numOperands());
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printReassociation(op, p);
      p.print(" output_shape ");
      BufferOps.printMixed(p, op.attr(OUTPUT_SHAPE, DenseArrayAttr.class).asLongs(), op.operands().subList(1, op.numOperands()));
      printAttrDict(op, p, REASSOCIATION, OUTPUT_SHAPE);
      printTypes(op, p);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      parseReassociation(p, st);
      p.parseKeyword("output_shape");
      List<OpAsmParser.UnresolvedOperand> dyn = new ArrayList<>();
      st.addAttribute(OUTPUT_SHAPE, BufferOps.parseMixed(p, dyn));
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("into");
      st.operands.add(p.resolveOperand(src, from));
      st.operands.addAll(resolveIndices(p, dyn));
      st.resultTypes.add(p.parseType());
    }
  }
}
