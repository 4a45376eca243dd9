package dev.mlc.text.props;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs our parser the way the properties need it. */
final class Harness {
  private Harness() {}

  static final String BUFFER = "input.mlir";

  /** The module (null on failure) and everything reported while parsing. */
  record Parsed(Operation module, List<Diagnostic> diagnostics, MLContext ctx) {
    boolean ok() { return module != null; }

    String errors() {
      StringBuilder sb = new StringBuilder();
      for (Diagnostic d : diagnostics) sb.append(d.location()).append(": ").append(d).append('\n');
      return sb.toString();
    }

    /** Whether an ERROR diagnostic points into the parsed buffer (a FILE:LINE:COL location). */
    boolean hasLocatedError() {
      for (Diagnostic d : diagnostics) {
        if (d.severity() != Severity.ERROR) continue;
        var f = d.location().fileLocation();
        if (f != null && f.file().equals(BUFFER) && f.line() >= 1 && f.column() >= 1) return true;
      }
      return false;
    }
  }

  static MLContext context() {
    MLContext ctx = new MLContext();
    ctx.allowUnregisteredDialects(true);
    return ctx;
  }

  static Parsed parse(String text) { return parse(text.getBytes(StandardCharsets.UTF_8)); }

  static Parsed parse(byte[] bytes) { return parse(context(), bytes); }

  static Parsed parse(MLContext ctx, byte[] bytes) {
    Operation m = Parser.parse(ctx, BUFFER, bytes, ParserConfig.DEFAULT);
    return new Parsed(m, ctx.diagnostics().takeCollected(), ctx);
  }

  private static final ExecutorService WATCHED = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(null, r, "props-watched", 0); // the default stack (-Xss), as in production
    t.setDaemon(true);
    return t;
  });

  /**
   * Runs {@code f} on another thread and fails if it takes longer than
   * {@code seconds} (a hang in the parser must not hang the build). Errors and exceptions from
   * {@code f} are rethrown wrapped, so that every Throwable counts as a failure.
   */
  static <T> T withTimeout(int seconds, Supplier<T> f) {
    Future<T> fut = WATCHED.submit(f::get);
    try {
      return fut.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fut.cancel(true);
      throw new AssertionError("timed out after " + seconds + " s");
    } catch (ExecutionException e) {
      throw new AssertionError("threw " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
