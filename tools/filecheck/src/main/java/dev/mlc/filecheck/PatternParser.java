package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the text after a directive into a {@link Pattern} ({@code Pattern::parsePattern}): fixed
 * text is escaped, {@code {{regex}}} is checked and spliced in, {@code [[VAR:regex]]} becomes a
 * capture group, {@code [[VAR]]} a back-reference (same line) or a substitution, and {@code
 * [[#...]]} a numeric definition or substitution.
 */
final class PatternParser {
  private static final int BACKREF_LIMIT = 9;

  private final PatternContext context;
  private final Options options;
  private final Diagnostics diagnostics;

  PatternParser(PatternContext context, Options options, Diagnostics diagnostics) {
    this.context = context;
    this.options = options;
    this.diagnostics = diagnostics;
  }

  /** One parse: the regular expression being built and the variables it defines. */
  private final class Build {
    final CheckType type;
    final Integer lineNumber;
    final StringBuilder regex = new StringBuilder();
    final List<Substitution> substitutions = new ArrayList<>();
    final Map<String, Integer> stringDefinitions = new TreeMap<>();
    final Map<String, Pattern.NumericDefinition> numericDefinitions = new HashMap<>();
    int group = 1;

    Build(CheckType type, Integer lineNumber) {
      this.type = type;
      this.lineNumber = lineNumber;
    }
  }

  /**
   * Parses {@code text} (the rest of the directive's line) for a directive of {@code type} found
   * with {@code prefix}. Errors are printed, then thrown as {@link CheckFileError}.
   */
  Pattern parse(TextRef text, CheckType type, String prefix, Integer lineNumber) throws CheckFileError {
    boolean strict = options.strictWhitespace();
    boolean fullLines = options.matchFullLines() && !type.is(CheckType.Kind.NOT);
    int loc = text.start();
    if (!(strict && options.matchFullLines())) text = text.rtrim();
    if (text.isEmpty() && !type.is(CheckType.Kind.EMPTY)) {
      throw error(text.file(), loc, "found empty check string with prefix '" + prefix + ":'");
    }
    if (!text.isEmpty() && type.is(CheckType.Kind.EMPTY)) {
      throw error(text.file(), loc, "found non-empty check string for empty check with prefix '" + prefix + ":'");
    }
    if (type.is(CheckType.Kind.EMPTY)) return pattern(type, text.file(), loc, lineNumber, "", "(\n$)", new Build(type, lineNumber));
    if (type.literal()) return pattern(type, text.file(), loc, lineNumber, text.str(), "", new Build(type, lineNumber));
    if (!fullLines && (text.length() < 2 || (!text.contains("{{") && !text.contains("[[")))) {
      return pattern(type, text.file(), loc, lineNumber, text.str(), "", new Build(type, lineNumber));
    }

    Build b = new Build(type, lineNumber);
    if (fullLines) {
      b.regex.append('^');
      if (!strict) b.regex.append(" *");
    }
    while (!text.isEmpty()) {
      if (text.startsWith("{{")) {
        text = regexBlock(b, text);
      } else if (text.startsWith("[[") && !text.startsWith("[[[")) {
        text = substitutionBlock(b, text);
      } else {
        int end = minIndex(text.indexOf("{{", 1), text.indexOf("[[", 1), text.length());
        b.regex.append(PosixRegex.escape(text.takeFront(end).str()));
        text = text.dropFront(end);
      }
    }
    if (fullLines) {
      if (!strict) b.regex.append(" *");
      b.regex.append('$');
    }
    return pattern(type, text.file(), loc, lineNumber, "", b.regex.toString(), b);
  }

  private Pattern pattern(CheckType type, SourceFile file, int loc, Integer lineNumber, String fixed, String regex, Build b) {
    return new Pattern(type, context, file, loc, lineNumber, options.ignoreCase(), fixed, regex,
        b.substitutions, b.stringDefinitions, b.numericDefinitions);
  }

  private static int minIndex(int a, int b, int none) {
    a = a < 0 ? none : a;
    b = b < 0 ? none : b;
    return Math.min(a, b);
  }

  /** {@code {{regex}}}: checked on its own, then appended. Returns the text after it. */
  private TextRef regexBlock(Build b, TextRef text) throws CheckFileError {
    int end = text.indexOf("}}", 0);
    if (end < 0) throw error(text.file(), text.start(), "found start of regex string with no end '}}'");
    // Keep an alternation inside: "abc{{x|z}}def" must not become "abcx|zdef".
    boolean alternation = text.contains("|");
    if (alternation) {
      b.regex.append('(');
      b.group++;
    }
    appendRegex(b, text.substr(2, end - 2), text.substr(2, end - 2).str());
    if (alternation) b.regex.append(')');
    return text.substr(end + 2);
  }

  private void appendRegex(Build b, TextRef where, String re) throws CheckFileError {
    try {
      b.group += PosixRegex.groupCount(re);
    } catch (PosixRegex.SyntaxError e) {
      throw error(where.file(), where.start(), "invalid regex: " + e.getMessage());
    }
    b.regex.append(re);
  }

  /**
   * What a block asks for: a variable to define ({@code defined}, capturing {@code regex}) and/or a
   * value to substitute ({@code used}); {@code numeric} is set for numeric blocks.
   */
  private record Block(String defined, String regex, TextRef regexLoc, TextRef used, NumericExpressionParser.Block numeric) {}

  /** {@code [[...]]} and {@code [[#...]]}. Returns the text after the block. */
  private TextRef substitutionBlock(Build b, TextRef text) throws CheckFileError {
    TextRef unparsed = text.substr(2);
    int end = findBlockEnd(unparsed);
    TextRef match = end < 0 ? unparsed : unparsed.takeFront(end);
    boolean numeric = match.startsWith("#");
    if (end < 0) throw error(text.file(), text.start(), "Invalid substitution block, no ]] found");
    emit(b, numeric ? numericBlock(b, match.dropFront(1), false) : stringBlock(b, match));
    return unparsed.substr(end + 2);
  }

  /** {@code [[VAR:regex]]}, {@code [[VAR]]}, or the legacy {@code [[@LINE+N]]}. */
  private Block stringBlock(Build b, TextRef match) throws CheckFileError {
    int colon = match.indexOf(":", 0);
    int space = (colon < 0 ? match : match.takeFront(colon)).indexOfAny(" \t");
    if (space >= 0) throw error(match.file(), match.start() + space, "unexpected whitespace");
    VariableName v;
    try {
      v = VariableName.parse(match);
    } catch (Failure.Exception e) {
      throw logged(e);
    }
    TextRef name = v.name();
    if (colon >= 0) {
      if (v.pseudo() || !v.rest().startsWith(":")) {
        throw error(name.file(), name.start(), "invalid name in string variable definition");
      }
      if (context.numericVariable(v.text()) != null) {
        throw error(name.file(), name.start(), "numeric variable with name '" + v.text() + "' already exists");
      }
      TextRef regex = v.rest().dropFront(1);
      return new Block(v.text(), regex.str(), regex, null, null);
    }
    if (v.pseudo()) return numericBlock(b, match, true);
    if (!v.rest().isEmpty()) throw error(name.file(), name.start(), "invalid name in string variable use");
    return new Block(null, "", null, name, null);
  }

  /** {@code [[#...]]}: a definition, an expression, or both. */
  private Block numericBlock(Build b, TextRef match, boolean legacyLine) throws CheckFileError {
    NumericExpressionParser.Block block;
    try {
      block = new NumericExpressionParser(context, b.lineNumber).parseBlock(match, legacyLine);
    } catch (Failure.Exception e) {
      throw logged(e);
    }
    String defined = block.defined() == null ? null : block.defined().name();
    if (block.ast() != null) return new Block(defined, "", null, match, block);
    return new Block(defined, block.format().wildcardRegex(), match, null, block);
  }

  /** Appends a block: a capture group for a definition, then a back-reference or a substitution. */
  private void emit(Build b, Block block) throws CheckFileError {
    int insertIndex = b.regex.length();
    boolean numeric = block.numeric() != null;
    if (block.defined() != null) {
      b.regex.append('(');
      insertIndex++;
      if (numeric) {
        b.numericDefinitions.put(block.defined(), new Pattern.NumericDefinition(block.numeric().defined(), b.group));
        context.putNumericVariable(block.defined(), block.numeric().defined());
      } else {
        b.stringDefinitions.put(block.defined(), b.group);
        context.markStringVariableDefined(block.defined());
      }
      b.group++;
    }
    if (!block.regex().isEmpty()) appendRegex(b, block.regexLoc(), block.regex());
    if (block.defined() != null) b.regex.append(')');
    TextRef used = block.used();
    if (used == null) return;
    Integer group = numeric ? null : b.stringDefinitions.get(used.str());
    if (group != null) {
      // Defined earlier on this line: a back-reference to its group.
      if (group < 1 || group > BACKREF_LIMIT) {
        throw error(used.file(), used.start(), "Can't back-reference more than " + BACKREF_LIMIT + " variables");
      }
      b.regex.append('\\').append(group);
    } else if (numeric) {
      b.substitutions.add(new Substitution.OfNumeric(used, insertIndex, block.numeric().ast(), block.numeric().format()));
    } else {
      b.substitutions.add(new Substitution.OfString(used, insertIndex, context));
    }
  }

  /** Finds the "]]" closing a block, skipping escapes and nested brackets ({@code FindRegexVarEnd}). */
  private int findBlockEnd(TextRef s) throws CheckFileError {
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      if (depth == 0 && s.substr(i).startsWith("]]")) return i;
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          // FileCheck exits (with status 1) on this one.
          throw error(s.file(), s.start() + i, "missing closing \"]\" for regex variable", 1);
        }
        depth--;
      }
      i++;
    }
    return -1;
  }

  private CheckFileError error(SourceFile file, int pos, String message) {
    return error(file, pos, message, 2);
  }

  private CheckFileError error(SourceFile file, int pos, String message, int exitCode) {
    diagnostics.print(file, pos, Diagnostics.Severity.ERROR, message);
    return new CheckFileError(exitCode);
  }

  private CheckFileError logged(Failure.Exception e) {
    Failure.logAll(e.failures(), diagnostics);
    return new CheckFileError();
  }
}
