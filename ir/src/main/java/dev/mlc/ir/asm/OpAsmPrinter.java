package dev.mlc.ir.asm;

import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import java.util.Collection;
import java.util.List;

/** Printing hooks for custom op forms. */
public interface OpAsmPrinter extends AsmPrinter {
  /** Prints the SSA name of a value ({@code %0}, {@code %arg1}). */
  void printOperand(Value v);

  /** Prints values separated by {@code ", "}. */
  void printOperands(List<? extends Value> vs);

  /** Prints the types of {@code vs} separated by {@code ", "}. */
  default void printValueTypes(List<? extends Value> vs) {
    for (int i = 0; i < vs.size(); i++) {
      if (i > 0) print(", ");
      printType(vs.get(i).type());
    }
  }

  /** Prints {@code %a, %b : t1, t2}: values, then their types (MLIR's {@code $values `:` type($values)}). */
  default void printOperandsWithTypes(List<? extends Value> vs) {
    printOperands(vs);
    print(" : ");
    printValueTypes(vs);
  }

  /** Prints {@code  %a, %b : t1, t2} with a leading space, or nothing without values (MLIR's {@code ($values^ `:` type($values))?}). */
  default void printOptionalOperandsWithTypes(List<? extends Value> vs) {
    if (vs.isEmpty()) return;
    print(' ');
    printOperandsWithTypes(vs);
  }

  /** Prints {@code %name: type} (with location when debug info is printed). */
  void printRegionArgument(BlockArgument arg);

  /**
   * Prints a region in braces; the entry block header is printed when asked or needed, and the
   * terminator of each block when asked.
   */
  void printRegion(Region r, boolean printEntryBlockArgs, boolean printBlockTerminators);

  void printSuccessor(Block b);

  /** Prints {@code  {name = value, ...}} unless every entry is elided; adds a leading space. */
  void printOptionalAttrDict(DictionaryAttr attrs, Collection<String> elided);

  /** As {@link #printOptionalAttrDict} with the {@code attributes} keyword before the dictionary. */
  void printOptionalAttrDictWithKeyword(DictionaryAttr attrs, Collection<String> elided);

  /** Prints {@code (operand types) -> result types} of an op. */
  void printFunctionalType(Operation op);

  void printOptionalLocation(Location loc);

  void printNewline();

  /** Prints an op nested in a custom form, in whatever form the printer uses. */
  void printOperation(Operation op);
}
