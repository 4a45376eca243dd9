package dev.mlc.ir.diag;

import dev.mlc.ir.Location;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The source buffers of a run, by name, so that diagnostics can be shown as
 * {@code FILE:LINE:COL: error: message} followed by the source line and a caret.
 */
public final class SourceManager {
  private final Map<String, byte[]> buffers = new HashMap<>();

  public synchronized void add(String name, byte[] contents) { buffers.put(name, contents); }

  public synchronized byte[] buffer(String name) { return buffers.get(name); }

  /** Renders a diagnostic and its notes, one per paragraph, as MLIR tools do. */
  public String render(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    renderOne(d, sb);
    for (Diagnostic n : d.notes()) renderOne(n, sb);
    return sb.toString();
  }

  private void renderOne(Diagnostic d, StringBuilder sb) {
    Location.FileLineCol f = d.location().fileLocation();
    if (f != null) sb.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ");
    else if (d.location() instanceof Location.Name n) sb.append('"').append(n.name()).append("\": ");
    else sb.append("<unknown>: ");
    sb.append(d.severity().label()).append(": ").append(d.message()).append('\n');
    if (f == null) return;
    String line = sourceLine(f.file(), f.line());
    if (line == null) return;
    sb.append(line).append('\n');
    int col = Math.max(1, f.column());
    for (int i = 1; i < col && i - 1 < line.length(); i++) sb.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
    sb.append("^\n");
  }

  /** Line {@code line} (1-based) of buffer {@code name}, without its newline; null if unknown. */
  public String sourceLine(String name, int line) {
    byte[] b = buffer(name);
    if (b == null || line < 1) return null;
    int cur = 1, start = 0;
    for (int i = 0; i < b.length && cur < line; i++) if (b[i] == '\n') {
      cur++;
      start = i + 1;
    }
    if (cur != line) return null;
    int end = start;
    while (end < b.length && b[end] != '\n' && b[end] != '\r') end++;
    if (end - start > 4096) end = start + 4096;
    // Control characters (binary input) would garble the terminal: show them as '?'.
    String text = new String(b, start, end - start, StandardCharsets.UTF_8);
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        if (sb == null) sb = new StringBuilder(text);
        sb.setCharAt(i, '?');
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** A diagnostic as a JSON object (severity, file, line, column, message, notes). */
  public static com.fasterxml.jackson.databind.node.ObjectNode toJson(Diagnostic d) {
    var mapper = JsonHolder.MAPPER;
    var o = mapper.createObjectNode();
    o.put("severity", d.severity().label());
    Location.FileLineCol f = d.location().fileLocation();
    if (f != null) {
      o.put("file", f.file());
      o.put("line", f.line());
      o.put("column", f.column());
    }
    o.put("message", d.message());
    if (!d.notes().isEmpty()) {
      var arr = o.putArray("notes");
      for (Diagnostic n : d.notes()) arr.add(toJson(n));
    }
    return o;
  }

  private static final class JsonHolder {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
  }
}
