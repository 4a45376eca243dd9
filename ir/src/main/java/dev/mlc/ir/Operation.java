package dev.mlc.ir;

import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one node of the IR: a name, operands, results, properties, attributes, regions and
 * successors, at a location. Registered ops add meaning through their {@link OpDef}; unregistered
 * ops round-trip unchanged. Operations live in the doubly linked list of a {@link Block}.
 */
public final class Operation {
  private static final OpOperand[] NO_OPERANDS = new OpOperand[0];
  private static final Region[] NO_REGIONS = new Region[0];
  private static final BlockOperand[] NO_SUCCESSORS = new BlockOperand[0];

  private OperationName name;
  private Location location;
  private OpOperand[] operands;
  /** Null (no result), an {@link OpResult} (the common single result), or an {@code OpResult[]}. */
  private final Object results;
  private BlockOperand[] successors;
  private Region[] regions;
  private Attribute properties;
  private DictionaryAttr attributes;

  Block parent;
  Operation prev, next;
  int orderIndex = -1;
  /** A random hash: cheap for identity-keyed tables (no identity-hash header installation). */
  private final int hash = IdentityHashes.next();

  private Operation(OperationName name, Location location, Object operands, List<? extends Type> resultTypes,
                    List<Block> successors, int numRegions, Attribute properties, DictionaryAttr attributes) {
    this.name = Objects.requireNonNull(name, "operation name");
    this.location = location == null ? Location.UNKNOWN : location;
    if (operands instanceof Value[] array) {
      int n = array.length;
      this.operands = n == 0 ? NO_OPERANDS : new OpOperand[n];
      for (int i = 0; i < n; i++) this.operands[i] = new OpOperand(this, i, Objects.requireNonNull(array[i], "operand"));
    } else {
      List<?> list = (List<?>) operands;
      int n = list.size();
      this.operands = n == 0 ? NO_OPERANDS : new OpOperand[n];
      for (int i = 0; i < n; i++) this.operands[i] = new OpOperand(this, i, (Value) Objects.requireNonNull(list.get(i), "operand"));
    }
    int r = resultTypes.size();
    if (r == 0) this.results = null;
    else if (r == 1) this.results = new OpResult(this, 0, resultTypes.get(0));
    else {
      OpResult[] rs = new OpResult[r];
      for (int i = 0; i < r; i++) rs[i] = new OpResult(this, i, resultTypes.get(i));
      this.results = rs;
    }
    setSuccessors(successors);
    if (numRegions == 0) this.regions = NO_REGIONS;
    else {
      this.regions = new Region[numRegions];
      for (int i = 0; i < numRegions; i++) this.regions[i] = new Region(this);
    }
    this.properties = properties;
    this.attributes = attributes == null ? DictionaryAttr.EMPTY : attributes;
    OpDef def = name.def();
    if (def != null && !this.attributes.isEmpty() && (properties == null || properties instanceof DictionaryAttr)) moveInherentToProperties(def);
  }

  /** Registered ops keep their inherent attributes in the properties, wherever a builder put them. */
  private void moveInherentToProperties(OpDef def) {
    DictionaryAttr props = properties instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
    DictionaryAttr attrs = attributes;
    for (var e : attributes.entries())
      if (def.isInherentAttr(e.name())) {
        props = props.with(e.name(), e.value());
        attrs = attrs.without(e.name());
      }
    if (attrs != attributes) {
      attributes = attrs;
      properties = props;
    }
  }

  /** Creates a detached operation with {@code numRegions} empty regions. */
  public static Operation create(OperationName name, Location location, List<? extends Value> operands,
                                 List<? extends Type> resultTypes, Attribute properties, DictionaryAttr attributes,
                                 List<Block> successors, int numRegions) {
    return new Operation(name, location, operands, resultTypes, successors == null ? List.of() : successors, numRegions,
        properties, attributes);
  }

  /**
   * As {@link #create(OperationName, Location, List, List, Attribute, DictionaryAttr, List, int)}, with
   * the operands in an array, and {@code regions} (detached, built beforehand, e.g. by a parser)
   * becoming the op's regions as they are.
   */
  public static Operation create(OperationName name, Location location, Value[] operands, List<? extends Type> resultTypes,
                                 Attribute properties, DictionaryAttr attributes, List<Block> successors, Region[] regions) {
    Operation op = new Operation(name, location, operands, resultTypes, successors == null ? List.of() : successors, regions);
    op.properties = properties;
    op.attributes = attributes == null ? DictionaryAttr.EMPTY : attributes;
    OpDef def = name.def();
    if (def != null && !op.attributes.isEmpty() && (properties == null || properties instanceof DictionaryAttr)) op.moveInherentToProperties(def);
    return op;
  }

  private Operation(OperationName name, Location location, Value[] operands, List<? extends Type> resultTypes,
                    List<Block> successors, Region[] regions) {
    this(name, location, operands, resultTypes, successors, 0, null, null);
    for (Region r : regions) r.adoptBy(this);
    this.regions = regions.length == 0 ? NO_REGIONS : regions;
  }

  public static Operation create(OperationState s) {
    Operation op = create(s.name, s.location, s.operands, s.resultTypes, s.properties, DictionaryAttr.of(s.attributes),
        s.successors, s.regions.size());
    for (int i = 0; i < s.regions.size(); i++) {
      Region from = s.regions.get(i);
      if (from != null) op.regions[i].takeBody(from);
    }
    return op;
  }

  // ---- identity ----

  public OperationName opName() { return name; }

  /** The full name, for example {@code "arith.addf"}. */
  public String name() { return name.name(); }

  public boolean isa(String opName) { return name.name().equals(opName); }

  /** The definition, or null for an unregistered op. */
  public OpDef def() { return name.def(); }

  public boolean isRegistered() { return name.def() != null; }

  /** Whether the op's definition has the given trait (false for unregistered ops). */
  public boolean hasTrait(Class<?> trait) {
    OpDef d = name.def();
    return d != null && d.hasTrait(trait);
  }

  public Location location() { return location; }

  public void setLocation(Location l) { this.location = l == null ? Location.UNKNOWN : l; }

  public MLContext context() { return name.context(); }

  // ---- operands ----

  public int numOperands() { return operands.length; }

  public Value operand(int i) { return operands[i].value; }

  public OpOperand opOperand(int i) { return operands[i]; }

  public List<Value> operands() {
    return new AbstractList<>() {
      @Override public Value get(int i) { return operands[i].value; }
      @Override public int size() { return operands.length; }
    };
  }

  public List<Type> operandTypes() {
    List<Type> r = new ArrayList<>(operands.length);
    for (OpOperand o : operands) r.add(o.value.type());
    return r;
  }

  public void setOperand(int i, Value v) { operands[i].set(Objects.requireNonNull(v)); }

  /** Replaces all operands (the count may change). */
  public void setOperands(List<? extends Value> values) {
    for (OpOperand o : operands) o.drop();
    operands = values.isEmpty() ? NO_OPERANDS : new OpOperand[values.size()];
    for (int i = 0; i < values.size(); i++) operands[i] = new OpOperand(this, i, Objects.requireNonNull(values.get(i)));
  }

  // ---- results ----

  public int numResults() {
    Object r = results;
    return r == null ? 0 : r instanceof OpResult ? 1 : ((OpResult[]) r).length;
  }

  public OpResult result(int i) {
    Object r = results;
    if (r instanceof OpResult one) {
      if (i != 0) throw new IndexOutOfBoundsException("result #" + i + " of a single-result op");
      return one;
    }
    if (r == null) throw new IndexOutOfBoundsException("result #" + i + " of an op without results");
    return ((OpResult[]) r)[i];
  }



  /** The single result; throws if the op does not have exactly one. */
  public OpResult result() {
    if (!(results instanceof OpResult one)) throw new IllegalStateException("'" + name() + "' has " + numResults() + " results");
    return one;
  }

  public List<OpResult> results() {
    Object r = results;
    if (r == null) return List.of();
    if (r instanceof OpResult one) return List.of(one);
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList((OpResult[]) r));
  }

  public List<Type> resultTypes() {
    int n = numResults();
    List<Type> r = new ArrayList<>(n);
    for (int i = 0; i < n; i++) r.add(result(i).type());
    return r;
  }

  public boolean useEmpty() {
    for (int i = 0, n = numResults(); i < n; i++) if (result(i).hasUses()) return false;
    return true;
  }

  /** Replaces all uses of this op's results with the given values, one per result. */
  public void replaceAllUsesWith(List<? extends Value> values) {
    int n = numResults();
    if (values.size() != n) throw new IllegalArgumentException("expected " + n + " replacement values");
    for (int i = 0; i < n; i++) result(i).replaceAllUsesWith(values.get(i));
  }

  // ---- successors ----

  public int numSuccessors() { return successors.length; }

  public Block successor(int i) { return successors[i].block; }

  public BlockOperand blockOperand(int i) { return successors[i]; }

  public List<Block> successors() {
    List<Block> r = new ArrayList<>(successors.length);
    for (BlockOperand b : successors) r.add(b.block);
    return r;
  }

  public void setSuccessor(int i, Block b) { successors[i].set(b); }

  public void setSuccessors(List<Block> blocks) {
    if (successors != null) for (BlockOperand b : successors) b.set(null);
    if (blocks.isEmpty()) successors = NO_SUCCESSORS;
    else {
      successors = new BlockOperand[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) successors[i] = new BlockOperand(this, i, Objects.requireNonNull(blocks.get(i)));
    }
  }

  // ---- regions ----

  public int numRegions() { return regions.length; }

  public Region region(int i) { return regions[i]; }

  public List<Region> regions() { return java.util.Collections.unmodifiableList(java.util.Arrays.asList(regions)); }

  // ---- attributes ----

  /** The properties (MLIR's {@code <{...}>}), usually a dictionary; null when absent. */
  public Attribute properties() { return properties; }

  public void setProperties(Attribute p) { this.properties = p; }

  /** The discardable attribute dictionary. */
  public DictionaryAttr attributes() { return attributes; }

  public void setAttributes(DictionaryAttr d) { this.attributes = d == null ? DictionaryAttr.EMPTY : d; }

  /** An attribute by name: from the properties dictionary first, then the discardable attributes. */
  public Attribute attr(String n) {
    if (properties instanceof DictionaryAttr p) {
      Attribute a = p.get(n);
      if (a != null) return a;
    }
    return attributes.get(n);
  }

  public <A extends Attribute> A attr(String n, Class<A> kind) {
    Attribute a = attr(n);
    return kind.isInstance(a) ? kind.cast(a) : null;
  }

  public boolean hasAttr(String n) { return attr(n) != null; }

  /**
   * Sets an attribute: into the properties when the op's definition declares {@code n} inherent
   * (or the properties dictionary already holds it), otherwise into the discardable dictionary.
   */
  public void setAttr(String n, Attribute value) {
    boolean inherent = (properties instanceof DictionaryAttr p && p.contains(n)) || (name.def() != null && name.def().isInherentAttr(n));
    if (inherent) {
      DictionaryAttr p = properties instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
      DictionaryAttr np = p.with(n, value);
      properties = np.isEmpty() ? null : np;
    } else {
      attributes = attributes.with(n, value);
    }
  }

  public void removeAttr(String n) { setAttr(n, null); }

  // ---- position ----

  public Block parentBlock() { return parent; }

  public Region parentRegion() { return parent == null ? null : parent.parent(); }

  /** The op whose region holds this op, or null at top level. */
  public Operation parentOp() {
    Region r = parentRegion();
    return r == null ? null : r.parentOp();
  }

  /** The closest ancestor (not this op) with the given name, or null. */
  public Operation parentOfName(String opName) {
    for (Operation p = parentOp(); p != null; p = p.parentOp()) if (p.isa(opName)) return p;
    return null;
  }

  /** Whether this op is {@code other} or contains it in one of its regions. */
  public boolean isAncestorOf(Operation other) {
    for (Operation p = other; p != null; p = p.parentOp()) if (p == this) return true;
    return false;
  }

  public Operation nextOp() { return next; }

  public Operation prevOp() { return prev; }

  /** Whether this op comes before {@code other} in the same block. */
  public boolean isBeforeInBlock(Operation other) {
    if (parent == null || parent != other.parent) throw new IllegalArgumentException("operations are not in the same block");
    parent.ensureOrder();
    return orderIndex < other.orderIndex;
  }

  /** Unlinks this op from its block without destroying it. */
  public void remove() {
    if (parent != null) parent.unlink(this);
  }

  /** Removes this op and drops all references it holds; its results must be unused. */
  public void erase() {
    if (!useEmpty()) throw new IllegalStateException("cannot erase '" + name() + "': its results still have uses");
    remove();
    dropAllReferences();
  }

  /** Drops the operands and successors of this op and of all ops nested in it. */
  public void dropAllReferences() {
    for (OpOperand o : operands) o.drop();
    for (BlockOperand b : successors) b.set(null);
    for (Region r : regions) for (Block b : r.blocks()) {
      for (Operation o = b.first(); o != null; o = o.next) o.dropAllReferences();
    }
  }

  public void moveBefore(Operation other) {
    remove();
    other.parent.insertBefore(this, other);
  }

  public void moveAfter(Operation other) {
    remove();
    other.parent.insertAfter(this, other);
  }

  // ---- traversal ----

  /** Visits nested ops then this op (post-order), as MLIR's default walk. */
  public void walk(Consumer<Operation> f) {
    for (Region r : regions) r.walk(f);
    f.accept(this);
  }

  /** Visits this op then nested ops (pre-order). */
  public void walkPreOrder(Consumer<Operation> f) {
    f.accept(this);
    for (Region r : regions) r.walkPreOrder(f);
  }

  /** Pre-order walk that can skip an op's regions or stop the walk. */
  public WalkResult walkInterruptible(Function<Operation, WalkResult> f) {
    WalkResult w = f.apply(this);
    if (w == WalkResult.INTERRUPT) return w;
    if (w == WalkResult.SKIP) return WalkResult.ADVANCE;
    for (Region r : regions)
      for (Block b : r.blocks())
        for (Operation o = b.first(); o != null; ) {
          Operation n = o.next;
          if (o.walkInterruptible(f) == WalkResult.INTERRUPT) return WalkResult.INTERRUPT;
          o = n;
        }
    return WalkResult.ADVANCE;
  }

  // ---- cloning ----

  /** A deep copy; operands defined outside are kept, values inside are remapped. */
  public Operation clone(IRMapping mapping) {
    List<Value> ops = new ArrayList<>(operands.length);
    for (OpOperand o : operands) ops.add(mapping.lookupOrDefault(o.value));
    List<Block> succ = new ArrayList<>(successors.length);
    for (BlockOperand b : successors) succ.add(mapping.lookupOrDefault(b.block));
    Operation c = create(name, location, ops, resultTypes(), properties, attributes, succ, regions.length);
    for (int i = 0, n = numResults(); i < n; i++) mapping.map(result(i), c.result(i));
    for (int i = 0; i < regions.length; i++) regions[i].cloneInto(c.regions[i], mapping);
    return c;
  }

  public Operation clone() { return clone(new IRMapping()); }

  // ---- diagnostics ----

  /** Reports an error at this op's location, prefixed with {@code 'name' op }. */
  public Diagnostic emitOpError(String message) {
    return emit(Severity.ERROR, "'" + name() + "' op " + message);
  }

  public Diagnostic emitError(String message) { return emit(Severity.ERROR, message); }

  public Diagnostic emitWarning(String message) { return emit(Severity.WARNING, message); }

  public Diagnostic emitRemark(String message) { return emit(Severity.REMARK, message); }

  private Diagnostic emit(Severity s, String message) {
    return context().diagnostics().emit(new Diagnostic(s, location, message));
  }

  /** Changes the name (used when parsing into a state and when rewriting unregistered ops). */
  void setName(OperationName n) { this.name = n; }

  /** Identity semantics ({@code equals} is not overridden); the hash is a per-object random number. */
  @Override public int hashCode() { return hash; }

  @Override public String toString() { return "Operation(" + name() + " @" + location + ")"; }
}
