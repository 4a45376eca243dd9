package dev.mlc.ir.asm;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.NamedAttribute;
import java.util.List;

/** Parsing hooks for custom op forms. */
public interface OpAsmParser extends AsmParser {
  /** An SSA use not yet resolved to a value: {@code %name} or {@code %name#number}. */
  record UnresolvedOperand(String name, int number, Location location) {}

  /** A region argument: {@code %name: type loc(...)}. */
  record Argument(UnresolvedOperand ssaName, Type type, Location location) {}

  enum Delimiter { NONE, PAREN, SQUARE, OPTIONAL_PAREN, OPTIONAL_SQUARE }

  UnresolvedOperand parseOptionalOperand();

  UnresolvedOperand parseOperand();

  List<UnresolvedOperand> parseOperandList(Delimiter delimiter);

  /** The value an operand refers to, checked against {@code type} (forward references allowed). */
  Value resolveOperand(UnresolvedOperand operand, Type type);

  default void resolveOperands(List<UnresolvedOperand> operands, List<Type> types, List<Value> into) {
    if (operands.size() != types.size())
      throw error(operands.size() + " operands present, but expected " + types.size());
    for (int i = 0; i < operands.size(); i++) into.add(resolveOperand(operands.get(i), types.get(i)));
  }

  /**
   * Parses what {@link OpAsmPrinter#printOptionalOperandsWithTypes} prints ({@code %a, %b : t1, t2},
   * or nothing when no operand is next) and adds the values to {@code into}.
   */
  default void parseOptionalOperandsWithTypes(List<Value> into) {
    List<UnresolvedOperand> operands = parseOperandList(Delimiter.NONE);
    if (!operands.isEmpty()) resolveOperands(operands, parseColonTypeList(), into);
  }

  /** {@code %name} (a new definition) followed by {@code : type} when {@code withType}. */
  Argument parseArgument(boolean withType);

  List<Argument> parseArgumentList(Delimiter delimiter, boolean withType);

  /** Parses {@code {...}} into {@code region}, with {@code entryArgs} as the entry block's arguments. */
  void parseRegion(Region region, List<Argument> entryArgs);

  /** Like {@link #parseRegion} if a {@code {} is next; returns whether one was parsed. */
  boolean parseOptionalRegion(Region region, List<Argument> entryArgs);

  Block parseSuccessor();

  void parseOptionalAttrDictWithKeyword(List<NamedAttribute> into);

  /** {@code : type, type} (at least one). */
  List<Type> parseColonTypeList();

  /** {@code -> type} or {@code -> (types)}, or an empty list when no arrow is next. */
  List<Type> parseOptionalArrowTypeList();

  /** {@code loc(...)} if next. */
  Location parseOptionalLocationSpecifier();
}
