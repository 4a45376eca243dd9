package dev.mlc.ir;

import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The definition of a registered op: its name, traits (the {@link Traits.Trait} interfaces the
 * definition class implements, whose verifiers run automatically), its own verifier, its docs,
 * and optional custom assembly hooks. One instance per op kind, registered by its dialect.
 */
public abstract class OpDef {
  private final String name;
  private final Set<Class<?>> traits = new LinkedHashSet<>();
  private final List<MethodHandle> traitVerifiers = new ArrayList<>();
  /** The traits again, for {@link #hasTrait}: a short identity scan beats hashing on the verifier's hot path. */
  private final Class<?>[] traitArray;

  protected OpDef(String name) {
    this.name = name;
    Deque<Class<?>> work = new ArrayDeque<>();
    for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) work.addAll(List.of(c.getInterfaces()));
    while (!work.isEmpty()) {
      Class<?> i = work.pop();
      if (!Traits.Trait.class.isAssignableFrom(i) || !traits.add(i)) continue;
      work.addAll(List.of(i.getInterfaces()));
      for (Method m : i.getDeclaredMethods())
        if (m.getName().equals("verifyTrait") && Modifier.isStatic(m.getModifiers())) {
          try {
            traitVerifiers.add(MethodHandles.publicLookup().findStatic(i, "verifyTrait", MethodType.methodType(boolean.class, Operation.class)));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("trait " + i.getName() + " has an unusable verifyTrait method", e);
          }
        }
    }
    traitArray = traits.toArray(new Class<?>[0]);
  }

  public final String name() { return name; }

  public final String dialectNamespace() {
    int dot = name.indexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** A one-line summary, shown in generated docs and {@code --help} listings. */
  public String summary() { return ""; }

  /** Longer documentation with an IR example (Markdown). */
  public String description() { return ""; }

  public final boolean hasTrait(Class<?> trait) {
    for (Class<?> c : traitArray) if (c == trait) return true;
    return false;
  }

  public final Set<Class<?>> traits() { return java.util.Collections.unmodifiableSet(traits); }

  /** Whether {@code attrName} is an inherent attribute (kept in the properties). */
  public boolean isInherentAttr(String attrName) { return false; }

  /** Runs the trait verifiers, then {@link #verify}; each failure is reported as a diagnostic. */
  public final boolean verifyOp(Operation op) {
    for (MethodHandle h : traitVerifiers) {
      try {
        if (!(boolean) h.invokeExact(op)) return false;
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
    return verify(op);
  }

  /** The op's own invariants (operands, results, attributes); report with {@code op.emitOpError}. */
  protected boolean verify(Operation op) { return true; }

  /** Invariants that need the nested regions verified first. */
  public boolean verifyRegions(Operation op) { return true; }

  /** Whether region {@code index} is a graph region (no dominance within it). */
  public boolean isGraphRegion(int index) { return hasTrait(Traits.HasGraphRegions.class); }

  // ---- folding and canonicalization ----

  /**
   * Folds {@code op} whose operands' constant values are {@code operands} (null where an operand is
   * not a constant). Returns null when nothing folds; otherwise one entry per result, each an
   * {@link Attribute} (a constant to materialize) or a {@link Value} (an existing value). Returning
   * the op's own results means it was updated in place.
   */
  public java.util.List<Object> fold(Operation op, java.util.List<Attribute> operands) { return null; }

  /** Adds this op's canonicalization patterns (used by {@code canonicalize}). */
  public void addCanonicalizationPatterns(dev.mlc.ir.rewrite.RewritePatternSet patterns) {}

  // ---- custom assembly ----

  /**
   * Whether this particular op is well-formed enough for its custom printer (printers fall back to
   * the generic form otherwise, as MLIR does for ops that fail verification).
   */
  public boolean canPrintCustomForm(Operation op) { return true; }

  /** Whether the op has a custom (pretty) form; the generic form always works. */
  public boolean hasCustomAssembly() { return false; }

  /** Prints the custom form after {@code %results = name}. */
  public void print(Operation op, OpAsmPrinter p) { throw new UnsupportedOperationException(name + " has no custom form"); }

  /**
   * Parses the custom form after the op name into {@code state}; report errors through the parser
   * (which throws), so a bad input never yields a half-built op.
   */
  public void parse(OpAsmParser p, OperationState state) { throw new UnsupportedOperationException(name + " has no custom form"); }

  /**
   * The dialect namespace whose ops may be written without their prefix inside this op's regions
   * (MLIR's default dialect: {@code func} inside {@code func.func}); null for none.
   */
  public String defaultDialect() { return null; }

  @Override public String toString() { return name; }
}
