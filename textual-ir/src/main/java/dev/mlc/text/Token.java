package dev.mlc.text;

/** Token kinds of MLIR's lexical syntax. Tokens themselves are (kind, start, end) in the lexer. */
final class Token {
  private Token() {}

  static final int EOF = 0, ERROR = 1, BARE_IDENT = 2, PERCENT_ID = 3, CARET_ID = 4, HASH_ID = 5, EXCL_ID = 6,
      AT_ID = 7, INTEGER = 8, FLOAT = 9, STRING = 10, L_PAREN = 11, R_PAREN = 12, L_SQUARE = 13, R_SQUARE = 14,
      L_BRACE = 15, R_BRACE = 16, LESS = 17, GREATER = 18, COMMA = 19, EQUAL = 20, COLON = 21, ARROW = 22,
      MINUS = 23, PLUS = 24, STAR = 25, QUESTION = 26, ELLIPSIS = 27, VBAR = 28, META_BEGIN = 29, META_END = 30,
      QUESTION_Q = 31;

  static String describe(int kind) {
    return switch (kind) {
      case EOF -> "end of file";
      case ERROR -> "invalid token";
      case BARE_IDENT -> "identifier";
      case PERCENT_ID -> "SSA value name";
      case CARET_ID -> "block name";
      case HASH_ID -> "attribute alias";
      case EXCL_ID -> "type alias";
      case AT_ID -> "symbol name";
      case INTEGER -> "integer";
      case FLOAT -> "float";
      case STRING -> "string";
      case L_PAREN -> "'('";
      case R_PAREN -> "')'";
      case L_SQUARE -> "'['";
      case R_SQUARE -> "']'";
      case L_BRACE -> "'{'";
      case R_BRACE -> "'}'";
      case LESS -> "'<'";
      case GREATER -> "'>'";
      case COMMA -> "','";
      case EQUAL -> "'='";
      case COLON -> "':'";
      case ARROW -> "'->'";
      case MINUS -> "'-'";
      case PLUS -> "'+'";
      case STAR -> "'*'";
      case QUESTION -> "'?'";
      case ELLIPSIS -> "'...'";
      case VBAR -> "'|'";
      case META_BEGIN -> "'{-#'";
      case META_END -> "'#-}'";
      default -> "token";
    };
  }

  /** The token kind of a punctuation spelling, or -1. */
  static int punct(String p) {
    return switch (p) {
      case "(" -> L_PAREN;
      case ")" -> R_PAREN;
      case "[" -> L_SQUARE;
      case "]" -> R_SQUARE;
      case "{" -> L_BRACE;
      case "}" -> R_BRACE;
      case "<" -> LESS;
      case ">" -> GREATER;
      case "," -> COMMA;
      case "=" -> EQUAL;
      case ":" -> COLON;
      case "->" -> ARROW;
      case "-" -> MINUS;
      case "+" -> PLUS;
      case "*" -> STAR;
      case "?" -> QUESTION;
      case "..." -> ELLIPSIS;
      case "|" -> VBAR;
      default -> -1;
    };
  }
}
