package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.List;

/** {@code [a, b, c]}. */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
  public static final ArrayAttr EMPTY = new ArrayAttr(List.of());

  public ArrayAttr { elements = List.copyOf(elements); }

  public static ArrayAttr of(Attribute... elements) { return new ArrayAttr(List.of(elements)); }

  public int size() { return elements.size(); }

  public Attribute get(int i) { return elements.get(i); }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
