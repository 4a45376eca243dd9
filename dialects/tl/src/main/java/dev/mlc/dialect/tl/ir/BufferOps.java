package dev.mlc.dialect.tl.ir;

import dev.mlc.dialect.tl.transforms.TlPatterns;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Buffers (memrefs): allocation, access, copies, views, and the bridges between tensors and memory. */
final class BufferOps {
  private BufferOps() {}

  /** {@code alloc}/{@code alloca}/{@code empty}: {@code (%d0, ...) : type}, one index operand per dynamic dimension. */
  abstract static class AllocLike extends TlOp {
    AllocLike(String name, String summary, String example, String... inherent) { super(name, summary, example, inherent); }

    boolean wantsTensor() { return false; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1) || !indices(op, 0, op.numOperands())) return false;
      Type t = op.result(0).type();
      if (wantsTensor() ? !(t instanceof RankedTensorType) : !(t instanceof MemRefType)) return fail(op, "result must be a " + (wantsTensor() ? "ranked tensor" : "memref"));
      int dyn = countDynamic(((ShapedType) t).shape());
      if (wantsTensor() && dyn != op.numOperands()) return fail(op, "incorrect number of dynamic sizes, has " + op.numOperands() + ", expected " + dyn);
      if (dyn != op.numOperands()) return fail(op, "dimension operand count does not equal memref dynamic dimension count");
      if (t instanceof MemRefType m && !Layouts.isIdentity(m)) return fail(op, "result type must have the identity layout, but got " + str(t));
      if (op.attr("alignment") != null && !(op.attr("alignment") instanceof IntegerAttr a && a.value().signum() > 0 && a.value().bitCount() == 1))
        return fail(op, "'alignment' must be a positive power of two");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print('(');
      p.printOperands(op.operands());
      p.print(')');
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.UnresolvedOperand> sizes = p.parseOperandList(OpAsmParser.Delimiter.PAREN);
      p.parseOptionalAttrDict(st.attributes);
      st.resultTypes.add(p.parseColonType());
      st.operands.addAll(resolveIndices(p, sizes));
    }
  }

  static final class AllocOp extends AllocLike {
    AllocOp() {
      super("tl.alloc", "Allocates a buffer on the heap (its elements start uninitialized)",
          "%m = tl.alloc(%n) {alignment = 64 : i64} : memref<4x?xf32>", "alignment");
    }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { patterns.add(TlPatterns.deadAlloc(name())); }
  }

  static final class AllocaOp extends AllocLike {
    AllocaOp() {
      super("tl.alloca", "Allocates a buffer on the stack, freed when the enclosing function returns",
          "%m = tl.alloca() : memref<8xf32>", "alignment");
    }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { patterns.add(TlPatterns.deadAlloc(name())); }
  }

  static final class EmptyOp extends AllocLike implements Traits.Pure {
    EmptyOp() { super("tl.empty", "An uninitialized tensor of a given shape (only its shape matters)", "%t = tl.empty(%n) : tensor<4x?xf32>"); }

    @Override boolean wantsTensor() { return true; }
  }

  /** {@code tl.dealloc %m : memref<4xf32>}. */
  static final class DeallocOp extends TlOp {
    DeallocOp() { super("tl.dealloc", "Frees a buffer made by tl.alloc; later uses of it are errors", "tl.dealloc %m : memref<4x?xf32>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 1, 0)) return false;
      return memref(op.operand(0)) != null || fail(op, "operand must be a memref, but got " + str(op.operand(0).type()));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand m = p.parseOperand();
      p.parseOptionalAttrDict(st.attributes);
      st.operands.add(p.resolveOperand(m, p.parseColonType()));
    }
  }

  /** {@code %d = tl.dim %m, 1 : memref<4x?xf32>}: a static dimension index. */
  static final class DimOp extends TlOp implements Traits.Pure {
    DimOp() { super("tl.dim", "The size of one dimension of a buffer or tensor", "%d = tl.dim %m, 1 : memref<4x?xf32>", "index"); }

    static int index(Operation op) { return op.attr("index") instanceof IntegerAttr a ? a.value().intValue() : -1; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 1, 1)) return false;
      if (!(shaped(op.operand(0).type()) instanceof ShapedType s)) return fail(op, "operand must be a memref or ranked tensor, but got " + str(op.operand(0).type()));
      if (!(op.attr("index") instanceof IntegerAttr)) return fail(op, "requires integer attribute 'index'");
      if (index(op) < 0 || index(op) >= s.rank()) return fail(op, "index is out of range");
      return isIndex(op.result(0)) || fail(op, "result must be index");
    }

    /**
     * {@code dim(x : static size n) -> n}; {@code dim(alloc(%d..), i)} and {@code dim(subview/extract_slice(..)[..][%s..][..], i)}
     * -> the size operand of dimension i; {@code dim(cast/to_buffer/to_tensor(x), i) -> dim(x, i)}.
     */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      ShapedType s = (ShapedType) op.operand(0).type();
      int i = index(op);
      if (!s.isDynamicDim(i)) return List.of(IntegerAttr.index(s.dim(i)));
      Operation def = op.operand(0).definingOp();
      if (def == null) return null;
      if (def.def() instanceof AllocLike) return List.of(def.operand(countDynamic(java.util.Arrays.copyOf(s.shape(), i))));
      if (def.isa("tl.cast") || def.isa("tl.to_buffer") || def.isa("tl.to_tensor")) {
        op.setOperand(0, def.operand(0));
        return List.of(op.result(0));
      }
      if (def.isa("tl.subview") || def.isa("tl.extract_slice")) {
        long[] sizes = SubviewOp.statics(def, 1);
        boolean[] dropped = Layouts.droppedDims(sizes, s.shape());
        if (dropped == null) return null;
        int d = -1;
        for (int kept = -1; kept < i; ) if (!dropped[++d]) kept++;
        List<Value> dyn = segment(def, 2);
        return List.of(dyn.get(countDynamic(java.util.Arrays.copyOf(sizes, d))));
      }
      return null;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(", ").print(index(op));
      printAttrDict(op, p, "index");
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand m = p.parseOperand();
      p.parsePunct(",");
      st.addAttribute("index", IntegerAttr.i64(p.parseInteger().longValueExact()));
      p.parseOptionalAttrDict(st.attributes);
      st.operands.add(p.resolveOperand(m, p.parseColonType()));
      st.resultTypes.add(IndexType.INSTANCE);
    }
  }

  /** {@code %v = tl.load %m[%i, %j] : memref<4x4xf32>}. */
  static final class LoadOp extends TlOp {
    LoadOp() { super("tl.load", "Reads one element of a buffer", "%v = tl.load %m[%i, %j] : memref<4x4xf32>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 1) return fail(op, "expected 1 or more operands, but found 0");
      MemRefType m = memref(op.operand(0));
      if (m == null) return fail(op, "operand #0 must be a memref, but got " + str(op.operand(0).type()));
      if (op.numOperands() - 1 != m.rank()) return fail(op, "incorrect number of indices for load, expected " + m.rank() + " but got " + (op.numOperands() - 1));
      if (!indices(op, 1, op.numOperands())) return false;
      return op.result(0).type().equals(m.elementType()) || fail(op, "result type must match element type of memref");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      printIndexed(p, op.operand(0), op.operands().subList(1, op.numOperands()));
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand m = p.parseOperand();
      List<OpAsmParser.UnresolvedOperand> idx = p.parseOperandList(OpAsmParser.Delimiter.SQUARE);
      p.parseOptionalAttrDict(st.attributes);
      Type t = p.parseColonType();
      if (!(t instanceof MemRefType mt)) throw p.error("expected a memref type");
      st.operands.add(p.resolveOperand(m, t));
      st.operands.addAll(resolveIndices(p, idx));
      st.resultTypes.add(mt.elementType());
    }
  }

  /** {@code tl.store %v, %m[%i, %j] : memref<4x4xf32>}. */
  static final class StoreOp extends TlOp {
    StoreOp() { super("tl.store", "Writes one element of a buffer", "tl.store %v, %m[%i, %j] : memref<4x4xf32>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 0)) return false;
      if (op.numOperands() < 2) return fail(op, "expected a value, a memref and indices");
      MemRefType m = memref(op.operand(1));
      if (m == null) return fail(op, "operand #1 must be a memref, but got " + str(op.operand(1).type()));
      if (op.numOperands() - 2 != m.rank()) return fail(op, "store index operand count not equal to memref rank");
      if (!indices(op, 2, op.numOperands())) return false;
      return op.operand(0).type().equals(m.elementType()) || fail(op, "failed to verify that type of 'value' matches element type of 'memref'");
    }

    @Override public void print(Operation op, OpAsmPrinter p) { printValueAtIndices(op, p); }

    @Override public void parse(OpAsmParser p, OperationState st) {
      parseValueAtIndices(p, st, t -> t instanceof MemRefType mt ? mt.elementType() : null, "a memref type");
    }
  }

  /** {@code %b = tl.cast %a : memref<4xf32> to memref<?xf32>}: same value, another type; shared shape for casts and bridges. */
  abstract static class Conversion extends TlOp {
    Conversion(String name, String summary, String example) { super(name, summary, example); }

    /** Checks the two types; reports and returns false when they do not fit. */
    abstract boolean fits(Operation op, Type from, Type to);

    @Override protected boolean verify(Operation op) {
      return counts(op, 1, 1) && fits(op, op.operand(0).type(), op.result(0).type());
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
      OpAsmParser.UnresolvedOperand v = p.parseOperand();
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("to");
      st.operands.add(p.resolveOperand(v, from));
      st.resultTypes.add(p.parseType());
    }

    static boolean sameElementsAndShape(Operation op, ShapedType a, ShapedType b) {
      if (!a.elementType().equals(b.elementType())) return fail(op, "element types differ: " + str(a.elementType()) + " vs " + str(b.elementType()));
      return compatible(a.shape(), b.shape()) || fail(op, "shapes are not compatible: " + str(a) + " vs " + str(b));
    }
  }

  static final class CastOp extends Conversion implements Traits.Pure {
    CastOp() { super("tl.cast", "Changes static dimensions, strides or offsets of a buffer type to dynamic ones or back (checked at run time)", "%b = tl.cast %a : memref<4xf32> to memref<?xf32>"); }

    @Override boolean fits(Operation op, Type from, Type to) {
      if (from instanceof MemRefType a && to instanceof MemRefType b) {
        if (!sameElementsAndShape(op, a, b)) return false;
        if (!Objects.equals(a.memorySpace(), b.memorySpace())) return fail(op, "memory spaces differ");
        return Layouts.castCompatibleLayout(a, b) || fail(op, "operand type " + str(a) + " and result type " + str(b) + " are cast incompatible");
      }
      if (from instanceof RankedTensorType a && to instanceof RankedTensorType b) return sameElementsAndShape(op, a, b);
      return fail(op, "operand type " + str(from) + " and result type " + str(to) + " are cast incompatible");
    }

    /** {@code cast(x : T to T) -> x}; {@code cast(cast(x : A to B) : B to A) -> x}; {@code cast(cast(x)) -> cast(x)} when x casts directly. */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      Type to = op.result(0).type();
      if (op.operand(0).type().equals(to)) return List.of(op.operand(0));
      Operation inner = op.operand(0).definingOp();
      if (inner == null || !inner.isa(name())) return null;
      Value x = inner.operand(0);
      if (x.type().equals(to)) return List.of(x);
      if (!castable(x.type(), to)) return null;
      op.setOperand(0, x);
      return List.of(op.result(0));
    }

    static boolean castable(Type from, Type to) {
      if (from instanceof MemRefType a && to instanceof MemRefType b)
        return a.elementType().equals(b.elementType()) && compatible(a.shape(), b.shape()) && Objects.equals(a.memorySpace(), b.memorySpace())
            && Layouts.castCompatibleLayout(a, b);
      return from instanceof RankedTensorType a && to instanceof RankedTensorType b && a.elementType().equals(b.elementType()) && compatible(a.shape(), b.shape());
    }
  }

  static final class ToBufferOp extends Conversion {
    ToBufferOp() { super("tl.to_buffer", "A fresh buffer holding a tensor's elements", "%m = tl.to_buffer %t : tensor<4x?xf32> to memref<4x?xf32>"); }

    @Override boolean fits(Operation op, Type from, Type to) {
      if (!(from instanceof RankedTensorType a)) return fail(op, "operand must be a ranked tensor, but got " + str(from));
      if (!(to instanceof MemRefType b) || !Layouts.isIdentity(b)) return fail(op, "result must be a memref with the identity layout, but got " + str(to));
      return sameElementsAndShape(op, a, b);
    }
  }

  static final class ToTensorOp extends Conversion {
    ToTensorOp() { super("tl.to_tensor", "A tensor holding a buffer's elements (each must be initialized)", "%t = tl.to_tensor %m : memref<4x?xf32> to tensor<4x?xf32>"); }

    @Override boolean fits(Operation op, Type from, Type to) {
      if (!(from instanceof MemRefType a)) return fail(op, "operand must be a memref, but got " + str(from));
      if (!(to instanceof RankedTensorType b)) return fail(op, "result must be a ranked tensor, but got " + str(to));
      return sameElementsAndShape(op, a, b);
    }
  }

  static final class ReshapeOp extends Conversion implements Traits.Pure {
    ReshapeOp() {
      super("tl.reshape", "Views a contiguous buffer (or a tensor) with another static shape of the same element count",
          "%r = tl.reshape %m : memref<4x4xf32> to memref<16xf32>");
    }

    @Override boolean fits(Operation op, Type from, Type to) {
      boolean buffers = from instanceof MemRefType && to instanceof MemRefType, tensors = from instanceof RankedTensorType && to instanceof RankedTensorType;
      if (!buffers && !tensors) return fail(op, "expects two memrefs or two ranked tensors, but got " + str(from) + " and " + str(to));
      ShapedType a = (ShapedType) from, b = (ShapedType) to;
      if (!a.elementType().equals(b.elementType())) return fail(op, "element types differ: " + str(a.elementType()) + " vs " + str(b.elementType()));
      if (!a.hasStaticShape() || !b.hasStaticShape()) return fail(op, "expects static shapes");
      if (a.numElements() != b.numElements()) return fail(op, "cannot reshape " + a.numElements() + " elements into " + b.numElements());
      if (buffers && !(Layouts.isIdentity((MemRefType) a) && Layouts.isIdentity((MemRefType) b))) return fail(op, "expects memrefs with the identity layout");
      return true;
    }
  }

  /** {@code tl.copy %a, %b : memref<4xf32> to memref<4xf32>}. */
  static final class CopyOp extends TlOp {
    CopyOp() { super("tl.copy", "Copies every element of one buffer into another of the same shape", "tl.copy %a, %b : memref<4x?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 2, 0)) return false;
      MemRefType a = memref(op.operand(0)), b = memref(op.operand(1));
      if (a == null || b == null) return fail(op, "operands must be memrefs");
      if (!a.elementType().equals(b.elementType())) return fail(op, "requires the same element type for all operands");
      return compatible(a.shape(), b.shape()) || fail(op, "requires the same shape for all operands");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.operand(1).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parseOptionalAttrDict(st.attributes);
      Type a = p.parseColonType();
      p.parseKeyword("to");
      p.resolveOperands(ops, List.of(a, p.parseType()), st.operands);
    }
  }

  /** {@code tl.fill %v, %m : memref<4xf32>}; on a tensor it returns the filled tensor. */
  static final class FillOp extends TlOp {
    FillOp() { super("tl.fill", "Sets every element of a buffer (or a tensor, giving a new tensor) to one scalar", "tl.fill %zero, %m : memref<4x4xf32>\n%t1 = tl.fill %zero, %t : tensor<4xf32>"); }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { patterns.add(TlPatterns.deadTensorOp(name())); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 2, -1)) return false;
      if (!(shaped(op.operand(1).type()) instanceof ShapedType s)) return fail(op, "operand #1 must be a memref or ranked tensor, but got " + str(op.operand(1).type()));
      if (!op.operand(0).type().equals(s.elementType())) return fail(op, "value type " + str(op.operand(0).type()) + " does not match the element type " + str(s.elementType()));
      boolean tensor = s instanceof RankedTensorType;
      if (op.numResults() != (tensor ? 1 : 0) || tensor && !op.result(0).type().equals(s))
        return fail(op, tensor ? "expected one result of the filled tensor's type" : "expected no results when filling a buffer");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(1).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parseOptionalAttrDict(st.attributes);
      Type t = p.parseColonType();
      if (!(shaped(t) instanceof ShapedType s)) throw p.error("expected a memref or ranked tensor type");
      p.resolveOperands(ops, List.of(s.elementType(), t), st.operands);
      if (t instanceof RankedTensorType) st.resultTypes.add(t);
    }
  }

  /**
   * {@code %s = tl.subview %m[%o, 2] [4, %n] [1, 2] : memref<8x8xf32> to memref<4x?xf32, strided<[8, 2], offset: ?>>}:
   * offsets, sizes and strides each static or dynamic, MLIR's {@code static_*} arrays with
   * {@code ShapedType.DYNAMIC} where an operand gives the value.
   */
  static final class SubviewOp extends TlOp implements Traits.Pure {
    static final String[] LISTS = {"static_offsets", "static_sizes", "static_strides"};

    SubviewOp() {
      super("tl.subview", "A strided window into a buffer: offsets, sizes and strides per dimension, static or dynamic",
          "%s = tl.subview %m[%o, 2] [4, %n] [1, 2] : memref<8x8xf32> to memref<4x?xf32, strided<[8, 2], offset: ?>>\n"
              + "%row = tl.subview %m[%i, 0] [1, 8] [1, 1] : memref<8x8xf32> to memref<8xf32, strided<[1], offset: ?>>",
          "static_offsets", "static_sizes", "static_strides", SEGMENTS);
    }

    @Override public String description() {
      return super.description() + "\n\nThe result type is the one MLIR infers: offset = source offset + Σ offset_i·stride_i, "
          + "stride_i = source stride_i · step_i, each dynamic when a term is; the identity layout stands for a row-major result. "
          + "The result may drop dimensions of static size 1 (a rank-reducing subview), matched from the left.";
    }

    static long[] statics(Operation op, int i) { return op.attr(LISTS[i], DenseArrayAttr.class).asLongs(); }

    /**
     * Checks the static offsets, sizes and strides against the sliced value {@code big} and the
     * dynamic operand counts {@code seg[first..first+2]}; returns the three lists, or null after an error.
     */
    static long[][] checkSlices(Operation op, long[] seg, int first, ShapedType big) {
      long[][] lists = new long[3][];
      for (int i = 0; i < 3; i++) {
        if (!(op.attr(LISTS[i]) instanceof DenseArrayAttr a)) {
          fail(op, "requires dense array attribute '" + LISTS[i] + "'");
          return null;
        }
        lists[i] = a.asLongs();
        String what = LISTS[i].substring(7);
        String bad = lists[i].length != big.rank() ? "expected " + big.rank() + " " + what + " values, got " + lists[i].length
            : countDynamic(lists[i]) != seg[first + i] ? "expected " + countDynamic(lists[i]) + " dynamic " + what + " values, got " + seg[first + i] : null;
        for (long v : lists[i]) if (bad == null && v != ShapedType.DYNAMIC && v < 0) bad = "expected " + what + " to be non-negative, but got " + v;
        if (bad != null) {
          fail(op, bad);
          return null;
        }
      }
      for (int d = 0; d < big.rank(); d++) {
        long o = lists[0][d], s = lists[1][d], st = lists[2][d], n = big.dim(d);
        if (o != ShapedType.DYNAMIC && s != ShapedType.DYNAMIC && st != ShapedType.DYNAMIC && n != ShapedType.DYNAMIC && s > 0 && o + (s - 1) * st >= n) {
          fail(op, "slice along dimension " + d + " runs out-of-bounds: " + (o + (s - 1) * st) + " >= " + n);
          return null;
        }
      }
      return lists;
    }

    /** {@code subview(x)[0..][sizes of x][1..] : T to T -> x} (a view of everything, of the same type). */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      MemRefType src = (MemRefType) op.operand(0).type();
      if (!src.equals(op.result(0).type()) || op.numOperands() != 1) return null;
      long[] off = statics(op, 0), sizes = statics(op, 1), strides = statics(op, 2);
      for (int d = 0; d < src.rank(); d++) if (off[d] != 0 || sizes[d] != src.dim(d) || strides[d] != 1) return null;
      return List.of(op.operand(0));
    }

    @Override protected boolean verify(Operation op) {
      long[] seg = segmentSizes(op, 4);
      if (seg == null || !counts(op, -1, 1)) return false;
      if (seg[0] != 1) return fail(op, "expects one source operand");
      MemRefType src = memref(op.operand(0));
      if (src == null) return fail(op, "source must be a memref, but got " + str(op.operand(0).type()));
      if (!indices(op, 1, op.numOperands())) return false;
      long[][] lists = checkSlices(op, seg, 1, src);
      if (lists == null) return false;
      if (Layouts.stridesAndOffset(src) == null) return fail(op, "source must have a strided layout, but got " + str(src));
      MemRefType expected = Layouts.subviewType(src, lists[0], lists[1], lists[2]);
      Type got = op.result(0).type();
      boolean[] dropped = got instanceof MemRefType r ? Layouts.droppedDims(expected.shape(), r.shape()) : null;
      MemRefType reduced = dropped == null ? null : Layouts.dropDims(expected, dropped);
      if (reduced == null || !((MemRefType) got).elementType().equals(reduced.elementType())
          || !Objects.equals(((MemRefType) got).memorySpace(), reduced.memorySpace()) || !Layouts.sameLayout((MemRefType) got, reduced))
        return fail(op, "expected result type to be '" + str(expected) + "' or a rank-reduced version, but got '" + str(got) + "'");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      for (int i = 0; i < 3; i++) {
        if (i > 0) p.print(' ');
        printMixed(p, statics(op, i), segment(op, i + 1));
      }
      printAttrDict(op, p, LISTS[0], LISTS[1], LISTS[2], SEGMENTS);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      List<List<OpAsmParser.UnresolvedOperand>> dyn = new ArrayList<>();
      for (String list : LISTS) {
        List<OpAsmParser.UnresolvedOperand> ops = new ArrayList<>();
        st.addAttribute(list, parseMixed(p, ops));
        dyn.add(ops);
      }
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("to");
      st.resultTypes.add(p.parseType());
      st.operands.add(p.resolveOperand(src, from));
      for (List<OpAsmParser.UnresolvedOperand> d : dyn) st.operands.addAll(resolveIndices(p, d));
      st.addAttribute(SEGMENTS, segments(1, dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size()));
    }
  }

  /** {@code [%a, 4, %b]}: static values, with an operand wherever the static value is dynamic. */
  static void printMixed(OpAsmPrinter p, long[] statics, List<Value> dyn) {
    int k = 0;
    p.print('[');
    for (int j = 0; j < statics.length; j++) {
      if (j > 0) p.print(", ");
      if (statics[j] == ShapedType.DYNAMIC) p.printOperand(dyn.get(k++));
      else p.print(statics[j]);
    }
    p.print(']');
  }

  /** Parses {@code [%a, 4, %b]}; the operands go to {@code ops}, the static values (dynamic marked) are returned. */
  static DenseArrayAttr parseMixed(OpAsmParser p, List<OpAsmParser.UnresolvedOperand> ops) {
    List<Long> statics = new ArrayList<>();
    p.parsePunct("[");
    if (!p.parseOptionalPunct("]")) {
      do {
        OpAsmParser.UnresolvedOperand o = p.parseOptionalOperand();
        if (o != null) ops.add(o);
        statics.add(o != null ? ShapedType.DYNAMIC : p.parseInteger().longValueExact());
      } while (p.parseOptionalPunct(","));
      p.parsePunct("]");
    }
    return DenseArrayAttr.i64(TlOp.longs(statics));
  }

  /**
   * {@code %v = tl.reinterpret_cast %m to offset: [%o], sizes: [4, %n], strides: [%n, 1] : memref<?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>}:
   * any strided view of the source's allocation, its offset counted from the allocation's start.
   */
  static final class ReinterpretCastOp extends TlOp implements Traits.Pure {
    static final String[] KEYS = {"offset", "sizes", "strides"};

    ReinterpretCastOp() {
      super("tl.reinterpret_cast", "Views the memory of a buffer's allocation with any offset, sizes and strides (static or dynamic)",
          "%v = tl.reinterpret_cast %m to offset: [0], sizes: [3, 2], strides: [1, 3] : memref<6xf32> to memref<3x2xf32, strided<[1, 3]>>",
          SubviewOp.LISTS[0], SubviewOp.LISTS[1], SubviewOp.LISTS[2], SEGMENTS);
    }

    @Override public String description() {
      return super.description() + "\n\nUnlike `tl.subview`, the offset is counted from the start of the allocation (not the source "
          + "view's offset) and nothing relates the new view to the source's shape; every element the view can reach must lie "
          + "inside the allocation (checked when it runs).";
    }

    @Override protected boolean verify(Operation op) {
      long[] seg = segmentSizes(op, 4);
      if (seg == null || !counts(op, -1, 1)) return false;
      if (seg[0] != 1) return fail(op, "expects one source operand");
      MemRefType src = memref(op.operand(0));
      if (src == null) return fail(op, "source must be a memref, but got " + str(op.operand(0).type()));
      if (!indices(op, 1, op.numOperands())) return false;
      if (!(op.result(0).type() instanceof MemRefType r) || !(Layouts.stridesAndOffset(r) instanceof StridedLayoutAttr l))
        return fail(op, "result must be a memref with a strided layout, but got " + str(op.result(0).type()));
      if (!r.elementType().equals(src.elementType())) return fail(op, "different element types specified for source and result");
      if (!Objects.equals(r.memorySpace(), src.memorySpace())) return fail(op, "different memory spaces specified for source and result");
      long[][] lists = new long[3][];
      for (int i = 0; i < 3; i++) {
        if (!(op.attr(SubviewOp.LISTS[i]) instanceof DenseArrayAttr a)) return fail(op, "requires dense array attribute '" + SubviewOp.LISTS[i] + "'");
        lists[i] = a.asLongs();
        int want = i == 0 ? 1 : r.rank();
        if (lists[i].length != want) return fail(op, "expected " + want + " " + KEYS[i] + " values, got " + lists[i].length);
        if (countDynamic(lists[i]) != seg[i + 1]) return fail(op, "expected " + countDynamic(lists[i]) + " dynamic " + KEYS[i] + " values, got " + seg[i + 1]);
      }
      for (int d = 0; d < r.rank(); d++) {
        if (lists[1][d] != r.dim(d)) return fail(op, "expected result type with size = " + show(lists[1][d]) + " instead of " + show(r.dim(d)) + " in dim = " + d);
        if (lists[2][d] != l.strides()[d]) return fail(op, "expected result type with stride = " + show(lists[2][d]) + " instead of " + show(l.strides()[d]) + " in dim = " + d);
      }
      if (lists[0][0] != l.offset()) return fail(op, "expected result type with offset = " + show(lists[0][0]) + " instead of " + show(l.offset()));
      return true;
    }

    static String show(long v) { return v == ShapedType.DYNAMIC ? "?" : Long.toString(v); }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(" to");
      for (int i = 0; i < 3; i++) {
        p.print(i == 0 ? " " : ", ").print(KEYS[i]).print(": ");
        printMixed(p, op.attr(SubviewOp.LISTS[i], DenseArrayAttr.class).asLongs(), segment(op, i + 1));
      }
      printAttrDict(op, p, SubviewOp.LISTS[0], SubviewOp.LISTS[1], SubviewOp.LISTS[2], SEGMENTS);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand src = p.parseOperand();
      p.parseKeyword("to");
      List<List<OpAsmParser.UnresolvedOperand>> dyn = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if (i > 0) p.parsePunct(",");
        p.parseKeyword(KEYS[i]);
        p.parsePunct(":");
        List<OpAsmParser.UnresolvedOperand> ops = new ArrayList<>();
        st.addAttribute(SubviewOp.LISTS[i], parseMixed(p, ops));
        dyn.add(ops);
      }
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("to");
      st.resultTypes.add(p.parseType());
      st.operands.add(p.resolveOperand(src, from));
      for (List<OpAsmParser.UnresolvedOperand> d : dyn) st.operands.addAll(resolveIndices(p, d));
      st.addAttribute(SEGMENTS, segments(1, dyn.get(0).size(), dyn.get(1).size(), dyn.get(2).size()));
    }
  }
}
