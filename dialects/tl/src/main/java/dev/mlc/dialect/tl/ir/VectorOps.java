package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import java.util.Set;

/** Vector (SIMD) ops on the builtin {@code vector<...>} type. */
public final class VectorOps {
  private VectorOps() {}

  static VectorType vector(Type t) { return t instanceof VectorType v ? v : null; }

  /** A vector or ranked tensor type (the containers tl.extract and tl.insert index), or null. */
  static ShapedType elements(Type t) { return t instanceof VectorType || t instanceof dev.mlc.ir.type.RankedTensorType ? (ShapedType) t : null; }

  static VectorType maskType(VectorType v) { return new VectorType(v.shape(), IntegerType.of(1)); }

  /**
   * {@code %v = tl.vload %m[%i, %j] : memref<4x8xf32>, vector<8xf32>}, masked:
   * {@code tl.vload %m[%i], %mask, %pass : memref<?xf32>, vector<8xf32>}. The vector covers the
   * trailing dimensions of the buffer starting at the indices.
   */
  static final class VLoadOp extends TlOp {
    VLoadOp() {
      super("tl.vload", "Loads a vector from consecutive elements of a buffer (optionally masked, with pass-through values)",
          "%v = tl.vload %m[%i, %j] : memref<4x8xf32>, vector<8xf32>\n%w = tl.vload %m[%i, %j], %mask, %pass : memref<4x8xf32>, vector<8xf32>");
    }

    @Override public String description() {
      return super.description() + "\n\nA vector of rank k reads the k trailing dimensions of the buffer from the indices on; every "
          + "lane must be in bounds (an error otherwise). With a mask (`vector<...xi1>`), lanes whose mask bit is 0 read nothing and "
          + "take the pass-through value, so a masked load may run past the end of the buffer.";
    }

    static int rank(Operation op) { return memref(op.operand(0)) instanceof MemRefType m ? m.rank() : 0; }

    static boolean masked(Operation op, int fixed) { return op.numOperands() > fixed + rank(op); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 1) return fail(op, "expected 1 or more operands, but found 0");
      return checkAccess(op, 0, op.result(0).type(), 2);
    }

    /** Checks base at {@code base}, indices after it, then an optional tail of {@code tail} operands (mask [, pass]). */
    static boolean checkAccess(Operation op, int base, Type vt, int tail) {
      MemRefType m = memref(op.operand(base));
      if (m == null) return fail(op, "base operand must be a memref, but got " + str(op.operand(base).type()));
      VectorType v = vector(vt);
      if (v == null) return fail(op, "expected a vector type, but got " + str(vt));
      if (!v.elementType().equals(m.elementType()))
        return fail(op, tail == 2 ? "base and result element types should match" : "base and valueToStore element type should match");
      if (v.rank() > m.rank()) return fail(op, "vector rank (" + v.rank() + ") exceeds the memref rank (" + m.rank() + ")");
      int extra = op.numOperands() - base - 1 - m.rank();
      if (extra != 0 && extra != tail) return fail(op, "requires " + m.rank() + " indices");
      if (!indices(op, base + 1, base + 1 + m.rank())) return false;
      if (extra > 0 && !op.operand(base + 1 + m.rank()).type().equals(maskType(v)))
        return fail(op, "expected the mask to be of type " + str(maskType(v)) + ", but got " + str(op.operand(base + 1 + m.rank()).type()));
      if (extra > 1 && !op.operand(base + 2 + m.rank()).type().equals(v)) return fail(op, "expected the pass-through value to be of type " + str(v));
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      int r = rank(op);
      p.print(' ');
      printIndexed(p, op.operand(0), op.operands().subList(1, 1 + r));
      for (int i = 1 + r; i < op.numOperands(); i++) {
        p.print(", ");
        p.printOperand(op.operand(i));
      }
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand m = p.parseOperand();
      List<OpAsmParser.UnresolvedOperand> idx = p.parseOperandList(OpAsmParser.Delimiter.SQUARE);
      List<OpAsmParser.UnresolvedOperand> tail = new java.util.ArrayList<>();
      while (p.parseOptionalPunct(",")) tail.add(p.parseOperand());
      p.parseOptionalAttrDict(st.attributes);
      Type mt = p.parseColonType();
      p.parsePunct(",");
      Type vt = p.parseType();
      if (!(vt instanceof VectorType v)) throw p.error("expected a vector type");
      st.operands.add(p.resolveOperand(m, mt));
      st.operands.addAll(resolveIndices(p, idx));
      if (!tail.isEmpty()) st.operands.add(p.resolveOperand(tail.get(0), maskType(v)));
      if (tail.size() > 1) st.operands.add(p.resolveOperand(tail.get(1), v));
      if (tail.size() > 2) throw p.error("expected at most a mask and a pass-through value");
      st.resultTypes.add(vt);
    }
  }

  /** {@code tl.vstore %v, %m[%i] : memref<?xf32>, vector<8xf32>}, masked: {@code tl.vstore %v, %m[%i], %mask : ...}. */
  static final class VStoreOp extends TlOp {
    VStoreOp() {
      super("tl.vstore", "Stores a vector into consecutive elements of a buffer (optionally masked)",
          "tl.vstore %v, %m[%i, %j] : memref<4x8xf32>, vector<8xf32>\ntl.vstore %v, %m[%i, %j], %mask : memref<4x8xf32>, vector<8xf32>");
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 0)) return false;
      if (op.numOperands() < 2) return fail(op, "expected a vector, a memref and indices");
      return VLoadOp.checkAccess(op, 1, op.operand(0).type(), 1);
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      int r = memref(op.operand(1)).rank();
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(", ");
      printIndexed(p, op.operand(1), op.operands().subList(2, 2 + r));
      for (int i = 2 + r; i < op.numOperands(); i++) {
        p.print(", ");
        p.printOperand(op.operand(i));
      }
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(1).type());
      p.print(", ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand v = p.parseOperand();
      p.parsePunct(",");
      OpAsmParser.UnresolvedOperand m = p.parseOperand();
      List<OpAsmParser.UnresolvedOperand> idx = p.parseOperandList(OpAsmParser.Delimiter.SQUARE);
      OpAsmParser.UnresolvedOperand mask = p.parseOptionalPunct(",") ? p.parseOperand() : null;
      p.parseOptionalAttrDict(st.attributes);
      Type mt = p.parseColonType();
      p.parsePunct(",");
      Type vt = p.parseType();
      if (!(vt instanceof VectorType vec)) throw p.error("expected a vector type");
      st.operands.add(p.resolveOperand(v, vt));
      st.operands.add(p.resolveOperand(m, mt));
      st.operands.addAll(resolveIndices(p, idx));
      if (mask != null) st.operands.add(p.resolveOperand(mask, maskType(vec)));
    }
  }

  /** {@code %v = tl.broadcast %s : f32 to vector<8xf32>}: MLIR's vector.broadcast rules. */
  static final class BroadcastOp extends TlOp implements Traits.Pure {
    BroadcastOp() {
      super("tl.broadcast", "Broadcasts a scalar or a lower-rank vector to a vector (trailing dimensions match or are 1)",
          "%v = tl.broadcast %s : f32 to vector<8xf32>\n%w = tl.broadcast %row : vector<8xf32> to vector<4x8xf32>");
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 1, 1)) return false;
      VectorType r = vector(op.result(0).type());
      if (r == null) return fail(op, "result must be a vector, but got " + str(op.result(0).type()));
      Type s = op.operand(0).type();
      if (!(s instanceof VectorType v)) return s.equals(r.elementType()) || fail(op, "source type " + str(s) + " does not match the result element type " + str(r.elementType()));
      if (!v.elementType().equals(r.elementType()) || v.rank() > r.rank()) return fail(op, "'" + str(s) + "' is not broadcastable to '" + str(r) + "'");
      for (int i = 0; i < v.rank(); i++) {
        long d = v.dim(v.rank() - 1 - i), e = r.dim(r.rank() - 1 - i);
        if (d != 1 && d != e) return fail(op, "dimension mismatch (" + d + " vs. " + e + ")");
      }
      return true;
    }

    /** {@code broadcast(x : T to T) -> x}; {@code broadcast(broadcast(x)) -> broadcast(x)} (broadcasts compose). */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      if (op.operand(0).type().equals(op.result(0).type())) return List.of(op.operand(0));
      Operation inner = op.operand(0).definingOp();
      if (inner == null || !inner.isa(name())) return null;
      op.setOperand(0, inner.operand(0));
      return List.of(op.result(0));
    }

    @Override public void print(Operation op, OpAsmPrinter p) { Unary.printUnary(op, p, " to "); }

    @Override public void parse(OpAsmParser p, OperationState st) { Unary.parseUnary(p, st, "to"); }
  }

  static final class Unary {
    private Unary() {}

    static void printUnary(Operation op, OpAsmPrinter p, String sep) {
      p.print(' ');
      p.printOperand(op.operand(0));
      TlOp.printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(sep);
      p.printType(op.result(0).type());
    }

    static void parseUnary(OpAsmParser p, OperationState st, String sep) {
      OpAsmParser.UnresolvedOperand v = p.parseOperand();
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword(sep);
      st.operands.add(p.resolveOperand(v, from));
      st.resultTypes.add(p.parseType());
    }
  }

  /** {@code %r = tl.shape_cast %v : vector<4x2xf32> to vector<8xf32>}: the same elements in row-major order, another shape. */
  static final class ShapeCastOp extends TlOp implements Traits.Pure {
    ShapeCastOp() { super("tl.shape_cast", "Reshapes a vector (same element type and count, row-major order)", "%r = tl.shape_cast %v : vector<4x2xf32> to vector<8xf32>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 1, 1)) return false;
      if (!(vector(op.operand(0).type()) instanceof VectorType a) || !(vector(op.result(0).type()) instanceof VectorType b))
        return fail(op, "expects vector operand and result");
      if (!a.elementType().equals(b.elementType())) return fail(op, "source/result element types must match");
      return a.numElements() == b.numElements() || fail(op, "source/result number of elements must match");
    }

    /** {@code shape_cast(x : T to T) -> x}; {@code shape_cast(shape_cast(x)) -> shape_cast(x)} (or x when the types agree). */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      if (op.operand(0).type().equals(op.result(0).type())) return List.of(op.operand(0));
      Operation inner = op.operand(0).definingOp();
      if (inner == null || !inner.isa(name())) return null;
      if (inner.operand(0).type().equals(op.result(0).type())) return List.of(inner.operand(0));
      op.setOperand(0, inner.operand(0));
      return List.of(op.result(0));
    }

    @Override public void print(Operation op, OpAsmPrinter p) { Unary.printUnary(op, p, " to "); }

    @Override public void parse(OpAsmParser p, OperationState st) { Unary.parseUnary(p, st, "to"); }
  }

  /** {@code %r = tl.transpose %v, [1, 0] : vector<4x2xf32> to vector<2x4xf32>}: result dim i is source dim permutation[i]. */
  static final class TransposeOp extends TlOp implements Traits.Pure {
    TransposeOp() {
      super("tl.transpose", "Permutes the dimensions of a vector: result dimension i is source dimension permutation[i]",
          "%r = tl.transpose %v, [1, 0] : vector<4x2xf32> to vector<2x4xf32>", "permutation");
    }

    static long[] permutation(Operation op) { return op.attr("permutation") instanceof dev.mlc.ir.attr.DenseArrayAttr a ? a.asLongs() : null; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 1, 1)) return false;
      if (!(vector(op.operand(0).type()) instanceof VectorType a) || !(vector(op.result(0).type()) instanceof VectorType b))
        return fail(op, "expects vector operand and result");
      if (!a.elementType().equals(b.elementType())) return fail(op, "source/result element types must match");
      long[] perm = permutation(op);
      if (perm == null) return fail(op, "requires dense array attribute 'permutation'");
      if (perm.length != a.rank() || b.rank() != a.rank()) return fail(op, "transposition length mismatch: " + perm.length);
      boolean[] seen = new boolean[perm.length];
      for (long d : perm) {
        if (d < 0 || d >= perm.length) return fail(op, "transposition index out of range: " + d);
        if (seen[(int) d]) return fail(op, "duplicate position index: " + d);
        seen[(int) d] = true;
      }
      for (int i = 0; i < perm.length; i++)
        if (b.dim(i) != a.dim((int) perm[i])) return fail(op, "dimension size mismatch at: " + i);
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(", [");
      long[] perm = permutation(op);
      for (int i = 0; i < perm.length; i++) p.print(i > 0 ? ", " : "").print(perm[i]);
      p.print(']');
      printAttrDict(op, p, "permutation");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand v = p.parseOperand();
      p.parsePunct(",");
      st.addAttribute("permutation", BufferOps.parseMixed(p, new java.util.ArrayList<>()));
      p.parseOptionalAttrDict(st.attributes);
      Type from = p.parseColonType();
      p.parseKeyword("to");
      st.operands.add(p.resolveOperand(v, from));
      st.resultTypes.add(p.parseType());
    }
  }

  /**
   * {@code %r = tl.shuffle %a, %b, [0, 2, 4, 6] : vector<8xf32>, vector<8xf32> to vector<4xf32>}: lane i of the
   * result is lane {@code mask[i]} of the concatenation of the two 1-D operands (vector.shuffle's rule).
   */
  static final class ShuffleOp extends TlOp implements Traits.Pure {
    ShuffleOp() {
      super("tl.shuffle", "Picks lanes of two 1-D vectors by constant positions into their concatenation",
          "%r = tl.shuffle %a, %b, [0, 2, 4, 6] : vector<8xf32>, vector<8xf32> to vector<4xf32>", "mask");
    }

    static long[] mask(Operation op) { return op.attr("mask") instanceof dev.mlc.ir.attr.DenseArrayAttr a ? a.asLongs() : null; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 2, 1)) return false;
      if (!(vector(op.operand(0).type()) instanceof VectorType a) || !(vector(op.operand(1).type()) instanceof VectorType b)
          || !(vector(op.result(0).type()) instanceof VectorType r))
        return fail(op, "expects vector operands and result");
      if (a.rank() != 1 || b.rank() != 1 || r.rank() != 1) return fail(op, "expects 1-D vectors");
      if (!a.elementType().equals(b.elementType()) || !a.elementType().equals(r.elementType())) return fail(op, "operand and result element types must match");
      long[] m = mask(op);
      if (m == null) return fail(op, "requires dense array attribute 'mask'");
      if (m.length != r.dim(0)) return fail(op, "mask length " + m.length + " does not match the result length " + r.dim(0));
      for (long x : m) if (x < 0 || x >= a.dim(0) + b.dim(0)) return fail(op, "mask index " + x + " out of range [0, " + (a.dim(0) + b.dim(0)) + ")");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperand(op.operand(0));
      p.print(", ");
      p.printOperand(op.operand(1));
      p.print(", [");
      long[] m = mask(op);
      for (int i = 0; i < m.length; i++) p.print(i > 0 ? ", " : "").print(m[i]);
      p.print(']');
      printAttrDict(op, p, "mask");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.operand(1).type());
      p.print(" to ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand a = p.parseOperand();
      p.parsePunct(",");
      OpAsmParser.UnresolvedOperand b = p.parseOperand();
      p.parsePunct(",");
      st.addAttribute("mask", BufferOps.parseMixed(p, new java.util.ArrayList<>()));
      p.parseOptionalAttrDict(st.attributes);
      Type ta = p.parseColonType();
      p.parsePunct(",");
      Type tb = p.parseType();
      p.parseKeyword("to");
      st.operands.add(p.resolveOperand(a, ta));
      st.operands.add(p.resolveOperand(b, tb));
      st.resultTypes.add(p.parseType());
    }
  }

  /** {@code %e = tl.extract %v[%i] : vector<8xf32>}: one index per dimension. */
  static final class ExtractOp extends TlOp implements Traits.Pure {
    ExtractOp() {
      super("tl.extract", "Reads one element of a vector or a tensor at dynamic indices",
          "%e = tl.extract %v[%i] : vector<8xf32>\n%x = tl.extract %t[%i, %j] : tensor<4x?xf32>");
    }

    /** {@code extract(broadcast(s : scalar)) -> s}; {@code extract(insert(s, v, idx), idx) -> s} (the same index values). */
    @Override public List<Object> fold(Operation op, List<Attribute> operands) {
      Operation def = op.operand(0).definingOp();
      if (def == null) return null;
      if (def.isa("tl.broadcast") && !(def.operand(0).type() instanceof VectorType)) return List.of(def.operand(0));
      if (def.isa("tl.insert") && def.operands().subList(2, def.numOperands()).equals(op.operands().subList(1, op.numOperands())))
        return List.of(def.operand(0));
      return null;
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 1) return fail(op, "expected 1 or more operands, but found 0");
      if (!(elements(op.operand(0).type()) instanceof ShapedType v)) return fail(op, "operand #0 must be a vector or ranked tensor, but got " + str(op.operand(0).type()));
      if (op.numOperands() - 1 != v.rank()) return fail(op, "expected " + v.rank() + " indices, but got " + (op.numOperands() - 1));
      if (!indices(op, 1, op.numOperands())) return false;
      return op.result(0).type().equals(v.elementType()) || fail(op, "result type must be the vector's element type " + str(v.elementType()));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      printIndexed(p, op.operand(0), op.operands().subList(1, op.numOperands()));
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      OpAsmParser.UnresolvedOperand v = p.parseOperand();
      List<OpAsmParser.UnresolvedOperand> idx = p.parseOperandList(OpAsmParser.Delimiter.SQUARE);
      p.parseOptionalAttrDict(st.attributes);
      Type t = p.parseColonType();
      if (!(elements(t) instanceof ShapedType vt)) throw p.error("expected a vector or ranked tensor type");
      st.operands.add(p.resolveOperand(v, t));
      st.operands.addAll(resolveIndices(p, idx));
      st.resultTypes.add(vt.elementType());
    }
  }

  /** {@code %w = tl.insert %e, %v[%i] : vector<8xf32>}. */
  static final class InsertOp extends TlOp implements Traits.Pure {
    InsertOp() {
      super("tl.insert", "A copy of a vector or a tensor with one element replaced, at dynamic indices",
          "%w = tl.insert %e, %v[%i] : vector<8xf32>\n%u = tl.insert %x, %t[%i, %j] : tensor<4x?xf32>");
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 2) return fail(op, "expected a scalar, a vector and indices");
      if (!(elements(op.operand(1).type()) instanceof ShapedType v)) return fail(op, "operand #1 must be a vector or ranked tensor, but got " + str(op.operand(1).type()));
      if (op.numOperands() - 2 != v.rank()) return fail(op, "expected " + v.rank() + " indices, but got " + (op.numOperands() - 2));
      if (!indices(op, 2, op.numOperands())) return false;
      if (!op.operand(0).type().equals(v.elementType())) return fail(op, "inserted value must have the vector's element type " + str(v.elementType()));
      return op.result(0).type().equals(v) || fail(op, "result type must match the vector type");
    }

    @Override public void print(Operation op, OpAsmPrinter p) { printValueAtIndices(op, p); }

    @Override public void parse(OpAsmParser p, OperationState st) {
      st.resultTypes.add(parseValueAtIndices(p, st, t -> elements(t) instanceof ShapedType vt ? vt.elementType() : null,
          "a vector or ranked tensor type"));
    }
  }

  /** {@code %r = tl.fma %a, %b, %c : vector<8xf32>}: a*b+c per lane, rounded once. */
  static final class FmaOp extends TlOp implements Traits.Pure, Traits.SameOperandsAndResultType {
    FmaOp() { super("tl.fma", "Fused multiply-add per lane: a * b + c, rounded once", "%r = tl.fma %a, %b, %c : vector<8xf32>"); }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 3, 1)) return false;
      return vector(op.result(0).type()) instanceof VectorType v && v.elementType() instanceof FloatType
          || fail(op, "operands must be vectors of floats, but got " + str(op.result(0).type()));
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parseOptionalAttrDict(st.attributes);
      Type t = p.parseColonType();
      p.resolveOperands(ops, List.of(t, t, t), st.operands);
      st.resultTypes.add(t);
    }
  }

  /** The reduction kinds, as vector.reduction's {@code #vector.kind}. */
  public static final Set<String> INT_KINDS = Set.of("add", "mul", "minsi", "minui", "maxsi", "maxui", "and", "or", "xor");
  public static final Set<String> FLOAT_KINDS = Set.of("add", "mul", "minimumf", "maximumf", "minnumf", "maxnumf");

  /** {@code %r = tl.reduction <add>, %v (, %acc)? : vector<8xf32> into f32}. */
  static final class ReductionOp extends TlOp implements Traits.Pure {
    ReductionOp() {
      super("tl.reduction", "Reduces all lanes of a vector to a scalar (add, mul, min/max, and/or/xor), with an optional accumulator",
          "%s = tl.reduction <add>, %v : vector<8xf32> into f32\n%m = tl.reduction <maxsi>, %w, %acc : vector<4xi32> into i32", "kind");
    }

    @Override public String description() {
      return super.description() + "\n\nKinds: `add`, `mul` (ints and floats); `minsi`, `minui`, `maxsi`, `maxui`, `and`, `or`, `xor` "
          + "(ints); `minimumf`, `maximumf` (floats, NaN propagating), `minnumf`, `maxnumf` (floats, NaN ignored). Float sums "
          + "accumulate lane by lane in order, starting from the accumulator when there is one.";
    }

    static String kind(Operation op) { return op.attr("kind") instanceof StringAttr s ? s.value() : null; }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 1 || op.numOperands() > 2) return fail(op, "expected a vector and an optional accumulator");
      if (!(vector(op.operand(0).type()) instanceof VectorType v)) return fail(op, "operand #0 must be a vector, but got " + str(op.operand(0).type()));
      Type e = v.elementType();
      if (!op.result(0).type().equals(e)) return fail(op, "failed to verify that source operand and result have same element type");
      if (op.numOperands() == 2 && !op.operand(1).type().equals(e)) return fail(op, "accumulator type must be " + str(e));
      String k = kind(op);
      if (k == null) return fail(op, "requires string attribute 'kind'");
      boolean f = e instanceof FloatType;
      if (!(f ? FLOAT_KINDS : INT_KINDS).contains(k)) return fail(op, "unsupported reduction type '" + str(e) + "' for kind '" + k + "'");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(" <").print(kind(op)).print(">, ");
      p.printOperands(op.operands());
      printAttrDict(op, p, "kind");
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(" into ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      p.parsePunct("<");
      st.addAttribute("kind", StringAttr.of(p.parseKeyword()));
      p.parsePunct(">");
      p.parsePunct(",");
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parseOptionalAttrDict(st.attributes);
      Type v = p.parseColonType();
      p.parseKeyword("into");
      Type r = p.parseType();
      if (ops.isEmpty() || ops.size() > 2) throw p.error("expected a vector and an optional accumulator");
      st.operands.add(p.resolveOperand(ops.get(0), v));
      if (ops.size() == 2) st.operands.add(p.resolveOperand(ops.get(1), r));
      st.resultTypes.add(r);
    }
  }

  /**
   * {@code %r = tl.contract {indexing_maps = [...], iterator_types = [...]} %a, %b, %acc : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32>}:
   * acc[mapC(p)] += a[mapA(p)] * b[mapB(p)] over every point p of the iteration space (vector.contract with kind add).
   */
  static final class ContractOp extends TlOp implements Traits.Pure {
    ContractOp() {
      super("tl.contract", "Contracts two vectors into an accumulator along indexing maps (a matmul-like sum of products)",
          "%r = tl.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],\n"
              + "                  iterator_types = [\"parallel\", \"parallel\", \"reduction\"]} %a, %b, %acc : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32>",
          StructuredOps.MAPS, LoopOps.ITERATORS);
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 3, 1)) return false;
      VectorType[] t = new VectorType[3];
      for (int i = 0; i < 3; i++)
        if ((t[i] = vector(op.operand(i).type())) == null) return fail(op, "operand #" + i + " must be a vector, but got " + str(op.operand(i).type()));
      if (!op.result(0).type().equals(t[2])) return fail(op, "expected the result type to be the accumulator type " + str(t[2]));
      if (!t[0].elementType().equals(t[1].elementType()) || !t[0].elementType().equals(t[2].elementType()))
        return fail(op, "expects the same element type for all operands");
      List<String> its = LoopOps.iterators(op);
      if (its == null) return false;
      if (!(op.attr(StructuredOps.MAPS) instanceof dev.mlc.ir.attr.ArrayAttr ma) || ma.size() != 3 || !ma.elements().stream().allMatch(a -> a instanceof dev.mlc.ir.attr.AffineMapAttr))
        return fail(op, "expected three indexing maps");
      List<dev.mlc.ir.affine.AffineMap> maps = StructuredOps.maps(op);
      long[] size = new long[its.size()];
      java.util.Arrays.fill(size, -1);
      for (int i = 0; i < 3; i++) {
        dev.mlc.ir.affine.AffineMap m = maps.get(i);
        if (m.numDims() != its.size() || m.numSymbols() != 0) return fail(op, "expected indexing map " + i + " to have " + its.size() + " dims and no symbols");
        if (m.results().size() != t[i].rank()) return fail(op, "expected indexing map " + i + " to have " + t[i].rank() + " results");
        for (int j = 0; j < m.results().size(); j++) {
          if (!(m.results().get(j) instanceof dev.mlc.ir.affine.AffineExpr.Dim d)) return fail(op, "expected indexing map " + i + " to be a projected permutation");
          if (i == 2 && its.get(d.position()).equals("reduction")) return fail(op, "expected the accumulator map to use only parallel dimensions");
          if (size[d.position()] >= 0 && size[d.position()] != t[i].dim(j))
            return fail(op, "dimension d" + d.position() + " has sizes " + size[d.position()] + " and " + t[i].dim(j));
          size[d.position()] = t[i].dim(j);
        }
      }
      for (int l = 0; l < size.length; l++) if (size[l] < 0) return fail(op, "expected loop dimension d" + l + " to appear in an indexing map");
      return true;
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      printAttrDict(op, p);
      p.print(' ');
      p.printOperands(op.operands());
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.operand(1).type());
      p.print(" into ");
      p.printType(op.result(0).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      p.parseOptionalAttrDict(st.attributes);
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      Type a = p.parseColonType();
      p.parsePunct(",");
      Type b = p.parseType();
      p.parseKeyword("into");
      Type r = p.parseType();
      p.resolveOperands(ops, List.of(a, b, r), st.operands);
      st.resultTypes.add(r);
    }
  }

  /** {@code %r = tl.outerproduct %a, %b (, %acc)? : vector<4xf32>, vector<8xf32>}: r[i, j] = a[i] * b[j] (+ acc[i, j]). */
  static final class OuterProductOp extends TlOp implements Traits.Pure {
    OuterProductOp() {
      super("tl.outerproduct", "The outer product of two 1-D vectors, optionally added to an accumulator (fused for floats)",
          "%r = tl.outerproduct %a, %b, %acc : vector<4xf32>, vector<8xf32>");
    }

    static VectorType resultType(Operation op) {
      VectorType a = (VectorType) op.operand(0).type(), b = (VectorType) op.operand(1).type();
      return new VectorType(new long[] {a.dim(0), b.dim(0)}, a.elementType());
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, -1, 1)) return false;
      if (op.numOperands() < 2 || op.numOperands() > 3) return fail(op, "expected two vectors and an optional accumulator");
      for (int i = 0; i < 2; i++)
        if (!(vector(op.operand(i).type()) instanceof VectorType v) || v.rank() != 1) return fail(op, "expected 1-d vector for operand #" + (i + 1));
      Type e = ((VectorType) op.operand(0).type()).elementType();
      if (!((VectorType) op.operand(1).type()).elementType().equals(e)) return fail(op, "expected operands of the same element type");
      VectorType r = resultType(op);
      if (!op.result(0).type().equals(r)) return fail(op, "expected result type " + str(r) + ", but got " + str(op.result(0).type()));
      return op.numOperands() < 3 || op.operand(2).type().equals(r) || fail(op, "expected operand #3 of same type as result type");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      p.print(' ');
      p.printOperands(op.operands());
      printAttrDict(op, p);
      p.print(" : ");
      p.printType(op.operand(0).type());
      p.print(", ");
      p.printType(op.operand(1).type());
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
      p.parseOptionalAttrDict(st.attributes);
      Type a = p.parseColonType();
      p.parsePunct(",");
      Type b = p.parseType();
      if (!(a instanceof VectorType va) || !(b instanceof VectorType vb) || va.rank() != 1 || vb.rank() != 1) throw p.error("expected two 1-d vector types");
      if (ops.size() < 2 || ops.size() > 3) throw p.error("expected two vectors and an optional accumulator");
      VectorType r = new VectorType(new long[] {va.dim(0), vb.dim(0)}, va.elementType());
      st.operands.add(p.resolveOperand(ops.get(0), a));
      st.operands.add(p.resolveOperand(ops.get(1), b));
      if (ops.size() == 3) st.operands.add(p.resolveOperand(ops.get(2), r));
      st.resultTypes.add(r);
    }
  }
}
