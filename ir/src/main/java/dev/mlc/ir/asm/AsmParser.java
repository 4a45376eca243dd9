package dev.mlc.ir.asm;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.NamedAttribute;
import java.math.BigInteger;
import java.util.List;

/**
 * Parsing hooks for custom types, attributes and ops. {@code parseX} methods throw a
 * {@link ParseException} at the current token when the input does not match; {@code parseOptionalX}
 * methods return null/false and consume nothing in that case.
 */
public interface AsmParser {
  MLContext context();

  /** An error at the current token, to be thrown by the caller. */
  ParseException error(String message);

  /** The location of the current token. */
  Location currentLocation();

  /** Consumes {@code keyword} if it is next. */
  boolean parseOptionalKeyword(String keyword);

  void parseKeyword(String keyword);

  /** Consumes and returns any bare identifier (keyword), or null. */
  String parseOptionalKeyword();

  String parseKeyword();

  /**
   * Consumes the punctuation {@code p} if next: one of {@code ( ) [ ] { } < > , = : -> * ? + ... |}.
   */
  boolean parseOptionalPunct(String p);

  void parsePunct(String p);

  Type parseType();

  /** {@code : type}. */
  Type parseColonType();

  Attribute parseAttribute();

  /** An attribute whose type is implied by context when not spelled out. */
  Attribute parseAttribute(Type type);

  /** {@code {name = value, ...}} if next (appends to {@code into}). */
  void parseOptionalAttrDict(List<NamedAttribute> into);

  /** A string literal's value, or null if the next token is not a string. */
  String parseOptionalString();

  String parseString();

  /** An integer literal (with optional leading minus), or null. */
  BigInteger parseOptionalInteger();

  BigInteger parseInteger();

  /** {@code @name}, or null. */
  String parseOptionalSymbolName();

  String parseSymbolName();

  /** A dimension list such as {@code 4x?x8x} (with the trailing {@code x}); {@code ?} is {@code ShapedType.DYNAMIC}. */
  long[] parseDimensionList(boolean allowDynamic);
}
