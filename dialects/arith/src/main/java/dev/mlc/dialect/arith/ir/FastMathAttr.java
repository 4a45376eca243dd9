package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.AsmPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code #arith.fastmath<nnan,ninf>}: the fast-math flags of a float op, a bit set as in LLVM
 * ({@code none}, {@code fast} = all of them).
 */
public record FastMathAttr(int flags) implements DialectAttribute {
  public static final List<String> NAMES = List.of("reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn");
  public static final int FAST = (1 << NAMES.size()) - 1;
  public static final FastMathAttr NONE = new FastMathAttr(0);

  public boolean has(String flag) { return (flags & (1 << NAMES.indexOf(flag))) != 0; }

  @Override public String dialectNamespace() { return "arith"; }

  @Override public void printBody(AsmPrinter p) { p.print("fastmath"); printParams(p); }

  /** {@code <nnan,ninf>} (MLIR separates these flags without a space). */
  public void printParams(AsmPrinter p) {
    p.print('<');
    if (flags == 0) p.print("none");
    else if (flags == FAST) p.print("fast");
    else {
      List<String> on = new ArrayList<>();
      for (int i = 0; i < NAMES.size(); i++) if ((flags & (1 << i)) != 0) on.add(NAMES.get(i));
      p.print(String.join(",", on));
    }
    p.print('>');
  }

  /** Parses {@code <flag, ...>}. */
  public static FastMathAttr parseParams(AsmParser p) {
    p.parsePunct("<");
    int f = 0;
    do {
      String k = p.parseOptionalKeyword();
      if (k == null || !(k.equals("none") || k.equals("fast") || NAMES.contains(k)))
        throw p.error("expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast");
      f |= k.equals("fast") ? FAST : k.equals("none") ? 0 : 1 << NAMES.indexOf(k);
    } while (p.parseOptionalPunct(","));
    p.parsePunct(">");
    return new FastMathAttr(f);
  }
}
