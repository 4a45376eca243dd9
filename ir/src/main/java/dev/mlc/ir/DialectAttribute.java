package dev.mlc.ir;

import dev.mlc.ir.asm.AsmPrinter;

/** An attribute defined by a dialect, printed as {@code #namespace.body}. */
public interface DialectAttribute extends Attribute {
  String dialectNamespace();

  /** Prints what follows {@code #namespace.}. */
  void printBody(AsmPrinter printer);
}
