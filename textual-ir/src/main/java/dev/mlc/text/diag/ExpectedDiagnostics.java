package dev.mlc.text.diag;

import dev.mlc.ir.Location;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MLIR's {@code --verify-diagnostics}: {@code // expected-error@+1 {{message}}} comments
 * ({@code -warning}, {@code -note}, {@code -remark}; {@code @+N}, {@code @-N}, {@code @above},
 * {@code @below}; {@code -re} variants whose {@code {{...}}} parts are regular expressions) are
 * matched against the diagnostics produced. Every expectation must be met by a diagnostic on its
 * line whose message contains the text, and every diagnostic must be expected.
 */
public final class ExpectedDiagnostics {
  private static final Pattern DIRECTIVE = Pattern.compile(
      "expected-(error|warning|note|remark)(-re)?(?:\\s*@(?:([+-]\\d+)|(above)|(below)))?\\s*(\\d*)\\s*\\{\\{(.*)\\}\\}\\s*$");

  private record Expectation(Severity severity, int line, Pattern pattern, String text, int declLine, int declCol, int[] count) {}

  private final String bufferName;
  private final List<Expectation> expectations = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /** Reads the expectations in the bytes [from, to) of a buffer whose first line is {@code firstLine}. */
  public ExpectedDiagnostics(String bufferName, byte[] buf, int from, int to, int firstLine) {
    this.bufferName = bufferName;
    String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int c = l.indexOf("expected-");
      if (c < 0 || l.indexOf("//") < 0 || l.indexOf("//") > c) continue;
      Matcher m = DIRECTIVE.matcher(l.substring(c));
      if (!m.find()) {
        if (l.substring(c).matches("expected-(error|warning|note|remark).*")) {
          problems.add(render(firstLine + i, c + 1, "expected directive has no {{message}} or is malformed"));
        }
        continue;
      }
      Severity s = Severity.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
      int line = firstLine + i;
      if (m.group(3) != null) line += Integer.parseInt(m.group(3));
      else if (m.group(4) != null) line -= 1;
      else if (m.group(5) != null) line += 1;
      int count = m.group(6).isEmpty() ? 1 : Integer.parseInt(m.group(6));
      String msg = m.group(7);
      Pattern p = m.group(2) != null ? regexOf(msg) : Pattern.compile(Pattern.quote(msg));
      expectations.add(new Expectation(s, line, p, msg, firstLine + i, c + 1, new int[] {count}));
    }
  }

  /** {@code -re}: text outside {@code {{...}}} is literal, text inside is a regex. */
  private static Pattern regexOf(String msg) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < msg.length()) {
      int o = msg.indexOf("{{", i);
      if (o < 0) {
        sb.append(Pattern.quote(msg.substring(i)));
        break;
      }
      sb.append(Pattern.quote(msg.substring(i, o)));
      int e = msg.indexOf("}}", o + 2);
      if (e < 0) {
        sb.append(Pattern.quote(msg.substring(o)));
        break;
      }
      sb.append('(').append(msg, o + 2, e).append(')');
      i = e + 2;
    }
    return Pattern.compile(sb.toString());
  }

  /** Checks {@code diagnostics} (notes included); returns the problems (empty when all matched). */
  public List<String> check(List<Diagnostic> diagnostics) {
    List<String> out = new ArrayList<>(problems);
    List<Diagnostic> flat = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      flat.add(d);
      flat.addAll(d.notes());
    }
    for (Diagnostic d : flat) {
      Location.FileLineCol f = d.location().fileLocation();
      Expectation match = null;
      if (f != null && f.file().equals(bufferName)) {
        for (Expectation e : expectations)
          if (e.count[0] > 0 && e.severity == d.severity() && e.line == f.line() && e.pattern.matcher(d.message()).find()) {
            match = e;
            break;
          }
      }
      if (match != null) match.count[0]--;
      else {
        String where = f != null ? f.file() + ":" + f.line() + ":" + f.column() : bufferName + ":0:0";
        out.add(where + ": error: unexpected " + d.severity().label() + ": " + d.message());
      }
    }
    for (Expectation e : expectations)
      if (e.count[0] > 0)
        out.add(render(e.declLine, e.declCol, "expected " + e.severity.label() + " \"" + e.text + "\" was not produced"));
    return out;
  }

  private String render(int line, int col, String msg) { return bufferName + ":" + line + ":" + col + ": error: " + msg; }

  public boolean isEmpty() { return expectations.isEmpty(); }
}
