package dev.mlc.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directives of one test file: {@code RUN:} lines (a trailing {@code \} continues a command on
 * the next {@code RUN:} line), {@code XFAIL:}, {@code REQUIRES:} and {@code UNSUPPORTED:} lists of
 * feature expressions (repeated lines accumulate), {@code ALLOW_RETRIES: N}, and {@code END.}, which
 * stops the scan. A directive follows a comment marker at the start of its line:
 * {@code //}, {@code #} or {@code ;} (repeated, e.g. {@code ///}, is fine).
 */
record TestScript(List<RunLine> runLines, List<String> xfails, List<String> requires, List<String> unsupported, int allowRetries) {

  /** One command, with the line number of its first {@code RUN:} line. */
  record RunLine(int line, String command) {}

  /** A malformed directive; the test is UNRESOLVED. */
  static final class ScriptException extends Exception {
    private static final long serialVersionUID = 1L;

    ScriptException(String message) { super(message); }
  }

  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*(?://+|#+|;+)\\s*(RUN|XFAIL|REQUIRES|UNSUPPORTED|ALLOW_RETRIES|END)(:|\\.)(.*)$");

  static TestScript parse(String text) throws ScriptException {
    List<RunLine> runs = new ArrayList<>();
    List<String> xfails = new ArrayList<>(), requires = new ArrayList<>(), unsupported = new ArrayList<>();
    int retries = 0;
    boolean continued = false;
    int lineNo = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNo++;
      if (line.indexOf(':') < 0 && line.indexOf('.') < 0) continue;
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.matches()) continue;
      String keyword = m.group(1), punct = m.group(2), value = m.group(3);
      if (keyword.equals("END")) {
        if (punct.equals(".") && value.isBlank()) break;
        continue;
      }
      if (!punct.equals(":")) continue;
      switch (keyword) {
        case "RUN" -> {
          String command = value.stripTrailing();
          if (continued) {
            RunLine last = runs.removeLast();
            String head = last.command();
            runs.add(new RunLine(last.line(), head.substring(0, head.length() - 1) + command));
          } else {
            runs.add(new RunLine(lineNo, command.stripLeading()));
          }
          continued = command.endsWith("\\");
        }
        case "XFAIL" -> xfails.addAll(list(keyword, value, lineNo));
        case "REQUIRES" -> requires.addAll(list(keyword, value, lineNo));
        case "UNSUPPORTED" -> unsupported.addAll(list(keyword, value, lineNo));
        case "ALLOW_RETRIES" -> {
          try {
            retries = Integer.parseInt(value.strip());
            if (retries < 0) throw new NumberFormatException();
          } catch (NumberFormatException e) {
            throw new ScriptException("line " + lineNo + ": ALLOW_RETRIES needs a non-negative integer, found '" + value.strip() + "'");
          }
        }
        default -> throw new IllegalStateException(keyword);
      }
    }
    if (continued) throw new ScriptException("Test has unterminated RUN lines (with '\\')");
    return new TestScript(List.copyOf(runs), List.copyOf(xfails), List.copyOf(requires), List.copyOf(unsupported), retries);
  }

  private static List<String> list(String keyword, String value, int lineNo) throws ScriptException {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      String s = item.strip();
      if (s.isEmpty()) throw new ScriptException("line " + lineNo + ": empty item in " + keyword + " list: '" + value.strip() + "'");
      items.add(s);
    }
    return items;
  }
}
