package dev.mlc.filecheck;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A named buffer that diagnostics can point into: the check file, the input, or one of the
 * synthetic buffers FileCheck makes for command-line patterns and definitions.
 *
 * <p>Text is held one byte per char (ISO-8859-1), as LLVM works on bytes: columns count bytes and
 * {@code .} matches one byte. {@link #bytes} and {@link #fromBytes} convert.
 */
final class SourceFile {
  private final String name;
  private final String text;
  private int[] newlines;

  SourceFile(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** The buffer identifier printed in diagnostics. */
  String name() { return name; }

  /** The (canonicalized) contents. */
  String text() { return text; }

  /** Decodes raw bytes into the one-char-per-byte form. */
  static String fromBytes(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Encodes a Java string (UTF-8) into the one-char-per-byte form. */
  static String fromJava(String s) {
    return fromBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The raw bytes of one-char-per-byte text. */
  static byte[] bytes(CharSequence latin1) {
    return latin1.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * FileCheck's canonicalization: drops the '\r' of each "\r\n" and, unless {@code strict}, turns
   * every run of spaces and tabs into one space.
   */
  static String canonicalize(String raw, boolean strict) {
    StringBuilder b = new StringBuilder(raw.length());
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') continue;
      if (strict || (c != ' ' && c != '\t')) {
        b.append(c);
        continue;
      }
      b.append(' ');
      while (i + 1 < n && (raw.charAt(i + 1) == ' ' || raw.charAt(i + 1) == '\t')) i++;
    }
    return b.toString();
  }

  /** The 1-based line of offset {@code pos} (lines end at '\n'). */
  int line(int pos) {
    int[] nl = newlines();
    int i = Arrays.binarySearch(nl, pos);
    return (i >= 0 ? i : -i - 1) + 1;
  }

  /** The 1-based column of offset {@code pos}, counted from the last '\n' or '\r' before it. */
  int column(int pos) {
    int i = pos - 1;
    while (i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r') i--;
    return pos - i;
  }

  private int[] newlines() {
    if (newlines == null) {
      int count = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
      int[] nl = new int[count];
      int k = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) nl[k++] = i;
      newlines = nl;
    }
    return newlines;
  }
}
