package dev.mlc.tools;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.SourceManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One input processed in a fresh context: its diagnostics are collected, then rendered against the source. */
public final class IrSession {
  private IrSession() {}

  /**
   * Runs {@code body} in a context with every dialect {@code loader} finds; afterwards (also when it
   * throws) prints the diagnostics it emitted, with source lines, to {@code io.err()}.
   */
  public static <T> T run(ToolInput input, ClassLoader loader, boolean allowUnregistered, ToolIO io, Function<MLContext, T> body) {
    SourceManager sources = new SourceManager();
    sources.add(input.bufferName(), input.bytes());
    MLContext ctx = MLContext.withAllDialects(loader);
    ctx.allowUnregisteredDialects(allowUnregistered);
    List<Diagnostic> diags = new ArrayList<>();
    Runnable remove = ctx.diagnostics().addHandler(diags::add);
    try {
      return body.apply(ctx);
    } finally {
      ctx.diagnostics().flush();
      remove.run();
      for (Diagnostic d : diags) io.err().print(sources.render(d));
    }
  }
}
