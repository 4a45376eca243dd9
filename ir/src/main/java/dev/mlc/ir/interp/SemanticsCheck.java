package dev.mlc.ir.interp;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.interfaces.CallOpInterface;
import dev.mlc.ir.interfaces.CallableOpInterface;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.type.ShapedType;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The semantics check: interprets a module's entry function on seeded random inputs
 * ({@link RandomInputs}, or given ones: {@link Options#withInputs}) before a pass pipeline and
 * after every pass, compares the outcomes with {@link Compare}, and names the first pass that
 * changed them, with the IR before and after it.
 *
 * <p>It applies when the module (of at most {@link #MAX_MODULE_OPS} ops) has the entry function,
 * every op the entry can reach has an interpreter implementation (terminators without successors
 * need none), the arguments have static shapes of supported element types, and the reference run
 * ends within the step budget without a fault (a fault means the inputs hit undefined behaviour,
 * which passes may change). An outcome is the results plus the final contents of the memref
 * arguments. Checking stops (a note, not a failure) when a pass changes the entry's signature or
 * brings in ops without an implementation, or when the time budget is spent.
 *
 * <p>Used three ways: {@link #check} (the test harness: a whole pipeline, a {@link Failure} or
 * null), {@link #prepare} plus {@link #instrumentation} (per pass, inside a {@link PassExecutor},
 * which must then run with one thread), and {@link #run} (one interpretation).
 */
public final class SemanticsCheck {
  /**
   * Settings.
   *
   * @param maxSteps ops one interpretation may execute before the check gives up (a note, not a failure)
   * @param maxInputElements inputs larger than this in total are not generated (the check is skipped)
   * @param maxCheckNanos wall time the checks after passes may take together before checking stops (then a note, not a failure)
   */
  public record Options(String entry, long seed, double rtol, double atol, long maxSteps, long maxInputElements, long maxCheckNanos,
                        List<Object> inputs) {
    public static final Options DEFAULT = new Options("main", 0, Compare.DEFAULT_RTOL, Compare.DEFAULT_ATOL, 1_000_000, 1 << 22,
        10_000_000_000L, null);

    public Options withEntry(String e) { return new Options(e, seed, rtol, atol, maxSteps, maxInputElements, maxCheckNanos, inputs); }

    public Options withSeed(long s) { return new Options(entry, s, rtol, atol, maxSteps, maxInputElements, maxCheckNanos, inputs); }

    public Options withTolerances(double r, double a) { return new Options(entry, seed, r, a, maxSteps, maxInputElements, maxCheckNanos, inputs); }

    public Options withMaxSteps(long m) { return new Options(entry, seed, rtol, atol, m, maxInputElements, maxCheckNanos, inputs); }

    /**
     * Given inputs instead of random ones (from jqwik {@code @ForAll} parameters, say), one per
     * argument: {@link Tensor}s and {@link Buffer}s, or Java numbers for scalar arguments (integers
     * are wrapped and floats rounded to the argument's type; booleans are i1).
     */
    public Options withInputs(List<?> values) {
      return new Options(entry, seed, rtol, atol, maxSteps, maxInputElements, maxCheckNanos, List.copyOf(values));
    }

    /** How the inputs are described in reports. */
    String inputsText() { return inputs == null ? "random inputs (seed " + seed + ")" : "the given inputs"; }
  }

  /** What one interpretation gave: values (results, then memref arguments), a fault, or the budget ran out. */
  public record Outcome(Object[] values, InterpreterException fault, boolean budgetExceeded, long steps) {
    public boolean completed() { return fault == null && !budgetExceeded; }

    @Override public String toString() {
      if (budgetExceeded) return "step budget exceeded after " + steps + " ops";
      if (fault != null) return "fault: " + fault.describe();
      return java.util.Arrays.toString(values);
    }
  }

  /** A pass that changed the outcome, with the evidence. */
  public record Failure(String passName, String passDisplayName, Operation passTarget, String summary, String details, String irBefore,
                        String irAfter) {
    /** Everything, for a test failure message: the summary, then what {@link #printDetails} prints. */
    public String report() {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      PrintStream p = new PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8);
      p.print(summary + "\n");
      printDetails(this, p);
      return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override public String toString() { return report(); }
  }

  /** Larger modules are not checked: the check keeps a copy of the module from before each pass. */
  public static final long MAX_MODULE_OPS = 200_000;

  private final Options options;
  private final Function<MLContext, Interpreter> interpreters;
  private final Function<Operation, String> printer;
  private final Operation module;
  private final List<Type> argTypes, resultTypes;
  private final Outcome reference;
  private Operation snapshot;
  private String stopped;
  private Failure failure;
  private long usedNanos;

  private SemanticsCheck(Options options, Function<MLContext, Interpreter> interpreters, Function<Operation, String> printer, Operation module,
                         List<Type> argTypes, List<Type> resultTypes, Outcome reference, long usedNanos) {
    this.options = options;
    this.interpreters = interpreters;
    this.printer = printer;
    this.module = module;
    this.argTypes = argTypes;
    this.resultTypes = resultTypes;
    this.reference = reference;
    this.snapshot = module.clone();
    this.usedNanos = usedNanos;
  }

  /** The interpreter factory of the tools: every registered implementation. */
  public static Interpreter defaultInterpreter(MLContext ctx, long maxSteps) {
    return new Interpreter(ctx, new Interpreter.Options(maxSteps, Interpreter.Options.DEFAULT.maxCallDepth()));
  }

  /** Either a ready check or the reason it cannot apply. */
  public record Prepared(SemanticsCheck check, String reason) {}

  /**
   * Prepares a check of {@code module}: finds out whether it applies and runs the reference
   * interpretation. {@code interpreters} makes an interpreter (tests add semantics with
   * {@link Interpreter#with}); null means {@link #defaultInterpreter}. {@code printer} renders IR
   * for the report.
   */
  public static Prepared prepare(Operation module, Options options, Function<MLContext, Interpreter> interpreters,
                                 Function<Operation, String> printer) {
    Function<MLContext, Interpreter> factory = interpreters != null ? interpreters : ctx -> defaultInterpreter(ctx, options.maxSteps());
    Interpreter probe = factory.apply(module.context());
    Operation entry = Interpreter.findFunction(module, options.entry());
    if (entry == null) return new Prepared(null, "the module has no function '@" + options.entry() + "'");
    String why = unsupported(probe, entry);
    if (why != null) return new Prepared(null, why);
    List<Type> args = argumentTypes(entry), results = resultTypes(entry);
    long elements = 0;
    for (int i = 0; i < args.size(); i++) {
      String r = RandomInputs.unsupportedReason(args.get(i));
      if (r != null) return new Prepared(null, "argument #" + i + " of '@" + options.entry() + "' cannot be generated: " + r);
      if (args.get(i) instanceof ShapedType st) elements += st.numElements();
      else elements++;
    }
    if (elements > options.maxInputElements())
      return new Prepared(null, "the inputs of '@" + options.entry() + "' have " + elements + " elements, more than the check's limit of " + options.maxInputElements());
    long[] ops = {0};
    module.walkInterruptible(o -> ++ops[0] > MAX_MODULE_OPS ? dev.mlc.ir.WalkResult.INTERRUPT : dev.mlc.ir.WalkResult.ADVANCE);
    if (ops[0] > MAX_MODULE_OPS) return new Prepared(null, "the module has more than " + MAX_MODULE_OPS + " ops (the check copies it after every pass)");
    long t0 = System.nanoTime();
    Outcome ref = run(factory, module, options);
    long used = System.nanoTime() - t0;
    if (ref.budgetExceeded())
      return new Prepared(null, "interpreting '@" + options.entry() + "' takes more than " + options.maxSteps() + " steps (the check's budget)");
    if (ref.fault() != null)
      return new Prepared(null, "interpreting '@" + options.entry() + "' on the " + options.inputsText() + " faults: " + ref.fault().describe());
    return new Prepared(new SemanticsCheck(options, factory, printer, module, args, results, ref, used), null);
  }

  /**
   * The test harness: checks every pass of {@code pm} on {@code module} (transformed in place, with
   * one thread and verification after each pass). Returns null when every pass preserved the
   * outcome; throws {@link IllegalStateException} when the check cannot apply to the input or the
   * pipeline fails.
   */
  public static Failure check(Operation module, PassManager pm, Options options, Function<MLContext, Interpreter> interpreters,
                              Function<Operation, String> printer) {
    Prepared p = prepare(module, options, interpreters, printer);
    if (p.check() == null) throw new IllegalStateException("the semantics check cannot apply: " + p.reason());
    return check(module, pm, p.check());
  }

  /** {@link #check(Operation, PassManager, Options, Function, Function)} with a prepared check (of {@code module}). */
  public static Failure check(Operation module, PassManager pm, SemanticsCheck check) {
    if (check.module != module) throw new IllegalArgumentException("the check was prepared for another module");
    PassExecutor exec = new PassExecutor(PassExecutor.Config.defaults(check.printer).withThreads(1));
    exec.addInstrumentation(check.instrumentation());
    boolean ok = exec.run(pm, module);
    if (check.failure() != null) return check.failure();
    if (!ok) {
      StringBuilder sb = new StringBuilder("the pipeline failed:");
      for (var d : module.context().diagnostics().takeCollected()) sb.append('\n').append(d);
      throw new IllegalStateException(sb.toString());
    }
    if (check.stoppedReason() != null) throw new IllegalStateException("the semantics check stopped: " + check.stoppedReason());
    return null;
  }

  /** Interprets the entry of {@code module} once on the inputs of {@code options.seed()}. */
  public static Outcome run(Function<MLContext, Interpreter> interpreters, Operation module, Options options) {
    Operation entry = Interpreter.findFunction(module, options.entry());
    if (entry == null) throw new IllegalArgumentException("no function '@" + options.entry() + "'");
    Interpreter in = interpreters.apply(module.context());
    List<Type> argTypes = argumentTypes(entry);
    Object[] inputs = options.inputs() == null ? RandomInputs.generate(argTypes, options.seed()) : coerce(options.inputs(), argTypes);
    try {
      Object[] results = in.call(entry, inputs);
      List<Object> values = new ArrayList<>();
      List<Type> types = resultTypes(entry);
      for (int i = 0; i < results.length; i++) {
        Object r = results[i];
        if (r instanceof Buffer b) r = Compare.snapshotOf(b);
        else if (i < types.size() && (r instanceof Double ? Scalars.isFloat(types.get(i)) : r instanceof Long && Scalars.isInteger(types.get(i)))) {
          Tensor scalar = Tensor.zeros(types.get(i)); // a 0-d tensor, so that reports know the element type
          scalar.set(0, r);
          r = scalar;
        }
        values.add(r);
      }
      for (Object a : inputs) if (a instanceof Buffer b) values.add(Compare.snapshotOf(b));
      return new Outcome(values.toArray(), null, false, in.steps());
    } catch (InterpreterException e) {
      if (in.steps() > options.maxSteps()) return new Outcome(null, null, true, in.steps());
      return new Outcome(null, e, false, in.steps());
    }
  }

  /** The hook to add to a {@link PassExecutor} (run it with one thread). */
  public PassExecutor.Instrumentation instrumentation() {
    return new PassExecutor.Instrumentation() {
      @Override public boolean runAfterPass(Pass pass, Operation op) { return afterPass(pass, op); }
    };
  }

  /** The first pass that changed the outcome, or null. */
  public Failure failure() { return failure; }

  /** Why checking stopped part-way (the IR left what the check can interpret), or null. */
  public String stoppedReason() { return stopped; }

  /** The reference outcome, from the IR before the pipeline. */
  public Outcome reference() { return reference; }

  private boolean afterPass(Pass pass, Operation op) {
    if (stopped != null || failure != null) return failure == null;
    long t0 = System.nanoTime();
    try {
      return checkAfter(pass, op);
    } finally {
      usedNanos += System.nanoTime() - t0;
    }
  }

  private boolean checkAfter(Pass pass, Operation op) {
    String after = "after pass '" + pass.name() + "'";
    if (usedNanos > options.maxCheckNanos()) return stop("the check's time budget of " + options.maxCheckNanos() / 1_000_000_000 + " s is spent");
    Operation entry = Interpreter.findFunction(module, options.entry());
    if (entry == null) return stop("'@" + options.entry() + "' no longer exists " + after);
    if (!argumentTypes(entry).equals(argTypes) || !resultTypes(entry).equals(resultTypes))
      return stop(after + ", '@" + options.entry() + "' has another signature");
    String why = unsupported(interpreters.apply(module.context()), entry);
    if (why != null) return stop(after + ": " + why);
    Outcome now = run(interpreters, module, options);
    if (now.budgetExceeded()) return stop(after + ", interpreting '@" + options.entry() + "' takes more than " + options.maxSteps() + " steps");
    String details = null;
    if (now.fault() != null) details = "after the pass, the interpreter faults: " + now.fault().describe() + locationText(now.fault().op());
    else {
      Compare.Result r = Compare.compare(reference.values(), now.values(), options.rtol(), options.atol());
      if (!r.ok()) details = "results (then memref arguments) before and after the pass: " + r.report();
    }
    if (details != null) {
      failure = new Failure(pass.name(), pass.displayName(), op, "pass '" + pass.name() + "' changed the results of '@" + options.entry()
          + "' on " + options.inputsText(), details, printer.apply(snapshot), printer.apply(module));
      return false;
    }
    snapshot = module.clone();
    return true;
  }

  private boolean stop(String reason) {
    stopped = reason;
    snapshot = null;
    return true;
  }

  private static String locationText(Operation op) {
    if (op == null) return "";
    var f = op.location().fileLocation();
    return f == null ? "" : " (at " + f.file() + ":" + f.line() + ":" + f.column() + ")";
  }

  /** Fresh values of {@code types} from given ones (buffers are copied: the entry may write them). */
  static Object[] coerce(List<Object> values, List<Type> types) {
    if (values.size() != types.size()) throw new IllegalArgumentException(values.size() + " inputs given for " + types.size() + " arguments");
    Object[] r = new Object[values.size()];
    for (int i = 0; i < r.length; i++) {
      Object v = values.get(i);
      Type t = types.get(i);
      if (v instanceof Buffer b) v = Buffer.of(b.toTensor());
      else if (v instanceof Tensor tv && t instanceof dev.mlc.ir.type.MemRefType) v = Buffer.of(tv);
      else if (v instanceof Boolean bv && Scalars.isInteger(t)) v = bv ? 1L : 0L;
      else if (v instanceof Number n && Scalars.isFloat(t)) v = Scalars.round(n.doubleValue(), t);
      else if (v instanceof Number n && Scalars.isInteger(t) && !(v instanceof Double || v instanceof Float)) v = Scalars.wrap(n.longValue(), t);
      boolean ok = t instanceof ShapedType st ? (v instanceof Tensor tv ? tv.matches(st) : v instanceof Buffer b && b.elementType().equals(st.elementType())
          && java.util.Arrays.equals(b.sizes(), st.shape())) : v instanceof Long || v instanceof Double;
      if (!ok) throw new IllegalArgumentException("input #" + i + " (" + v + ") does not fit argument type " + t);
      r[i] = v;
    }
    return r;
  }

  /** Why {@code in} cannot run {@code entry} and what it calls, or null. */
  public static String unsupported(Interpreter in, Operation entry) {
    Deque<Operation> todo = new ArrayDeque<>(List.of(entry));
    Set<Operation> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    String[] missing = new String[1];
    while (!todo.isEmpty() && missing[0] == null) {
      Operation f = todo.pop();
      if (!seen.add(f)) continue;
      if (f.numRegions() == 0 || f.region(0).numBlocks() == 0) return "'" + name(f) + "' has no body";
      f.walk(op -> {
        if (missing[0] != null || op == f) return;
        boolean endsRegion = op.hasTrait(Traits.IsTerminator.class) && op.numSuccessors() == 0;
        if (!endsRegion && !in.canExecute(op.name())) missing[0] = "op '" + op.name() + "' has no interpreter implementation" + locationText(op);
        if (op.def() instanceof CallOpInterface c) {
          SymbolRefAttr ref = c.callee(op);
          Operation callee = ref == null ? null : SymbolTable.lookupNearestFrom(op, ref);
          if (callee != null) todo.push(callee);
        }
      });
    }
    return missing[0];
  }

  private static String name(Operation f) {
    return f.attr("sym_name") instanceof dev.mlc.ir.attr.StringAttr s ? "@" + s.value() : f.name();
  }

  /** The argument types of a function-like op (its body's entry block arguments). */
  public static List<Type> argumentTypes(Operation f) {
    if (f.def() instanceof CallableOpInterface c) return List.copyOf(c.argumentTypes(f));
    return List.copyOf(f.region(0).front().argumentTypes());
  }

  /** The result types of a function-like op (empty when it does not say). */
  public static List<Type> resultTypes(Operation f) {
    if (f.def() instanceof CallableOpInterface c) return List.copyOf(c.resultTypes(f));
    return List.of();
  }

  /** Prints a failure as {@code mlc-opt} does: the details and the IR before and after the pass. */
  public static void printDetails(Failure f, PrintStream out) {
    out.print(f.details() + "\n");
    out.print("// -----// IR Dump Before " + f.passDisplayName() + " (" + f.passName() + ") //----- //\n" + f.irBefore() + "\n");
    out.print("// -----// IR Dump After " + f.passDisplayName() + " (" + f.passName() + ") //----- //\n" + f.irAfter() + "\n");
    out.flush();
  }
}
