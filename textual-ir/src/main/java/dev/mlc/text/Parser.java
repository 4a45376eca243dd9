package dev.mlc.text;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.asm.ParseException;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
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
    return parse(ctx, bufferName, source, 0, source.length, 1, config);
  }

  /**
   * Parses the bytes [{@code from}, {@code to}) of {@code source}, whose first line is line
   * {@code firstLine} of the buffer (for chunks of a split file).
   */
  public static Operation parse(MLContext ctx, String bufferName, byte[] source, int from, int to, int firstLine, ParserConfig config) {
    int bad = Utf8.firstInvalidParallel(source, from, to);
    if (bad >= 0) {
      int line = firstLine, lineStart = from;
      for (int i = from; i < bad; i++) if (source[i] == '\n') { line++; lineStart = i + 1; }
      report(ctx, new ParseException(dev.mlc.ir.Location.file(bufferName, line, bad - lineStart + 1), "invalid UTF-8 byte sequence"));
      return null;
    }
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads > 1 && to - from >= config.parallelMinBytes()) {
      Operation m = ParallelParse.tryParse(ctx, bufferName, source, from, to, firstLine, config, threads);
      if (m != null) return m;
    }
    try {
      return new MlirParser(ctx, bufferName, source, from, to, firstLine, config).parseTopLevel();
    } catch (ParseException e) {
      report(ctx, e);
      return null;
    } catch (StackOverflowError e) {
      ctx.diagnostics().emit(new Diagnostic(Severity.ERROR, dev.mlc.ir.Location.file(bufferName, 1, 1),
          "input is nested too deeply for the parser's stack (lower ParserConfig.maxNestingDepth or run with a larger thread stack)"));
      ctx.diagnostics().flush();
      return null;
    }
  }

  private static void report(MLContext ctx, ParseException e) {
    Diagnostic d = ctx.diagnostics().emit(new Diagnostic(Severity.ERROR, e.location(), e.getMessage()));
    for (Object[] n : e.notes()) d.attachNote((dev.mlc.ir.Location) n[0], (String) n[1]);
    ctx.diagnostics().flush();
  }

  public static Operation parse(MLContext ctx, String bufferName, String source) {
    return parse(ctx, bufferName, source.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
  }
}
