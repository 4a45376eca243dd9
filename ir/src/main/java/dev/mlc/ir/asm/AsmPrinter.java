package dev.mlc.ir.asm;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;

/** Printing hooks available to custom type, attribute and op printers. */
public interface AsmPrinter {
  /** Appends text verbatim. */
  AsmPrinter print(String text);

  AsmPrinter print(char c);

  AsmPrinter print(long v);

  void printType(Type t);

  void printAttribute(Attribute a);

  /** Prints an attribute without its {@code : type} suffix where the type is implied. */
  void printAttributeWithoutType(Attribute a);

  /** Prints {@code s} bare if it is a valid keyword, otherwise as a quoted string. */
  void printKeywordOrString(String s);

  /** Prints {@code s} as a quoted, escaped string literal. */
  void printString(String s);

  /** Prints {@code @name}, quoting the name when needed. */
  void printSymbolName(String name);
}
