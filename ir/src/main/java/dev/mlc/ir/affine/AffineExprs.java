package dev.mlc.ir.affine;

import dev.mlc.ir.affine.AffineExpr.Binary;
import dev.mlc.ir.affine.AffineExpr.Constant;
import dev.mlc.ir.affine.AffineExpr.Kind;

/** Construction-time simplification and printing of affine expressions. */
final class AffineExprs {
  private AffineExprs() {}

  /** Folds constant operands and moves constants to the right of commutative operators, as MLIR does. */
  static AffineExpr simplify(Kind k, AffineExpr lhs, AffineExpr rhs) {
    if (lhs instanceof Constant a && rhs instanceof Constant b) {
      long x = a.value(), y = b.value();
      switch (k) {
        case ADD: return new Constant(x + y);
        case MUL: return new Constant(x * y);
        default:
          if (y > 0) return new Constant(new Binary(k, lhs, rhs).evaluate(new long[0], new long[0]));
      }
    }
    if ((k == Kind.ADD || k == Kind.MUL) && lhs instanceof Constant && !(rhs instanceof Constant)) {
      AffineExpr t = lhs;
      lhs = rhs;
      rhs = t;
    }
    if (rhs instanceof Constant c) {
      if (k == Kind.ADD && c.value() == 0) return lhs;
      if (k == Kind.MUL && c.value() == 1) return lhs;
      if ((k == Kind.FLOORDIV || k == Kind.CEILDIV) && c.value() == 1) return lhs;
    }
    return new Binary(k, lhs, rhs);
  }

  static void print(AffineExpr e, StringBuilder sb) {
    if (!(e instanceof Binary b)) {
      sb.append(e);
      return;
    }
    if (b.kind() == Kind.ADD) {
      printOperand(b.lhs(), Kind.ADD, false, sb);
      // a + b * -c prints as a - b * c; a + -c prints as a - c.
      if (b.rhs() instanceof Binary rb && rb.kind() == Kind.MUL && rb.rhs() instanceof Constant c && c.value() < 0 && c.value() != Long.MIN_VALUE) {
        sb.append(" - ");
        if (c.value() == -1) printOperand(rb.lhs(), Kind.MUL, false, sb);
        else {
          printOperand(rb.lhs(), Kind.MUL, false, sb);
          sb.append(" * ").append(-c.value());
        }
        return;
      }
      if (b.rhs() instanceof Constant c && c.value() < 0 && c.value() != Long.MIN_VALUE) {
        sb.append(" - ").append(-c.value());
        return;
      }
      sb.append(" + ");
      printOperand(b.rhs(), Kind.ADD, true, sb);
      return;
    }
    printOperand(b.lhs(), b.kind(), false, sb);
    sb.append(' ').append(b.kind().spelling).append(' ');
    printOperand(b.rhs(), b.kind(), true, sb);
  }

  private static void printOperand(AffineExpr e, Kind parent, boolean isRhs, StringBuilder sb) {
    boolean paren = e instanceof Binary b && (b.kind().precedence < parent.precedence || (isRhs && b.kind().precedence >= parent.precedence && parent != Kind.ADD) || (isRhs && parent == Kind.ADD && b.kind() == Kind.ADD));
    if (paren) sb.append('(');
    print(e, sb);
    if (paren) sb.append(')');
  }
}
