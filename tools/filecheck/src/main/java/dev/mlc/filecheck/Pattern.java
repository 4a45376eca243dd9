package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pattern of one directive, ready to match: either a fixed string or a regular expression
 * (LLVM dialect) with the places where variable values are spliced in and the capture groups that
 * define variables. Built by {@link PatternParser}.
 */
final class Pattern {
  /** A numeric variable defined by this pattern and the group capturing its text. */
  record NumericDefinition(NumericVariable variable, int group) {}

  /** The outcome of {@link #match}. */
  sealed interface MatchResult {
    /** A match at absolute input offset {@code pos}, {@code len} characters long. */
    record Found(int pos, int len) implements MatchResult {}

    /** No match. */
    record NotFound() implements MatchResult {}

    /** The pattern could not be matched (undefined variable, overflow). */
    record Failed(List<Failure> failures) implements MatchResult {}
  }

  private static final int MAX_CACHED_REGEXES = 64;

  private final CheckType type;
  private final PatternContext context;
  private final SourceFile file;
  private final int loc;
  private final Integer lineNumber;
  private final boolean ignoreCase;
  private final String fixed;
  private final String regex;
  private final List<Substitution> substitutions;
  private final Map<String, Integer> stringDefinitions;
  private final Map<String, NumericDefinition> numericDefinitions;
  private final Map<String, CompiledRegex> compiled = new HashMap<>();
  private boolean invalidRegex;
  private FixedStringSearch fixedSearch;

  Pattern(CheckType type, PatternContext context, SourceFile file, int loc, Integer lineNumber, boolean ignoreCase,
      String fixed, String regex, List<Substitution> substitutions, Map<String, Integer> stringDefinitions,
      Map<String, NumericDefinition> numericDefinitions) {
    this.type = type;
    this.context = context;
    this.file = file;
    this.loc = loc;
    this.lineNumber = lineNumber;
    this.ignoreCase = ignoreCase;
    this.fixed = fixed;
    this.regex = regex;
    this.substitutions = List.copyOf(substitutions);
    this.stringDefinitions = Map.copyOf(stringDefinitions);
    this.numericDefinitions = Map.copyOf(numericDefinitions);
  }

  /** A pattern that matches the (empty) end of the input: the implicit EOF check. */
  static Pattern endOfFile(PatternContext context, SourceFile file, int loc, int lineNumber) {
    return new Pattern(CheckType.of(CheckType.Kind.EOF), context, file, loc, lineNumber, false, "", "",
        List.of(), Map.of(), Map.of());
  }

  CheckType type() { return type; }

  PatternContext context() { return context; }

  SourceFile file() { return file; }

  /** Where the pattern starts in its buffer. */
  int loc() { return loc; }

  List<Substitution> substitutions() { return substitutions; }

  /** Whether the pattern defines or uses variables (forbidden in {@code CHECK-LABEL}). */
  boolean hasVariable() {
    return !substitutions.isEmpty() || !stringDefinitions.isEmpty();
  }

  Map<String, Integer> stringDefinitions() { return stringDefinitions; }

  Map<String, NumericDefinition> numericDefinitions() { return numericDefinitions; }

  /**
   * Matches against {@code input[from, to)} as {@code Pattern::match} does, and on success records
   * the values of the variables the pattern defines.
   */
  MatchResult match(String input, int from, int to) {
    if (type.is(CheckType.Kind.EOF)) return new MatchResult.Found(to, 0);
    if (!fixed.isEmpty()) {
      if (fixedSearch == null) fixedSearch = new FixedStringSearch(fixed, ignoreCase);
      int pos = fixedSearch.find(input, from, to);
      return pos < 0 ? new MatchResult.NotFound() : new MatchResult.Found(pos, fixed.length());
    }
    String re = regex;
    if (!substitutions.isEmpty()) {
      if (lineNumber != null) context.lineVariable().setValue(java.math.BigInteger.valueOf(lineNumber), -1, -1);
      StringBuilder b = new StringBuilder(regex);
      int shift = 0;
      List<Failure> failures = new ArrayList<>();
      for (Substitution s : substitutions) {
        try {
          String value = s.regex();
          b.insert(s.insertIndex() + shift, value);
          shift += value.length();
        } catch (Failure.Exception e) {
          for (Failure f : e.failures()) failures.add(located(f, s));
        }
      }
      if (!failures.isEmpty()) return new MatchResult.Failed(failures);
      re = b.toString();
    }
    CompiledRegex c = compile(re);
    int[] spans = c == null ? null : c.search(input, from, to);
    if (spans == null) return new MatchResult.NotFound();
    for (Map.Entry<String, Integer> def : stringDefinitions.entrySet()) {
      int g = def.getValue();
      int s = spans[2 * g];
      int e = spans[2 * g + 1];
      context.setString(def.getKey(), new PatternContext.StringValue(s < 0 ? "" : input.substring(s, e), s, e));
    }
    int skip = type.is(CheckType.Kind.EMPTY) ? 1 : 0;
    for (NumericDefinition def : numericDefinitions.values()) {
      int s = spans[2 * def.group()];
      int e = spans[2 * def.group() + 1];
      NumericVariable v = def.variable();
      if (s < 0) continue;
      context.keepNumericVariable(v);
      v.setValue(v.implicitFormat().parse(input.substring(s, e)), s, e);
    }
    return new MatchResult.Found(spans[0] + skip, spans[1] - spans[0] - skip);
  }

  private static Failure located(Failure f, Substitution s) {
    return switch (f) {
      case Failure.Overflow o -> new Failure.AtLocation(s.from().file(), s.from().start(),
          "unable to substitute variable or numeric expression: overflow error");
      case Failure.UndefinedVariable u -> u.located();
      case Failure.AtLocation a -> a;
    };
  }

  /** The compiled form of {@code re}, or null when regcomp would reject it (then nothing matches). */
  private CompiledRegex compile(String re) {
    if (substitutions.isEmpty() && invalidRegex) return null;
    CompiledRegex c = compiled.get(re);
    if (c != null) return c;
    try {
      c = CompiledRegex.compile(re, ignoreCase);
    } catch (PosixRegex.SyntaxError e) {
      invalidRegex = substitutions.isEmpty();
      return null;
    }
    if (compiled.size() >= MAX_CACHED_REGEXES) compiled.clear();
    compiled.put(re, c);
    return c;
  }

  /**
   * How far the text at {@code input[at...]} is from this pattern: the edit distance between the
   * fixed string (or the raw regular expression) and as much of the rest of the line.
   */
  int matchDistance(String input, int at, int to) {
    String example = fixed.isEmpty() ? regex : fixed;
    int end = Math.min(to, at + example.length());
    int nl = input.indexOf('\n', at, end);
    if (nl >= 0) end = nl;
    return editDistance(input, at, end, example);
  }

  /** The length of the text used for {@link #matchDistance}. */
  int exampleLength() {
    return Math.max(fixed.length(), regex.length());
  }

  private static int editDistance(String a, int from, int to, String b) {
    int n = b.length();
    int[] row = new int[n + 1];
    for (int i = 1; i <= n; i++) row[i] = i;
    for (int y = 1; y <= to - from; y++) {
      row[0] = y;
      int previous = y - 1;
      char c = a.charAt(from + y - 1);
      for (int x = 1; x <= n; x++) {
        int old = row[x];
        row[x] = Math.min(previous + (c == b.charAt(x - 1) ? 0 : 1), Math.min(row[x - 1], row[x]) + 1);
        previous = old;
      }
    }
    return row[n];
  }
}
