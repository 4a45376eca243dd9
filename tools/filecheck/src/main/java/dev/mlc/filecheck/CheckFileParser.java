package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a check file into {@link CheckString}s ({@code FileCheck::readCheckFile}): finds each
 * directive (a check or comment prefix that does not end another word, followed by a suffix such
 * as {@code -NEXT:}), parses its pattern, and groups {@code CHECK-DAG}/{@code CHECK-NOT} directives
 * with the positive directive after them.
 */
final class CheckFileParser {
  static final List<String> DEFAULT_CHECK_PREFIXES = List.of("CHECK");
  static final List<String> DEFAULT_COMMENT_PREFIXES = List.of("COM", "RUN");
  private static final String IMPLICIT_PREFIX = "IMPLICIT-CHECK";

  private final SourceFile file;
  private final String text;
  private final Options options;
  private final PatternContext context;
  private final Diagnostics diagnostics;
  private final PatternParser parser;
  private final List<String> checkPrefixes;
  private final List<String> commentPrefixes;
  /** Where the scan stands (LLVM's {@code Buffer}), and the line of the last prefix seen. */
  private int cursor;
  private int lastPrefixLine = 1;
  private final List<SourceFile> implicitFiles = new ArrayList<>();

  private CheckFileParser(SourceFile file, Options options, PatternContext context, Diagnostics diagnostics) {
    this.file = file;
    this.text = file.text();
    this.options = options;
    this.context = context;
    this.diagnostics = diagnostics;
    this.parser = new PatternParser(context, options, diagnostics);
    this.checkPrefixes = options.checkPrefixes().isEmpty() ? DEFAULT_CHECK_PREFIXES : options.checkPrefixes();
    this.commentPrefixes = options.commentPrefixes().isEmpty() ? DEFAULT_COMMENT_PREFIXES : options.commentPrefixes();
  }

  /** A parsed check file: its checks, and the buffers of the implicit patterns in order. */
  record Parsed(List<CheckString> checks, List<SourceFile> implicitFiles) {}

  /** Parses {@code file}; errors are printed and thrown as {@link CheckFileError}. */
  static Parsed parse(SourceFile file, Options options, PatternContext context, Diagnostics diagnostics)
      throws CheckFileError {
    CheckFileParser p = new CheckFileParser(file, options, context, diagnostics);
    List<CheckString> checks = p.parse();
    return new Parsed(checks, List.copyOf(p.implicitFiles));
  }

  /** A directive found in the check file. */
  private record Directive(String prefix, int start, CheckType type, int afterSuffix) {}

  private List<CheckString> parse() throws CheckFileError {
    List<Failure> defineErrors = context.defineCommandLineVariables(options.defines());
    if (!defineErrors.isEmpty()) {
      Failure.logAll(defineErrors, diagnostics);
      throw new CheckFileError();
    }
    context.registerLineVariable();
    List<CheckString.DagNot> implicitNots = implicitCheckNots();
    List<CheckString.DagNot> dagNots = new ArrayList<>(implicitNots);
    List<CheckString> checks = new ArrayList<>();
    TreeSet<String> prefixesNotFound = new TreeSet<>(checkPrefixes);
    int distinctPrefixes = prefixesNotFound.size();
    PrefixFinder finder = new PrefixFinder();
    Directive d;
    while ((d = nextDirective(finder)) != null) {
      if (!d.type().is(CheckType.Kind.COMMENT)) prefixesNotFound.remove(d.prefix());
      TextRef patternText = takePatternText(d);
      if (d.type().is(CheckType.Kind.COMMENT)) continue;
      Pattern p = parser.parse(patternText, d.type(), d.prefix(), file.line(d.start()));
      verifyPlacement(d, p, !checks.isEmpty());
      CheckType.Kind kind = d.type().kind();
      if (kind == CheckType.Kind.DAG || kind == CheckType.Kind.NOT) {
        dagNots.add(new CheckString.DagNot(p, d.prefix()));
        continue;
      }
      checks.add(new CheckString(p, d.prefix(), List.copyOf(dagNots)));
      dagNots = new ArrayList<>(implicitNots);
    }
    requireUsedPrefixes(prefixesNotFound, distinctPrefixes, !implicitNots.isEmpty());
    if (!dagNots.isEmpty()) {
      Pattern eof = Pattern.endOfFile(context, file, cursor, lastPrefixLine + 1);
      checks.add(new CheckString(eof, checkPrefixes.getFirst(), List.copyOf(dagNots)));
    }
    return checks;
  }

  /** Reports malformed directives, then takes the rest of the directive's line as its pattern. */
  private TextRef takePatternText(Directive d) throws CheckFileError {
    cursor = d.afterSuffix() == text.length() ? d.start() + d.prefix().length() : d.afterSuffix();
    switch (d.type().kind()) {
      case MISSPELLED -> throw error(d.start(), "misspelled directive '" + text.substring(d.start(), d.afterSuffix()) + "'");
      case BAD_NOT -> throw error(cursor, "unsupported -NOT combo on prefix '" + d.prefix() + "'");
      case BAD_COUNT -> throw error(cursor, "invalid count in -COUNT specification on prefix '" + d.prefix() + "'");
      default -> { }
    }
    if (!(options.strictWhitespace() && options.matchFullLines())) {
      while (cursor < text.length() && (text.charAt(cursor) == ' ' || text.charAt(cursor) == '\t')) cursor++;
    }
    int eol = cursor;
    while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') eol++;
    TextRef patternText = new TextRef(file, cursor, eol);
    cursor = eol;
    return patternText;
  }

  /** Labels may not use variables; NEXT, SAME and EMPTY need an earlier positive directive. */
  private void verifyPlacement(Directive d, Pattern p, boolean afterPositive) throws CheckFileError {
    CheckType.Kind kind = d.type().kind();
    if (kind == CheckType.Kind.LABEL && p.hasVariable()) {
      throw error(d.start(), "found '" + d.prefix() + "-LABEL:' with variable definition or use");
    }
    if ((kind == CheckType.Kind.NEXT || kind == CheckType.Kind.SAME || kind == CheckType.Kind.EMPTY) && !afterPositive) {
      throw error(d.start(), "found '" + d.prefix() + "-" + kind.name() + "' without previous '" + d.prefix() + ": line");
    }
  }

  /**
   * Every check prefix must be used (unless {@code --allow-unused-prefixes}), and at least one must
   * be, except when only {@code --implicit-check-not} patterns are given with the default prefix.
   */
  private void requireUsedPrefixes(TreeSet<String> notFound, int distinct, boolean implicitNots) throws CheckFileError {
    boolean noneFound = notFound.size() == distinct;
    boolean someUnused = !options.allowUnusedPrefixes() && !notFound.isEmpty();
    if (!(noneFound || someUnused) || (implicitNots && options.checkPrefixes().isEmpty())) return;
    StringBuilder b = new StringBuilder("error: no check strings found with prefix");
    b.append(notFound.size() > 1 ? "es " : " ");
    String sep = "";
    for (String missing : notFound) {
      b.append(sep).append('\'').append(missing).append(":'");
      sep = ", ";
    }
    diagnostics.raw(b.append('\n').toString());
    throw new CheckFileError();
  }

  /** The {@code --implicit-check-not} patterns, each in its own "command line" buffer. */
  private List<CheckString.DagNot> implicitCheckNots() {
    List<CheckString.DagNot> nots = new ArrayList<>();
    String prefix = "-implicit-check-not='";
    for (String raw : options.implicitCheckNot()) {
      String pattern = SourceFile.fromJava(raw);
      SourceFile commandLine = new SourceFile("command line", prefix + pattern + "'");
      implicitFiles.add(commandLine);
      TextRef where = new TextRef(commandLine, prefix.length(), prefix.length() + pattern.length());
      Pattern p;
      try {
        p = parser.parse(where, CheckType.of(CheckType.Kind.NOT), IMPLICIT_PREFIX, null);
      } catch (CheckFileError e) {
        // FileCheck reports the error but goes on; the broken pattern never matches.
        p = new Pattern(CheckType.of(CheckType.Kind.NOT), context, commandLine, where.start(), null, false, "", "",
            List.of(), java.util.Map.of(), java.util.Map.of());
      }
      nots.add(new CheckString.DagNot(p, IMPLICIT_PREFIX));
    }
    return nots;
  }

  /** Finds the next directive from the cursor ({@code FindFirstMatchingPrefix}), or null. */
  private Directive nextDirective(PrefixFinder finder) {
    while (cursor < text.length()) {
      int[] found = finder.next(cursor);
      if (found == null) return null;
      String prefix = finder.prefix(found[0]);
      int loc = found[1];
      int skippedFrom = cursor;
      cursor = loc;
      lastPrefixLine = file.line(loc);
      if (loc == skippedFrom || !isWordChar(text.charAt(loc - 1))) {
        Directive d = directiveAt(prefix, loc);
        if (d != null) return d;
      }
      cursor = skipWord(loc + prefix.length());
    }
    return null;
  }

  private int skipWord(int i) {
    while (i < text.length() && isWordChar(text.charAt(i))) i++;
    return i;
  }

  private static boolean isWordChar(char c) {
    return PosixRegex.isAlnum(c) || c == '-' || c == '_';
  }

  /** What follows a prefix at {@code loc} ({@code FindCheckType}); null if it is no directive. */
  private Directive directiveAt(String prefix, int loc) {
    if (text.length() - loc <= prefix.length()) return null;
    TextRef rest = new TextRef(file, loc + prefix.length(), text.length());
    if (commentPrefixes.contains(prefix)) {
      return rest.startsWith(":") ? directive(prefix, loc, CheckType.of(CheckType.Kind.COMMENT), rest.dropFront(1)) : null;
    }
    if (rest.startsWith(":")) return directive(prefix, loc, CheckType.of(CheckType.Kind.PLAIN), rest.dropFront(1));
    if (rest.startsWith("{")) return modifiers(prefix, loc, CheckType.of(CheckType.Kind.PLAIN), rest, false);
    boolean misspelled = rest.startsWith("_");
    if (!misspelled && !rest.startsWith("-")) return null;
    rest = rest.dropFront(1);
    if (rest.startsWith("COUNT-")) {
      rest = rest.dropFront(6);
      Integers.Prefix n = Integers.fixed(rest, true, 64);
      if (n == null) return directive(prefix, loc, CheckType.of(misspelled ? CheckType.Kind.MISSPELLED : CheckType.Kind.BAD_COUNT), rest);
      rest = n.rest();
      long count = n.value().longValue();
      if (count <= 0 || count > Integer.MAX_VALUE || !(rest.startsWith(":") || rest.startsWith("{"))) {
        return directive(prefix, loc, CheckType.of(misspelled ? CheckType.Kind.MISSPELLED : CheckType.Kind.BAD_COUNT), rest);
      }
      return modifiers(prefix, loc, CheckType.of(CheckType.Kind.PLAIN).withCount((int) count), rest, misspelled);
    }
    for (String combo : List.of("DAG-NOT:", "NOT-DAG:", "NEXT-NOT:", "NOT-NEXT:", "SAME-NOT:", "NOT-SAME:", "EMPTY-NOT:", "NOT-EMPTY:")) {
      if (rest.startsWith(combo)) {
        return directive(prefix, loc, CheckType.of(misspelled ? CheckType.Kind.MISSPELLED : CheckType.Kind.BAD_NOT), rest);
      }
    }
    for (CheckType.Kind kind : List.of(CheckType.Kind.NEXT, CheckType.Kind.SAME, CheckType.Kind.NOT, CheckType.Kind.DAG,
        CheckType.Kind.LABEL, CheckType.Kind.EMPTY)) {
      if (rest.startsWith(kind.name())) {
        return modifiers(prefix, loc, CheckType.of(kind), rest.dropFront(kind.name().length()), misspelled);
      }
    }
    return null;
  }

  /** The ":" or "{LITERAL}:" ending a directive ({@code ConsumeModifiers}). */
  private Directive modifiers(String prefix, int loc, CheckType type, TextRef rest, boolean misspelled) {
    if (rest.startsWith(":")) {
      return directive(prefix, loc, misspelled ? CheckType.of(CheckType.Kind.MISSPELLED) : type, rest.dropFront(1));
    }
    if (!rest.startsWith("{")) return null;
    rest = rest.dropFront(1);
    while (true) {
      rest = trimAllWhitespace(rest);
      if (!rest.startsWith("LITERAL")) return null;
      rest = trimAllWhitespace(rest.dropFront(7));
      type = type.withLiteral();
      if (!rest.startsWith(",")) break;
      rest = rest.dropFront(1);
    }
    if (!rest.startsWith("}:")) return null;
    return directive(prefix, loc, misspelled ? CheckType.of(CheckType.Kind.MISSPELLED) : type, rest.dropFront(2));
  }

  private static TextRef trimAllWhitespace(TextRef s) {
    int i = 0;
    while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
    return s.dropFront(i);
  }

  private static Directive directive(String prefix, int loc, CheckType type, TextRef rest) {
    return new Directive(prefix, loc, type, rest.start());
  }

  private CheckFileError error(int pos, String message) {
    diagnostics.print(file, pos, Diagnostics.Severity.ERROR, message);
    return new CheckFileError();
  }

  /**
   * Finds the earliest occurrence of any check or comment prefix, the longest one when several
   * start at the same place, remembering each prefix's next occurrence so the scan stays linear.
   */
  private final class PrefixFinder {
    private final List<String> prefixes = new ArrayList<>();
    private final int[] next;

    PrefixFinder() {
      prefixes.addAll(checkPrefixes);
      prefixes.addAll(commentPrefixes);
      prefixes.sort(Comparator.comparingInt(String::length).reversed());
      next = new int[prefixes.size()];
      for (int i = 0; i < next.length; i++) next[i] = text.indexOf(prefixes.get(i));
    }

    String prefix(int index) { return prefixes.get(index); }

    /** {index of prefix, position} of the first prefix at or after {@code from}, or null. */
    int[] next(int from) {
      int best = -1;
      for (int i = 0; i < next.length; i++) {
        if (next[i] >= 0 && next[i] < from) next[i] = text.indexOf(prefixes.get(i), from);
        if (next[i] >= 0 && (best < 0 || next[i] < next[best])) best = i;
      }
      return best < 0 ? null : new int[] {best, next[best]};
    }
  }
}
