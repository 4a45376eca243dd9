package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Operation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a conversion must produce: which ops are legal, illegal or legal under a condition, by op
 * name or by dialect namespace (MLIR's {@code ConversionTarget}). An entry for an op name wins over
 * its dialect's entry; ops with neither fall back to {@link #markUnknownOpDynamicallyLegal}, and
 * otherwise their legality is {@link Legality#UNKNOWN}. A dynamically legal op whose predicate
 * fails is illegal.
 */
public final class ConversionTarget {
  /** The outcome of {@link #legality}. */
  public enum Legality { LEGAL, ILLEGAL, UNKNOWN }

  private static final Predicate<Operation> ALWAYS = op -> true;
  private static final Predicate<Operation> NEVER = op -> false;

  private final Map<String, Predicate<Operation>> ops = new HashMap<>();
  private final Map<String, Predicate<Operation>> dialects = new HashMap<>();
  private final Map<String, Predicate<Operation>> recursivelyLegal = new HashMap<>();
  private Predicate<Operation> unknownOps;

  public ConversionTarget addLegalDialect(String... namespaces) { return putAll(dialects, ALWAYS, namespaces); }

  public ConversionTarget addIllegalDialect(String... namespaces) { return putAll(dialects, NEVER, namespaces); }

  /** Ops of these dialects are legal when {@code isLegal} holds and illegal otherwise. */
  public ConversionTarget addDynamicallyLegalDialect(Predicate<Operation> isLegal, String... namespaces) {
    return putAll(dialects, isLegal, namespaces);
  }

  public ConversionTarget addLegalOp(String... names) { return putAll(ops, ALWAYS, names); }

  public ConversionTarget addIllegalOp(String... names) { return putAll(ops, NEVER, names); }

  /** Ops named {@code name} are legal when {@code isLegal} holds and illegal otherwise. */
  public ConversionTarget addDynamicallyLegalOp(String name, Predicate<Operation> isLegal) { return putAll(ops, isLegal, name); }

  /** Ops that no op or dialect entry covers are legal when {@code isLegal} holds and illegal otherwise. */
  public ConversionTarget markUnknownOpDynamicallyLegal(Predicate<Operation> isLegal) {
    unknownOps = isLegal;
    return this;
  }

  /** When legal, these ops are legal with everything nested in them: their bodies are not converted. */
  public ConversionTarget markOpRecursivelyLegal(String... names) { return putAll(recursivelyLegal, ALWAYS, names); }

  /** Like {@link #markOpRecursivelyLegal(String...)} for the ops named {@code name} for which {@code when} holds. */
  public ConversionTarget markOpRecursivelyLegal(String name, Predicate<Operation> when) { return putAll(recursivelyLegal, when, name); }

  /** Whether {@code op} is legal, illegal, or not known to this target. */
  public Legality legality(Operation op) {
    Predicate<Operation> p = ops.get(op.name());
    if (p == null) p = dialects.get(op.opName().dialectNamespace());
    if (p == null) p = unknownOps;
    if (p == null) return Legality.UNKNOWN;
    return p.test(op) ? Legality.LEGAL : Legality.ILLEGAL;
  }

  public boolean isLegal(Operation op) { return legality(op) == Legality.LEGAL; }

  public boolean isIllegal(Operation op) { return legality(op) == Legality.ILLEGAL; }

  /** Whether {@code op} is legal and marked recursively legal: nothing nested in it is converted. */
  public boolean isRecursivelyLegal(Operation op) {
    Predicate<Operation> p = recursivelyLegal.get(op.name());
    return p != null && p.test(op) && isLegal(op);
  }

  private ConversionTarget putAll(Map<String, Predicate<Operation>> m, Predicate<Operation> p, String... keys) {
    for (String k : keys) m.put(k, p);
    return this;
  }
}
