package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string: a sequence of bytes (MLIR strings may hold any byte through {@code \XX} escapes),
 * with an optional type ({@code "abc" : i32}); {@link #value()} decodes it as UTF-8.
 */
public final class StringAttr implements Attribute {
  private final byte[] bytes;
  private final Type type;
  private String str;
  private int hash;

  private StringAttr(byte[] bytes, Type type, String str) {
    this.bytes = bytes;
    this.type = type;
    this.str = str;
  }

  public static StringAttr of(String s) { return new StringAttr(s.getBytes(StandardCharsets.UTF_8), null, s); }

  public static StringAttr ofBytes(byte[] bytes, Type type) { return new StringAttr(bytes.clone(), type, null); }

  public static StringAttr of(String s, Type type) { return new StringAttr(s.getBytes(StandardCharsets.UTF_8), type, s); }

  /** The bytes; callers must not modify the array. */
  public byte[] bytes() { return bytes; }

  /** The type, or null when the string has none. */
  public Type type() { return type; }

  public String value() {
    String s = str;
    if (s == null) str = s = new String(bytes, StandardCharsets.UTF_8);
    return s;
  }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof StringAttr s && Arrays.equals(bytes, s.bytes) && java.util.Objects.equals(type, s.type);
  }

  @Override public int hashCode() {
    int h = hash;
    if (h == 0) hash = h = Arrays.hashCode(bytes) * 31 + java.util.Objects.hashCode(type);
    return h;
  }

  @Override public String toString() { return '"' + value() + '"'; }
}
