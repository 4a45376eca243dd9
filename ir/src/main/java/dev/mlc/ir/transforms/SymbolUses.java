package dev.mlc.ir.transforms;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.Traits;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.DistinctAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Symbols and their uses, as MLIR's {@code SymbolTable} utilities see them: which ops define a
 * symbol, their visibility, and the {@link SymbolRefAttr}s ops hold anywhere in their properties
 * and attributes (inside arrays, dictionaries and distinct attributes, at any depth).
 */
public final class SymbolUses {
  private SymbolUses() {}

  /** MLIR's symbol visibilities ({@code sym_visibility}; absent means public). */
  public enum Visibility { PUBLIC, PRIVATE, NESTED }

  /**
   * Whether {@code op} defines a symbol: it has the {@link Traits.Symbol} trait, or it is a symbol
   * table with a {@code sym_name} (a named {@code builtin.module}, a symbol in MLIR).
   */
  public static boolean isSymbol(Operation op) {
    return op.hasTrait(Traits.Symbol.class) || (SymbolTable.isSymbolTable(op) && SymbolTable.symbolName(op) != null);
  }

  public static Visibility visibility(Operation symbol) {
    if (!(symbol.attr(SymbolTable.VISIBILITY) instanceof StringAttr s)) return Visibility.PUBLIC;
    return switch (s.value()) {
      case "private" -> Visibility.PRIVATE;
      case "nested" -> Visibility.NESTED;
      default -> Visibility.PUBLIC;
    };
  }

  /** Calls {@code f} on every symbol reference inside {@code a}. */
  public static void forEachRef(Attribute a, Consumer<SymbolRefAttr> f) {
    switch (a) {
      case SymbolRefAttr s -> f.accept(s);
      case ArrayAttr arr -> arr.elements().forEach(e -> forEachRef(e, f));
      case DictionaryAttr d -> {
        for (NamedAttribute e : d.entries()) forEachRef(e.value(), f);
      }
      case DistinctAttr d -> forEachRef(d.referenced(), f);
      case null, default -> {}
    }
  }

  /** Calls {@code f} on every symbol reference held by {@code op} itself (properties, then attributes). */
  public static void forEachRef(Operation op, Consumer<SymbolRefAttr> f) {
    if (op.properties() != null) forEachRef(op.properties(), f);
    forEachRef(op.attributes(), f);
  }

  /**
   * Calls {@code f} on the references held by {@code from} and by the ops nested in it, without
   * looking inside nested symbol tables (their references name their own symbols), as MLIR's
   * {@code SymbolTable::getSymbolUses}. Returns false, having stopped, at an op that may be a
   * symbol table nobody knows (one region, of a dialect that is not loaded).
   */
  public static boolean walkUses(Operation from, Consumer<SymbolRefAttr> f) {
    forEachRef(from, f);
    ArrayDeque<Region> work = new ArrayDeque<>(from.regions());
    while (!work.isEmpty())
      for (Block b : work.pop().blocks())
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (isPotentiallyUnknownSymbolTable(o)) return false;
          forEachRef(o, f);
          if (!SymbolTable.isSymbolTable(o)) work.addAll(o.regions());
        }
    return true;
  }

  private static boolean isPotentiallyUnknownSymbolTable(Operation op) {
    if (op.numRegions() != 1 || op.isRegistered()) return false;
    int dot = op.name().indexOf('.');
    return dot < 0 || op.context().dialect(op.name().substring(0, dot)) == null;
  }
}
