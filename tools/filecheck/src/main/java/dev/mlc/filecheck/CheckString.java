package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * One positive directive with the {@code CHECK-DAG}/{@code CHECK-NOT} directives written before it
 * ({@code FileCheckString}), and the logic that checks it against a region of the input.
 *
 * @param pattern the directive's pattern
 * @param prefix the check prefix it was written with
 * @param dagNots the preceding {@code CHECK-DAG} and {@code CHECK-NOT} directives, in order
 */
record CheckString(Pattern pattern, String prefix, List<DagNot> dagNots) {
  /** A {@code CHECK-DAG} or {@code CHECK-NOT} directive and its prefix. */
  record DagNot(Pattern pattern, String prefix) {}

  /** Where a check matched: the first match's start and the length up to the last match's end. */
  record Match(int pos, int len) {}

  /**
   * Checks this directive in {@code input[from, to)} and returns its match, or null after reporting
   * a failure. In label-scan mode only the pattern itself is matched: the DAG/NOT directives and the
   * NEXT/SAME/NOT line rules are checked when the region is scanned again.
   */
  Match check(MatchReporter reporter, Options options, int from, int to, boolean labelScan) {
    String text = reporter.input().text();
    int lastPos = from;
    List<DagNot> nots = new ArrayList<>();
    if (!labelScan) {
      lastPos = checkDag(reporter, options, from, to, nots);
      if (lastPos < 0) return null;
    }
    int lastMatchEnd = lastPos;
    int firstMatchPos = 0;
    for (int i = 1; i <= pattern.type().count(); i++) {
      Pattern.MatchResult result = pattern.match(text, lastMatchEnd, to);
      if (reporter.report(true, prefix, pattern, i, lastMatchEnd, to, result)) return null;
      Pattern.MatchResult.Found found = (Pattern.MatchResult.Found) result;
      if (i == 1) firstMatchPos = found.pos();
      lastMatchEnd = found.pos() + found.len();
    }
    int matchLen = lastMatchEnd - firstMatchPos;
    if (!labelScan) {
      if (checkNext(reporter, lastPos, firstMatchPos) || checkSame(reporter, lastPos, firstMatchPos)) {
        if (options.verbose() || options.veryVerbose()) reporter.relabelLast(InputDiag.MatchType.FOUND_BUT_WRONG_LINE);
        else reporter.record(pattern, InputDiag.MatchType.FOUND_BUT_WRONG_LINE, firstMatchPos, firstMatchPos + matchLen, null);
        return null;
      }
      if (checkNot(reporter, lastPos, firstMatchPos, nots)) return null;
    }
    return new Match(firstMatchPos, matchLen);
  }

  /** {@code CHECK-NEXT}/{@code CHECK-EMPTY}: exactly one newline between the matches. */
  private boolean checkNext(MatchReporter reporter, int from, int to) {
    CheckType.Kind kind = pattern.type().kind();
    if (kind != CheckType.Kind.NEXT && kind != CheckType.Kind.EMPTY) return false;
    String name = prefix + (kind == CheckType.Kind.EMPTY ? "-EMPTY" : "-NEXT");
    int[] firstNewline = new int[1];
    int newlines = countNewlines(reporter.input().text(), from, to, firstNewline);
    if (newlines == 1) return false;
    Diagnostics out = reporter.out();
    out.print(pattern.file(), pattern.loc(), Diagnostics.Severity.ERROR, name
        + (newlines == 0 ? ": is on the same line as previous match" : ": is not on the line after the previous match"));
    printMatchPair(reporter, from, to);
    if (newlines > 1) {
      out.print(reporter.input(), firstNewline[0], Diagnostics.Severity.NOTE, "non-matching line after previous match is here");
    }
    return true;
  }

  /** {@code CHECK-SAME}: no newline between the matches. */
  private boolean checkSame(MatchReporter reporter, int from, int to) {
    if (!pattern.type().is(CheckType.Kind.SAME)) return false;
    if (countNewlines(reporter.input().text(), from, to, new int[1]) == 0) return false;
    reporter.out().print(pattern.file(), pattern.loc(), Diagnostics.Severity.ERROR,
        prefix + "-SAME: is not on the same line as the previous match");
    printMatchPair(reporter, from, to);
    return true;
  }

  private static void printMatchPair(MatchReporter reporter, int from, int to) {
    reporter.out().print(reporter.input(), to, Diagnostics.Severity.NOTE, "'next' match was here");
    reporter.out().print(reporter.input(), from, Diagnostics.Severity.NOTE, "previous match ended here");
  }

  /** Counts line breaks in {@code text[from, to)} ("\r\n" and "\n\r" count once). */
  private static int countNewlines(String text, int from, int to, int[] firstNewlineEnd) {
    int count = 0;
    int i = from;
    while (true) {
      while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
      if (i >= to) return count;
      count++;
      if (i + 1 < to && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') && text.charAt(i) != text.charAt(i + 1)) i++;
      i++;
      if (count == 1) firstNewlineEnd[0] = i;
    }
  }

  /** {@code CHECK-NOT}: reports each excluded pattern found in {@code [from, to)}. */
  private static boolean checkNot(MatchReporter reporter, int from, int to, List<DagNot> nots) {
    boolean failed = false;
    for (DagNot not : nots) {
      Pattern.MatchResult result = not.pattern().match(reporter.input().text(), from, to);
      if (reporter.report(false, not.prefix(), not.pattern(), 1, from, to, result)) failed = true;
    }
    return failed;
  }

  /**
   * Matches the {@code CHECK-DAG} groups (in any order, without overlapping within a group) and
   * checks the {@code CHECK-NOT}s between groups; returns where the positive pattern's search
   * starts, or -1 after reporting a failure. The {@code CHECK-NOT}s after the last group are left
   * in {@code nots}.
   */
  private int checkDag(MatchReporter reporter, Options options, int from, int to, List<DagNot> nots) {
    if (dagNots.isEmpty()) return from;
    String text = reporter.input().text();
    int startPos = from;
    List<int[]> ranges = new ArrayList<>();
    for (int idx = 0; idx < dagNots.size(); idx++) {
      DagNot dag = dagNots.get(idx);
      Pattern pat = dag.pattern();
      if (pat.type().is(CheckType.Kind.NOT)) {
        nots.add(dag);
        continue;
      }
      int matchPos = startPos;
      int matchLen;
      int mi = 0;
      while (true) {
        Pattern.MatchResult result = pat.match(text, matchPos, to);
        if (!(result instanceof Pattern.MatchResult.Found) || reporter.veryVerbose()) {
          if (reporter.report(true, dag.prefix(), pat, 1, matchPos, to, result)) return -1;
        }
        Pattern.MatchResult.Found found = (Pattern.MatchResult.Found) result;
        matchLen = found.len();
        matchPos = found.pos();
        int[] m = {matchPos, matchPos + matchLen};
        if (options.allowDeprecatedDagOverlap()) {
          if (ranges.isEmpty()) {
            ranges.add(m);
          } else {
            int[] block = ranges.getFirst();
            block[0] = Math.min(block[0], m[0]);
            block[1] = Math.max(block[1], m[1]);
          }
          break;
        }
        boolean overlap = false;
        for (; mi < ranges.size(); mi++) {
          if (m[0] < ranges.get(mi)[1]) {
            overlap = ranges.get(mi)[0] < m[1];
            break;
          }
        }
        if (!overlap) {
          ranges.add(mi, m);
          break;
        }
        int[] old = ranges.get(mi);
        if (reporter.veryVerbose()) {
          if (reporter.recording()) {
            reporter.relabelLast(InputDiag.MatchType.FOUND_BUT_DISCARDED);
          } else {
            reporter.out().print(reporter.input(), old[0], Diagnostics.Severity.NOTE,
                "match discarded, overlaps earlier DAG match here", old[0], old[1]);
          }
        }
        matchPos = old[1];
        mi++;
      }
      if (!reporter.veryVerbose()) reporter.printMatch(true, dag.prefix(), pat, 1, matchPos, matchLen);
      boolean groupEnds = idx + 1 == dagNots.size() || dagNots.get(idx + 1).pattern().type().is(CheckType.Kind.NOT);
      if (groupEnds) {
        if (!nots.isEmpty()) {
          if (checkNot(reporter, startPos, ranges.getFirst()[0], nots)) return -1;
          nots.clear();
        }
        startPos = ranges.getLast()[1];
        ranges.clear();
      }
    }
    return startPos;
  }
}
