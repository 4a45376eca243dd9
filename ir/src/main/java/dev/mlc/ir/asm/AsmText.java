package dev.mlc.ir.asm;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import java.util.ServiceLoader;

/**
 * MLIR text for types and attributes wherever the core needs it without a printer at hand: their
 * {@code toString()}, so that diagnostics read {@code tensor<2x3xf32>} as upstream's do. The
 * textual-IR module provides the {@link Printer} (found through {@link ServiceLoader}); without one,
 * a structural fallback is used.
 */
public final class AsmText {
  private AsmText() {}

  /** Prints types and attributes as MLIR text. */
  public interface Printer {
    String type(Type t);

    String attribute(Attribute a);
  }

  private static final class Holder {
    static final Printer PRINTER = ServiceLoader.load(Printer.class, AsmText.class.getClassLoader()).findFirst().orElse(null);
  }

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  /** The MLIR text of {@code t}; {@code fallback} when no printer is available (or while printing). */
  public static String of(Type t, java.util.function.Supplier<String> fallback) {
    return print(t, null, fallback);
  }

  /** The MLIR text of {@code a}; {@code fallback} when no printer is available (or while printing). */
  public static String of(Attribute a, java.util.function.Supplier<String> fallback) {
    return print(null, a, fallback);
  }

  private static String print(Type t, Attribute a, java.util.function.Supplier<String> fallback) {
    Printer p = Holder.PRINTER;
    if (p == null || ACTIVE.get() != null) return fallback.get();
    ACTIVE.set(Boolean.TRUE);
    try {
      return t != null ? p.type(t) : p.attribute(a);
    } catch (RuntimeException e) {
      return fallback.get();
    } finally {
      ACTIVE.remove();
    }
  }
}
