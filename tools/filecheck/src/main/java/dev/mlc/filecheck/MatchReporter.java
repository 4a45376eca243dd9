package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports match results as FileCheck does: errors (and, with {@code -v}/{@code -vv}, remarks) on
 * the diagnostics stream, and match records for the input dump when one may be printed.
 */
final class MatchReporter {
  private static final int FUZZY_SEARCH_LIMIT = 4096;

  private final Diagnostics out;
  private final SourceFile input;
  private final boolean verbose;
  private final boolean veryVerbose;
  private final List<InputDiag> diags;

  /** @param diags where to record results for the input dump, or null when it is never printed */
  MatchReporter(Diagnostics out, SourceFile input, Options options, List<InputDiag> diags) {
    this.out = out;
    this.input = input;
    this.verbose = options.verbose() || options.veryVerbose();
    this.veryVerbose = options.veryVerbose();
    this.diags = diags;
  }

  Diagnostics out() { return out; }

  SourceFile input() { return input; }

  boolean veryVerbose() { return veryVerbose; }

  boolean recording() { return diags != null; }

  /**
   * Reports the result of matching {@code pattern} in {@code input[from, to)}; returns true when it
   * is an error ({@code reportMatchResult}).
   */
  boolean report(boolean expected, String prefix, Pattern pattern, int matchedCount, int from, int to,
      Pattern.MatchResult result) {
    return switch (result) {
      case Pattern.MatchResult.Found f -> printMatch(expected, prefix, pattern, matchedCount, f.pos(), f.len());
      case Pattern.MatchResult.NotFound n -> printNoMatch(expected, prefix, pattern, matchedCount, from, to, List.of());
      case Pattern.MatchResult.Failed f -> printNoMatch(expected, prefix, pattern, matchedCount, from, to, f.failures());
    };
  }

  /** A match of {@code pattern} at {@code [pos, pos + len)}: an error when it was not expected. */
  boolean printMatch(boolean expected, String prefix, Pattern pattern, int matchedCount, int pos, int len) {
    boolean error = !expected;
    boolean print = true;
    if (!error) {
      if (!verbose) return false;
      if (!veryVerbose && pattern.type().is(CheckType.Kind.EOF)) return false;
      print = diags == null;
    }
    InputDiag.MatchType type = expected ? InputDiag.MatchType.FOUND_AND_EXPECTED : InputDiag.MatchType.FOUND_BUT_EXCLUDED;
    record(pattern, type, pos, pos + len, null);
    if (diags != null) {
      printSubstitutions(pattern, pos, type, true);
      printVariableDefinitions(pattern, type, true);
    }
    if (!print) return error;
    String message = pattern.type().description(prefix) + ": " + (expected ? "expected" : "excluded") + " string found in input"
        + countSuffix(pattern, matchedCount);
    out.print(pattern.file(), pattern.loc(), expected ? Diagnostics.Severity.REMARK : Diagnostics.Severity.ERROR, message);
    out.print(input, pos, Diagnostics.Severity.NOTE, "found here", pos, pos + len);
    printSubstitutions(pattern, pos, type, false);
    printVariableDefinitions(pattern, type, false);
    return error;
  }

  /** No match in {@code [from, to)}: an error when one was expected or the pattern was unusable. */
  boolean printNoMatch(boolean expected, String prefix, Pattern pattern, int matchedCount, int from, int to,
      List<Failure> failures) {
    boolean error = expected;
    boolean patternError = !failures.isEmpty();
    InputDiag.MatchType type = expected ? InputDiag.MatchType.NONE_BUT_EXPECTED : InputDiag.MatchType.NONE_AND_EXCLUDED;
    List<String> messages = new ArrayList<>();
    for (Failure f : failures) {
      error = true;
      type = InputDiag.MatchType.NONE_FOR_INVALID_PATTERN;
      f.log(out);
      if (f instanceof Failure.AtLocation a) messages.add(a.message());
    }
    boolean print = true;
    if (!error) {
      if (!veryVerbose) return false;
      print = diags == null;
    }
    record(pattern, type, from, to, null);
    if (diags != null) {
      for (String m : messages) record(pattern, type, from, from, m);
      printSubstitutions(pattern, from, type, true);
    }
    if (!print) return error;
    if (!patternError) {
      String message = pattern.type().description(prefix) + ": " + (expected ? "expected" : "excluded")
          + " string not found in input" + countSuffix(pattern, matchedCount);
      out.print(pattern.file(), pattern.loc(), expected ? Diagnostics.Severity.ERROR : Diagnostics.Severity.REMARK, message);
      out.print(input, from, Diagnostics.Severity.NOTE, "scanning from here");
    }
    printSubstitutions(pattern, from, type, false);
    if (expected) printFuzzyMatch(pattern, from, to);
    return error;
  }

  private static String countSuffix(Pattern pattern, int matchedCount) {
    int count = pattern.type().count();
    return count > 1 ? " (" + matchedCount + " out of " + count + ")" : "";
  }

  /** Records a result for the input dump ({@code ProcessMatchResult} without adjustment). */
  void record(Pattern pattern, InputDiag.MatchType type, int start, int end, String note) {
    if (diags != null) diags.add(new InputDiag(pattern, type, input, start, end, note));
  }

  /** Re-labels the latest results of the most recent directive (a match that turned out wrong). */
  void relabelLast(InputDiag.MatchType type) {
    if (diags == null || diags.isEmpty()) return;
    InputDiag last = diags.getLast();
    for (int i = diags.size() - 1; i >= 0 && diags.get(i).sameCheck(last); i--) diags.get(i).matchType = type;
  }

  /** "with "VAR" equal to "value"" notes, at {@code at}. */
  void printSubstitutions(Pattern pattern, int at, InputDiag.MatchType type, boolean toDiags) {
    for (Substitution s : pattern.substitutions()) {
      String value;
      try {
        value = s.forDiagnostics();
      } catch (Failure.Exception e) {
        continue;
      }
      String message = "with \"" + Substitution.escaped(s.from().str()) + "\" equal to " + value;
      if (toDiags) record(pattern, type, at, at, message);
      else out.print(input, at, Diagnostics.Severity.NOTE, message);
    }
  }

  /** "captured var" notes for the variables the pattern just defined, in input order. */
  void printVariableDefinitions(Pattern pattern, InputDiag.MatchType type, boolean toDiags) {
    record Capture(String name, int start, int end) {}
    List<Capture> captures = new ArrayList<>();
    for (String name : pattern.stringDefinitions().keySet()) {
      PatternContext.StringValue v = pattern.context().stringValue(name);
      if (v != null && v.start() >= 0) captures.add(new Capture(name, v.start(), v.end()));
    }
    for (var e : pattern.numericDefinitions().entrySet()) {
      NumericVariable v = e.getValue().variable();
      if (v.matchStart() >= 0) captures.add(new Capture(e.getKey(), v.matchStart(), v.matchEnd()));
    }
    captures.sort(Comparator.comparingInt(Capture::start));
    for (Capture c : captures) {
      String message = "captured var \"" + c.name() + "\"";
      if (toDiags) record(pattern, type, c.start(), c.end(), message);
      else out.print(input, c.start(), Diagnostics.Severity.NOTE, message, c.start(), c.end());
    }
  }

  /** The "possible intended match here" note: the nearest text to the pattern, by edit distance. */
  private void printFuzzyMatch(Pattern pattern, int from, int to) {
    String text = input.text();
    int limit = Math.min(FUZZY_SEARCH_LIMIT, to - from);
    if ((long) FUZZY_SEARCH_LIMIT * 2048 < (long) limit * pattern.exampleLength()) return;
    int linesForward = 0;
    int best = -1;
    double bestQuality = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(from + i);
      if (c == '\n') linesForward++;
      if (c == ' ' || c == '\t') continue;
      double quality = pattern.matchDistance(text, from + i, to) + linesForward / 100.0;
      if (quality < bestQuality || best < 0) {
        best = i;
        bestQuality = quality;
      }
    }
    if (best > 0 && bestQuality < 50) {
      record(pattern, InputDiag.MatchType.FUZZY, from + best, from + best, null);
      out.print(input, from + best, Diagnostics.Severity.NOTE, "possible intended match here");
    }
  }
}
