package dev.mlc.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The syntax tree of a numeric expression ({@code [[#VAR + 1]]}, {@code [[#max(A, B)]]}, ...). */
sealed interface Expr {
  /** The expression's source text, as used in messages. */
  TextRef text();

  /** Evaluates the expression (with unbounded precision, as LLVM's growing {@code APInt}s). */
  BigInteger eval() throws Failure.Exception;

  /** The format implied by the variables used, or {@link ExpressionFormat#NONE}. */
  ExpressionFormat implicitFormat() throws Failure.Exception;

  /** An integer literal. */
  record Literal(TextRef text, BigInteger value) implements Expr {
    @Override
    public BigInteger eval() { return value; }

    @Override
    public ExpressionFormat implicitFormat() { return ExpressionFormat.NONE; }
  }

  /** A use of a numeric variable; {@code text} is its name. */
  record VariableUse(TextRef text, NumericVariable variable) implements Expr {
    @Override
    public BigInteger eval() throws Failure.Exception {
      BigInteger v = variable.value();
      if (v == null) throw new Failure.Exception(new Failure.UndefinedVariable(text));
      return v;
    }

    @Override
    public ExpressionFormat implicitFormat() { return variable.implicitFormat(); }
  }

  /** A binary operator or two-argument function. */
  record Binary(TextRef text, Op op, Expr left, Expr right) implements Expr {
    @Override
    public BigInteger eval() throws Failure.Exception {
      List<Failure> failures = new ArrayList<>();
      BigInteger l = evalCollecting(left, failures);
      BigInteger r = evalCollecting(right, failures);
      if (!failures.isEmpty()) throw new Failure.Exception(failures);
      return op.apply(l, r);
    }

    private static BigInteger evalCollecting(Expr e, List<Failure> failures) {
      try {
        return e.eval();
      } catch (Failure.Exception x) {
        failures.addAll(x.failures());
        return null;
      }
    }

    @Override
    public ExpressionFormat implicitFormat() throws Failure.Exception {
      List<Failure> failures = new ArrayList<>();
      ExpressionFormat l = formatCollecting(left, failures);
      ExpressionFormat r = formatCollecting(right, failures);
      if (!failures.isEmpty()) throw new Failure.Exception(failures);
      if (l.isPresent() && r.isPresent() && !l.sameAs(r)) {
        throw Failure.Exception.at(text, "implicit format conflict between '" + left.text().str() + "' ("
            + l.spec() + ") and '" + right.text().str() + "' (" + r.spec() + "), need an explicit format specifier");
      }
      return l.isPresent() ? l : r;
    }

    private static ExpressionFormat formatCollecting(Expr e, List<Failure> failures) {
      try {
        return e.implicitFormat();
      } catch (Failure.Exception x) {
        failures.addAll(x.failures());
        return ExpressionFormat.NONE;
      }
    }
  }

  /** The operators and functions of numeric expressions. */
  enum Op {
    ADD, SUB, MUL, DIV, MAX, MIN;

    BigInteger apply(BigInteger a, BigInteger b) throws Failure.Exception {
      return switch (this) {
        case ADD -> a.add(b);
        case SUB -> a.subtract(b);
        case MUL -> a.multiply(b);
        case DIV -> {
          if (b.signum() == 0) throw new Failure.Exception(new Failure.Overflow());
          yield a.divide(b);
        }
        case MAX -> a.max(b);
        case MIN -> a.compareTo(b) < 0 ? a : b;
      };
    }

    /** The function called {@code name} in expressions, or null. */
    static Op function(String name) {
      return switch (name) {
        case "add" -> ADD;
        case "sub" -> SUB;
        case "mul" -> MUL;
        case "div" -> DIV;
        case "max" -> MAX;
        case "min" -> MIN;
        default -> null;
      };
    }
  }
}
