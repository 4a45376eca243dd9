package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.List;
import java.util.Objects;

/** {@code @root::@nested::@leaf}: a reference to a symbol, possibly in nested symbol tables. */
public record SymbolRefAttr(String root, List<String> nested) implements Attribute {
  public SymbolRefAttr {
    Objects.requireNonNull(root);
    nested = List.copyOf(nested);
  }

  /** A flat reference {@code @name}. */
  public static SymbolRefAttr flat(String name) { return new SymbolRefAttr(name, List.of()); }

  public boolean isFlat() { return nested.isEmpty(); }

  /** The last name in the path. */
  public String leaf() { return nested.isEmpty() ? root : nested.get(nested.size() - 1); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
