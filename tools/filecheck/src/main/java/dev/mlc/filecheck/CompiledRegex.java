package dev.mlc.filecheck;

import java.util.regex.Matcher;

/**
 * A compiled LLVM regular expression that finds matches the POSIX way: the leftmost match, and of
 * the matches starting there the longest (java.util.regex alone would take the first alternative
 * that works, which can be shorter), with groups assigned as Spencer's library assigns them (see
 * {@link Submatcher}). Searches treat a range of the text as the whole subject, as
 * {@code llvm::Regex::match} does with a {@code StringRef}: {@code ^} and {@code $} match at its
 * ends.
 */
final class CompiledRegex {
  private final java.util.regex.Pattern pattern;
  private final boolean canMatchNewline;
  private final boolean mayPreferShorter;
  private final Submatcher submatcher;

  private CompiledRegex(PosixRegex.Translation t) {
    this.pattern = java.util.regex.Pattern.compile(t.javaRegex());
    this.canMatchNewline = t.canMatchNewline();
    this.mayPreferShorter = t.mayPreferShorter();
    this.submatcher = t.submatcher();
  }

  /** Compiles {@code ere}, or throws the error {@code regcomp} would report. */
  static CompiledRegex compile(String ere, boolean ignoreCase) throws PosixRegex.SyntaxError {
    return new CompiledRegex(PosixRegex.translate(ere, ignoreCase));
  }

  /**
   * Searches {@code text[from, to)}. Returns null when there is no match, else the absolute
   * start and end offsets of the whole match and of each group ({@code -1} for groups that did not
   * take part), as {@code [start0, end0, start1, end1, ...]}.
   */
  int[] search(String text, int from, int to) {
    Slice subject = new Slice(text, from, to);
    Matcher m = pattern.matcher(subject);
    if (!m.find()) return null;
    int start = m.start();
    int[] best = spans(m);
    if (mayPreferShorter) {
      int limit = extensionLimit(subject, m.end());
      if (limit > m.end()) {
        int shortest = m.end();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int end = limit; end > shortest; end--) {
          m.region(start, end);
          if (m.matches()) {
            best = spans(m);
            break;
          }
        }
      }
    }
    if (submatcher != null) submatcher.dissect(subject, best[0], best[1], best);
    for (int i = 0; i < best.length; i++) if (best[i] >= 0) best[i] += from;
    return best;
  }

  /** How far a longer match than java.util.regex's may reach. */
  private int extensionLimit(Slice subject, int end) {
    int lineEnd = subject.indexOfNewline(end);
    if (canMatchNewline && lineEnd == end && end < subject.length()) lineEnd = subject.indexOfNewline(end + 1);
    return lineEnd;
  }

  private static int[] spans(Matcher m) {
    int[] spans = new int[2 * (m.groupCount() + 1)];
    for (int g = 0; g <= m.groupCount(); g++) {
      spans[2 * g] = m.start(g);
      spans[2 * g + 1] = m.end(g);
    }
    return spans;
  }

  /** A window of a string, searched without copying it. */
  private record Slice(String text, int from, int to) implements CharSequence {
    @Override
    public int length() { return to - from; }

    @Override
    public char charAt(int index) { return text.charAt(from + index); }

    @Override
    public CharSequence subSequence(int start, int end) { return text.substring(from + start, from + end); }

    @Override
    public String toString() { return text.substring(from, to); }

    int indexOfNewline(int index) {
      int i = text.indexOf('\n', from + index, to);
      return i < 0 ? length() : i - from;
    }
  }
}
