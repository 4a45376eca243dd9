package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.*;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.I64;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.PTR;

import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.List;

/**
 * A memref value after conversion: either its descriptor struct
 * {@code (allocated ptr, aligned ptr, offset, sizes[R], strides[R])} or, for a function argument,
 * the 2 + 2R values it was expanded into (the calling convention). Fields are read with
 * {@code llvm.extractvalue} or taken directly.
 */
final class Descriptor {
  private final Value struct;
  private final List<Value> fields;
  final MemRefType type;

  private Descriptor(Value struct, List<Value> fields, MemRefType type) {
    this.struct = struct;
    this.fields = fields;
    this.type = type;
  }

  int rank() { return type.shape().length; }

  /** The descriptor of {@code original} (an operand of the op being converted), whose adaptor value is {@code adapted}. */
  static Descriptor of(ConversionPatternRewriter rw, Value original, Value adapted) {
    MemRefType t = (MemRefType) original.type();
    List<Value> cv = rw.convertedValues(original);
    if (cv.size() > 1) return new Descriptor(null, cv, t);
    return new Descriptor(adapted, null, t);
  }

  /** The types a memref argument expands into: allocated and aligned pointers, offset, sizes, strides. */
  static List<Type> expandedTypes(MemRefType t) {
    List<Type> r = new ArrayList<>(List.of(PTR, PTR, I64));
    for (int i = 0; i < 2 * t.shape().length; i++) r.add(I64);
    return r;
  }

  private Value field(Builder b, Location loc, int flat, long... position) {
    if (fields != null) return fields.get(flat);
    Type ft = position[0] < 2 ? PTR : I64;
    return value(b, "llvm.extractvalue", loc, List.of(struct), ft, "position", DenseArrayAttr.i64(position));
  }

  Value allocated(Builder b, Location loc) { return field(b, loc, 0, 0); }

  Value aligned(Builder b, Location loc) { return field(b, loc, 1, 1); }

  Value offset(Builder b, Location loc) { return field(b, loc, 2, 2); }

  Value size(Builder b, Location loc, int k) {
    long s = type.shape()[k];
    return s >= 0 ? i64(b, loc, s) : field(b, loc, 3 + k, 3, k);
  }

  Value stride(Builder b, Location loc, int k) { return field(b, loc, 3 + rank() + k, 4, k); }

  /** The address of the element at {@code indices} (already i64): aligned + (offset + sum indices[k] * strides[k]) elements. */
  Value address(Builder b, Location loc, List<Value> indices, Type elementType) {
    Value idx = offset(b, loc);
    for (int k = 0; k < indices.size(); k++)
      idx = binary(b, "llvm.add", loc, idx, binary(b, "llvm.mul", loc, indices.get(k), stride(b, loc, k)));
    return gep(b, loc, aligned(b, loc), idx, elementType);
  }

  static Value gep(Builder b, Location loc, Value base, Value index, Type elementType) {
    return value(b, "llvm.getelementptr", loc, List.of(base, index), PTR, "elem_type", new dev.mlc.ir.attr.TypeAttr(elementType),
        "rawConstantIndices", new DenseArrayAttr(dev.mlc.ir.type.IntegerType.of(32), new long[] {Integer.MIN_VALUE}));
  }

  /** A descriptor struct for a fresh contiguous (row-major) buffer at {@code ptr} with the given sizes. */
  static Value build(Builder b, Location loc, MemRefType t, Value allocated, Value aligned, List<Value> sizes) {
    int r = t.shape().length;
    Type st = LlvmTypeConverter.descriptor(r);
    Value d = value(b, "llvm.mlir.undef", loc, List.of(), st);
    d = insert(b, loc, d, allocated, 0);
    d = insert(b, loc, d, aligned, 1);
    d = insert(b, loc, d, i64(b, loc, 0), 2);
    Value stride = i64(b, loc, 1);
    for (int k = r - 1; k >= 0; k--) {
      d = insert(b, loc, d, sizes.get(k), 3, k);
      d = insert(b, loc, d, stride, 4, k);
      if (k > 0) stride = binary(b, "llvm.mul", loc, stride, sizes.get(k));
    }
    return d;
  }

  /** The descriptor as one struct value: the struct itself, or one built from the expanded fields of a function argument. */
  Value struct(Builder b, Location loc) {
    if (struct != null) return struct;
    int r = rank();
    Value d = value(b, "llvm.mlir.undef", loc, List.of(), LlvmTypeConverter.descriptor(r));
    d = insert(b, loc, d, fields.get(0), 0);
    d = insert(b, loc, d, fields.get(1), 1);
    d = insert(b, loc, d, fields.get(2), 2);
    for (int k = 0; k < r; k++) {
      d = insert(b, loc, d, fields.get(3 + k), 3, k);
      d = insert(b, loc, d, fields.get(3 + r + k), 4, k);
    }
    return d;
  }

  static Value insert(Builder b, Location loc, Value struct, Value v, long... position) {
    return value(b, "llvm.insertvalue", loc, List.of(struct, v), struct.type(), "position", DenseArrayAttr.i64(position));
  }
}
