package dev.mlc.text;

/**
 * An open-addressing map from objects (compared by identity, hashed by {@code hashCode()}, which the
 * IR's node classes make a creation counter) to non-negative ints; absent keys give -1. The hash
 * codes are mixed before use: runs of neighbouring codes (which creation counters give, with
 * repeats where nodes are made on several threads) would otherwise fill long runs of slots, and
 * linear probing through them made lookups cost time proportional to the table's size.
 */
final class IdentityIntMap {
  private Object[] keys;
  private int[] vals;
  private int size;

  /** A map sized for {@code expected} keys without growing. */
  IdentityIntMap(int expected) {
    // Up to 3/4 full when presized (linear probing stays short); growth keeps it under 1/2.
    int cap = Integer.highestOneBit(Math.max(16, expected + expected / 3) - 1) << 1;
    keys = new Object[cap];
    vals = new int[cap];
  }

  IdentityIntMap() { this(512); }

  void put(Object k, int v) { put(k, k.hashCode(), v); }

  /** {@code put} with the key's hash code given (avoids a virtual call where the key type is known). */
  void put(Object k, int hash, int v) {
    if (size * 4 >= keys.length * 3) grow();
    int mask = keys.length - 1;
    int i = mix(hash) & mask;
    while (keys[i] != null && keys[i] != k) i = (i + 1) & mask;
    if (keys[i] == null) size++;
    keys[i] = k;
    vals[i] = v;
  }

  int get(Object k) { return get(k, k.hashCode()); }

  /** {@code get} with the key's hash code given. */
  int get(Object k, int hash) {
    int mask = keys.length - 1;
    int i = mix(hash) & mask;
    Object c;
    while ((c = keys[i]) != null) {
      if (c == k) return vals[i];
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Fibonacci hashing: spreads neighbouring codes over the whole table. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
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
