package dev.mlc.dialect.tl.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.dialect.tl.transforms.TlPatterns;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/** Structured ops: {@code tl.generic} (indexing maps and iterator types, the unit of tiling and fusion) and its named forms. */
public final class StructuredOps {
  private StructuredOps() {}

  public static final String MAPS = "indexing_maps";

  /** The indexing maps of a tl.generic (assumes a verified op). */
  public static List<AffineMap> maps(Operation op) {
    List<AffineMap> r = new ArrayList<>();
    for (Attribute a : op.attr(MAPS, ArrayAttr.class).elements()) r.add(((AffineMapAttr) a).map());
    return r;
  }

  /** The number of inputs of a tl.generic or tl.matmul. */
  public static int numInputs(Operation op) {
    return op.isa("tl.matmul") ? 2 : (int) ((DenseArrayAttr) op.attr(TlOp.SEGMENTS)).asLongs()[0];
  }

  /** The shape of an operand as the loops see it (a scalar has rank 0). */
  static long[] shapeOf(Type t) { return t instanceof ShapedType s && s.hasRank() && !(t instanceof VectorType) ? s.shape() : new long[0]; }

  static Type elementOf(Type t) { return TlOp.shaped(t) instanceof ShapedType s ? s.elementType() : t; }

  /** {@code ins(%a, %b : T, U) outs(%c : V)} with results for the tensor outputs: shared by the structured ops. */
  abstract static class Structured extends TlOp {
    Structured(String name, String summary, String example, String... inherent) { super(name, summary, example, inherent); }

    /** Checks the results against the tensor outputs. */
    static boolean checkResults(Operation op, List<Value> outs) {
      List<Type> tensors = outs.stream().map(Value::type).filter(t -> t instanceof RankedTensorType).toList();
      for (Value o : outs) if (!(shaped(o.type()) != null)) return fail(op, "expected output operands to be memrefs or ranked tensors, but got " + str(o.type()));
      if (op.numResults() != tensors.size())
        return fail(op, "expected the number of tensor results (" + op.numResults() + ") to be equal to the number of output tensors (" + tensors.size() + ")");
      for (int i = 0; i < tensors.size(); i++)
        if (!op.result(i).type().equals(tensors.get(i)))
          return fail(op, "expected type of result #" + i + " (" + str(op.result(i).type()) + ") to match the output tensor type (" + str(tensors.get(i)) + ")");
      return true;
    }

    static void printInsOuts(OpAsmPrinter p, List<Value> ins, List<Value> outs) {
      for (int k = 0; k < 2; k++) {
        List<Value> vs = k == 0 ? ins : outs;
        if (k == 0 && vs.isEmpty()) continue;
        p.print(k == 0 ? " ins(" : " outs(");
        p.printOperands(vs);
        p.print(" : ");
        for (int i = 0; i < vs.size(); i++) {
          if (i > 0) p.print(", ");
          p.printType(vs.get(i).type());
        }
        p.print(')');
      }
    }

    /** Parses {@code ins(...)} (optional) and {@code outs(...)} into {@code st.operands}; returns the two counts. */
    static int[] parseInsOuts(OpAsmParser p, OperationState st) {
      int[] n = new int[2];
      for (int k = 0; k < 2; k++) {
        if (k == 0 && !p.parseOptionalKeyword("ins")) continue;
        if (k == 1) p.parseKeyword("outs");
        p.parsePunct("(");
        List<OpAsmParser.UnresolvedOperand> ops = p.parseOperandList(OpAsmParser.Delimiter.NONE);
        List<Type> types = ops.isEmpty() ? List.of() : p.parseColonTypeList();
        p.parsePunct(")");
        p.resolveOperands(ops, types, st.operands);
        n[k] = ops.size();
      }
      return n;
    }

    static void printResultTypes(Operation op, OpAsmPrinter p) {
      if (op.numResults() == 0) return;
      p.print(" -> ");
      for (int i = 0; i < op.numResults(); i++) {
        if (i > 0) p.print(", ");
        p.printType(op.result(i).type());
      }
    }
  }

  /**
   * {@code tl.generic {indexing_maps = [...], iterator_types = [...]} ins(...) outs(...) {^bb0(...): ... tl.yield ...} -> types}:
   * linalg.generic's structure and checks.
   */
  static final class GenericOp extends Structured implements Traits.SingleBlock {
    GenericOp() {
      super("tl.generic", "A perfectly nested loop computation described by indexing maps and iterator types, with a scalar body",
          """
          %c = tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                           iterator_types = ["parallel", "parallel", "reduction"]}
              ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) {
          ^bb0(%x: f32, %y: f32, %acc: f32):
            %p = arith.mulf %x, %y : f32
            %s = arith.addf %acc, %p : f32
            tl.yield %s : f32
          } -> tensor<4x16xf32>""", MAPS, LoopOps.ITERATORS, SEGMENTS);
    }

    @Override public String description() {
      return super.description() + "\n\nThe loop ranges come from the operand shapes through the maps (each loop dimension must appear "
          + "as a plain `dN` result of some map). For every point of the iteration space, in lexicographic order, the body receives "
          + "the input elements at the mapped indices and the current output elements, and yields the new output elements. Inputs "
          + "may be scalars (rank 0, a map with no results). Outputs that are tensors are copied and returned as results; buffers are "
          + "updated in place. `tl.index` gives the current iteration index in the body.";
    }

    @Override protected boolean verify(Operation op) {
      long[] seg = segmentSizes(op, 2);
      if (seg == null) return false;
      List<String> its = LoopOps.iterators(op);
      if (its == null) return false;
      int loops = its.size(), nOps = op.numOperands();
      if (!(op.attr(MAPS) instanceof ArrayAttr ma) || !ma.elements().stream().allMatch(a -> a instanceof AffineMapAttr))
        return fail(op, "expected '" + MAPS + "' to be an array of affine maps");
      if (ma.size() != nOps)
        return fail(op, "expected the number of indexing_map (" + ma.size() + ") to be equal to the number of input/output operands (" + nOps + ")");
      List<Value> outs = op.operands().subList((int) seg[0], nOps);
      if (!checkResults(op, outs)) return false;
      List<AffineMap> maps = maps(op);
      long[] loopSize = new long[loops];
      boolean[] known = new boolean[loops];
      for (int i = 0; i < nOps; i++) {
        AffineMap m = maps.get(i);
        if (m.numSymbols() != 0) return fail(op, "unexpected symbols in indexing_map #" + i);
        if (m.numDims() != loops) return fail(op, "expected indexing_map #" + i + " to have " + loops + " dim(s) to match the number of loops");
        long[] shape = shapeOf(op.operand(i).type());
        if (m.results().size() != shape.length)
          return fail(op, "expected operand rank (" + shape.length + ") to match the result rank of indexing_map #" + i + " (" + m.results().size() + ")");
        for (int j = 0; j < shape.length; j++) {
          if (!(m.results().get(j) instanceof AffineExpr.Dim d)) continue;
          int l = d.position();
          if (shape[j] == ShapedType.DYNAMIC) {
            known[l] = true;
            continue;
          }
          if (known[l] && loopSize[l] != ShapedType.DYNAMIC && loopSize[l] != shape[j])
            return fail(op, "inferred input/output operand #" + i + " has shape's dimension #" + j + " to be " + loopSize[l] + ", but found " + shape[j]);
          if (!known[l] || loopSize[l] == ShapedType.DYNAMIC) loopSize[l] = shape[j];
          known[l] = true;
        }
      }
      for (int l = 0; l < loops; l++)
        if (!known[l]) return fail(op, "expected loop dimension d" + l + " to appear as a plain dimension in some indexing map");
      if (!checkAccessRanges(op, maps, loopSize)) return false;
      if (op.numRegions() != 1 || op.region(0).isEmpty()) return fail(op, "expects a body region");
      Block b = op.region(0).front();
      if (b.numArguments() != nOps)
        return fail(op, "expected as many non-induction variable region arguments as the number of input/output operands");
      for (int i = 0; i < nOps; i++) {
        Type want = elementOf(op.operand(i).type());
        if (!b.argument(i).type().equals(want))
          return fail(op, "expected type of bb argument #" + i + " ('" + str(b.argument(i).type()) + "') to match element or self type of the corresponding operand ('" + str(want) + "')");
      }
      return true;
    }

    /**
     * With static loop sizes, a result that is not a plain dimension (a window {@code d0 + d1}, a
     * stride {@code 2 * d0}) must stay inside the operand's static size at the first and last
     * iteration (MLIR's check of the loop ranges against the shapes).
     */
    static boolean checkAccessRanges(Operation op, List<AffineMap> maps, long[] loopSize) {
      long[] first = new long[loopSize.length], last = new long[loopSize.length];
      for (int l = 0; l < loopSize.length; l++) {
        if (loopSize[l] == ShapedType.DYNAMIC || loopSize[l] == 0) return true;
        last[l] = loopSize[l] - 1;
      }
      for (int i = 0; i < maps.size(); i++) {
        long[] shape = shapeOf(op.operand(i).type());
        long[] lo = maps.get(i).evaluate(first, new long[0]), hi = maps.get(i).evaluate(last, new long[0]);
        for (int j = 0; j < shape.length; j++) {
          if (maps.get(i).results().get(j) instanceof AffineExpr.Dim || shape[j] == ShapedType.DYNAMIC) continue;
          long need = Math.max(lo[j], hi[j]) + 1;
          if (need > shape[j])
            return fail(op, "inferred input/output operand #" + i + " has shape's dimension #" + j + " to be greater than or equal to " + need + ", but found " + shape[j]);
        }
      }
      return true;
    }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { patterns.add(TlPatterns.deadTensorOp(name())); }

    @Override public boolean verifyRegions(Operation op) {
      int ins = numInputs(op);
      List<Type> want = op.operands().subList(ins, op.numOperands()).stream().map(v -> elementOf(v.type())).toList();
      return LoopOps.checkYield(op, op.region(0), want, "outputs");
    }

    @Override public void print(Operation op, OpAsmPrinter p) {
      int ins = numInputs(op);
      printAttrDict(op, p, SEGMENTS);
      printInsOuts(p, op.operands().subList(0, ins), op.operands().subList(ins, op.numOperands()));
      p.print(' ');
      p.printRegion(op.region(0), true, true);
      printResultTypes(op, p);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      p.parseOptionalAttrDict(st.attributes);
      int[] n = parseInsOuts(p, st);
      st.addAttribute(SEGMENTS, segments(n[0], n[1]));
      p.parseRegion(st.addRegion(), List.of());
      st.resultTypes.addAll(p.parseOptionalArrowTypeList());
    }
  }

  /** {@code tl.matmul ins(%a, %b : memref<MxK>, memref<KxN>) outs(%c : memref<MxN>)}: C += A·B. */
  static final class MatmulOp extends Structured {
    MatmulOp() {
      super("tl.matmul", "Matrix multiplication accumulating into the output: C[i, j] += A[i, k] * B[k, j]",
          "tl.matmul ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)\n"
              + "%r = tl.matmul ins(%x, %y : tensor<4x8xf32>, tensor<8x16xf32>) outs(%z : tensor<4x16xf32>) -> tensor<4x16xf32>");
    }

    @Override protected boolean verify(Operation op) {
      if (!counts(op, 3, -1)) return false;
      ShapedType[] t = new ShapedType[3];
      for (int i = 0; i < 3; i++) {
        t[i] = shaped(op.operand(i).type());
        if (t[i] == null || t[i].rank() != 2) return fail(op, "operand #" + i + " must be a 2-D memref or ranked tensor, but got " + str(op.operand(i).type()));
        if (!t[i].elementType().equals(t[0].elementType())) return fail(op, "expects all operands to have the same element type");
      }
      if (!compatible(new long[] {t[0].dim(1)}, new long[] {t[1].dim(0)}) || !compatible(new long[] {t[0].dim(0), t[1].dim(1)}, t[2].shape()))
        return fail(op, "expected shapes MxK, KxN and MxN, but got " + str(t[0]) + ", " + str(t[1]) + " and " + str(t[2]));
      return checkResults(op, op.operands().subList(2, 3));
    }

    @Override public void addCanonicalizationPatterns(RewritePatternSet patterns) { patterns.add(TlPatterns.deadTensorOp(name())); }

    @Override public void print(Operation op, OpAsmPrinter p) {
      printInsOuts(p, op.operands().subList(0, 2), op.operands().subList(2, 3));
      printAttrDict(op, p);
      printResultTypes(op, p);
    }

    @Override public void parse(OpAsmParser p, OperationState st) {
      int[] n = parseInsOuts(p, st);
      if (n[0] != 2 || n[1] != 1) throw p.error("expected two inputs and one output");
      p.parseOptionalAttrDict(st.attributes);
      st.resultTypes.addAll(p.parseOptionalArrowTypeList());
    }
  }
}
