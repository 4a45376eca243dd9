package dev.mlc.filecheck;

/**
 * A match result recorded for the input dump ({@code FileCheckDiag}): which directive, what
 * happened, and the input range it concerns (1-based lines and columns, end exclusive).
 */
final class InputDiag {
  /** What a diagnostic says about the input range. */
  enum MatchType {
    FOUND_AND_EXPECTED, FOUND_BUT_EXCLUDED, FOUND_BUT_WRONG_LINE, FOUND_BUT_DISCARDED, FOUND_ERROR_NOTE,
    NONE_AND_EXCLUDED, NONE_BUT_EXPECTED, NONE_FOR_INVALID_PATTERN, FUZZY
  }

  final CheckType checkType;
  final SourceFile checkFile;
  final int checkLoc;
  MatchType matchType;
  final int startLine;
  final int startCol;
  final int endLine;
  final int endCol;
  final String note;

  InputDiag(Pattern pattern, MatchType matchType, SourceFile input, int start, int end, String note) {
    this.checkType = pattern.type();
    this.checkFile = pattern.file();
    this.checkLoc = pattern.loc();
    this.matchType = matchType;
    this.startLine = input.line(start);
    this.startCol = input.column(start);
    this.endLine = input.line(end);
    this.endCol = input.column(end);
    this.note = note;
  }

  /** Whether two diagnostics come from the same directive. */
  boolean sameCheck(InputDiag other) {
    return checkFile == other.checkFile && checkLoc == other.checkLoc;
  }
}
