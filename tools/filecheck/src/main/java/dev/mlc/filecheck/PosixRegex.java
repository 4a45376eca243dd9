package dev.mlc.filecheck;

import dev.mlc.filecheck.Submatcher.Op;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * LLVM's regular-expression dialect ({@code llvm::Regex}: Henry Spencer's POSIX extended regular
 * expressions, compiled with {@code REG_NEWLINE}), translated to {@link java.util.regex}.
 *
 * <p>The parser follows Spencer's {@code regcomp} closely so that the same expressions are accepted
 * and the same error (the first one found, with Spencer's wording) is reported for the rest. In
 * this dialect a backslash makes any character other than {@code 1}-{@code 9} literal (so {@code
 * \d} is {@code d}), a backslash inside brackets is an ordinary character, {@code {} not followed
 * by a digit is literal, {@code .} and negated brackets never match a newline, and {@code ^}/{@code
 * $} match at line boundaries and at the ends of the searched text. Text is handled byte-wise: every
 * character of the subject is one byte (0-255), and character classes are the C locale's.
 */
final class PosixRegex {
  /**
   * The translation of one expression.
   *
   * @param javaRegex the java.util.regex equivalent (same groups, same numbering)
   * @param groups the number of parenthesized subexpressions
   * @param canMatchNewline whether a match may contain a newline
   * @param mayPreferShorter whether java.util.regex may find a shorter match than POSIX's longest
   * @param submatcher what assigns groups as Spencer's library does, or null when java.util.regex
   *     already does (see {@link Submatcher#forExpression})
   */
  record Translation(String javaRegex, int groups, boolean canMatchNewline, boolean mayPreferShorter,
      Submatcher submatcher) {}

  /** A syntax error, with Spencer's {@code regerror} text. */
  static final class SyntaxError extends Exception {
    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  private static final int DUPMAX = 255;
  private static final String BOL = "(?<![^\\n])";
  private static final String EOL = "(?![^\\n])";
  private static final String BOW = "(?<![A-Za-z0-9_])(?=[A-Za-z0-9_])";
  private static final String EOW = "(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])";

  private final String re;
  private final boolean ignoreCase;
  private final StringBuilder out = new StringBuilder();
  private final boolean[] closedGroups = new boolean[10];
  private int pos;
  private int groups;
  private boolean canMatchNewline;
  private boolean mayPreferShorter;
  private boolean backreferences;

  private PosixRegex(String re, boolean ignoreCase) {
    this.re = re;
    this.ignoreCase = ignoreCase;
  }

  /** Translates {@code re}, or throws the error {@code regcomp} would report. */
  static Translation translate(String re, boolean ignoreCase) throws SyntaxError {
    PosixRegex p = new PosixRegex(re, ignoreCase);
    List<Op> ops = p.alternation(-1);
    Submatcher submatcher = p.backreferences ? null : Submatcher.forExpression(ops, p.groups);
    return new Translation(p.out.toString(), p.groups, p.canMatchNewline, p.mayPreferShorter, submatcher);
  }

  /** The number of parenthesized subexpressions in a valid {@code re}. */
  static int groupCount(String re) throws SyntaxError {
    return translate(re, false).groups();
  }

  /** Escapes the metacharacters of {@code s} ({@code llvm::Regex::escape}). */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("()^$|*+?.[]\\{}".indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  // ---- Spencer's p_ere / p_ere_exp -------------------------------------------------------------

  /** Translates alternatives up to {@code stop} (-1: the end); returns them in Spencer's form. */
  private List<Op> alternation(int stop) throws SyntaxError {
    List<List<Op>> branches = new ArrayList<>();
    while (true) {
      List<Op> branch = new ArrayList<>();
      while (more() && peek() != '|' && peek() != stop) branch.addAll(expression());
      require(!branch.isEmpty(), "empty (sub)expression");
      branches.add(branch);
      if (!eat('|')) break;
      out.append('|');
      mayPreferShorter = true;
    }
    return branches.size() == 1 ? branches.getFirst() : List.of(new Op.Choice(branches));
  }

  /** Translates one atom and its repetition; returns it in Spencer's form. */
  private List<Op> expression() throws SyntaxError {
    char c = next();
    int atomStart = out.length();
    boolean wasCaret = false;
    boolean zeroWidth = false;
    List<Op> atom = new ArrayList<>();
    switch (c) {
      case '(' -> {
        require(more(), "parentheses not balanced");
        int sub = ++groups;
        out.append('(');
        atom.add(new Op.Open(sub));
        if (!see(')')) atom.addAll(alternation(')'));
        atom.add(new Op.Close(sub));
        if (sub < closedGroups.length) closedGroups[sub] = true;
        out.append(')');
        require(eat(')'), "parentheses not balanced");
      }
      case ')' -> throw new SyntaxError("parentheses not balanced");
      case '^' -> {
        out.append(BOL);
        wasCaret = true;
        zeroWidth = true;
      }
      case '$' -> {
        out.append(EOL);
        zeroWidth = true;
      }
      case '|' -> throw new SyntaxError("empty (sub)expression");
      case '*', '+', '?' -> throw new SyntaxError("repetition-operator operand invalid");
      case '.' -> out.append("[^\\n]");
      case '[' -> zeroWidth = bracket();
      case '\\' -> {
        require(more(), "trailing backslash (\\)");
        char e = next();
        if (e >= '1' && e <= '9') {
          require(closedGroups[e - '0'], "invalid backreference number");
          out.append("(?:\\").append(e).append(')');
          backreferences = true;
        } else {
          ordinary(e);
        }
      }
      case '{' -> {
        require(!more() || !isDigit(peek()), "repetition-operator operand invalid");
        ordinary(c);
      }
      default -> ordinary(c);
    }
    if (atom.isEmpty()) {
      String java = out.substring(atomStart);
      atom.add(zeroWidth ? new Op.Assert(java) : new Op.Char(java));
    }
    if (!seeRepetition()) return atom;
    char r = next();
    require(!wasCaret, "repetition-operator operand invalid");
    if (zeroWidth) {
      out.insert(atomStart, "(?:");
      out.append(')');
    }
    mayPreferShorter = true;
    List<Op> repeated;
    if (r != '{') {
      out.append(r);
      repeated = switch (r) {
        case '*' -> List.of(new Op.Quest(List.of(new Op.Plus(atom))));
        case '+' -> List.of(new Op.Plus(atom));
        default -> List.of(new Op.Choice(List.of(atom, List.of())));
      };
    } else {
      int min = count();
      int max = min;
      boolean unbounded = false;
      if (eat(',')) {
        if (more() && isDigit(peek())) {
          max = count();
          require(min <= max, "invalid repetition count(s)");
        } else {
          unbounded = true;
        }
      }
      if (!eat('}')) {
        while (more() && peek() != '}') pos++;
        require(more(), "braces not balanced");
        throw new SyntaxError("invalid repetition count(s)");
      }
      out.append('{').append(min);
      if (unbounded) out.append(',');
      else if (max != min) out.append(',').append(max);
      out.append('}');
      repeated = Submatcher.repeat(atom, min, unbounded ? -1 : max);
    }
    require(!seeRepetition(), "repetition-operator operand invalid");
    return repeated;
  }

  private boolean seeRepetition() {
    if (!more()) return false;
    char c = peek();
    return c == '*' || c == '+' || c == '?' || (c == '{' && pos + 1 < re.length() && isDigit(re.charAt(pos + 1)));
  }

  private int count() throws SyntaxError {
    int value = 0;
    int digits = 0;
    while (more() && isDigit(peek()) && value <= DUPMAX) {
      value = value * 10 + (next() - '0');
      digits++;
    }
    require(digits > 0 && value <= DUPMAX, "invalid repetition count(s)");
    return value;
  }

  private void ordinary(char c) {
    if (c == '\n') canMatchNewline = true;
    if (ignoreCase && isAlpha(c)) {
      out.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
    } else {
      appendLiteral(out, c);
    }
  }

  // ---- Spencer's p_bracket and friends ---------------------------------------------------------

  /** Translates a bracket expression (after its '['); returns true for a zero-width word boundary. */
  private boolean bracket() throws SyntaxError {
    if (re.startsWith("[:<:]]", pos)) {
      pos += 6;
      out.append(BOW);
      return true;
    }
    if (re.startsWith("[:>:]]", pos)) {
      pos += 6;
      out.append(EOW);
      return true;
    }
    BitSet set = new BitSet(256);
    boolean invert = eat('^');
    if (eat(']')) set.set(']');
    else if (eat('-')) set.set('-');
    while (more() && peek() != ']' && !seeTwo('-', ']')) bracketTerm(set);
    if (eat('-')) set.set('-');
    require(eat(']'), "brackets ([ ]) not balanced");
    if (ignoreCase) {
      for (char c = 'a'; c <= 'z'; c++) {
        char u = Character.toUpperCase(c);
        if (set.get(c) || set.get(u)) {
          set.set(c);
          set.set(u);
        }
      }
    }
    if (invert) {
      set.flip(0, 256);
      set.clear('\n');
    }
    if (set.get('\n')) canMatchNewline = true;
    appendSet(out, set);
    return false;
  }

  private void bracketTerm(BitSet set) throws SyntaxError {
    char kind = 0;
    if (more() && peek() == '[') kind = pos + 1 < re.length() ? re.charAt(pos + 1) : 0;
    else if (more() && peek() == '-') throw new SyntaxError("invalid character range");
    switch (kind) {
      case ':' -> {
        pos += 2;
        require(more(), "brackets ([ ]) not balanced");
        require(peek() != '-' && peek() != ']', "invalid character class");
        characterClass(set);
        require(more(), "brackets ([ ]) not balanced");
        require(eatTwo(':', ']'), "invalid character class");
      }
      case '=' -> {
        pos += 2;
        require(more(), "brackets ([ ]) not balanced");
        require(peek() != '-' && peek() != ']', "invalid collating element");
        set.set(collatingElement('='));
        require(more(), "brackets ([ ]) not balanced");
        require(eatTwo('=', ']'), "invalid collating element");
      }
      default -> {
        char start = bracketSymbol();
        char finish = start;
        if (see('-') && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
          pos++;
          finish = eat('-') ? '-' : bracketSymbol();
        }
        // Spencer compares plain (signed) chars: bytes 0x80-0xFF sort before ASCII.
        int from = (byte) start;
        int to = (byte) finish;
        require(from <= to, "invalid character range");
        for (int i = from; i <= to; i++) set.set(i & 0xFF);
      }
    }
  }

  private void characterClass(BitSet set) throws SyntaxError {
    int start = pos;
    while (more() && isAlpha(peek())) pos++;
    String members = CharClasses.members(re.substring(start, pos));
    if (members == null) throw new SyntaxError("invalid character class");
    for (int i = 0; i < members.length(); i++) set.set(members.charAt(i));
  }

  private char bracketSymbol() throws SyntaxError {
    require(more(), "brackets ([ ]) not balanced");
    if (!eatTwo('[', '.')) return next();
    char value = collatingElement('.');
    require(eatTwo('.', ']'), "invalid collating element");
    return value;
  }

  private char collatingElement(char end) throws SyntaxError {
    int start = pos;
    while (more() && !seeTwo(end, ']')) pos++;
    require(more(), "brackets ([ ]) not balanced");
    String name = re.substring(start, pos);
    Character known = CharClasses.COLLATING_NAMES.get(name);
    if (known != null) return known;
    if (name.length() == 1) return name.charAt(0);
    throw new SyntaxError("invalid collating element");
  }

  // ---- emission helpers ------------------------------------------------------------------------

  private static void appendLiteral(StringBuilder b, char c) {
    if (isAlnum(c)) b.append(c);
    else appendHex(b, c);
  }

  private static void appendHex(StringBuilder b, int c) {
    b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
  }

  private static void appendSet(StringBuilder b, BitSet set) {
    if (set.isEmpty()) {
      b.append("[^\\x00-\\xff]");
      return;
    }
    b.append('[');
    for (int lo = set.nextSetBit(0); lo >= 0; ) {
      int hi = set.nextClearBit(lo) - 1;
      appendHex(b, lo);
      if (hi > lo) {
        b.append('-');
        appendHex(b, hi);
      }
      lo = set.nextSetBit(hi + 1);
    }
    b.append(']');
  }

  // ---- scanning helpers (Spencer's MORE/PEEK/EAT macros) ---------------------------------------

  private boolean more() { return pos < re.length(); }

  private char peek() { return re.charAt(pos); }

  private char next() { return re.charAt(pos++); }

  private boolean see(char c) { return more() && peek() == c; }

  private boolean eat(char c) {
    if (!see(c)) return false;
    pos++;
    return true;
  }

  private boolean seeTwo(char a, char b) {
    return pos + 1 < re.length() && re.charAt(pos) == a && re.charAt(pos + 1) == b;
  }

  private boolean eatTwo(char a, char b) {
    if (!seeTwo(a, b)) return false;
    pos += 2;
    return true;
  }

  private static void require(boolean ok, String message) throws SyntaxError {
    if (!ok) throw new SyntaxError(message);
  }

  static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

  static boolean isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

  static boolean isAlnum(char c) { return isAlpha(c) || isDigit(c); }

  /** The C locale's character classes and POSIX collating-element names. */
  private static final class CharClasses {
    private CharClasses() {}

    static String members(String name) {
      return switch (name) {
        case "alnum" -> range('0', '9') + range('A', 'Z') + range('a', 'z');
        case "alpha" -> range('A', 'Z') + range('a', 'z');
        case "blank" -> " \t";
        case "cntrl" -> range('\u0001', '\u001f') + '\u007f';
        case "digit" -> range('0', '9');
        case "graph" -> range('!', '~');
        case "lower" -> range('a', 'z');
        case "print" -> range(' ', '~');
        case "punct" -> "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        case "space" -> "\t\n\u000b\f\r ";
        case "upper" -> range('A', 'Z');
        case "xdigit" -> range('0', '9') + "ABCDEFabcdef";
        default -> null;
      };
    }

    private static String range(char from, char to) {
      StringBuilder b = new StringBuilder();
      for (char c = from; c <= to; c++) b.append(c);
      return b.toString();
    }

    static final Map<String, Character> COLLATING_NAMES = Map.ofEntries(
        Map.entry("NUL", '\0'), Map.entry("SOH", '\u0001'), Map.entry("STX", '\u0002'),
        Map.entry("ETX", '\u0003'), Map.entry("EOT", '\u0004'), Map.entry("ENQ", '\u0005'),
        Map.entry("ACK", '\u0006'), Map.entry("BEL", '\u0007'), Map.entry("alert", '\u0007'),
        Map.entry("BS", '\b'), Map.entry("backspace", '\b'), Map.entry("HT", '\t'),
        Map.entry("tab", '\t'), Map.entry("LF", '\n'), Map.entry("newline", '\n'),
        Map.entry("VT", '\u000b'), Map.entry("vertical-tab", '\u000b'), Map.entry("FF", '\f'),
        Map.entry("form-feed", '\f'), Map.entry("CR", '\r'), Map.entry("carriage-return", '\r'),
        Map.entry("SO", '\u000e'), Map.entry("SI", '\u000f'), Map.entry("DLE", '\u0010'),
        Map.entry("DC1", '\u0011'), Map.entry("DC2", '\u0012'), Map.entry("DC3", '\u0013'),
        Map.entry("DC4", '\u0014'), Map.entry("NAK", '\u0015'), Map.entry("SYN", '\u0016'),
        Map.entry("ETB", '\u0017'), Map.entry("CAN", '\u0018'), Map.entry("EM", '\u0019'),
        Map.entry("SUB", '\u001a'), Map.entry("ESC", '\u001b'), Map.entry("IS4", '\u001c'),
        Map.entry("FS", '\u001c'), Map.entry("IS3", '\u001d'), Map.entry("GS", '\u001d'),
        Map.entry("IS2", '\u001e'), Map.entry("RS", '\u001e'), Map.entry("IS1", '\u001f'),
        Map.entry("US", '\u001f'), Map.entry("space", ' '), Map.entry("exclamation-mark", '!'),
        Map.entry("quotation-mark", '"'), Map.entry("number-sign", '#'), Map.entry("dollar-sign", '$'),
        Map.entry("percent-sign", '%'), Map.entry("ampersand", '&'), Map.entry("apostrophe", '\''),
        Map.entry("left-parenthesis", '('), Map.entry("right-parenthesis", ')'),
        Map.entry("asterisk", '*'), Map.entry("plus-sign", '+'), Map.entry("comma", ','),
        Map.entry("hyphen", '-'), Map.entry("hyphen-minus", '-'), Map.entry("period", '.'),
        Map.entry("full-stop", '.'), Map.entry("slash", '/'), Map.entry("solidus", '/'),
        Map.entry("zero", '0'), Map.entry("one", '1'), Map.entry("two", '2'), Map.entry("three", '3'),
        Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'), Map.entry("seven", '7'),
        Map.entry("eight", '8'), Map.entry("nine", '9'), Map.entry("colon", ':'),
        Map.entry("semicolon", ';'), Map.entry("less-than-sign", '<'), Map.entry("equals-sign", '='),
        Map.entry("greater-than-sign", '>'), Map.entry("question-mark", '?'),
        Map.entry("commercial-at", '@'), Map.entry("left-square-bracket", '['),
        Map.entry("backslash", '\\'), Map.entry("reverse-solidus", '\\'),
        Map.entry("right-square-bracket", ']'), Map.entry("circumflex", '^'),
        Map.entry("circumflex-accent", '^'), Map.entry("underscore", '_'), Map.entry("low-line", '_'),
        Map.entry("grave-accent", '`'), Map.entry("left-brace", '{'),
        Map.entry("left-curly-bracket", '{'), Map.entry("vertical-line", '|'),
        Map.entry("right-brace", '}'), Map.entry("right-curly-bracket", '}'), Map.entry("tilde", '~'),
        Map.entry("DEL", '\u007f'));
  }
}
