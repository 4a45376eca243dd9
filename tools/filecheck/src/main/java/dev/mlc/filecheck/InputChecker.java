package dev.mlc.filecheck;

import java.util.List;

/**
 * Runs the checks over the input ({@code FileCheck::checkInput}). {@code CHECK-LABEL} matches
 * split the input into regions first; the directives between two labels are then checked inside
 * their region only, so one failure does not hide the results of the other regions.
 */
final class InputChecker {
  private InputChecker() {}

  /** Returns true when every check passed. */
  static boolean check(List<CheckString> checks, MatchReporter reporter, Options options, PatternContext context) {
    boolean failed = false;
    int bufferStart = 0;
    int bufferEnd = reporter.input().text().length();
    int i = 0;
    int j = 0;
    int n = checks.size();
    while (true) {
      int regionStart;
      int regionEnd;
      if (j == n) {
        regionStart = bufferStart;
        regionEnd = bufferEnd;
      } else {
        CheckString label = checks.get(j);
        if (!label.pattern().type().is(CheckType.Kind.LABEL)) {
          j++;
          continue;
        }
        CheckString.Match m = label.check(reporter, options, bufferStart, bufferEnd, true);
        if (m == null) return false;
        regionStart = bufferStart;
        regionEnd = m.pos() + m.len();
        bufferStart = regionEnd;
        j++;
      }
      // The first region keeps its variables: those of -D must survive until used.
      if (i != 0 && options.enableVarScope()) context.clearLocalVariables();
      for (; i != j; i++) {
        CheckString.Match m = checks.get(i).check(reporter, options, regionStart, regionEnd, false);
        if (m == null) {
          failed = true;
          i = j;
          break;
        }
        regionStart = m.pos() + m.len();
      }
      if (j == n) break;
    }
    return !failed;
  }
}
