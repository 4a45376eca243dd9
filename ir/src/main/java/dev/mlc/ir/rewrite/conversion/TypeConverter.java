package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.type.FunctionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Maps the types of a source type system to those of a target (MLIR's {@code TypeConverter}).
 * Conversions are tried most recently added first; the first that answers decides, and answers
 * are cached per type. A type converts to one type, to several (1:N, e.g. a complex number into
 * two floats) or to none (dropped). A type is legal when it converts to itself.
 *
 * <p>Materializations build a value of one type from values of others where the two type systems
 * meet: a <em>source</em> materialization turns converted values back into the original type for
 * users that were not converted, a <em>target</em> materialization turns a not-yet-converted value
 * into the type a converted op expects. During a conversion the driver always inserts a
 * {@code builtin.unrealized_conversion_cast}; the callbacks registered here replace the casts that
 * are still used when the conversion ends. Without a callback the cast stays (and is an error in a
 * full conversion).
 */
public class TypeConverter {
  /** Builds a value of {@code resultType} from {@code inputs} at the builder's insertion point; null when it does not apply. */
  @FunctionalInterface
  public interface Materialization {
    Value materialize(Builder builder, Type resultType, List<Value> inputs, Location loc);
  }

  private static final List<Type> FAILED = Arrays.asList((Type) null);

  private final List<Function<Type, Optional<List<Type>>>> conversions = new CopyOnWriteArrayList<>();
  private final List<Materialization> sourceMaterializations = new CopyOnWriteArrayList<>();
  private final List<Materialization> targetMaterializations = new CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<Type, List<Type>> cache = new ConcurrentHashMap<>();

  /** Adds a 1:1 conversion: {@code fn} returns the converted type, or null when it does not apply to the type. */
  public TypeConverter addConversion(Function<Type, Type> fn) {
    return addOneToNConversion(t -> {
      Type r = fn.apply(t);
      return r == null ? Optional.empty() : Optional.of(List.of(r));
    });
  }

  /**
   * Adds a general conversion: {@code fn} returns {@code Optional.empty()} when it does not apply
   * (the next conversion is tried), the converted types otherwise (several for 1:N, none to drop
   * the type), or null when the type cannot be converted at all (no further conversion is tried).
   */
  public TypeConverter addOneToNConversion(Function<Type, Optional<List<Type>>> fn) {
    conversions.add(fn);
    cache.clear();
    return this;
  }

  /** Adds a callback that converts values of converted types back to an original type. */
  public TypeConverter addSourceMaterialization(Materialization m) {
    sourceMaterializations.add(m);
    return this;
  }

  /** Adds a callback that converts values of original types to a converted type. */
  public TypeConverter addTargetMaterialization(Materialization m) {
    targetMaterializations.add(m);
    return this;
  }

  // ---- converting types ----

  /** The types {@code t} converts to (possibly several, possibly none), or null when it cannot be converted. */
  public List<Type> convertTypeToList(Type t) {
    List<Type> r = cache.get(t);
    if (r == null) {
      r = FAILED;
      for (int i = conversions.size() - 1; i >= 0; i--) {
        Optional<List<Type>> o = conversions.get(i).apply(t);
        if (o == null) break;
        if (o.isPresent()) {
          r = List.copyOf(o.get());
          break;
        }
      }
      cache.putIfAbsent(t, r);
    }
    return r == FAILED ? null : r;
  }

  /** Appends the types {@code t} converts to; false (nothing appended) when it cannot be converted. */
  public boolean convertType(Type t, List<Type> results) {
    List<Type> r = convertTypeToList(t);
    if (r == null) return false;
    results.addAll(r);
    return true;
  }

  /** The single type {@code t} converts to; null when it cannot be converted or does not convert 1:1. */
  public Type convertType(Type t) {
    List<Type> r = convertTypeToList(t);
    return r != null && r.size() == 1 ? r.get(0) : null;
  }

  /** The concatenated conversions of {@code types}; null when one cannot be converted. */
  public List<Type> convertTypes(List<? extends Type> types) {
    List<Type> out = new ArrayList<>(types.size());
    for (Type t : types) if (!convertType(t, out)) return null;
    return out;
  }

  // ---- legality ----

  /** Whether {@code t} converts to itself. */
  public boolean isLegal(Type t) {
    List<Type> r = convertTypeToList(t);
    return r != null && r.size() == 1 && r.get(0).equals(t);
  }

  public boolean isLegal(List<? extends Type> types) {
    for (Type t : types) if (!isLegal(t)) return false;
    return true;
  }

  /** Whether the operand and result types of {@code op} are legal. */
  public boolean isLegal(Operation op) { return isLegal(op.operandTypes()) && isLegal(op.resultTypes()); }

  /** Whether the argument types of every block of {@code region} are legal. */
  public boolean isLegal(Region region) {
    for (Block b : region.blocks()) if (!isLegal(b.argumentTypes())) return false;
    return true;
  }

  /** Whether the inputs and results of a function type are legal. */
  public boolean isSignatureLegal(FunctionType f) { return isLegal(f.inputs()) && isLegal(f.results()); }

  // ---- signatures ----

  /** The conversion of a list of argument types, each converted on its own; null when one cannot be converted. */
  public SignatureConversion convertSignature(List<? extends Type> argTypes) {
    SignatureConversion c = new SignatureConversion(argTypes.size());
    for (int i = 0; i < argTypes.size(); i++) {
      List<Type> r = convertTypeToList(argTypes.get(i));
      if (r == null) return null;
      c.addInputs(i, r);
    }
    return c;
  }

  /** The conversion of {@code block}'s arguments; null when one cannot be converted. */
  public SignatureConversion convertBlockSignature(Block block) { return convertSignature(block.argumentTypes()); }

  // ---- materializations ----

  /** Converts {@code inputs} (of converted types) back to {@code resultType}; null when no callback applies. */
  public Value materializeSourceConversion(Builder b, Type resultType, List<Value> inputs, Location loc) {
    return materialize(sourceMaterializations, b, resultType, inputs, loc);
  }

  /** Converts {@code inputs} to the converted {@code resultType}; null when no callback applies. */
  public Value materializeTargetConversion(Builder b, Type resultType, List<Value> inputs, Location loc) {
    return materialize(targetMaterializations, b, resultType, inputs, loc);
  }

  private static Value materialize(List<Materialization> ms, Builder b, Type t, List<Value> inputs, Location loc) {
    for (int i = ms.size() - 1; i >= 0; i--) {
      Value v = ms.get(i).materialize(b, t, inputs, loc);
      if (v != null) return v;
    }
    return null;
  }

  /**
   * How the arguments of a block (or the inputs of a signature) map to new ones: each original
   * input maps to a range of new inputs, to an existing value, or to nothing (dropped).
   */
  public static final class SignatureConversion {
    /** Original input → new inputs {@code [inputNo, inputNo + size)}, or → {@code replacement} when it is not null. */
    public record InputMapping(int inputNo, int size, Value replacement) {}

    private final InputMapping[] mappings;
    private final List<Type> types = new ArrayList<>();

    public SignatureConversion(int numOriginalInputs) { this.mappings = new InputMapping[numOriginalInputs]; }

    public int numOriginalInputs() { return mappings.length; }

    /** Maps original input {@code origInputNo} to new inputs of {@code newTypes}, appended. */
    public SignatureConversion addInputs(int origInputNo, List<? extends Type> newTypes) {
      mappings[origInputNo] = new InputMapping(types.size(), newTypes.size(), null);
      types.addAll(newTypes);
      return this;
    }

    /** Appends new inputs that no original input maps to. */
    public SignatureConversion addInputs(List<? extends Type> newTypes) {
      types.addAll(newTypes);
      return this;
    }

    /** Maps original input {@code origInputNo} to the existing new inputs {@code [newInputNo, newInputNo + size)}. */
    public SignatureConversion remapInput(int origInputNo, int newInputNo, int size) {
      mappings[origInputNo] = new InputMapping(newInputNo, size, null);
      return this;
    }

    /** Replaces original input {@code origInputNo} by {@code replacement}; it gets no new input. */
    public SignatureConversion remapInput(int origInputNo, Value replacement) {
      mappings[origInputNo] = new InputMapping(-1, 0, replacement);
      return this;
    }

    /** The mapping of original input {@code i}; null when it is dropped. */
    public InputMapping inputMapping(int i) { return mappings[i]; }

    /** The new input types. */
    public List<Type> convertedTypes() { return List.copyOf(types); }

    /** Whether every original input maps to the same position and type, and no input is added. */
    public boolean isIdentity(List<? extends Type> original) {
      if (types.size() != mappings.length || original.size() != mappings.length) return false;
      for (int i = 0; i < mappings.length; i++) {
        InputMapping m = mappings[i];
        if (m == null || m.replacement() != null || m.inputNo() != i || m.size() != 1 || !types.get(i).equals(original.get(i))) return false;
      }
      return true;
    }
  }
}
