package dev.mlc.lit;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Expands {@code %} substitutions in a RUN line. Built in: {@code %s} (the test file), {@code %S}
 * and {@code %p} (its directory), {@code %t} (a per-test temporary file name), {@code %T} (the
 * per-test temporary directory), {@code %basename_t}, {@code %{pathsep}}, {@code %/s} {@code %/S}
 * {@code %/p} {@code %/t} {@code %/T} (with forward slashes) and {@code %%} (a literal {@code %}).
 * Configured substitutions come first; their values are expanded in turn (so {@code %S/Inputs}
 * works), built-in values are not. A key that does not start with {@code %} (a bare tool name, as
 * lit's tool substitutions) matches only as a whole word. At each position the longest key wins;
 * an unknown {@code %x} stays as written.
 */
final class Substitutions {
  private static final int MAX_DEPTH = 16;

  private final Map<String, String> configured;
  private final Map<String, String> builtin;

  Substitutions(Map<String, String> configured, Path testFile, Path tmpFile, Path tmpDir) {
    this.configured = new LinkedHashMap<>(configured);
    Map<String, String> b = new LinkedHashMap<>();
    String s = testFile.toString(), dir = testFile.getParent().toString();
    b.put("%s", s);
    b.put("%S", dir);
    b.put("%p", dir);
    b.put("%t", tmpFile.toString());
    b.put("%T", tmpDir.toString());
    b.put("%/s", slashes(s));
    b.put("%/S", slashes(dir));
    b.put("%/p", slashes(dir));
    b.put("%/t", slashes(tmpFile.toString()));
    b.put("%/T", slashes(tmpDir.toString()));
    String base = tmpFile.getFileName().toString();
    b.put("%basename_t", base.endsWith(".tmp") ? base.substring(0, base.length() - 4) : base);
    b.put("%{pathsep}", File.pathSeparator);
    b.put("%{fs-sep}", File.separator);
    this.builtin = b;
  }

  private static String slashes(String path) { return path.replace('\\', '/'); }

  /** Returns {@code line} with all substitutions applied. */
  String expand(String line) {
    return expand(line, 0);
  }

  private String expand(String line, int depth) {
    if (depth > MAX_DEPTH) throw new IllegalArgumentException("substitutions nest more than " + MAX_DEPTH + " deep (a substitution refers to itself?)");
    StringBuilder out = new StringBuilder(line.length() + 64);
    int i = 0, n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == '%' && i + 1 < n && line.charAt(i + 1) == '%') {
        out.append('%');
        i += 2;
        continue;
      }
      String key = null;
      boolean fromConfig = false;
      if (c == '%' || i == 0 || !isWordChar(line.charAt(i - 1))) {
        for (String k : configured.keySet()) {
          if ((key == null || k.length() > key.length()) && matchesAt(line, i, k)) {
            key = k;
            fromConfig = true;
          }
        }
        if (c == '%') {
          for (String k : builtin.keySet()) {
            if ((key == null || k.length() > key.length()) && line.startsWith(k, i)) {
              key = k;
              fromConfig = false;
            }
          }
        }
      }
      if (key == null) {
        out.append(c);
        i++;
      } else {
        out.append(fromConfig ? expand(configured.get(key), depth + 1) : builtin.get(key));
        i += key.length();
      }
    }
    return out.toString();
  }

  private static boolean matchesAt(String line, int i, String key) {
    if (key.isEmpty() || !line.startsWith(key, i)) return false;
    if (key.charAt(0) == '%') return true;
    int end = i + key.length();
    return end == line.length() || !isWordChar(line.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
  }
}
