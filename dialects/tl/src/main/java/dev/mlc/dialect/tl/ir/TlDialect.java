package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.List;

/**
 * The tensor-loop dialect: buffers (memrefs) and views, loop nests with parallel and reduction
 * iterators, the structured {@code tl.generic} with indexing maps, and vector ops for SIMD.
 */
public final class TlDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "tl"; }

  @Override public String summary() { return "The tensor-loop dialect: buffers, views, loop nests, structured ops and vectors"; }

  @Override public void initialize(Registrar r) {
    for (OpDef d : List.of(new BufferOps.AllocOp(), new BufferOps.AllocaOp(), new BufferOps.DeallocOp(), new BufferOps.DimOp(),
        new BufferOps.LoadOp(), new BufferOps.StoreOp(), new BufferOps.CopyOp(), new BufferOps.FillOp(), new BufferOps.SubviewOp(), new BufferOps.ReinterpretCastOp(),
        new SliceOps.ExtractSliceOp(), new SliceOps.InsertSliceOp(),
        new BufferOps.ReshapeOp(), new ShapeOps.CollapseShapeOp(), new ShapeOps.ExpandShapeOp(), new BufferOps.CastOp(), new BufferOps.ToBufferOp(), new BufferOps.ToTensorOp(), new BufferOps.EmptyOp(),
        new LoopOps.LoopOp(), new LoopOps.YieldOp(), new LoopOps.IndexOp(), new StructuredOps.GenericOp(), new StructuredOps.MatmulOp(),
        new VectorOps.VLoadOp(), new VectorOps.VStoreOp(), new VectorOps.BroadcastOp(), new VectorOps.ShapeCastOp(), new VectorOps.TransposeOp(), new VectorOps.ShuffleOp(), new VectorOps.ExtractOp(), new VectorOps.InsertOp(),
        new VectorOps.FmaOp(), new VectorOps.ContractOp(), new VectorOps.ReductionOp(), new VectorOps.OuterProductOp()))
      r.addOp(d);
  }

  /** Folded constants (index sizes) become {@code arith.constant} when the arith dialect is loaded. */
  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    if (b.context().opDef("arith.constant") == null) return null;
    return b.create("arith.constant", loc, List.of(), List.of(type), DictionaryAttr.of(new NamedAttribute("value", value)));
  }

  /** Every tl op may be inlined (as MLIR's memref, linalg and vector ops); tl has no return op. */
  @Override public boolean isReturn(Operation terminator) { return false; }
}
