package dev.mlc.ir;

import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import java.util.HashMap;
import java.util.Map;

/**
 * The symbols defined directly in a symbol-table op ({@code builtin.module}, ...), by name.
 * Symbol tables nest: {@code @outer::@inner} looks up {@code outer} here, then {@code inner} in it.
 */
public final class SymbolTable {
  public static final String SYM_NAME = "sym_name";
  public static final String VISIBILITY = "sym_visibility";

  private final Operation op;
  private final Map<String, Operation> symbols = new HashMap<>();

  public SymbolTable(Operation symbolTableOp) {
    this.op = symbolTableOp;
    if (symbolTableOp.numRegions() > 0 && !symbolTableOp.region(0).isEmpty())
      for (Operation o = symbolTableOp.region(0).front().first(); o != null; o = o.nextOp()) {
        String n = symbolName(o);
        if (n != null) symbols.putIfAbsent(n, o);
      }
  }

  public Operation op() { return op; }

  /** The name an op defines ({@code sym_name}), or null. */
  public static String symbolName(Operation o) {
    return o.attr(SYM_NAME) instanceof StringAttr s ? s.value() : null;
  }

  /** Whether {@code o} holds a symbol table (by trait, or by being an unregistered op with one region... no). */
  public static boolean isSymbolTable(Operation o) { return o.hasTrait(Traits.SymbolTableTrait.class); }

  public Operation lookup(String name) { return symbols.get(name); }

  /** Inserts {@code symbol} at the end of the body, renaming it ({@code name_0}, ...) if the name is taken. */
  public String insert(Operation symbol) {
    String name = symbolName(symbol);
    if (name == null) throw new IllegalArgumentException("operation defines no symbol");
    String n = name;
    for (int i = 0; symbols.containsKey(n) && symbols.get(n) != symbol; i++) n = name + "_" + i;
    if (!n.equals(name)) symbol.setAttr(SYM_NAME, StringAttr.of(n));
    symbols.put(n, symbol);
    if (symbol.parentBlock() == null) op.region(0).front().append(symbol);
    return n;
  }

  public void erase(Operation symbol) {
    String n = symbolName(symbol);
    if (n != null && symbols.get(n) == symbol) symbols.remove(n);
    symbol.erase();
  }

  /** Resolves a (possibly nested) reference inside the symbol table op {@code from}. */
  public static Operation lookupIn(Operation from, SymbolRefAttr ref) {
    Operation cur = new SymbolTable(from).lookup(ref.root());
    for (String n : ref.nested()) {
      if (cur == null || !isSymbolTable(cur)) return null;
      cur = new SymbolTable(cur).lookup(n);
    }
    return cur;
  }

  /** Resolves {@code ref} from the closest symbol table enclosing {@code from} (or {@code from} itself). */
  public static Operation lookupNearestFrom(Operation from, SymbolRefAttr ref) {
    Operation t = nearestSymbolTable(from);
    return t == null ? null : lookupIn(t, ref);
  }

  public static Operation nearestSymbolTable(Operation from) {
    for (Operation p = from; p != null; p = p.parentOp()) if (isSymbolTable(p)) return p;
    return null;
  }

  /** Whether the symbol's visibility is {@code private}. */
  public static boolean isPrivate(Operation symbol) {
    return symbol.attr(VISIBILITY) instanceof StringAttr s && s.value().equals("private");
  }
}
