package dev.mlc.filecheck;

import java.util.Arrays;

/**
 * Finds a fixed string in one-char-per-byte text with the Boyer-Moore-Horspool algorithm (as
 * LLVM's {@code StringRef::find} does), optionally ignoring ASCII case. Input lines tend to share
 * prefixes with the needle, which makes a first-character scan slow.
 */
final class FixedStringSearch {
  private final String needle;
  private final boolean ignoreCase;
  private final int[] shift = new int[256];

  FixedStringSearch(String needle, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.needle = ignoreCase ? lower(needle) : needle;
    int n = needle.length();
    Arrays.fill(shift, Math.max(n, 1));
    for (int i = 0; i < n - 1; i++) {
      char c = this.needle.charAt(i);
      if (c < 256) {
        shift[c] = n - 1 - i;
        if (ignoreCase && c >= 'a' && c <= 'z') shift[c - 32] = n - 1 - i;
      }
    }
  }

  /** The first occurrence of the needle inside {@code text[from, to)}, or -1. */
  int find(String text, int from, int to) {
    int n = needle.length();
    if (!ignoreCase && n < 4) return text.indexOf(needle, from, to);
    int last = n - 1;
    char lastChar = needle.charAt(last);
    for (int i = from; i + n <= to; ) {
      char c = text.charAt(i + last);
      if (fold(c) == lastChar && matchesAt(text, i, last)) return i;
      i += c < 256 ? shift[c] : n;
    }
    return -1;
  }

  private boolean matchesAt(String text, int at, int length) {
    for (int j = 0; j < length; j++) {
      if (fold(text.charAt(at + j)) != needle.charAt(j)) return false;
    }
    return true;
  }

  private char fold(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }
}
