package dev.mlc.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * lit's boolean feature expressions, as used by {@code REQUIRES}, {@code UNSUPPORTED} and
 * {@code XFAIL}: {@code a && !(b || c)}. A name is true when it is an available feature
 * ({@code true} always is); a name may embed regular expressions in {@code {{...}}}, e.g.
 * {@code target={{x86.*}}}, true when some feature matches the whole pattern. {@code !} binds
 * tighter than {@code &&}, which binds tighter than {@code ||}.
 */
final class BooleanExpr {
  private static final Pattern TOKEN =
      Pattern.compile("\\s*([()]|&&|\\|\\||!|(?:[-+=._a-zA-Z0-9]+|\\{\\{.+?\\}\\})+)");

  private final String text;
  private final List<String> tokens;
  private final Set<String> features;
  private int pos;

  private BooleanExpr(String text, List<String> tokens, Set<String> features) {
    this.text = text;
    this.tokens = tokens;
    this.features = features;
  }

  /** Evaluates {@code expr} against {@code features}; throws IllegalArgumentException on bad syntax. */
  static boolean evaluate(String expr, Set<String> features) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(expr);
    int at = 0;
    while (at < expr.length()) {
      if (expr.substring(at).isBlank()) break;
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("couldn't parse text '" + expr.substring(at).strip() + "' in expression '" + expr + "'");
      }
      tokens.add(m.group(1));
      at = m.end();
    }
    BooleanExpr parser = new BooleanExpr(expr, tokens, features);
    boolean value = parser.parseOr();
    if (parser.pos != tokens.size()) parser.fail("expected '&&', '||' or end of expression, found '" + tokens.get(parser.pos) + "'");
    return value;
  }

  private boolean parseOr() {
    boolean value = parseAnd();
    while (accept("||")) value = parseAnd() | value;
    return value;
  }

  private boolean parseAnd() {
    boolean value = parseNot();
    while (accept("&&")) value = parseNot() & value;
    return value;
  }

  private boolean parseNot() {
    if (accept("!")) return !parseNot();
    if (accept("(")) {
      boolean value = parseOr();
      if (!accept(")")) fail("expected ')'");
      return value;
    }
    if (pos >= tokens.size()) fail("expected a feature name, '!' or '(' at end of expression");
    String token = tokens.get(pos);
    if (token.equals(")") || token.equals("&&") || token.equals("||")) fail("expected a feature name, '!' or '(', found '" + token + "'");
    pos++;
    return matches(token);
  }

  private boolean matches(String name) {
    if (name.equals("true")) return true;
    if (!name.contains("{{")) return features.contains(name);
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < name.length()) {
      int open = name.indexOf("{{", i);
      if (open < 0) {
        regex.append(Pattern.quote(name.substring(i)));
        break;
      }
      if (open > i) regex.append(Pattern.quote(name.substring(i, open)));
      int close = name.indexOf("}}", open + 2);
      regex.append('(').append(name, open + 2, close).append(')');
      i = close + 2;
    }
    Pattern p;
    try {
      p = Pattern.compile(regex.toString());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid regular expression in '" + name + "' in expression '" + text + "': " + e.getDescription());
    }
    return features.stream().anyMatch(f -> p.matcher(f).matches());
  }

  private boolean accept(String token) {
    if (pos < tokens.size() && tokens.get(pos).equals(token)) {
      pos++;
      return true;
    }
    return false;
  }

  private void fail(String message) {
    throw new IllegalArgumentException(message + " in expression '" + text + "'");
  }
}
