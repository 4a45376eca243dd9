package dev.mlc.text;

/**
 * MLIR's lexer over a UTF-8 byte buffer. The current token is {@link #kind} spanning
 * [{@link #start}, {@link #end}); {@link #line} and {@link #col} are its 1-based position. Allocates
 * nothing per token.
 */
final class Lexer {
  final byte[] buf;
  final int limit;
  int pos;
  private int curLine = 1;
  private int curLineStart;

  int kind;
  int start, end;
  int line, col;
  /** For ERROR tokens: what is wrong. */
  String errorMessage;

  Lexer(byte[] buf, int from, int limit, int line, int lineStart) {
    this.buf = buf;
    this.pos = from;
    this.limit = limit;
    this.curLine = line;
    this.curLineStart = lineStart;
  }

  int lineStart() { return curLineStart; }

  int currentLine() { return curLine; }

  /** A saved position: the current token's start, with its line bookkeeping. */
  record Mark(int start, int line, int lineStart) {}

  /** Marks the current token, to come back to it with {@link #reset}. */
  Mark mark() { return new Mark(start, line, start - col + 1); }

  /** Re-lexes from a mark (backwards or forwards). */
  void reset(Mark m) {
    pos = m.start();
    curLine = m.line();
    curLineStart = m.lineStart();
    next();
  }

  /** Whether bytes [a, a+n) and [b, b+n) of {@code x} and {@code y} are equal (a plain loop: faster than vectorized compares for short names). */
  static boolean regionEquals(byte[] x, int a, byte[] y, int b, int n) {
    for (int i = 0; i < n; i++) if (x[a + i] != y[b + i]) return false;
    return true;
  }

  /** Whether {@code pattern} occurs at {@code at} in {@code x}, within [.., limit). */
  static boolean regionEqualsSafe(byte[] x, int at, int limit, byte[] pattern) {
    return at + pattern.length <= limit && regionEquals(x, at, pattern, 0, pattern.length);
  }

  /** Moves to {@code p} on the current line (no newline between the current token's end and {@code p}). */
  void resetOnLine(int p) {
    pos = p;
    next();
  }

  /** Moves the lexer forward to {@code p} (at or after the end of the current token). */
  void resetTo(int p) {
    for (int i = end; i < p; i++) if (buf[i] == '\n') { curLine++; curLineStart = i + 1; }
    pos = p;
    next();
  }

  // Character classes, one bit each, in a 256-entry table (bytes are indexed with & 0xFF).
  private static final byte ID_START = 1, ID_CHAR = 2, SUFFIX = 4, DIGIT = 8;
  private static final byte[] CLASS = new byte[256];

  static {
    for (int c = 0; c < 128; c++) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      int k = 0;
      if (letter || c == '_') k |= ID_START;
      if (letter || digit || c == '_' || c == '$' || c == '.') k |= ID_CHAR | SUFFIX;
      if (c == '-') k |= SUFFIX;
      if (digit) k |= DIGIT;
      CLASS[c] = (byte) k;
    }
  }

  static boolean isIdStart(int c) { return (CLASS[c & 0xFF] & ID_START) != 0 && c >= 0; }

  static boolean isIdChar(int c) { return (CLASS[c & 0xFF] & ID_CHAR) != 0 && c >= 0; }

  /** Characters of a suffix id after % ^ # ! (letters, digits and $ . _ -). */
  static boolean isSuffixChar(int c) { return (CLASS[c & 0xFF] & SUFFIX) != 0 && c >= 0; }

  static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

  static boolean isHex(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

  void next() {
    final byte[] b = buf;
    int p = pos;
    // Skip whitespace and comments.
    while (true) {
      if (p >= limit) {
        setTok(Token.EOF, p, p);
        return;
      }
      int c = b[p];
      if (c == ' ' || c == '\t' || c == '\r') { p++; continue; }
      if (c == '\n') {
        p++;
        curLine++;
        curLineStart = p;
        continue;
      }
      if (c == '/' && p + 1 < limit && b[p + 1] == '/') {
        while (p < limit && b[p] != '\n' && b[p] != '\r') p++;
        continue;
      }
      break;
    }
    int s = p;
    int c = b[p] & 0xFF;
    switch (c) {
      case '(' -> punct(Token.L_PAREN, s, 1);
      case ')' -> punct(Token.R_PAREN, s, 1);
      case '[' -> punct(Token.L_SQUARE, s, 1);
      case ']' -> punct(Token.R_SQUARE, s, 1);
      case '{' -> {
        if (p + 2 < limit && b[p + 1] == '-' && b[p + 2] == '#') punct(Token.META_BEGIN, s, 3);
        else punct(Token.L_BRACE, s, 1);
      }
      case '}' -> punct(Token.R_BRACE, s, 1);
      case '<' -> punct(Token.LESS, s, 1);
      case '>' -> punct(Token.GREATER, s, 1);
      case ',' -> punct(Token.COMMA, s, 1);
      case '=' -> punct(Token.EQUAL, s, 1);
      case ':' -> punct(Token.COLON, s, 1);
      case '*' -> punct(Token.STAR, s, 1);
      case '+' -> punct(Token.PLUS, s, 1);
      case '|' -> punct(Token.VBAR, s, 1);
      case '?' -> punct(Token.QUESTION, s, 1);
      case '-' -> {
        if (p + 1 < limit && b[p + 1] == '>') punct(Token.ARROW, s, 2);
        else punct(Token.MINUS, s, 1);
      }
      case '.' -> {
        if (p + 2 < limit && b[p + 1] == '.' && b[p + 2] == '.') punct(Token.ELLIPSIS, s, 3);
        else error(s, s + 1, "unexpected character");
      }
      case '%' -> prefixed(Token.PERCENT_ID, s, "invalid SSA name");
      case '^' -> prefixed(Token.CARET_ID, s, "invalid block name");
      case '!' -> prefixed(Token.EXCL_ID, s, "invalid type identifier");
      case '#' -> {
        if (p + 2 < limit && b[p + 1] == '-' && b[p + 2] == '}') punct(Token.META_END, s, 3);
        else prefixed(Token.HASH_ID, s, "invalid attribute name");
      }
      case '@' -> {
        if (p + 1 < limit && b[p + 1] == '"') {
          int e = scanString(p + 1);
          if (e < 0) return;
          setTok(Token.AT_ID, s, e);
        } else {
          int e = p + 1;
          if (e >= limit || !isIdStart(b[e])) {
            error(e, e + 1, "@ identifier expected to start with letter or '_'");
            return;
          }
          while (e < limit && isIdChar(b[e])) e++;
          setTok(Token.AT_ID, s, e);
        }
      }
      case '"' -> {
        int e = scanString(p);
        if (e >= 0) setTok(Token.STRING, s, e);
      }
      default -> {
        if (isIdStart(c)) {
          int e = p + 1;
          while (e < limit && isIdChar(b[e])) e++;
          setTok(Token.BARE_IDENT, s, e);
        } else if (isDigit(c)) {
          number(s);
        } else {
          error(s, s + 1, c >= 0x80 ? "unexpected character" : c < 0x20 ? "unexpected control character" : "unexpected character");
        }
      }
    }
  }

  private void punct(int k, int s, int len) { setTok(k, s, s + len); }

  private void setTok(int k, int s, int e) {
    kind = k;
    start = s;
    end = e;
    line = curLine;
    col = s - curLineStart + 1;
    pos = e;
  }

  private void error(int s, int e, String msg) {
    errorMessage = msg;
    setTok(Token.ERROR, s, e);
  }

  private void prefixed(int k, int s, String msg) {
    int e = s + 1;
    final byte[] b = buf;
    if (e < limit && isDigit(b[e])) {
      while (e < limit && isDigit(b[e])) e++;
    } else if (e < limit && (isIdStart(b[e]) || b[e] == '$' || b[e] == '.' || b[e] == '-')) {
      while (e < limit && isSuffixChar(b[e])) e++;
    } else {
      error(s, e, msg);
      return;
    }
    setTok(k, s, e);
  }

  private void number(int s) {
    final byte[] b = buf;
    int e = s;
    if (b[s] == '0' && s + 2 < limit + 1 && s + 1 < limit && b[s + 1] == 'x' && s + 2 < limit && isHex(b[s + 2])) {
      e = s + 2;
      while (e < limit && isHex(b[e])) e++;
      setTok(Token.INTEGER, s, e);
      return;
    }
    while (e < limit && isDigit(b[e])) e++;
    if (e < limit && b[e] == '.') {
      e++;
      while (e < limit && isDigit(b[e])) e++;
      if (e < limit && (b[e] == 'e' || b[e] == 'E')) {
        int x = e + 1;
        if (x < limit && (b[x] == '+' || b[x] == '-')) x++;
        if (x < limit && isDigit(b[x])) {
          e = x;
          while (e < limit && isDigit(b[e])) e++;
        }
      }
      setTok(Token.FLOAT, s, e);
      return;
    }
    setTok(Token.INTEGER, s, e);
  }

  /** Scans a string literal starting at the quote; returns the end (after the closing quote) or -1 after an error token. */
  private int scanString(int q) {
    final byte[] b = buf;
    int p = q + 1;
    while (true) {
      if (p >= limit) {
        error(p, p, "expected '\"' in string literal");
        return -1;
      }
      int c = b[p];
      if (c == '"') return p + 1;
      if (c == '\n' || c == '\r' || c == 0 || c == 0x0B || c == 0x0C) {
        error(p, p, "expected '\"' in string literal");
        return -1;
      }
      if (c == '\\') {
        if (p + 1 < limit && (b[p + 1] == '"' || b[p + 1] == '\\' || b[p + 1] == 'n' || b[p + 1] == 't')) {
          p += 2;
          continue;
        }
        if (p + 2 < limit && isHex(b[p + 1]) && isHex(b[p + 2])) {
          p += 3;
          continue;
        }
        errorMessage = "unknown escape in string literal";
        kind = Token.ERROR;
        start = p;
        end = p + 1;
        line = curLine;
        col = p - curLineStart + 1;
        pos = p + 1;
        return -1;
      }
      p++;
    }
  }

  /** Decodes the string literal in [s, e) (quotes included) into bytes. */
  static byte[] decodeString(byte[] b, int s, int e) {
    byte[] out = new byte[e - s];
    int n = 0;
    for (int p = s + 1; p < e - 1; p++) {
      byte c = b[p];
      if (c != '\\') {
        out[n++] = c;
        continue;
      }
      byte d = b[++p];
      switch (d) {
        case '"' -> out[n++] = '"';
        case '\\' -> out[n++] = '\\';
        case 'n' -> out[n++] = '\n';
        case 't' -> out[n++] = '\t';
        default -> {
          out[n++] = (byte) ((Character.digit(d, 16) << 4) | Character.digit(b[p + 1], 16));
          p++;
        }
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Whether [s,e) spells {@code text} exactly (ASCII). */
  boolean is(String text) {
    int n = end - start;
    if (n != text.length()) return false;
    for (int i = 0; i < n; i++) if (buf[start + i] != text.charAt(i)) return false;
    return true;
  }

  String text() { return new String(buf, start, end - start, java.nio.charset.StandardCharsets.UTF_8); }
}
