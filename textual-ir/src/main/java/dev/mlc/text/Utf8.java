package dev.mlc.text;

/** UTF-8 validation. */
final class Utf8 {
  private Utf8() {}

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from, n = to;
    while (i < n) {
      // ASCII fast path, 8 bytes per load.
      while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) i += 8;
      if (i >= n) break;
      int c = b[i] & 0xFF;
      if (c < 0x80) { i++; continue; }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
      else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
      else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
      else return i;
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        if (i + k >= n) return i;
        int d = b[i + k] & 0xFF;
        if ((d & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (d & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += need + 1;
    }
    return -1;
  }

  /** Inputs at least this large are checked in two halves on two threads. */
  static final int PARALLEL_MIN_BYTES = 4 << 20;

  /** {@link #firstInvalid}, in two halves at once where the input is large and there is more than one core. */
  static int firstInvalidParallel(byte[] b, int from, int to) {
    return firstInvalidParallel(b, from, to, Runtime.getRuntime().availableProcessors() > 1 ? PARALLEL_MIN_BYTES : Integer.MAX_VALUE);
  }

  /**
   * The halves meet at a byte that is not a continuation byte, so no valid sequence spans them;
   * a sequence cut short at the end of the first half is invalid in the whole input too (the byte
   * after it does not continue it), and is reported at the same offset.
   */
  static int firstInvalidParallel(byte[] b, int from, int to, int minBytes) {
    if (to - from < minBytes) return firstInvalid(b, from, to);
    int mid = from + (to - from) / 2;
    while (mid < to && (b[mid] & 0xC0) == 0x80) mid++;
    int split = mid;
    int[] second = {-1};
    Thread t = new Thread(() -> second[0] = firstInvalid(b, split, to), "mlc-utf8");
    t.setDaemon(true);
    t.start();
    int first = firstInvalid(b, from, split);
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return firstInvalid(b, from, to);
    }
    return first >= 0 ? first : second[0];
  }
}
