package dev.mlc.ir.interp;

import dev.mlc.ir.Block;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.ShapedType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The reference interpreter: runs any module, at any level, through the {@link OpSemantics}
 * registered per op name by each dialect's {@link InterpreterProvider}. It is the oracle every
 * pass is checked against, so it favours clarity and checking over speed.
 *
 * <p>Value model: integers and index are {@link Long}, floats {@link Double} (see {@link Scalars}),
 * tensors and vectors {@link Tensor}, memrefs {@link Buffer}; other dialects (the LLVM level's
 * pointers) bring their own value classes. Each result a semantics returns is checked against the
 * result's type, so a wrong implementation fails loudly at the op that produced the value.
 */
public final class Interpreter {
  /** Settings; the defaults suit tests and {@code mlc-run --interpret}. */
  public record Options(long maxSteps, int maxCallDepth) {
    public static final Options DEFAULT = new Options(10_000_000_000L, 2_000);
  }

  private static final Map<ClassLoader, Map<String, OpSemantics>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private final MLContext context;
  private final Options options;
  private final Map<String, OpSemantics> semantics = new HashMap<>();
  private final Map<Class<?>, Object> extensions = new HashMap<>();
  private Map<Value, Object> frame = new IdentityHashMap<>();
  private int callDepth;
  private long steps;
  private Operation current;
  private int pendingSuccessor = -1;
  private Object[] pendingArgs;
  private Object[] pendingYield;

  public Interpreter(MLContext context) { this(context, Options.DEFAULT); }

  public Interpreter(MLContext context, Options options) {
    this.context = context;
    this.options = options;
    semantics.putAll(load(Interpreter.class.getClassLoader()));
    ClassLoader tccl = Thread.currentThread().getContextClassLoader();
    if (tccl != null) semantics.putAll(load(tccl));
    for (ClassLoader l : context.classLoaders()) semantics.putAll(load(l));
  }

  private static Map<String, OpSemantics> load(ClassLoader loader) {
    return LOADED.computeIfAbsent(loader, l -> {
      Map<String, OpSemantics> m = new HashMap<>();
      for (InterpreterProvider p : ServiceLoader.load(InterpreterProvider.class, l)) p.register(m::put);
      return Map.copyOf(m);
    });
  }

  /** Adds or replaces the semantics of one op (tests, plugins). */
  public Interpreter with(String opName, OpSemantics s) {
    semantics.put(opName, s);
    return this;
  }

  /** Whether some semantics is registered for {@code opName}. */
  public boolean canExecute(String opName) { return semantics.containsKey(opName); }

  public MLContext context() { return context; }

  /** Ops executed so far. */
  public long steps() { return steps; }

  /** The op being executed. */
  public Operation currentOp() { return current; }

  /** Per-run state of a dialect (the LLVM level's memory, for instance), created on first use. */
  public <T> T extension(Class<T> kind, Supplier<? extends T> create) {
    return kind.cast(extensions.computeIfAbsent(kind, k -> create.get()));
  }

  /** An error naming the op being executed. */
  public InterpreterException error(String message) { return new InterpreterException(current, message); }

  /** Looks up a symbol (a function) from {@code from}, as MLIR resolves symbol references. */
  public Operation lookupSymbol(Operation from, SymbolRefAttr ref) {
    Operation target = SymbolTable.lookupNearestFrom(from, ref);
    if (target == null) throw new InterpreterException(from, "symbol '" + ref + "' not found");
    return target;
  }

  /** Finds the function named {@code name} directly inside {@code module}. */
  public static Operation findFunction(Operation module, String name) {
    if (module.numRegions() == 0 || module.region(0).numBlocks() == 0) return null;
    for (Operation op : module.region(0).front())
      if (op.attr("sym_name") instanceof StringAttr s && s.value().equals(name) && op.numRegions() > 0) return op;
    return null;
  }

  /**
   * Calls a function-like op (its first region is the body) with {@code args}, in a fresh frame;
   * returns what its body's terminator returns.
   */
  public Object[] call(Operation callable, Object... args) {
    if (callable.numRegions() == 0 || callable.region(0).numBlocks() == 0)
      throw new InterpreterException(current != null ? current : callable, "cannot call '" + symbolName(callable) + "': it has no body");
    if (callDepth >= options.maxCallDepth())
      throw new InterpreterException(current != null ? current : callable, "call depth exceeds " + options.maxCallDepth() + " (unbounded recursion?)");
    Map<Value, Object> saved = frame;
    Operation savedOp = current;
    frame = new IdentityHashMap<>();
    callDepth++;
    try {
      return runRegion(callable.region(0), args);
    } finally {
      callDepth--;
      frame = saved;
      current = savedOp;
    }
  }

  private static String symbolName(Operation op) {
    return op.attr("sym_name") instanceof StringAttr s ? "@" + s.value() : op.name();
  }

  /**
   * Runs a region in the current frame (values defined around it stay visible) from its entry
   * block with {@code args} as the block arguments, following branches, until a terminator without
   * successors ends it; returns that terminator's yielded values.
   */
  public Object[] runRegion(Region region, Object... args) {
    if (region.numBlocks() == 0) throw error("region has no blocks to run");
    Block block = region.front();
    Object[] blockArgs = args;
    Operation saved = current;
    try {
      while (true) {
        if (blockArgs.length != block.numArguments())
          throw error("block expects " + block.numArguments() + " arguments, got " + blockArgs.length);
        for (int i = 0; i < blockArgs.length; i++) frame.put(block.argument(i), blockArgs[i]);
        Block next = null;
        for (Operation op = block.first(); op != null; op = op.nextOp()) {
          boolean terminator = op.nextOp() == null && (op.hasTrait(Traits.IsTerminator.class) || op.numSuccessors() > 0);
          Object[] operands = operandValues(op);
          if (!terminator) {
            bindResults(op, execute(op, operands));
            continue;
          }
          pendingSuccessor = -1;
          pendingArgs = null;
          pendingYield = null;
          if (semantics.containsKey(op.name())) execute(op, operands);
          else if (op.numSuccessors() > 0) throw new InterpreterException(op, "no interpreter implementation for this branch");
          else {
            current = op;
            tick();
          }
          if (pendingSuccessor >= 0) {
            next = op.successor(pendingSuccessor);
            blockArgs = pendingArgs;
            break;
          }
          return pendingYield != null ? pendingYield : operands;
        }
        if (next == null) return OpSemantics.NONE;
        block = next;
      }
    } finally {
      current = saved;
    }
  }

  private void tick() {
    if (++steps > options.maxSteps()) throw error("step limit of " + options.maxSteps() + " ops exceeded (an infinite loop?)");
  }

  private Object[] operandValues(Operation op) {
    Object[] vals = new Object[op.numOperands()];
    for (int i = 0; i < vals.length; i++) vals[i] = value(op, op.operand(i));
    return vals;
  }

  /** The current value of {@code v}. */
  public Object value(Value v) { return value(current, v); }

  private Object value(Operation user, Value v) {
    Object o = frame.get(v);
    if (o == null && !frame.containsKey(v)) throw new InterpreterException(user, "operand has no value yet (used before it was computed)");
    return o;
  }

  /** Binds {@code v} in the current frame (for ops that bind their regions' arguments themselves). */
  public void bind(Value v, Object value) { frame.put(v, value); }

  private Object[] execute(Operation op, Object[] operands) {
    current = op;
    tick();
    OpSemantics s = semantics.get(op.name());
    if (s == null) throw new InterpreterException(op, "no interpreter implementation for this op");
    try {
      Object[] r = s.execute(this, op, operands);
      if (r == null) r = OpSemantics.NONE;
      current = op;
      return r;
    } catch (InterpreterException e) {
      throw e.at(op);
    } catch (StackOverflowError e) {
      throw new InterpreterException(op, "interpreter stack overflow (recursion too deep)");
    } catch (RuntimeException e) {
      throw new InterpreterException(op, "internal error in the interpreter implementation: " + e, e);
    }
  }

  private void bindResults(Operation op, Object[] results) {
    if (results.length != op.numResults())
      throw new InterpreterException(op, "internal error: implementation returned " + results.length + " values for " + op.numResults() + " results");
    for (int i = 0; i < results.length; i++) {
      checkValue(op, i, results[i]);
      frame.put(op.result(i), results[i]);
    }
  }

  private static void checkValue(Operation op, int i, Object v) {
    Type t = op.result(i).type();
    String bad = null;
    if (t instanceof IntegerType || t instanceof IndexType) {
      if (!(v instanceof Long)) bad = "an integer";
    } else if (t instanceof FloatType) {
      if (!(v instanceof Double)) bad = "a float";
    } else if (t instanceof MemRefType) {
      if (!(v instanceof Buffer)) bad = "a buffer";
    } else if (t instanceof ShapedType st && st.hasRank()) {
      if (!(v instanceof Tensor tv)) bad = "a tensor";
      else if (!tv.elementType().equals(st.elementType()) || !shapeFits(st.shape(), tv.shape()))
        throw new InterpreterException(op, "internal error: result #" + i + " has shape " + java.util.Arrays.toString(tv.shape())
            + " and element type " + tv.elementType() + ", but its type is " + t);
    }
    if (bad != null)
      throw new InterpreterException(op, "internal error: result #" + i + " of type " + t + " must be " + bad + ", got "
          + (v == null ? "null" : v.getClass().getSimpleName()));
  }

  private static boolean shapeFits(long[] type, long[] actual) {
    if (type.length != actual.length) return false;
    for (int i = 0; i < type.length; i++) if (type[i] >= 0 && type[i] != actual[i]) return false;
    return true;
  }

  /** Called by a terminator's semantics: continue at successor {@code index} with {@code args}. */
  public void branch(int index, Object... args) {
    pendingSuccessor = index;
    pendingArgs = args;
  }

  /** Called by a terminator's semantics: end the region yielding {@code values} (default: the operands). */
  public void yieldValues(Object... values) { pendingYield = values; }
}
