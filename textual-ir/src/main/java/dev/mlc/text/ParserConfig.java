package dev.mlc.text;

/**
 * Parser settings.
 *
 * @param maxNestingDepth the deepest nesting of regions accepted; deeper input is rejected with a
 *     located diagnostic naming this limit
 * @param maxTypeNestingDepth the same for types, attributes, locations and affine expressions
 * @param parallelMinBytes module bodies at least this large are parsed on several threads
 */
public record ParserConfig(int maxNestingDepth, int maxTypeNestingDepth, int parallelMinBytes) {
  public static final int DEFAULT_MAX_NESTING = 200_000;
  /** Types and attributes (tuple<tuple<...>>, [[...]]) nest far less in practice. */
  public static final int DEFAULT_MAX_TYPE_NESTING = 2_000;
  /** Module bodies at least this large are parsed on several threads (see {@link ParallelParse}). */
  public static final int DEFAULT_PARALLEL_MIN_BYTES = 8 << 20;
  public static final ParserConfig DEFAULT = new ParserConfig(DEFAULT_MAX_NESTING, DEFAULT_MAX_TYPE_NESTING, DEFAULT_PARALLEL_MIN_BYTES);

  public ParserConfig(int maxNestingDepth, int maxTypeNestingDepth) { this(maxNestingDepth, maxTypeNestingDepth, DEFAULT_PARALLEL_MIN_BYTES); }

  /** A configuration with one limit for regions and the smaller of it and the default for types and attributes. */
  public ParserConfig(int maxNestingDepth) { this(maxNestingDepth, Math.min(maxNestingDepth, DEFAULT_MAX_TYPE_NESTING)); }

  /** This configuration with another size threshold for parallel parsing ({@code Integer.MAX_VALUE}: never). */
  public ParserConfig withParallelMinBytes(int bytes) { return new ParserConfig(maxNestingDepth, maxTypeNestingDepth, bytes); }
}
