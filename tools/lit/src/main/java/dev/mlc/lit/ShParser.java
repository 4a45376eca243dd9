package dev.mlc.lit;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the shell subset that RUN lines use, as lit's internal shell does: sequences joined by
 * {@code ;}, {@code &&} and {@code ||} (left-associative, equal precedence), pipelines joined by
 * {@code |}, and commands made of words and redirections ({@code < > >> 2> 2>&1 &> >&2}). Quoting
 * follows sh: {@code '...'} is literal, in {@code "..."} a backslash escapes only {@code " \ $ `},
 * and outside quotes a backslash escapes any character. Parentheses are ordinary word characters,
 * so unquoted pass pipelines such as {@code builtin.module(cse)} need no quoting.
 */
final class ShParser {
  private ShParser() {}

  /** A parsed RUN line: a sequence or a pipeline. */
  sealed interface Node permits Seq, Pipeline {}

  /** {@code lhs op rhs} with {@code op} one of {@code ;}, {@code &&}, {@code ||}. */
  record Seq(Node lhs, String op, Node rhs) implements Node {}

  /** Commands whose standard output feeds the next one's standard input. */
  record Pipeline(List<Command> commands) implements Node {}

  /** One command: its words (the first names the command) and redirections, in order. */
  record Command(List<Word> words, List<Redirect> redirects) {}

  /**
   * A word after quote removal. {@code glob} is the word as a {@code java.nio} glob pattern when it
   * holds unquoted wildcards ({@code * ? [}), with its quoted characters escaped; null otherwise.
   */
  record Word(String text, String glob) {}

  /**
   * A redirection: {@code op} is {@code <}, {@code >}, {@code >>}, {@code >&} (duplicate onto the
   * descriptor named by the target), {@code &>} or {@code &>>} (both streams); {@code fd} is the
   * redirected descriptor (0 for {@code <}, 1 by default for the others).
   */
  record Redirect(String op, int fd, Word target) {}

  /** A syntax error in a RUN line. */
  static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) { super(message); }
  }

  private record Op(String op, int fd) {}

  /** Parses {@code line}; returns null for a line with no command at all. */
  static Node parse(String line) throws ParseException {
    List<Object> tokens = lex(line);
    if (tokens.isEmpty()) return null;
    return new Parser(tokens).parseAll();
  }

  // ---- lexer ----

  private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

  private static boolean isOperatorChar(char c) { return c == '|' || c == '&' || c == ';' || c == '<' || c == '>'; }

  static List<Object> lex(String s) throws ParseException {
    List<Object> tokens = new ArrayList<>();
    int i = 0, n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (isOperatorChar(c)) {
        i = lexOperator(s, i, -1, tokens);
      } else {
        i = lexWord(s, i, tokens);
      }
    }
    return tokens;
  }

  private static int lexOperator(String s, int i, int fd, List<Object> tokens) throws ParseException {
    char c = s.charAt(i);
    char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
    String op;
    switch (c) {
      case '|' -> op = next == '|' ? "||" : "|";
      case ';' -> op = ";";
      case '<' -> op = "<";
      case '>' -> op = next == '>' ? ">>" : next == '&' ? ">&" : ">";
      case '&' -> {
        if (next == '&') op = "&&";
        else if (next == '>') op = i + 2 < s.length() && s.charAt(i + 2) == '>' ? "&>>" : "&>";
        else op = "&";
      }
      default -> throw new IllegalStateException("not an operator: " + c);
    }
    if (fd >= 0 && !(op.equals("<") || op.equals(">") || op.equals(">>") || op.equals(">&"))) {
      throw new ParseException("unexpected '" + op + "' after '" + fd + "'");
    }
    int effectiveFd = fd >= 0 ? fd : op.equals("<") ? 0 : 1;
    tokens.add(new Op(op, effectiveFd));
    return i + op.length();
  }

  private static int lexWord(String s, int i, List<Object> tokens) throws ParseException {
    int n = s.length();
    StringBuilder text = new StringBuilder();
    StringBuilder glob = new StringBuilder();
    boolean wild = false;
    boolean quoted = false;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) || isOperatorChar(c)) break;
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end < 0) throw new ParseException("missing closing quote (') in: " + s);
        String literal = s.substring(i + 1, end);
        text.append(literal);
        appendGlobLiteral(glob, literal);
        quoted = true;
        i = end + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char d = s.charAt(i);
          if (d == '"') {
            closed = true;
            i++;
            break;
          }
          if (d == '\\' && i + 1 < n && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
            d = s.charAt(++i);
          }
          text.append(d);
          appendGlobLiteral(glob, String.valueOf(d));
          i++;
        }
        if (!closed) throw new ParseException("missing closing quote (\") in: " + s);
        quoted = true;
      } else if (c == '\\') {
        if (i + 1 < n) {
          char d = s.charAt(i + 1);
          text.append(d);
          appendGlobLiteral(glob, String.valueOf(d));
          quoted = true;
          i += 2;
        } else {
          text.append(c);
          appendGlobLiteral(glob, "\\");
          i++;
        }
      } else {
        text.append(c);
        if (c == '*' || c == '?' || c == '[' || c == ']') {
          glob.append(c);
          wild |= c != ']';
        } else {
          appendGlobLiteral(glob, String.valueOf(c));
        }
        i++;
      }
    }
    // "2>file", "2>&1": an unquoted number right before a redirection names the descriptor.
    if (!quoted && i < n && (s.charAt(i) == '<' || s.charAt(i) == '>') && !text.isEmpty()
        && text.length() <= 2 && text.chars().allMatch(Character::isDigit)) {
      return lexOperator(s, i, Integer.parseInt(text.toString()), tokens);
    }
    tokens.add(new Word(text.toString(), wild ? glob.toString() : null));
    return i;
  }

  private static void appendGlobLiteral(StringBuilder glob, String literal) {
    for (int k = 0; k < literal.length(); k++) {
      char c = literal.charAt(k);
      if ("\\*?[]{},".indexOf(c) >= 0) glob.append('\\');
      glob.append(c);
    }
  }

  // ---- parser ----

  private static final class Parser {
    private final List<Object> tokens;
    private int pos;

    Parser(List<Object> tokens) { this.tokens = tokens; }

    Node parseAll() throws ParseException {
      Node node = parsePipeline();
      while (pos < tokens.size()) {
        Object t = tokens.get(pos++);
        if (!(t instanceof Op(String op, int fd)) || !(op.equals(";") || op.equals("&&") || op.equals("||") || op.equals("&"))) {
          throw new ParseException("unexpected " + describe(t));
        }
        if (op.equals("&")) throw new ParseException("unsupported shell operator: '&' (commands run in-process, one after another)");
        if (op.equals(";") && pos == tokens.size()) break;
        node = new Seq(node, op, parsePipeline());
      }
      return node;
    }

    private Node parsePipeline() throws ParseException {
      List<Command> commands = new ArrayList<>();
      commands.add(parseCommand());
      while (pos < tokens.size() && tokens.get(pos) instanceof Op(String op, int fd) && op.equals("|")) {
        pos++;
        commands.add(parseCommand());
      }
      return new Pipeline(List.copyOf(commands));
    }

    private Command parseCommand() throws ParseException {
      List<Word> words = new ArrayList<>();
      List<Redirect> redirects = new ArrayList<>();
      while (pos < tokens.size()) {
        Object t = tokens.get(pos);
        if (t instanceof Word w) {
          words.add(w);
          pos++;
        } else if (t instanceof Op(String op, int fd) && isRedirect(op)) {
          pos++;
          if (pos >= tokens.size() || !(tokens.get(pos) instanceof Word target)) {
            throw new ParseException("missing file name after '" + op + "'");
          }
          pos++;
          redirects.add(new Redirect(op, fd, target));
        } else {
          break;
        }
      }
      if (words.isEmpty()) {
        throw new ParseException(pos < tokens.size() ? "expected a command before " + describe(tokens.get(pos)) : "expected a command at end of line");
      }
      return new Command(List.copyOf(words), List.copyOf(redirects));
    }

    private static boolean isRedirect(String op) {
      return switch (op) {
        case "<", ">", ">>", ">&", "&>", "&>>" -> true;
        default -> false;
      };
    }

    private static String describe(Object t) {
      return t instanceof Op(String op, int fd) ? "'" + op + "'" : "word '" + ((Word) t).text() + "'";
    }
  }
}
