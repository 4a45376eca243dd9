package dev.mlc.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a buffer into chunks at lines starting with {@code // -----} (MLIR's split marker). */
public final class SplitInput {
  private SplitInput() {}

  public static final String MARKER = "// -----";

  /** A chunk [from, to) of a buffer, beginning at line {@code firstLine} (1-based). */
  public record Chunk(int from, int to, int firstLine) {}

  public static List<Chunk> split(byte[] buf, String marker) {
    List<Chunk> r = new ArrayList<>();
    byte[] m = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int start = 0, startLine = 1, line = 1;
    int i = 0;
    while (i <= buf.length) {
      // i is at a line start.
      if (i + m.length <= buf.length && java.util.Arrays.equals(buf, i, i + m.length, m, 0, m.length)) {
        r.add(new Chunk(start, i, startLine));
        int e = i;
        while (e < buf.length && buf[e] != '\n') e++;
        start = Math.min(buf.length, e + 1);
        line++;
        startLine = line;
        i = start;
        if (e >= buf.length) break;
        continue;
      }
      int e = i;
      while (e < buf.length && buf[e] != '\n') e++;
      if (e >= buf.length) break;
      i = e + 1;
      line++;
    }
    r.add(new Chunk(start, buf.length, startLine));
    return r;
  }
}
