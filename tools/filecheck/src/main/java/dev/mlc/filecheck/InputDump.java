package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotated input dump of {@code --dump-input} (FileCheck 19's layout): each input line with
 * its number, followed by one line per match result on it, labelled with the directive's kind and
 * check-file line ({@code check:3}, {@code imp1} for implicit patterns, {@code 'N} for the N-th
 * result of one directive) and marked {@code ^~~} (match), {@code !~~} (bad match), {@code X~~}
 * (search range without match) or {@code ?} (possible intended match).
 */
final class InputDump {
  private static final int NO_END = Integer.MAX_VALUE;
  private static final int ELLIPSIS_LINES = 3;

  private record Marker(char lead, String note, boolean filtersAsError) {}

  /** One annotation line under one input line. */
  private record Annotation(int diagIndex, String label, boolean firstLine, int line, int startCol, int endCol, Marker marker) {}

  private InputDump() {}

  /** The text printed by {@code --dump-input=help}. */
  static final String HELP = """
      The following description was requested by -dump-input=help to
      explain the input dump printed by FileCheck.

      Related command-line options:

        - -dump-input=<value> enables or disables the input dump
        - -dump-input-filter=<value> filters the input lines
        - -dump-input-context=<N> adjusts the context of filtered lines
        - -v and -vv add more annotations
        - -color forces colors to be enabled both in the dump and below
        - -help documents the above options in more detail

      These options can also be set via FILECHECK_OPTS.  For example, for
      maximum debugging output on failures:

        $ FILECHECK_OPTS='-dump-input-filter=all -vv -color' ninja check

      Input dump annotation format:

        - L:     labels line number L of the input file
                 An extra space is added after each input line to represent the
                 newline character
        - T:L    labels the only match result for either (1) a pattern of type T from
                 line L of the check file if L is an integer or (2) the I-th implicit
                 pattern if L is "imp" followed by an integer I (index origin one)
        - T:L'N  labels the Nth match result for such a pattern
        - ^~~    marks good match (reported if -v)
        - !~~    marks bad match, such as:
                 - CHECK-NEXT on same line as previous match (error)
                 - CHECK-NOT found (error)
                 - CHECK-DAG overlapping match (discarded, reported if -vv)
        - X~~    marks search range when no match is found, such as:
                 - CHECK-NEXT not found (error)
                 - CHECK-NOT not found (success, reported if -vv)
                 - CHECK-DAG not found after discarded matches (error)
        - ?      marks fuzzy match when no match is found
        - colors success, error, fuzzy match, discarded match, unmatched input

      If you are not seeing color above or in input dumps, try: -color
      """;

  /**
   * Prints the dump of {@code input} with the results in {@code diags}; {@code implicitFiles} are
   * the buffers of the {@code --implicit-check-not} patterns, in order.
   */
  static void print(Diagnostics out, Options options, SourceFile input, SourceFile checkFile,
      List<SourceFile> implicitFiles, List<InputDiag> diags) {
    List<Annotation> annotations = new ArrayList<>();
    int labelWidth = annotate(checkFile, implicitFiles, diags, annotations);
    annotations.sort(Comparator.comparingInt(Annotation::line).thenComparingInt(Annotation::diagIndex));

    String text = input.text();
    int lineCount = (int) text.chars().filter(c -> c == '\n').count();
    if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') lineCount++;
    labelWidth = Math.max(labelWidth, String.valueOf(lineCount).length()) + 3;
    int context = options.dumpInputContext();
    Options.DumpInputFilter filter = options.effectiveDumpInputFilter();

    StringBuilder dump = new StringBuilder("Input was:\n<<<<<<\n");
    StringBuilder elided = new StringBuilder();
    int pos = 0;
    int next = 0;
    int prevInFilter = 0;
    int nextInFilter = 0;
    for (int line = 1; pos < text.length() || next < annotations.size(); line++) {
      if (nextInFilter < line) nextInFilter = nextLineInFilter(filter, line, annotations, next);
      if (nextInFilter == line) prevInFilter = line;
      boolean elide = (prevInFilter == 0 || prevInFilter + (long) context < line)
          && (nextInFilter == NO_END || line + (long) context < nextInFilter);
      StringBuilder sink = elide ? elided : dump;
      if (!elide) flushElided(dump, elided, labelWidth);
      sink.append(pad(String.valueOf(line), labelWidth, true)).append(": ");
      int lineStart = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '\n') {
          sink.append(' ');
          break;
        }
        sink.append(c);
      }
      sink.append('\n');
      int width = pos - lineStart;
      for (; next < annotations.size() && annotations.get(next).line() == line; next++) {
        appendAnnotation(sink, annotations.get(next), labelWidth, width);
      }
    }
    flushElided(dump, elided, labelWidth);
    dump.append(">>>>>>\n");
    out.raw(dump.toString());
  }

  private static void appendAnnotation(StringBuilder sink, Annotation a, int labelWidth, int lineWidth) {
    sink.append(pad(a.label(), labelWidth, false)).append("  ");
    int col = 1;
    for (; col < a.startCol(); col++) sink.append(' ');
    sink.append(a.marker().lead());
    for (col++; col < a.endCol() && col <= lineWidth; col++) sink.append('~');
    if (!a.marker().note().isEmpty()) {
      for (; col <= lineWidth; col++) sink.append(' ');
      sink.append(' ').append(a.marker().note());
    }
    sink.append('\n');
  }

  /** Builds the annotations of {@code diags}; returns the widest label. */
  private static int annotate(SourceFile checkFile, List<SourceFile> implicitFiles, List<InputDiag> diags,
      List<Annotation> annotations) {
    Map<PatternKey, Integer> perPattern = new HashMap<>();
    for (InputDiag d : diags) perPattern.merge(key(d), 1, Integer::sum);
    Map<PatternKey, Integer> indexPerPattern = new HashMap<>();
    int width = 0;
    for (int i = 0; i < diags.size(); i++) {
      InputDiag d = diags.get(i);
      StringBuilder label = new StringBuilder(d.checkType.abbreviation()).append(':');
      if (d.checkFile == checkFile) label.append(checkFile.line(d.checkLoc));
      else label.append("imp").append(implicitFiles.indexOf(d.checkFile) + 1);
      if (perPattern.get(key(d)) > 1) label.append('\'').append(indexPerPattern.merge(key(d), 1, Integer::sum) - 1);
      width = Math.max(width, label.length());

      Marker m = marker(d.matchType);
      if (d.note != null) {
        boolean empty = d.startLine == d.endLine && d.startCol == d.endCol;
        m = new Marker(empty ? ' ' : m.lead(), d.note, m.filtersAsError());
      }
      if (d.matchType == InputDiag.MatchType.FOUND_ERROR_NOTE) m = new Marker(m.lead(), "error: " + m.note(), m.filtersAsError());
      if (d.startLine == d.endLine) {
        annotations.add(new Annotation(i, label.toString(), true, d.startLine, d.startCol,
            Math.max(d.startCol + 1, d.endCol), m));
        continue;
      }
      annotations.add(new Annotation(i, label.toString(), true, d.startLine, d.startCol, NO_END, m));
      for (int line = d.startLine + 1; line <= d.endLine; line++) {
        if (d.endCol == 1 && line == d.endLine) break;
        annotations.add(new Annotation(i, label.toString(), false, line, 1, line != d.endLine ? NO_END : d.endCol,
            new Marker('~', "", m.filtersAsError())));
      }
    }
    return width;
  }

  /** Identifies a directive: its buffer (by identity) and position. */
  private record PatternKey(SourceFile file, int loc) {}

  private static PatternKey key(InputDiag d) {
    return new PatternKey(d.checkFile, d.checkLoc);
  }

  private static Marker marker(InputDiag.MatchType type) {
    return switch (type) {
      case FOUND_AND_EXPECTED -> new Marker('^', "", false);
      case FOUND_BUT_EXCLUDED -> new Marker('!', "error: no match expected", true);
      case FOUND_BUT_WRONG_LINE -> new Marker('!', "error: match on wrong line", true);
      case FOUND_BUT_DISCARDED -> new Marker('!', "discard: overlaps earlier match", false);
      case FOUND_ERROR_NOTE -> new Marker('!', "error: unknown error after match", true);
      case NONE_AND_EXCLUDED -> new Marker('X', "", false);
      case NONE_BUT_EXPECTED -> new Marker('X', "error: no match found", true);
      case NONE_FOR_INVALID_PATTERN -> new Marker('X', "error: match failed for invalid pattern", true);
      case FUZZY -> new Marker('?', "possible intended match", true);
    };
  }

  private static int nextLineInFilter(Options.DumpInputFilter filter, int line, List<Annotation> annotations, int from) {
    if (filter == Options.DumpInputFilter.ALL) return line;
    for (int i = from; i < annotations.size(); i++) {
      Annotation a = annotations.get(i);
      switch (filter) {
        case ANNOTATION_FULL -> {
          return a.line();
        }
        case ANNOTATION -> {
          if (a.firstLine()) return a.line();
        }
        default -> {
          if (a.firstLine() && a.marker().filtersAsError()) return a.line();
        }
      }
    }
    return NO_END;
  }

  private static void flushElided(StringBuilder dump, StringBuilder elided, int labelWidth) {
    if (elided.isEmpty()) return;
    long lines = elided.chars().filter(c -> c == '\n').count();
    if (lines > ELLIPSIS_LINES) {
      for (int i = 0; i < ELLIPSIS_LINES; i++) dump.append(pad(".", labelWidth, true)).append('\n');
    } else {
      dump.append(elided);
    }
    elided.setLength(0);
  }

  private static String pad(String s, int width, boolean right) {
    if (s.length() >= width) return s;
    String spaces = " ".repeat(width - s.length());
    return right ? spaces + s : s + spaces;
  }
}
