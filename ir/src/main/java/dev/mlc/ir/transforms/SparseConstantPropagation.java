package dev.mlc.ir.transforms;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Value;
import dev.mlc.ir.analysis.CallGraph;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.RegionBranchOpInterface;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis behind {@code sccp} (Wegman and Zadeck's algorithm, as MLIR's dead code analysis
 * and sparse constant propagation run together): a {@link ConstantValue} per value and the set of
 * executable blocks, both only ever growing, computed with a worklist of ops to revisit.
 * <ul>
 *   <li>The entry blocks of the root's regions are executable; an op is visited once its block is.
 *   <li>An op whose operands are all known folds through {@link OpDef#fold} with the constant ones
 *       (a fold that would update the op in place is undone and gives overdefined).
 *   <li>A branch makes the successors chosen by {@link BranchOpInterface#successorForOperands}
 *       executable (all of them when undecided) and joins its forwarded operands into their
 *       arguments; a terminator without the interface makes all successors executable with
 *       overdefined arguments.
 *   <li>An op with {@link RegionBranchOpInterface} enters the regions it chooses, and its region
 *       terminators flow into the regions they name or into the op's results; other ops with
 *       regions run every region from overdefined arguments.
 *   <li>Calls to callables inside the root take the join of the callee's executable returns; a
 *       private callable whose every use is a call has its body executed, and its arguments
 *       joined, only from executable calls. Other arguments of callables are overdefined.
 * </ul>
 */
final class SparseConstantPropagation {
  private final Operation root;
  private final Map<Value, ConstantValue> lattice = new HashMap<>();
  private final Set<Block> executable = new HashSet<>();
  private final ArrayDeque<Operation> worklist = new ArrayDeque<>();
  private final Set<Operation> queued = new HashSet<>();
  private final Set<Operation> knownCallers;
  private final Map<Operation, Set<Operation>> callSites = new HashMap<>();

  private SparseConstantPropagation(Operation root) {
    this.root = root;
    this.knownCallers = callablesWithKnownCallers(root);
  }

  /** Runs the analysis over the regions of {@code root}. */
  static SparseConstantPropagation solve(Operation root) {
    SparseConstantPropagation s = new SparseConstantPropagation(root);
    for (Region r : root.regions()) s.enterRegion(r, null);
    while (!s.worklist.isEmpty()) {
      Operation op = s.worklist.poll();
      s.queued.remove(op);
      s.visit(op);
    }
    return s;
  }

  /** The lattice value of {@code v}. */
  ConstantValue valueOf(Value v) { return lattice.getOrDefault(v, ConstantValue.UNKNOWN); }

  boolean isExecutable(Block b) { return executable.contains(b); }

  // ---- lattice updates ----

  private void join(Value v, ConstantValue c) {
    ConstantValue old = valueOf(v);
    ConstantValue joined = old.join(c);
    if (joined.equals(old)) return;
    lattice.put(v, joined);
    for (OpOperand u : v.uses()) enqueue(u.owner());
  }

  /** Joins {@code sources} into {@code targets} one to one; null sources or a count mismatch make the targets overdefined. */
  private void joinAll(List<? extends Value> targets, List<Value> sources) {
    boolean match = sources != null && sources.size() == targets.size();
    for (int i = 0; i < targets.size(); i++)
      join(targets.get(i), match ? valueOf(sources.get(i)) : ConstantValue.OVERDEFINED);
  }

  private void markExecutable(Block b) {
    if (executable.add(b)) for (Operation o : b) enqueue(o);
  }

  private void enterRegion(Region r, List<Value> inputs) {
    if (r.isEmpty()) return;
    joinAll(r.front().arguments(), inputs);
    markExecutable(r.front());
  }

  /** Enters region {@code s} of region-branch op {@code op}: its successor inputs join {@code inputs}, its other arguments are overdefined. */
  private void enterRegionOf(RegionBranchOpInterface rb, Operation op, int s, List<Value> inputs) {
    Region r = op.region(s);
    if (r.isEmpty()) return;
    List<? extends Value> targets = rb.successorInputs(op, s);
    for (Value a : r.front().arguments()) if (!targets.contains(a)) join(a, ConstantValue.OVERDEFINED);
    joinAll(targets, inputs);
    markExecutable(r.front());
  }

  private void enqueue(Operation op) {
    if (queued.add(op)) worklist.add(op);
  }

  /** The constant values of the operands (null where overdefined), or null while one is unknown. */
  private List<Attribute> constantOperands(Operation op) {
    List<Attribute> r = new ArrayList<>(op.numOperands());
    for (Value v : op.operands()) {
      ConstantValue c = valueOf(v);
      if (c.isUnknown()) return null;
      r.add(c.constant());
    }
    return r;
  }

  // ---- transfer functions ----

  private void visit(Operation op) {
    Block b = op.parentBlock();
    if (b == null || !executable.contains(b)) return;
    if (op.numSuccessors() > 0) visitBranch(op);
    else if (op.def() instanceof CallOpInterface) visitCall(op);
    else if (op.numRegions() > 0) visitRegionOp(op);
    else visitFoldable(op);
    if (b.last() == op && op.numSuccessors() == 0) visitRegionExit(op);
  }

  private void visitFoldable(Operation op) {
    if (op.numResults() == 0) return;
    List<Attribute> operands = constantOperands(op);
    if (operands == null) return;
    List<Object> folded = op.def() == null ? null : simulateFold(op, operands);
    if (folded == null || folded.size() != op.numResults()) {
      joinAll(op.results(), null);
      return;
    }
    String dialect = op.opName().dialectNamespace();
    for (int i = 0; i < folded.size(); i++) {
      Object r = folded.get(i);
      ConstantValue c = r instanceof Attribute a ? ConstantValue.of(a, dialect)
          : r instanceof Value v && op.operands().contains(v) ? valueOf(v) : ConstantValue.OVERDEFINED;
      join(op.result(i), c);
    }
  }

  /** Folds {@code op} as if its operands were {@code operands}; an in-place fold is undone and counts as failure. */
  private static List<Object> simulateFold(Operation op, List<Attribute> operands) {
    List<Value> savedOperands = new ArrayList<>(op.operands());
    Attribute savedProperties = op.properties();
    DictionaryAttr savedAttributes = op.attributes();
    List<Object> folded = op.def().fold(op, operands);
    if (folded == null) return null;
    for (Object r : folded)
      if (r instanceof Value v && v.definingOp() == op) {
        op.setOperands(savedOperands);
        op.setProperties(savedProperties);
        op.setAttributes(savedAttributes);
        return null;
      }
    return folded;
  }

  private void visitBranch(Operation op) {
    List<Attribute> operands = constantOperands(op);
    if (operands == null) return;
    BranchOpInterface branch = op.def() instanceof BranchOpInterface bi ? bi : null;
    Block taken = branch == null ? null : branch.successorForOperands(op, operands);
    for (int i = 0; i < op.numSuccessors(); i++) {
      Block s = op.successor(i);
      if (taken != null && s != taken) continue;
      joinAll(s.arguments(), branch == null ? null : branch.successorOperands(op, i));
      markExecutable(s);
    }
  }

  private void visitRegionOp(Operation op) {
    if (knownCallers.contains(op)) return;
    if (!(op.def() instanceof RegionBranchOpInterface rb)) {
      for (Region r : op.regions()) enterRegion(r, null);
      joinAll(op.results(), null);
      return;
    }
    List<Attribute> operands = constantOperands(op);
    if (operands == null) return;
    for (int s : rb.entrySuccessors(op, operands)) {
      if (s == RegionBranchOpInterface.PARENT) joinAll(op.results(), rb.entryOperands(op, s));
      else enterRegionOf(rb, op, s, rb.entryOperands(op, s));
    }
  }

  /** The last op of a block leaves its region: into sibling regions or the parent's results, or out of a callable. */
  private void visitRegionExit(Operation op) {
    Region region = op.parentRegion();
    Operation parent = region.parentOp();
    if (parent == null) return;
    if (parent.def() instanceof RegionBranchOpInterface rb) {
      boolean terminator = op.hasTrait(Traits.IsTerminator.class);
      List<Value> forwarded = terminator ? rb.forwardedOperands(parent, op) : null;
      List<Integer> successors = rb.successorsOfRegion(parent, region.indexInParent());
      if (terminator) {
        List<Attribute> operands = constantOperands(op);
        if (operands == null) return;  // revisited once its operands are known
        successors = rb.successorsOfTerminator(parent, region.indexInParent(), op, operands);
      }
      for (int s : successors) {
        if (s == RegionBranchOpInterface.PARENT) joinAll(parent.results(), forwarded);
        else enterRegionOf(rb, parent, s, forwarded);
      }
    } else if (CallGraph.callableRegion(parent) == region) {
      for (Operation call : callSites.getOrDefault(parent, Set.of())) enqueue(call);
    }
  }

  private void visitCall(Operation call) {
    Operation callee = CallGraph.resolveCallable(call);
    Region body = callee == null ? null : CallGraph.callableRegion(callee);
    if (body == null || !root.isAncestorOf(callee)) {
      joinAll(call.results(), null);
      return;
    }
    callSites.computeIfAbsent(callee, k -> new LinkedHashSet<>()).add(call);
    if (knownCallers.contains(callee)) enterRegion(body, ((CallOpInterface) call.def()).argOperands(call));
    for (Block b : body.blocks()) {
      Operation exit = b.last();
      if (!executable.contains(b) || exit == null || exit.numSuccessors() > 0) continue;
      joinAll(call.results(), exit.hasTrait(Traits.ReturnLike.class) ? exit.operands() : null);
    }
  }

  /**
   * The callables (with bodies, in a symbol table inside {@code root}) whose uses are all known
   * calls: private ones, and nested-visibility ones of a top-level root, referenced only as the
   * callee of call ops.
   */
  private static Set<Operation> callablesWithKnownCallers(Operation root) {
    Set<Operation> candidates = new HashSet<>();
    boolean topLevel = root.parentBlock() == null;
    root.walk(op -> {
      Operation table = op.parentOp();
      if (op == root || CallGraph.callableRegion(op) == null || table == null || !SymbolTable.isSymbolTable(table)) return;
      SymbolUses.Visibility v = SymbolUses.visibility(op);
      if (v == SymbolUses.Visibility.PRIVATE || (v == SymbolUses.Visibility.NESTED && topLevel && table == root)) candidates.add(op);
    });
    if (candidates.isEmpty()) return candidates;
    root.walk(op -> SymbolUses.forEachRef(op, ref -> {
      Operation target = SymbolTable.lookupNearestFrom(op, ref);
      boolean asCallee = op.def() instanceof CallOpInterface ci && ref.equals(ci.callee(op));
      if (!asCallee) candidates.remove(target);
    }));
    return candidates;
  }
}
