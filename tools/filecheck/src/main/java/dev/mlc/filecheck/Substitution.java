package dev.mlc.filecheck;

/**
 * A value to splice into a pattern's regular expression when it is matched: a string variable use
 * {@code [[VAR]]} or a numeric expression {@code [[#EXPR]]}.
 */
sealed interface Substitution {
  /** The text being substituted (the variable name or the whole expression), for messages. */
  TextRef from();

  /** Where in the pattern's regular expression the value goes. */
  int insertIndex();

  /** The value as regular-expression text. */
  String regex() throws Failure.Exception;

  /** The value as shown in "with ... equal to ..." notes (FileCheck 19 shows the regex text, escaped). */
  default String forDiagnostics() throws Failure.Exception {
    return "\"" + escaped(regex()) + "\"";
  }

  /** A use of a string variable defined on an earlier line (or with {@code -D}). */
  record OfString(TextRef from, int insertIndex, PatternContext context) implements Substitution {
    @Override
    public String regex() throws Failure.Exception {
      PatternContext.StringValue v = context.stringValue(from.str());
      if (v == null) throw new Failure.Exception(new Failure.UndefinedVariable(from));
      return PosixRegex.escape(v.value());
    }
  }

  /** A numeric expression, printed in its format. */
  record OfNumeric(TextRef from, int insertIndex, Expr ast, ExpressionFormat format) implements Substitution {
    @Override
    public String regex() throws Failure.Exception {
      return format.format(ast.eval());
    }
  }

  /** {@code raw_ostream::write_escaped}: C escapes, and three-digit octal for other unprintables. */
  static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '"' -> b.append("\\\"");
        default -> {
          if (c >= 0x20 && c <= 0x7e) b.append(c);
          else b.append('\\').append((char) ('0' + ((c >> 6) & 7))).append((char) ('0' + ((c >> 3) & 7))).append((char) ('0' + (c & 7)));
        }
      }
    }
    return b.toString();
  }
}
