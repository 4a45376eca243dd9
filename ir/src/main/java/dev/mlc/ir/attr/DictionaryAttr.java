package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code {a = 1, b}}: entries sorted by name, names unique. Lookups are binary searches; updates
 * return a new dictionary.
 */
public final class DictionaryAttr implements Attribute {
  public static final DictionaryAttr EMPTY = new DictionaryAttr(new NamedAttribute[0]);
  private static final Comparator<NamedAttribute> BY_NAME = Comparator.comparing(NamedAttribute::name);

  private final NamedAttribute[] entries;
  private int hash;

  private DictionaryAttr(NamedAttribute[] sortedUnique) { this.entries = sortedUnique; }

  /**
   * A dictionary of the given entries in any order; throws {@link IllegalArgumentException} naming
   * the first duplicated name.
   */
  public static DictionaryAttr of(List<NamedAttribute> entries) {
    if (entries.isEmpty()) return EMPTY;
    NamedAttribute[] a = entries.toArray(new NamedAttribute[0]);
    boolean sorted = true;
    for (int i = 1; i < a.length && sorted; i++) sorted = a[i - 1].name().compareTo(a[i].name()) < 0;
    if (!sorted) {
      Arrays.sort(a, BY_NAME);
      for (int i = 1; i < a.length; i++)
        if (a[i - 1].name().equals(a[i].name())) throw new IllegalArgumentException("duplicate key '" + a[i].name() + "'");
    }
    return new DictionaryAttr(a);
  }

  public static DictionaryAttr of(NamedAttribute... entries) { return of(Arrays.asList(entries)); }

  /** The name of the first duplicated entry, or null when all names are unique. */
  public static String findDuplicate(List<NamedAttribute> entries) {
    if (entries.size() < 2) return null;
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    for (NamedAttribute e : entries) if (!seen.add(e.name())) return e.name();
    return null;
  }

  public int size() { return entries.length; }

  public boolean isEmpty() { return entries.length == 0; }

  public List<NamedAttribute> entries() { return List.of(entries); }

  public NamedAttribute entry(int i) { return entries[i]; }

  private int indexOf(String name) {
    int lo = 0, hi = entries.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entries[mid].name().compareTo(name);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return mid;
    }
    return -(lo + 1);
  }

  public Attribute get(String name) {
    int i = indexOf(name);
    return i >= 0 ? entries[i].value() : null;
  }

  public boolean contains(String name) { return indexOf(name) >= 0; }

  /** A copy with {@code name} set to {@code value} (null removes it). */
  public DictionaryAttr with(String name, Attribute value) {
    int i = indexOf(name);
    if (value == null) {
      if (i < 0) return this;
      NamedAttribute[] a = new NamedAttribute[entries.length - 1];
      System.arraycopy(entries, 0, a, 0, i);
      System.arraycopy(entries, i + 1, a, i, entries.length - i - 1);
      return a.length == 0 ? EMPTY : new DictionaryAttr(a);
    }
    if (i >= 0) {
      NamedAttribute[] a = entries.clone();
      a[i] = new NamedAttribute(name, value);
      return new DictionaryAttr(a);
    }
    int at = -(i + 1);
    NamedAttribute[] a = new NamedAttribute[entries.length + 1];
    System.arraycopy(entries, 0, a, 0, at);
    a[at] = new NamedAttribute(name, value);
    System.arraycopy(entries, at, a, at + 1, entries.length - at);
    return new DictionaryAttr(a);
  }

  public DictionaryAttr without(String name) { return with(name, null); }

  public List<String> names() {
    List<String> r = new ArrayList<>(entries.length);
    for (NamedAttribute e : entries) r.add(e.name());
    return r;
  }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof DictionaryAttr d && Arrays.equals(entries, d.entries);
  }

  @Override public int hashCode() {
    int h = hash;
    if (h == 0) hash = h = Arrays.hashCode(entries) + 1;
    return h;
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> Arrays.toString(entries)); }
}
