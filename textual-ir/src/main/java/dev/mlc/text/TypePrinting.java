package dev.mlc.text;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;

/** Renders single types and attributes as MLIR text (for diagnostics and tests). */
public final class TypePrinting {
  private TypePrinting() {}

  public static String toString(Type t) { return AsmWriter.typeToString(t); }

  public static String toString(Attribute a) { return AsmWriter.attributeToString(a); }
}
