package dev.mlc.ir;

import dev.mlc.ir.asm.AsmPrinter;

/** A type defined by a dialect, printed as {@code !namespace.body}. */
public interface DialectType extends Type {
  /** The dialect namespace, the part before the first dot. */
  String dialectNamespace();

  /** Prints what follows {@code !namespace.} (for example {@code tensor<4xf32>}). */
  void printBody(AsmPrinter printer);
}
