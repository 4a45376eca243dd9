package dev.mlc.filecheck;

/**
 * Formats diagnostics as {@code llvm::SourceMgr} prints them: {@code FILE:LINE:COL: kind: message},
 * then the source line (tabs expanded to 8 columns) and a caret line with {@code ~} under the
 * highlighted range. All text is one char per byte (see {@link SourceFile}).
 */
final class Diagnostics {
  /** The kind of a diagnostic. */
  enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note"), REMARK("remark");

    final String label;

    Severity(String label) { this.label = label; }
  }

  private static final int TAB_STOP = 8;

  private final StringBuilder out = new StringBuilder();

  /** Prints a diagnostic at {@code pos} in {@code file}. */
  void print(SourceFile file, int pos, Severity severity, String message) {
    print(file, pos, severity, message, -1, -1);
  }

  /** Prints a diagnostic at {@code pos}, highlighting {@code [rangeStart, rangeEnd)} if not -1. */
  void print(SourceFile file, int pos, Severity severity, String message, int rangeStart, int rangeEnd) {
    String text = file.text();
    out.append(file.name()).append(':').append(file.line(pos)).append(':').append(file.column(pos))
        .append(": ").append(severity.label).append(": ").append(message).append('\n');
    int lineStart = pos;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') lineStart--;
    int lineEnd = pos;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
    String line = text.substring(lineStart, lineEnd);
    if (line.chars().anyMatch(c -> c >= 0x80)) {
      printSourceLine(line);
      return;
    }
    char[] caret = new char[line.length() + 1];
    java.util.Arrays.fill(caret, ' ');
    if (rangeStart >= 0 && rangeStart <= lineEnd && rangeEnd >= lineStart) {
      int from = Math.max(rangeStart, lineStart) - lineStart;
      int to = Math.min(Math.min(rangeEnd, lineEnd) - lineStart, caret.length);
      for (int i = from; i < to; i++) caret[i] = '~';
    }
    caret[Math.min(pos - lineStart, line.length())] = '^';
    int caretEnd = caret.length;
    while (caret[caretEnd - 1] == ' ') caretEnd--;
    printSourceLine(line);
    int column = 0;
    for (int i = 0; i < caretEnd; i++) {
      if (i >= line.length() || line.charAt(i) != '\t') {
        out.append(caret[i]);
        column++;
        continue;
      }
      do {
        out.append(caret[i]);
        column++;
      } while (column % TAB_STOP != 0);
    }
    out.append('\n');
  }

  private void printSourceLine(String line) {
    int column = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\t') {
        out.append(c);
        column++;
        continue;
      }
      do {
        out.append(' ');
        column++;
      } while (column % TAB_STOP != 0);
    }
    out.append('\n');
  }

  /** Appends text as is (LLVM's {@code errs() << ...}). */
  void raw(String s) {
    out.append(s);
  }

  /** Everything printed so far, one char per byte. */
  String text() {
    return out.toString();
  }
}
