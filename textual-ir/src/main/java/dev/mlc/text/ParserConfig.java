package dev.mlc.text;

/**
 * Parser settings.
 *
 * @param maxNestingDepth the deepest nesting of regions, types and attributes accepted; deeper
 *     input is rejected with a located diagnostic naming this limit
 */
public record ParserConfig(int maxNestingDepth) {
  public static final int DEFAULT_MAX_NESTING = 200_000;
  public static final ParserConfig DEFAULT = new ParserConfig(DEFAULT_MAX_NESTING);
}
