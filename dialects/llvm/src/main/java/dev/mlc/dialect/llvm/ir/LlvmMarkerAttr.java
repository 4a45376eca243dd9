package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.asm.AsmPrinter;

/**
 * {@code #llvm.undef}, {@code #llvm.poison}, {@code #llvm.zero}: the constant values of
 * {@code llvm.mlir.undef}, {@code llvm.mlir.poison} and {@code llvm.mlir.zero}, which those ops fold
 * to (so the folder deduplicates and hoists them like other constants, as MLIR does).
 */
public record LlvmMarkerAttr(String kind) implements DialectAttribute {
  static final java.util.List<String> KINDS = java.util.List.of("undef", "poison", "zero");

  @Override public String dialectNamespace() { return "llvm"; }

  @Override public void printBody(AsmPrinter p) { p.print(kind); }

  @Override public String toString() { return "#llvm." + kind; }
}
