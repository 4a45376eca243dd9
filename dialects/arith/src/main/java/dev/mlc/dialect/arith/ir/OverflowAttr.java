package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.AsmPrinter;

/** {@code #arith.overflow<nsw, nuw>}: no-signed-wrap / no-unsigned-wrap flags of integer ops. */
public record OverflowAttr(int flags) implements DialectAttribute {
  public static final int NSW = 1, NUW = 2;
  public static final OverflowAttr NONE = new OverflowAttr(0);

  @Override public String dialectNamespace() { return "arith"; }

  @Override public void printBody(AsmPrinter p) { p.print("overflow"); printParams(p); }

  /** {@code <nsw, nuw>}. */
  public void printParams(AsmPrinter p) {
    p.print('<');
    p.print(flags == 0 ? "none" : flags == NSW ? "nsw" : flags == NUW ? "nuw" : "nsw, nuw");
    p.print('>');
  }

  public static OverflowAttr parseParams(AsmParser p) {
    p.parsePunct("<");
    int f = 0;
    do {
      String k = p.parseOptionalKeyword();
      if (k == null || !(k.equals("none") || k.equals("nsw") || k.equals("nuw")))
        throw p.error("expected ::mlir::arith::IntegerOverflowFlags to be one of: none, nsw, nuw");
      f |= k.equals("nsw") ? NSW : k.equals("nuw") ? NUW : 0;
    } while (p.parseOptionalPunct(","));
    p.parsePunct(">");
    return new OverflowAttr(f);
  }
}
