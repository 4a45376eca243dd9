package dev.mlc.text;

/**
 * Parser settings.
 *
 * @param maxNestingDepth the deepest nesting of regions accepted; deeper input is rejected with a
 *     located diagnostic naming this limit
 * @param maxTypeNestingDepth the same for types, attributes, locations and affine expressions
 */
public record ParserConfig(int maxNestingDepth, int maxTypeNestingDepth) {
  public static final int DEFAULT_MAX_NESTING = 200_000;
  /** Types and attributes (tuple<tuple<...>>, [[...]]) nest far less in practice. */
  public static final int DEFAULT_MAX_TYPE_NESTING = 2_000;
  public static final ParserConfig DEFAULT = new ParserConfig(DEFAULT_MAX_NESTING, DEFAULT_MAX_TYPE_NESTING);

  /** A configuration with one limit for regions and the smaller of it and the default for types and attributes. */
  public ParserConfig(int maxNestingDepth) { this(maxNestingDepth, Math.min(maxNestingDepth, DEFAULT_MAX_TYPE_NESTING)); }
}
