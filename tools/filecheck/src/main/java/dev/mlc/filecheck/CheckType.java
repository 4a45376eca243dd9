package dev.mlc.filecheck;

/**
 * The kind of a directive ({@code CHECK}, {@code CHECK-NEXT}, ...), with its {@code -COUNT-n}
 * repetition and {@code {LITERAL}} modifier: LLVM's {@code Check::FileCheckType}.
 */
record CheckType(Kind kind, int count, boolean literal) {
  /** Directive kinds, including the pseudo-kinds the check-file scanner reports. */
  enum Kind { NONE, PLAIN, NEXT, SAME, NOT, DAG, LABEL, EMPTY, COMMENT, EOF, MISSPELLED, BAD_NOT, BAD_COUNT }

  static CheckType of(Kind kind) {
    return new CheckType(kind, 1, false);
  }

  CheckType withLiteral() {
    return new CheckType(kind, count, true);
  }

  CheckType withCount(int n) {
    return new CheckType(kind, n, literal);
  }

  boolean is(Kind k) { return kind == k; }

  /** How messages name the directive, e.g. {@code CHECK-NEXT} or {@code CHECK{LITERAL}}. */
  String description(String prefix) {
    String modifiers = literal ? "{LITERAL}" : "";
    return switch (kind) {
      case NONE -> "invalid";
      case MISSPELLED -> "misspelled";
      case PLAIN -> prefix + (count > 1 ? "-COUNT" : "") + modifiers;
      case NEXT -> prefix + "-NEXT" + modifiers;
      case SAME -> prefix + "-SAME" + modifiers;
      case NOT -> prefix + "-NOT" + modifiers;
      case DAG -> prefix + "-DAG" + modifiers;
      case LABEL -> prefix + "-LABEL" + modifiers;
      case EMPTY -> prefix + "-EMPTY" + modifiers;
      case COMMENT -> prefix;
      case EOF -> "implicit EOF";
      case BAD_NOT -> "bad NOT";
      case BAD_COUNT -> "bad COUNT";
    };
  }

  /** The abbreviation used in input-dump labels ({@code check}, {@code next}, ...). */
  String abbreviation() {
    return switch (kind) {
      case PLAIN -> count > 1 ? "count" : "check";
      case NEXT -> "next";
      case SAME -> "same";
      case NOT -> "not";
      case DAG -> "dag";
      case LABEL -> "label";
      case EMPTY -> "empty";
      case COMMENT -> "com";
      case EOF -> "eof";
      case BAD_NOT -> "bad-not";
      case BAD_COUNT -> "bad-count";
      case MISSPELLED -> "misspelled";
      case NONE -> "invalid";
    };
  }
}
