package dev.mlc.filecheck;

/**
 * A window {@code [start, end)} of a {@link SourceFile}'s text: the analogue of LLVM's {@code
 * StringRef} pointing into a {@code SourceMgr} buffer, so that every piece of a check line still
 * knows where it came from for diagnostics.
 */
record TextRef(SourceFile file, int start, int end) {
  int length() { return end - start; }

  boolean isEmpty() { return start == end; }

  char charAt(int i) { return file.text().charAt(start + i); }

  /** The characters, as a string. */
  String str() { return file.text().substring(start, end); }

  @Override
  public String toString() { return str(); }

  boolean startsWith(String prefix) {
    return prefix.length() <= length() && file.text().startsWith(prefix, start);
  }

  boolean contains(String s) { return indexOf(s, 0) >= 0; }

  /** Offset of {@code s} at or after relative {@code from}, relative to start; -1 if absent. */
  int indexOf(String s, int from) {
    if (from > length()) return -1;
    int i = file.text().indexOf(s, start + from, end);
    return i < 0 ? -1 : i - start;
  }

  /** Offset of the first of {@code chars} in this window, or -1. */
  int indexOfAny(String chars) {
    for (int i = start; i < end; i++) if (chars.indexOf(file.text().charAt(i)) >= 0) return i - start;
    return -1;
  }

  /** {@code [from, end)} relative; like {@code StringRef::substr}, clamped to the window. */
  TextRef substr(int from) {
    return new TextRef(file, start + Math.min(Math.max(from, 0), length()), end);
  }

  /** {@code [from, from + len)} relative, clamped to the window. */
  TextRef substr(int from, int len) {
    int s = start + Math.min(Math.max(from, 0), length());
    return new TextRef(file, s, Math.min(end, s + Math.max(len, 0)));
  }

  TextRef takeFront(int n) { return substr(0, n); }

  TextRef dropFront(int n) { return substr(n); }

  /** This window with its last {@code n} characters removed. */
  TextRef dropBack(int n) { return new TextRef(file, start, Math.max(start, end - n)); }

  /** Drops leading spaces and tabs. */
  TextRef ltrim() {
    int s = start;
    while (s < end && isSpace(file.text().charAt(s))) s++;
    return new TextRef(file, s, end);
  }

  /** Drops trailing spaces and tabs. */
  TextRef rtrim() {
    int e = end;
    while (e > start && isSpace(file.text().charAt(e - 1))) e--;
    return new TextRef(file, start, e);
  }

  TextRef trim() { return ltrim().rtrim(); }

  private static boolean isSpace(char c) { return c == ' ' || c == '\t'; }
}
