package dev.mlc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** UTF-8 validation in two halves finds what a check of the whole input finds. */
class Utf8Test {
  /** Mostly ASCII, with multi-byte characters and stray bytes mixed in from {@code pieces}. */
  private static byte[] text(byte[] pieces) {
    byte[][] alphabet = {"a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8), "𝔸".getBytes(StandardCharsets.UTF_8), {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte p : pieces) {
      int k = Math.floorMod(p, 64);
      byte[] piece = k < alphabet.length ? alphabet[k] : alphabet[0];
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }

  @Property(tries = 2000)
  void halvesAgreeWithTheWhole(@ForAll @Size(max = 40) byte[] pieces, @ForAll @IntRange(min = 1, max = 8) int minBytes) {
    byte[] b = text(pieces);
    assertEquals(Utf8.firstInvalid(b, 0, b.length), Utf8.firstInvalidParallel(b, 0, b.length, minBytes));
  }

  @Test
  void sequenceCutAtTheMiddleIsReportedWhereTheWholeCheckReportsIt() {
    byte[] b = {'a', 'b', (byte) 0xE2, 'c', 'd', 'e'};
    assertEquals(2, Utf8.firstInvalid(b, 0, b.length));
    assertEquals(2, Utf8.firstInvalidParallel(b, 0, b.length, 1));
    byte[] ok = "ab€cd".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.firstInvalidParallel(ok, 0, ok.length, 1));
  }
}
