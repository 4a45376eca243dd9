package dev.mlc.text;

import java.util.Arrays;

/**
 * SSA names of one isolated scope, keyed by byte slices (no String per name). Entries are added
 * and removed in LIFO order (nested regions pop their names), so removal is a truncation.
 */
final class NameTable {
  private int[] heads = new int[1024];
  private int[] next = new int[256];
  private int[] hashes = new int[256];
  private int[] starts = new int[256];
  private int[] lens = new int[256];
  private byte[][] arrays = new byte[256][];
  /** Value (single), Value[] (result group or forward references by number). */
  Object[] values = new Object[256];
  /** Whether the entry holds forward-reference placeholders only. */
  boolean[] forward = new boolean[256];
  /** Source position (line << 20 | col) of the first use, for forward references. */
  long[] firstUse = new long[256];
  int count;

  NameTable() { Arrays.fill(heads, -1); }

  /**
   * Numeric names ({@code %123}) hash to their number, so that consecutive definitions use
   * consecutive buckets (cache-friendly for large functions); other names use FNV-1a.
   */
  static int hash(byte[] a, int s, int len) {
    if (len > 1 && len < 11) {
      int v = 0;
      int i = s + 1;
      for (; i < s + len; i++) {
        int c = a[i] - '0';
        if (c < 0 || c > 9) break;
        v = v * 10 + c;
      }
      if (i == s + len) return v + (len << 28);
    }
    int h = 0x811C9DC5;
    for (int i = s, e = s + len; i < e; i++) h = (h ^ a[i]) * 0x01000193;
    return h ^ (h >>> 16);
  }

  int find(byte[] a, int s, int len, int h) {
    for (int i = heads[h & (heads.length - 1)]; i >= 0; i = next[i]) {
      if (hashes[i] == h && lens[i] == len && Lexer.regionEquals(arrays[i], starts[i], a, s, len)) return i;
    }
    return -1;
  }

  int add(byte[] a, int s, int len, int h, Object v, boolean fwd) {
    if (count == next.length) grow();
    if (count * 2 > heads.length) rehash(heads.length * 2);
    int i = count++;
    hashes[i] = h;
    starts[i] = s;
    lens[i] = len;
    arrays[i] = a;
    values[i] = v;
    forward[i] = fwd;
    int b = h & (heads.length - 1);
    next[i] = heads[b];
    heads[b] = i;
    return i;
  }

  /** The entry's name as text (for diagnostics). */
  String name(int i) { return new String(arrays[i], starts[i], lens[i], java.nio.charset.StandardCharsets.UTF_8); }

  /** Removes entries at index {@code mark} and above, newest first. */
  void truncate(int mark) {
    for (int i = count - 1; i >= mark; i--) {
      int b = hashes[i] & (heads.length - 1);
      heads[b] = next[i];
      values[i] = null;
      arrays[i] = null;
    }
    count = Math.min(count, mark);
  }

  private void grow() {
    int n = next.length * 2;
    next = Arrays.copyOf(next, n);
    hashes = Arrays.copyOf(hashes, n);
    starts = Arrays.copyOf(starts, n);
    lens = Arrays.copyOf(lens, n);
    arrays = Arrays.copyOf(arrays, n);
    values = Arrays.copyOf(values, n);
    forward = Arrays.copyOf(forward, n);
    firstUse = Arrays.copyOf(firstUse, n);
  }

  private void rehash(int size) {
    heads = new int[size];
    Arrays.fill(heads, -1);
    for (int i = 0; i < count; i++) {
      int b = hashes[i] & (size - 1);
      next[i] = heads[b];
      heads[b] = i;
    }
  }
}
