package dev.mlc.text;

/**
 * An open-addressing map from objects (compared by identity, hashed by {@code hashCode()}, which the
 * IR's node classes make a creation counter) to non-negative ints; absent keys give -1.
 */
final class IdentityIntMap {
  private Object[] keys = new Object[1024];
  private int[] vals = new int[1024];
  private int size;

  /** IR nodes hash to creation counters: consecutive nodes take consecutive slots (cache-friendly). */
  private static int slot(Object k, int mask) { return k.hashCode() & mask; }

  void put(Object k, int v) {
    if (size * 2 >= keys.length) grow();
    int mask = keys.length - 1;
    int i = slot(k, mask);
    while (keys[i] != null && keys[i] != k) i = (i + 1) & mask;
    if (keys[i] == null) size++;
    keys[i] = k;
    vals[i] = v;
  }

  int get(Object k) {
    int mask = keys.length - 1;
    int i = slot(k, mask);
    Object c;
    while ((c = keys[i]) != null) {
      if (c == k) return vals[i];
      i = (i + 1) & mask;
    }
    return -1;
  }

  private void grow() {
    Object[] ok = keys;
    int[] ov = vals;
    keys = new Object[ok.length * 2];
    vals = new int[ok.length * 2];
    size = 0;
    for (int i = 0; i < ok.length; i++) if (ok[i] != null) put(ok[i], ov[i]);
  }
}
