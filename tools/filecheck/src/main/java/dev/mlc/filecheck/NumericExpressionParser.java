package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the inside of a numeric substitution block, {@code [[#%x,VAR: EXPR]]}: an optional format
 * specifier, an optional variable definition, an optional {@code ==} constraint and an expression of
 * literals, variables, {@code +}/{@code -}, parentheses and the functions {@code add}, {@code sub},
 * {@code mul}, {@code div}, {@code min} and {@code max}. Error messages and positions are LLVM's.
 */
final class NumericExpressionParser {
  /** A parsed block: its expression (the syntax tree is null for a bare definition) and definition. */
  record Block(ExpressionFormat format, Expr ast, NumericVariable defined) {}

  private enum Operand { LINE_VAR, LEGACY_LITERAL, ANY }

  private final PatternContext context;
  private final Integer lineNumber;
  private TextRef cur;

  /**
   * @param lineNumber the check-file line of the directive (uses of a variable defined on the same
   *     line are errors), or null for command-line definitions and implicit patterns
   */
  NumericExpressionParser(PatternContext context, Integer lineNumber) {
    this.context = context;
    this.lineNumber = lineNumber;
  }

  /**
   * Parses {@code expr}; {@code legacyLine} selects the old {@code [[@LINE+N]]} syntax, where only
   * {@code @LINE} plus or minus a decimal literal is allowed.
   */
  Block parseBlock(TextRef expr, boolean legacyLine) throws Failure.Exception {
    ExpressionFormat explicit = ExpressionFormat.NONE;
    int precision = 0;
    int comma = expr.indexOf(",", 0);
    int paren = expr.indexOf("(", 0);
    if (comma >= 0 && (paren < 0 || comma < paren)) {
      TextRef spec = expr.takeFront(comma).trim();
      expr = expr.dropFront(comma + 1);
      if (!spec.startsWith("%")) throw Failure.Exception.at(spec, "invalid matching format specification in expression");
      spec = spec.dropFront(1);
      TextRef alternateLoc = spec;
      boolean alternate = spec.startsWith("#");
      if (alternate) spec = spec.dropFront(1);
      if (spec.startsWith(".")) {
        spec = spec.dropFront(1);
        Integers.Prefix p = Integers.fixed(spec, false, 32);
        if (p == null) throw Failure.Exception.at(spec, "invalid precision in format specifier");
        precision = p.value().intValue();
        spec = p.rest();
      }
      if (!spec.isEmpty()) {
        TextRef kindLoc = spec;
        char kind = spec.charAt(0);
        spec = spec.dropFront(1);
        explicit = switch (kind) {
          case 'u' -> new ExpressionFormat(ExpressionFormat.Kind.UNSIGNED, precision, false);
          case 'd' -> new ExpressionFormat(ExpressionFormat.Kind.SIGNED, precision, false);
          case 'x' -> new ExpressionFormat(ExpressionFormat.Kind.HEX_LOWER, precision, alternate);
          case 'X' -> new ExpressionFormat(ExpressionFormat.Kind.HEX_UPPER, precision, alternate);
          default -> throw Failure.Exception.at(kindLoc, "invalid format specifier in expression");
        };
      }
      if (alternate && !explicit.isHex()) throw Failure.Exception.at(alternateLoc, "alternate form only supported for hex values");
      spec = spec.ltrim();
      if (!spec.isEmpty()) throw Failure.Exception.at(spec, "invalid matching format specification in expression");
    }

    TextRef definition = null;
    int colon = expr.indexOf(":", 0);
    if (colon >= 0) {
      definition = expr.takeFront(colon);
      expr = expr.dropFront(colon + 1);
    }
    expr = expr.ltrim();
    boolean constraint = expr.startsWith("==");
    if (constraint) expr = expr.dropFront(2);
    expr = expr.ltrim();
    Expr ast = null;
    if (expr.isEmpty()) {
      if (constraint) throw Failure.Exception.at(expr, "empty numeric expression should not have a constraint");
    } else {
      TextRef outer = expr.rtrim();
      cur = outer;
      ast = operand(legacyLine ? Operand.LINE_VAR : Operand.ANY, !constraint);
      while (!cur.isEmpty()) {
        ast = binaryOperation(outer, ast, legacyLine);
        if (legacyLine && !cur.isEmpty()) {
          throw Failure.Exception.at(cur, "unexpected characters at end of expression '" + cur.str() + "'");
        }
      }
    }

    ExpressionFormat format = explicit;
    if (!format.isPresent() && ast != null) format = ast.implicitFormat();
    if (!format.isPresent()) format = new ExpressionFormat(ExpressionFormat.Kind.UNSIGNED, precision, false);
    NumericVariable defined = definition == null ? null : definition(definition.ltrim(), format);
    return new Block(format, ast, defined);
  }

  private NumericVariable definition(TextRef text, ExpressionFormat format) throws Failure.Exception {
    VariableName v = VariableName.parse(text);
    String name = v.text();
    if (v.pseudo()) throw Failure.Exception.at(v.name(), "definition of pseudo numeric variable unsupported");
    if (context.isStringVariableDefined(name)) {
      throw Failure.Exception.at(v.name(), "string variable with name '" + name + "' already exists");
    }
    TextRef rest = v.rest().ltrim();
    if (!rest.isEmpty()) throw Failure.Exception.at(rest, "unexpected characters after numeric variable name");
    NumericVariable existing = context.numericVariable(name);
    if (existing == null) return new NumericVariable(name, format, lineNumber);
    if (!existing.implicitFormat().sameAs(format)) {
      throw Failure.Exception.at(rest, "format different from previous variable definition");
    }
    return existing;
  }

  private Expr operand(Operand allowed, boolean maybeInvalidConstraint) throws Failure.Exception {
    if (cur.startsWith("(")) {
      if (allowed != Operand.ANY) throw Failure.Exception.at(cur, "parenthesized expression not permitted here");
      return parenthesized();
    }
    if (allowed == Operand.LINE_VAR || allowed == Operand.ANY) {
      VariableName v = null;
      try {
        v = VariableName.parse(cur);
      } catch (Failure.Exception e) {
        if (allowed == Operand.LINE_VAR) throw e;
      }
      if (v != null) {
        cur = v.rest();
        if (cur.ltrim().startsWith("(")) {
          if (allowed != Operand.ANY) throw Failure.Exception.at(v.name(), "unexpected function call");
          return call(v.name());
        }
        return variableUse(v);
      }
    }
    TextRef start = cur;
    boolean negative = cur.startsWith("-");
    Integers.Prefix literal = Integers.unbounded(negative ? cur.dropFront(1) : cur,
        allowed == Operand.LEGACY_LITERAL ? 10 : 0);
    if (literal == null) {
      throw Failure.Exception.at(start, "invalid " + (maybeInvalidConstraint ? "matching constraint or " : "") + "operand format");
    }
    cur = literal.rest();
    return new Expr.Literal(start.dropBack(cur.length()), negative ? literal.value().negate() : literal.value());
  }

  private Expr variableUse(VariableName v) throws Failure.Exception {
    String name = v.text();
    if (v.pseudo() && !name.equals("@LINE")) {
      throw Failure.Exception.at(v.name(), "invalid pseudo numeric variable '" + name + "'");
    }
    NumericVariable variable = context.numericVariable(name);
    if (variable == null) {
      // Not defined yet: a placeholder, diagnosed as undefined if still valueless when matched.
      variable = new NumericVariable(name, ExpressionFormat.UNSIGNED, null);
      context.putNumericVariable(name, variable);
    }
    if (variable.defLine() != null && variable.defLine().equals(lineNumber)) {
      throw Failure.Exception.at(v.name(), "numeric variable '" + name + "' defined earlier in the same CHECK directive");
    }
    return new Expr.VariableUse(v.name(), variable);
  }

  private Expr parenthesized() throws Failure.Exception {
    cur = cur.ltrim().dropFront(1).ltrim();
    if (cur.isEmpty()) throw Failure.Exception.at(cur, "missing operand in expression");
    Expr inner = operand(Operand.ANY, false);
    cur = cur.ltrim();
    while (!cur.isEmpty() && !cur.startsWith(")")) {
      inner = binaryOperation(cur, inner, false);
      cur = cur.ltrim();
    }
    if (!cur.startsWith(")")) throw Failure.Exception.at(cur, "missing ')' at end of nested expression");
    cur = cur.dropFront(1);
    return inner;
  }

  /** Parses {@code <op> <operand>} after {@code left}; {@code start} begins the operation's text. */
  private Expr binaryOperation(TextRef start, Expr left, boolean legacyLine) throws Failure.Exception {
    cur = cur.ltrim();
    if (cur.isEmpty()) return left;
    TextRef opLoc = cur;
    char c = cur.charAt(0);
    cur = cur.dropFront(1);
    Expr.Op op = switch (c) {
      case '+' -> Expr.Op.ADD;
      case '-' -> Expr.Op.SUB;
      default -> throw Failure.Exception.at(opLoc, "unsupported operation '" + c + "'");
    };
    cur = cur.ltrim();
    if (cur.isEmpty()) throw Failure.Exception.at(cur, "missing operand in expression");
    Expr right = operand(legacyLine ? Operand.LEGACY_LITERAL : Operand.ANY, false);
    TextRef text = new TextRef(start.file(), start.start(), cur.start());
    return new Expr.Binary(text, op, left, right);
  }

  private Expr call(TextRef name) throws Failure.Exception {
    cur = cur.ltrim();
    Expr.Op op = Expr.Op.function(name.str());
    if (op == null) throw Failure.Exception.at(name, "call to undefined function '" + name.str() + "'");
    cur = cur.dropFront(1).ltrim();
    List<Expr> args = new ArrayList<>();
    while (!cur.isEmpty() && !cur.startsWith(")")) {
      if (cur.startsWith(",")) throw Failure.Exception.at(cur, "missing argument");
      TextRef outer = cur;
      Expr arg = operand(Operand.ANY, false);
      while (!cur.isEmpty()) {
        cur = cur.ltrim();
        if (cur.startsWith(",") || cur.startsWith(")")) break;
        arg = binaryOperation(outer, arg, false);
      }
      args.add(arg);
      cur = cur.ltrim();
      if (!cur.startsWith(",")) break;
      cur = cur.dropFront(1).ltrim();
      if (cur.startsWith(")")) throw Failure.Exception.at(cur, "missing argument");
    }
    if (!cur.startsWith(")")) throw Failure.Exception.at(cur, "missing ')' at end of call expression");
    cur = cur.dropFront(1);
    if (args.size() != 2) {
      throw Failure.Exception.at(name, "function '" + name.str() + "' takes 2 arguments but " + args.size() + " given");
    }
    return new Expr.Binary(cur, op, args.get(0), args.get(1));
  }
}
