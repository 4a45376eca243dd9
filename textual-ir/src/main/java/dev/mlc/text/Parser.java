package dev.mlc.text;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import java.nio.charset.StandardCharsets;

/** Parses MLIR's textual form (generic and custom op forms) into IR. */
public final class Parser {
  private Parser() {}

  /**
   * Parses {@code source} (named {@code bufferName} in locations and diagnostics). Returns the
   * top-level {@code builtin.module} (an implicit one wraps the top-level ops unless the input is a
   * single module), or null after reporting located errors to {@code ctx.diagnostics()}. Does not
   * verify.
   */
  public static Operation parse(MLContext ctx, String bufferName, byte[] source, ParserConfig config) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static Operation parse(MLContext ctx, String bufferName, String source) {
    return parse(ctx, bufferName, source.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
  }
}
