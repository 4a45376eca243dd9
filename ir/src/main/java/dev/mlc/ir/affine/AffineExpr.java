package dev.mlc.ir.affine;

/**
 * An affine expression over dimensions {@code d<i>}, symbols {@code s<i>} and constants, with
 * {@code +}, {@code *}, {@code mod}, {@code floordiv} and {@code ceildiv}. Subtraction is
 * {@code a + b * -1}, as in MLIR. {@link #toString()} prints MLIR's syntax.
 */
public sealed interface AffineExpr {
  record Dim(int position) implements AffineExpr {
    @Override public String toString() { return "d" + position; }
  }

  record Symbol(int position) implements AffineExpr {
    @Override public String toString() { return "s" + position; }
  }

  record Constant(long value) implements AffineExpr {
    @Override public String toString() { return Long.toString(value); }
  }

  enum Kind {
    ADD("+", 0), MUL("*", 1), MOD("mod", 1), FLOORDIV("floordiv", 1), CEILDIV("ceildiv", 1);

    public final String spelling;
    final int precedence;

    Kind(String spelling, int precedence) {
      this.spelling = spelling;
      this.precedence = precedence;
    }
  }

  record Binary(Kind kind, AffineExpr lhs, AffineExpr rhs) implements AffineExpr {
    @Override public String toString() {
      StringBuilder sb = new StringBuilder();
      AffineExprs.print(this, sb);
      return sb.toString();
    }
  }

  static AffineExpr dim(int i) { return new Dim(i); }

  static AffineExpr symbol(int i) { return new Symbol(i); }

  static AffineExpr constant(long v) { return new Constant(v); }

  static AffineExpr binary(Kind k, AffineExpr lhs, AffineExpr rhs) { return AffineExprs.simplify(k, lhs, rhs); }

  default AffineExpr plus(AffineExpr o) { return binary(Kind.ADD, this, o); }

  default AffineExpr times(AffineExpr o) { return binary(Kind.MUL, this, o); }

  default AffineExpr minus(AffineExpr o) { return binary(Kind.ADD, this, binary(Kind.MUL, o, new Constant(-1))); }

  /** Whether the expression contains no dimension (so it may be a multiplier in an affine form). */
  default boolean isSymbolicOrConstant() {
    return switch (this) {
      case Dim d -> false;
      case Symbol s -> true;
      case Constant c -> true;
      case Binary b -> b.lhs().isSymbolicOrConstant() && b.rhs().isSymbolicOrConstant();
    };
  }

  /** Whether the expression is pure affine: multiplication and division only by symbolic terms. */
  default boolean isPureAffine() {
    return switch (this) {
      case Dim d -> true;
      case Symbol s -> true;
      case Constant c -> true;
      case Binary b -> switch (b.kind()) {
        case ADD -> b.lhs().isPureAffine() && b.rhs().isPureAffine();
        case MUL -> b.lhs().isPureAffine() && b.rhs().isPureAffine() && (b.lhs().isSymbolicOrConstant() || b.rhs().isSymbolicOrConstant());
        default -> b.lhs().isPureAffine() && b.rhs() instanceof Constant;
      };
    };
  }

  /** Largest dimension position used plus one (0 if none). */
  default int dimsUsed() {
    return switch (this) {
      case Dim d -> d.position() + 1;
      case Symbol s -> 0;
      case Constant c -> 0;
      case Binary b -> Math.max(b.lhs().dimsUsed(), b.rhs().dimsUsed());
    };
  }

  default int symbolsUsed() {
    return switch (this) {
      case Dim d -> 0;
      case Symbol s -> s.position() + 1;
      case Constant c -> 0;
      case Binary b -> Math.max(b.lhs().symbolsUsed(), b.rhs().symbolsUsed());
    };
  }

  /** Evaluates with the given dimension and symbol values (floor/ceil division as MLIR defines). */
  default long evaluate(long[] dims, long[] symbols) {
    return switch (this) {
      case Dim d -> dims[d.position()];
      case Symbol s -> symbols[s.position()];
      case Constant c -> c.value();
      case Binary b -> {
        long l = b.lhs().evaluate(dims, symbols), r = b.rhs().evaluate(dims, symbols);
        yield switch (b.kind()) {
          case ADD -> l + r;
          case MUL -> l * r;
          case MOD -> Math.floorMod(l, r);
          case FLOORDIV -> Math.floorDiv(l, r);
          case CEILDIV -> -Math.floorDiv(-l, r);
        };
      }
    };
  }
}
