package dev.mlc.text;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.AsmText;

/** Gives the core's {@code toString()} of types and attributes MLIR's text (see {@link AsmText}). */
public final class AsmTextPrinter implements AsmText.Printer {
  @Override public String type(Type t) { return AsmWriter.typeToString(t); }

  @Override public String attribute(Attribute a) { return AsmWriter.attributeToString(a); }
}
