package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter.SignatureConversion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rewriter of a dialect conversion. Every change made through it is applied at once and
 * recorded in an undo log, so that the driver can roll back a pattern that fails (or whose
 * generated ops cannot be legalized) and the whole conversion when it fails.
 *
 * <p>Replacing a value records a mapping from the old value to the new one. When their types
 * differ, the old value's remaining users are given a source materialization (an
 * {@code builtin.unrealized_conversion_cast} from the new value back to the old type), so the IR
 * stays well typed throughout; converted users see the new value through their adaptor operands
 * ({@link #remappedValue}). Casts nobody uses at the end are erased; the others are handed to the
 * type converter's materialization callbacks.
 *
 * <p>Contract for patterns: change pre-existing IR only through this rewriter (create ops through
 * it, replace, erase, modify in place with {@link #modifyOpInPlace}, move blocks and ops with its
 * methods). Inside ops the pattern itself created anything goes: they vanish as a whole on rollback.
 */
public final class ConversionPatternRewriter extends PatternRewriter {
  static final String CAST = "builtin.unrealized_conversion_cast";

  /** An undoable step. */
  private interface Undo {
    void undo();
  }

  enum Kind { SOURCE, TARGET }

  /** Why the driver inserted an unrealized cast: which way it converts, with which converter, for what. */
  private record Materialization(Kind kind, TypeConverter converter, String what) {}

  /** A position in the undo log and in the list of created ops. */
  record Checkpoint(int log, int created) {}

  private record SavedRefs(Operation op, Value[] operands, Block[] successors) {}

  private final Operation root;
  private final TypeConverter defaultConverter;
  private final List<Undo> undoLog = new ArrayList<>();
  private final Map<Value, Value> mapping = new IdentityHashMap<>();
  private final Map<Operation, Materialization> materializations = new LinkedHashMap<>();
  private final Map<Value, Map<Type, Operation>> targetCasts = new IdentityHashMap<>();
  private final List<Operation> created = new ArrayList<>();
  private final List<BlockArgument> argsToErase = new ArrayList<>();
  private TypeConverter currentConverter;
  private String lastFailure;

  ConversionPatternRewriter(Operation root, TypeConverter defaultConverter) {
    super(root.context());
    this.root = root;
    this.defaultConverter = defaultConverter;
  }

  // ---- what patterns ask ----

  /** The type converter of the pattern being applied, or the conversion's converter; may be null. */
  public TypeConverter typeConverter() { return currentConverter != null ? currentConverter : defaultConverter; }

  /** The latest replacement of {@code v} (itself when it was not replaced), before any type conversion. */
  public Value remappedValue(Value v) {
    for (int guard = mapping.size(); guard >= 0; guard--) {
      Value n = mapping.get(v);
      if (n == null) return v;
      v = n;
    }
    throw new IllegalStateException("cyclic value mapping in conversion");
  }

  public List<Value> remappedValues(List<? extends Value> vs) {
    List<Value> r = new ArrayList<>(vs.size());
    for (Value v : vs) r.add(remappedValue(v));
    return r;
  }

  /**
   * The values {@code v} was converted into: several for a block argument whose type converted
   * 1:N (adaptor operands of such values keep the original type), otherwise its latest replacement.
   */
  public List<Value> convertedValues(Value v) {
    Value w = remappedValue(v);
    Operation d = w.definingOp();
    if (d != null && materializations.get(d) instanceof Materialization m && m.kind() == Kind.SOURCE && d.numOperands() != 1)
      return List.copyOf(d.operands());
    return List.of(w);
  }

  // ---- creating ----

  @Override protected void notifyOperationInserted(Operation op) {
    created.add(op);
    undoLog.add(() -> detach(op));
    super.notifyOperationInserted(op);
  }

  @Override public Block createBlock(Region region, List<? extends Type> argTypes, Location loc) {
    Block b = super.createBlock(region, argTypes, loc);
    undoLog.add(b::erasePreservingOps);
    return b;
  }

  @Override public boolean notifyMatchFailure(Operation op, String reason) {
    lastFailure = reason;
    return super.notifyMatchFailure(op, reason);
  }

  // ---- replacing and erasing ----

  /**
   * Replaces {@code op} by {@code values} (one per result; null for a result that must have no
   * users once the conversion ends) and erases it. Converted users see the new values through
   * their adaptors; other users get a source materialization when the types differ.
   */
  @Override public void replaceOp(Operation op, List<? extends Value> values) {
    if (values.size() != op.numResults())
      throw new IllegalArgumentException("replaceOp: '" + op.name() + "' has " + op.numResults() + " results, got " + values.size() + " values");
    for (int i = 0; i < values.size(); i++)
      replaceValue(op.result(i), values.get(i), "result #" + i + " of operation '" + op.name() + "'", op.parentBlock(), op);
    eraseLogged(op);
  }

  /** Erases {@code op}; its results must have no users once the conversion ends. */
  @Override public void eraseOp(Operation op) { replaceOp(op, Arrays.asList(new Value[op.numResults()])); }

  @Override public void replaceAllUsesWith(Value from, Value to) {
    Block b = to.definingOp() != null ? to.definingOp().parentBlock() : to.parentBlock();
    replaceValue(from, to, "value", b, b == null ? null : b.first());
  }

  /** Runs {@code change} on {@code op} after saving its operands, successors, attributes, location and result types. */
  @Override public void modifyOpInPlace(Operation op, Runnable change) {
    Location loc = op.location();
    List<Value> operands = new ArrayList<>(op.operands());
    List<Block> successors = op.successors();
    Attribute props = op.properties();
    DictionaryAttr attrs = op.attributes();
    List<Type> resultTypes = op.resultTypes();
    undoLog.add(() -> {
      op.setLocation(loc);
      if (op.numOperands() == operands.size()) for (int i = 0; i < operands.size(); i++) op.setOperand(i, operands.get(i));
      else op.setOperands(operands);
      if (op.numSuccessors() == successors.size()) for (int i = 0; i < successors.size(); i++) op.setSuccessor(i, successors.get(i));
      else op.setSuccessors(successors);
      op.setProperties(props);
      op.setAttributes(attrs);
      for (int i = 0; i < resultTypes.size(); i++) op.result(i).setType(resultTypes.get(i));
    });
    change.run();
  }

  // ---- moving blocks and ops ----

  @Override public void inlineRegionBefore(Region region, Region parent, int index) {
    for (Block b : List.copyOf(region.blocks())) moveBlock(b, parent, index++);
  }

  @Override public void inlineBlockBefore(Block source, Operation before, List<? extends Value> argValues) {
    replaceArguments(source, argValues);
    Block dest = before.parentBlock();
    for (Operation o = source.first(); o != null; ) {
      Operation n = o.nextOp();
      moveOp(o, dest, before);
      o = n;
    }
    removeBlock(source);
  }

  @Override public void mergeBlocks(Block source, Block dest, List<? extends Value> argValues) {
    replaceArguments(source, argValues);
    for (Operation o = source.first(); o != null; ) {
      Operation n = o.nextOp();
      moveOp(o, dest, null);
      o = n;
    }
    removeBlock(source);
  }

  @Override public Block splitBlock(Block block, Operation op) {
    Block nb = new Block();
    block.parent().insertAfter(nb, block);
    undoLog.add(nb::erasePreservingOps);
    for (Operation o = op; o != null; ) {
      Operation n = o.nextOp();
      moveOp(o, nb, null);
      o = n;
    }
    return nb;
  }

  /** Erases an unused block argument when the conversion succeeds. */
  @Override public void eraseBlockArgument(BlockArgument arg) {
    if (arg.hasUses()) throw new IllegalStateException("cannot erase a block argument that has uses");
    argsToErase.add(arg);
    undoLog.add(() -> argsToErase.remove(arg));
  }

  // ---- signature conversion ----

  /**
   * Converts the argument types of {@code block} as {@code conversion} says: a new block with the
   * new arguments takes the old block's place, ops and predecessors; uses of an old argument are
   * remapped to its new argument(s), through a source materialization where the types differ.
   * Returns the new block.
   */
  public Block applySignatureConversion(Block block, SignatureConversion conversion, TypeConverter converter) {
    if (conversion.numOriginalInputs() != block.numArguments())
      throw new IllegalArgumentException("signature conversion for " + conversion.numOriginalInputs() + " inputs applied to a block with "
          + block.numArguments() + " arguments");
    TypeConverter saved = currentConverter;
    if (converter != null) currentConverter = converter;
    try {
      List<Type> types = conversion.convertedTypes();
      Location[] locs = new Location[types.size()];
      for (int i = 0; i < block.numArguments(); i++) {
        var m = conversion.inputMapping(i);
        if (m != null && m.replacement() == null)
          for (int j = 0; j < m.size(); j++) locs[m.inputNo() + j] = block.argument(i).location();
      }
      Block nb = new Block();
      Operation parentOp = block.parentOp();
      for (int i = 0; i < types.size(); i++)
        nb.addArgument(types.get(i), locs[i] != null ? locs[i] : parentOp != null ? parentOp.location() : Location.UNKNOWN);
      Region region = block.parent();
      region.insertBlock(block.indexInRegion(), nb);
      undoLog.add(nb::erasePreservingOps);
      for (Operation o = block.first(); o != null; ) {
        Operation n = o.nextOp();
        moveOp(o, nb, null);
        o = n;
      }
      for (Operation pred : new LinkedHashSet<>(block.predecessors()))
        for (int i = 0; i < pred.numSuccessors(); i++) if (pred.successor(i) == block) setSuccessor(pred, i, nb);
      for (int i = 0; i < block.numArguments(); i++) {
        BlockArgument old = block.argument(i);
        var m = conversion.inputMapping(i);
        String what = "block argument #" + i;
        if (m == null) replaceValue(old, null, what, nb, nb.first());
        else if (m.replacement() != null) replaceValue(old, m.replacement(), what, nb, nb.first());
        else if (m.size() == 1) replaceValue(old, nb.argument(m.inputNo()), what, nb, nb.first());
        else if (old.hasUses()) {
          Operation cast = buildCast(new ArrayList<>(nb.arguments().subList(m.inputNo(), m.inputNo() + m.size())), old.type(),
              old.location(), nb, nb.first(), Kind.SOURCE, what);
          replaceUses(old, cast.result(0));
        }
      }
      removeBlock(block);
      return nb;
    } finally {
      currentConverter = saved;
    }
  }

  /**
   * Converts the argument types of every block of {@code region} with {@code converter}, the entry
   * block with {@code entryConversion} when it is not null (for instance one built from a function
   * signature). Blocks whose types are already legal are kept. Returns false, changing nothing,
   * when a type cannot be converted; the new entry block is then {@code region.front()}.
   */
  public boolean convertRegionTypes(Region region, TypeConverter converter, SignatureConversion entryConversion) {
    List<Block> blocks = List.copyOf(region.blocks());
    List<SignatureConversion> conversions = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      SignatureConversion c = b == region.front() && entryConversion != null ? entryConversion : converter.convertBlockSignature(b);
      if (c == null) return false;
      conversions.add(c);
    }
    for (int i = 0; i < blocks.size(); i++)
      if (!conversions.get(i).isIdentity(blocks.get(i).argumentTypes())) applySignatureConversion(blocks.get(i), conversions.get(i), converter);
    return true;
  }

  public boolean convertRegionTypes(Region region, TypeConverter converter) { return convertRegionTypes(region, converter, null); }

  // ---- driver interface ----

  Checkpoint checkpoint() { return new Checkpoint(undoLog.size(), created.size()); }

  /** Undoes everything recorded after {@code c}, latest first. */
  void rollback(Checkpoint c) {
    for (int i = undoLog.size() - 1; i >= c.log(); i--) undoLog.remove(i).undo();
    created.subList(c.created(), created.size()).clear();
    clearInsertionPoint();
  }

  void rollbackAll() { rollback(new Checkpoint(0, 0)); }

  /** The ops created since {@code c}. */
  List<Operation> createdSince(Checkpoint c) { return List.copyOf(created.subList(c.created(), created.size())); }

  /** Starts a pattern attempt: clears the last failure reason and sets the pattern's converter. */
  TypeConverter beginPattern(TypeConverter converter) {
    lastFailure = null;
    TypeConverter saved = currentConverter;
    currentConverter = converter;
    return saved;
  }

  void endPattern(TypeConverter saved) { currentConverter = saved; }

  String lastFailure() { return lastFailure; }

  /** Whether {@code op} is still part of the IR under conversion. */
  boolean isLive(Operation op) { return root.isAncestorOf(op); }

  /**
   * The adaptor operands of {@code op}: each operand's latest replacement, converted with
   * {@code converter} (through a target materialization where needed) when it is not null; null,
   * with the reason reported, when an operand type cannot be converted.
   */
  List<Value> adaptorOperands(Operation op, TypeConverter converter) {
    List<Value> out = new ArrayList<>(op.numOperands());
    for (int i = 0; i < op.numOperands(); i++) {
      Value v = op.operand(i);
      Value cur = remappedValue(v);
      if (converter == null) {
        out.add(cur);
        continue;
      }
      List<Type> desired = converter.convertTypeToList(v.type());
      if (desired == null) {
        notifyMatchFailure(op, "unable to convert the type of operand #" + i + " (" + v.type() + ")");
        return null;
      }
      if (desired.size() != 1 || cur.type().equals(desired.get(0))) out.add(cur);
      else out.add(targetMaterialization(cur, desired.get(0)));
    }
    return out;
  }

  private Value targetMaterialization(Value v, Type t) {
    Operation cached = targetCasts.computeIfAbsent(v, k -> new HashMap<>()).get(t);
    if (cached != null && isLive(cached) && cached.numOperands() == 1 && cached.operand(0) == v) return cached.result(0);
    Operation d = v.definingOp();
    Block b = d != null ? d.parentBlock() : v.parentBlock();
    Operation before = d != null ? d.nextOp() : b.first();
    Operation cast = buildCast(List.of(v), t, v.location(), b, before, Kind.TARGET, "operand");
    targetCasts.get(v).put(t, cast);
    return cast.result(0);
  }

  /**
   * Ends a successful conversion: folds round-trip casts, erases unused ones, hands the remaining
   * ones to the type converter's callbacks, and reports those still unresolved (all of them in a
   * full conversion, those without inputs in any mode). Returns false after reporting errors.
   */
  boolean finalizeConversion(boolean full) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Operation c : List.copyOf(materializations.keySet())) {
        if (!isLive(c)) continue;
        if (c.useEmpty()) {
          eraseLogged(c);
          changed = true;
        } else if (c.numOperands() == 1 && c.operand(0).definingOp() instanceof Operation d && materializations.containsKey(d)
            && d.numOperands() == 1 && d.operand(0).type().equals(c.result(0).type())) {
          replaceUses(c.result(0), d.operand(0));
          eraseLogged(c);
          changed = true;
        }
      }
    }
    boolean ok = true;
    for (var e : List.copyOf(materializations.entrySet())) {
      Operation c = e.getKey();
      if (!isLive(c)) continue;
      Materialization m = e.getValue();
      TypeConverter tc = m.converter() != null ? m.converter() : defaultConverter;
      Value v = null;
      if (tc != null) {
        try (var g = guard()) {
          Checkpoint before = checkpoint();
          setInsertionPoint(c);
          List<Value> inputs = List.copyOf(c.operands());
          Type t = c.result(0).type();
          v = m.kind() == Kind.SOURCE ? tc.materializeSourceConversion(this, t, inputs, c.location())
              : tc.materializeTargetConversion(this, t, inputs, c.location());
          if (v == null) rollback(before); // callbacks that built something and then declined leave nothing behind
        }
      }
      if (v != null && v != c.result(0)) {
        if (!v.type().equals(c.result(0).type()))
          throw new IllegalStateException("materialization produced a value of type " + v.type() + " for " + c.result(0).type());
        replaceUses(c.result(0), v);
        eraseLogged(c);
        continue;
      }
      if (!full && c.numOperands() > 0) continue;
      Diagnostic d = c.numOperands() == 0
          ? c.emitError("failed to materialize conversion for " + m.what() + " that remained live after conversion")
          : c.emitError("failed to legalize unresolved materialization from (" + typeList(c.operandTypes()) + ") to ("
              + typeList(c.resultTypes()) + ") that remained live after conversion");
      Operation user = c.result(0).useList().get(0).owner();
      d.attachNote(user.location(), "see existing live user here: '" + user.name() + "'");
      ok = false;
    }
    context.diagnostics().flush();
    return ok;
  }

  /** Makes the conversion permanent: performs deferred erasures and forgets the undo log. */
  void commit() {
    argsToErase.sort((a, b) -> Integer.compare(b.index(), a.index()));
    for (BlockArgument a : argsToErase) {
      Block b = a.owner();
      if (a.index() < b.numArguments() && b.argument(a.index()) == a && !a.hasUses()) b.eraseArgument(a.index());
    }
    argsToErase.clear();
    undoLog.clear();
    created.clear();
    mapping.clear();
    materializations.clear();
    targetCasts.clear();
  }

  private static String typeList(List<Type> ts) { return ts.stream().map(String::valueOf).collect(Collectors.joining(", ")); }

  // ---- recorded primitives ----

  /**
   * Replaces the uses of {@code from} by {@code to} and records the mapping; when the types differ
   * (or {@code to} is null) the users get a source materialization placed right after {@code to}'s
   * definition, or at {@code block}/{@code before} when there is no {@code to}.
   */
  private void replaceValue(Value from, Value to, String what, Block block, Operation before) {
    if (to != null) map(from, to);
    if (!from.hasUses()) return;
    if (to != null && to.type().equals(from.type())) {
      replaceUses(from, to);
      return;
    }
    if (to != null) {
      Operation d = to.definingOp();
      Block b = d != null ? d.parentBlock() : to.parentBlock();
      if (b != null) {
        block = b;
        before = d != null ? d.nextOp() : b.first();
      }
    }
    if (block == null) throw new IllegalStateException("no place for a materialization of " + what);
    Operation cast = buildCast(to == null ? List.of() : List.of(to), from.type(), from.location(), block, before, Kind.SOURCE, what);
    replaceUses(from, cast.result(0));
    if (to != null) map(cast.result(0), to);
  }

  private void replaceArguments(Block source, List<? extends Value> argValues) {
    for (int i = 0; i < source.numArguments(); i++) {
      Value to = i < argValues.size() ? argValues.get(i) : null;
      if (to == null && source.argument(i).hasUses())
        throw new IllegalArgumentException("block argument #" + i + " has uses but no replacement value");
      if (to != null) replaceValue(source.argument(i), to, "block argument #" + i, null, null);
    }
  }

  private void replaceUses(Value from, Value to) {
    for (OpOperand u : from.useList()) {
      Operation owner = u.owner();
      int i = u.index();
      undoLog.add(() -> owner.setOperand(i, from));
      u.set(to);
    }
  }

  private void setSuccessor(Operation op, int i, Block b) {
    Block old = op.successor(i);
    undoLog.add(() -> op.setSuccessor(i, old));
    op.setSuccessor(i, b);
  }

  private void map(Value from, Value to) {
    if (from == to) return;
    Value prev = mapping.put(from, to);
    undoLog.add(() -> {
      if (prev == null) mapping.remove(from);
      else mapping.put(from, prev);
    });
  }

  private Operation buildCast(List<Value> inputs, Type type, Location loc, Block block, Operation before, Kind kind, String what) {
    Operation cast = Operation.create(context.opName(CAST), loc, inputs, List.of(type), null, null, List.of(), 0);
    block.insertBefore(cast, before);
    materializations.put(cast, new Materialization(kind, typeConverter(), what));
    undoLog.add(() -> {
      materializations.remove(cast);
      detach(cast);
    });
    return cast;
  }

  /** Removes {@code op} from its block and drops its references, recording how to put both back. */
  private void eraseLogged(Operation op) {
    if (!op.useEmpty()) throw new IllegalStateException("cannot erase '" + op.name() + "': its results still have uses");
    Block block = op.parentBlock();
    Operation next = op.nextOp();
    if (insertionPoint() == op) {
      // New ops still go where the erased op was (in MLIR it stays in place until the conversion ends).
      if (next != null) setInsertionPoint(next);
      else setInsertionPointToEnd(block);
    }
    List<SavedRefs> saved = new ArrayList<>();
    op.walkPreOrder(o -> saved.add(new SavedRefs(o, o.operands().toArray(new Value[0]), o.successors().toArray(new Block[0]))));
    op.remove();
    op.dropAllReferences();
    undoLog.add(() -> {
      for (SavedRefs s : saved) {
        for (int i = 0; i < s.operands().length; i++) s.op().setOperand(i, s.operands()[i]);
        for (int i = 0; i < s.successors().length; i++) s.op().setSuccessor(i, s.successors()[i]);
      }
      if (block != null) block.insertBefore(op, next);
    });
  }

  private void moveOp(Operation o, Block dest, Operation before) {
    Block from = o.parentBlock();
    Operation fromNext = o.nextOp();
    o.remove();
    dest.insertBefore(o, before);
    undoLog.add(() -> {
      o.remove();
      if (from != null) from.insertBefore(o, fromNext);
    });
  }

  private void moveBlock(Block b, Region to, int index) {
    Region from = b.parent();
    int fromIndex = b.indexInRegion();
    b.erasePreservingOps();
    to.insertBlock(index, b);
    undoLog.add(() -> {
      b.erasePreservingOps();
      if (from != null) from.insertBlock(fromIndex, b);
    });
  }

  /** Removes an emptied block from its region (its arguments must be unused). */
  private void removeBlock(Block b) {
    Region r = b.parent();
    if (r == null) return;
    int index = b.indexInRegion();
    b.erasePreservingOps();
    undoLog.add(() -> r.insertBlock(index, b));
  }

  private static void detach(Operation op) {
    op.remove();
    op.dropAllReferences();
  }
}
