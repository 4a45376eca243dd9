package dev.mlc.dialect.scf.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the scf ops: implicit terminators, constants, region-branch verification. */
public final class Scf {
  private Scf() {}

  /** The constant attribute {@code v} holds (its producer is ConstantLike), or null. */
  public static Attribute constant(Value v) { return OperationFolder.constantValue(v); }

  /** The integer value of a constant integer or index {@code v}, or null. */
  public static Long constantInt(Value v) {
    return constant(v) instanceof IntegerAttr i ? i.value().longValue() : null;
  }

  /** Whether {@code t} is a signless integer or index (MLIR's AnySignlessIntegerOrIndex). */
  public static boolean isSignlessIntOrIndex(Type t) {
    return t instanceof IndexType || t instanceof IntegerType it && it.isSignless();
  }

  public static boolean isI1(Type t) { return t instanceof IntegerType it && it.width() == 1 && it.isSignless(); }

  /** Appends {@code scf.yield} to the region's single block if it lacks a terminator (creating the block if the region is empty). */
  public static void ensureTerminator(Region r, OpAsmParser p, Location loc) {
    if (r.isEmpty()) r.addBlock();
    Block b = r.front();
    if (b.last() != null && b.last().hasTrait(Traits.IsTerminator.class)) return;
    b.append(Operation.create(p.context().opName(YieldOp.NAME), loc, List.of(), List.of(), null, DictionaryAttr.EMPTY, List.of(), 0));
  }

  /** Whether the region's terminator is a plain {@code scf.yield} that the custom form may leave out. */
  public static boolean elidableYield(Region r) {
    if (r.isEmpty() || r.front().last() == null) return true;
    Operation t = r.front().last();
    return t.isa(YieldOp.NAME) && t.numOperands() == 0 && t.attributes().isEmpty();
  }

  /** The region's terminator, or null. */
  public static Operation terminator(Region r) {
    if (r.isEmpty() || r.front().last() == null) return null;
    Operation t = r.front().last();
    return t.hasTrait(Traits.IsTerminator.class) ? t : null;
  }

  /** MLIR's region verifier messages: {@code region #i ('name') failed to verify constraint: region with 1 blocks}. */
  public static boolean verifySizedRegion(Operation op, int index, String name) {
    if (op.region(index).numBlocks() != 1)
      return op.emitOpError("region #" + index + " ('" + name + "') failed to verify constraint: region with 1 blocks").failure();
    return true;
  }

  /** SingleBlockImplicitTerminator's check: the region ends with {@code terminatorName}. */
  public static boolean verifyTerminator(Operation op, Region r, String terminatorName) {
    if (r.isEmpty()) return true;
    Operation t = r.front().last();
    if (t == null || !t.isa(terminatorName)) {
      if (t == null) return op.emitOpError("expects a non-empty block").failure();
      op.emitOpError("expects regions to end with '" + terminatorName + "', found '" + t.name() + "'")
          .attachNote(op.location(), "in custom textual format, the absence of terminator implies '" + terminatorName + "'");
      return false;
    }
    return true;
  }

  /** Types of values. */
  public static List<Type> types(List<? extends Value> vs) {
    List<Type> r = new ArrayList<>(vs.size());
    for (Value v : vs) r.add(v.type());
    return r;
  }

  private static String edgeName(int region) { return region == RegionBranchOpInterface.PARENT ? "parent results" : "Region #" + region; }

  /**
   * RegionBranchOpInterface's type check of one control-flow edge, with MLIR's messages: the
   * source values must match the successor's inputs in number and type.
   */
  public static boolean verifyEdge(Operation op, String from, int to, List<Type> sources, List<Type> inputs) {
    String target = edgeName(to);
    if (sources.size() != inputs.size())
      return op.emitOpError(" region control flow edge from " + from + " to " + target + ": source has " + sources.size()
          + " operands, but target successor needs " + inputs.size()).failure();
    for (int i = 0; i < sources.size(); i++)
      if (!sources.get(i).equals(inputs.get(i)))
        return op.emitOpError(" along control flow edge from " + from + " to " + target + ": source type #" + i + " '" + sources.get(i)
            + "' should match input type #" + i + " '" + inputs.get(i) + "'").failure();
    return true;
  }

  /**
   * RegionBranchOpInterface's verifier: every edge (from the op into a region, from a region's
   * terminator to a region or back to the op) forwards values matching the successor's inputs;
   * {@code inputs} gives the input types of a successor (a region index or PARENT).
   */
  public static boolean verifyRegionBranch(Operation op, RegionBranchOpInterface rb, java.util.function.IntFunction<List<Type>> inputs) {
    List<Attribute> unknown = java.util.Collections.nCopies(op.numOperands(), null);
    for (int s : rb.entrySuccessors(op, unknown)) {
      List<Type> sources = s == RegionBranchOpInterface.PARENT ? types(rb.entryOperands(op, 0)) : types(rb.entryOperands(op, s));
      if (!verifyEdge(op, "parent operands", s, sources, inputs.apply(s))) return false;
    }
    for (int r = 0; r < op.numRegions(); r++) {
      Operation t = terminator(op.region(r));
      if (t == null || !(t.isa(YieldOp.NAME) || t.isa(ConditionOp.NAME))) continue;
      List<Value> forwarded = t.isa(ConditionOp.NAME) ? ConditionOp.args(t) : t.operands();
      for (int s : rb.successorsOfRegion(op, r))
        if (!verifyEdge(op, "Region #" + r, s, types(forwarded), inputs.apply(s))) return false;
    }
    return true;
  }

  /** The input types of a successor by default: the op's results, or the region's entry arguments. */
  public static List<Type> defaultInputs(Operation op, int successor) {
    if (successor == RegionBranchOpInterface.PARENT) return op.resultTypes();
    Region r = op.region(successor);
    return r.isEmpty() ? List.of() : r.front().argumentTypes();
  }

  /** The sizes of an op's operand segments ({@code operandSegmentSizes}), or null when absent or malformed. */
  public static long[] segments(Operation op, int count) {
    if (!(op.attr("operandSegmentSizes") instanceof dev.mlc.ir.attr.DenseArrayAttr a) || a.size() != count) return null;
    long[] s = a.asLongs();
    long total = 0;
    for (long x : s) total += x;
    return total == op.numOperands() ? s : null;
  }

  /** Operand segment {@code i} of {@code sizes}. */
  public static List<Value> segment(Operation op, long[] sizes, int i) {
    int from = 0;
    for (int k = 0; k < i; k++) from += (int) sizes[k];
    return op.operands().subList(from, from + (int) sizes[i]);
  }

  /** Verifies {@code operandSegmentSizes} as MLIR does. */
  public static boolean verifySegments(Operation op, int count) {
    if (!(op.attr("operandSegmentSizes") instanceof dev.mlc.ir.attr.DenseArrayAttr a))
      return op.emitOpError("requires attribute 'operandSegmentSizes'").failure();
    if (a.size() != count)
      return op.emitOpError("'operandSegmentSizes' attribute for specifying operand segments must have " + count + " elements, but got " + a.size()).failure();
    long total = 0;
    for (long x : a.asLongs()) total += x;
    if (total != op.numOperands())
      return op.emitOpError("operand count (" + op.numOperands() + ") does not match with the total size (" + total
          + ") specified in attribute 'operandSegmentSizes'").failure();
    return true;
  }

  /** {@code array<i32: ...>} for {@code operandSegmentSizes}. */
  public static dev.mlc.ir.attr.DenseArrayAttr segmentAttr(long... sizes) {
    return new dev.mlc.ir.attr.DenseArrayAttr(IntegerType.of(32), sizes);
  }

  /** Whether {@code v} is defined outside {@code op} (so it dominates it). */
  public static boolean definedOutside(Value v, Operation op) {
    Operation d = v.parentRegion() == null ? null : v.parentRegion().parentOp();
    return d == null || !op.isAncestorOf(d);
  }

  /** Prints {@code  -> (t1, t2)} when {@code types} is not empty. */
  public static void printArrowTypes(OpAsmPrinter p, List<Type> types, boolean parensForOne) {
    if (types.isEmpty()) return;
    p.print(" -> ");
    boolean parens = parensForOne || types.size() > 1;
    if (parens) p.print('(');
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) p.print(", ");
      p.printType(types.get(i));
    }
    if (parens) p.print(')');
  }
}
