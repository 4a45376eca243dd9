package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int diff(String a, String b, String... options) throws Exception {
    Files.writeString(dir.resolve("a"), a);
    Files.writeString(dir.resolve("b"), b);
    out.reset();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), ps, ps, dir, Map.of());
    List<String> args = new java.util.ArrayList<>(List.of(options));
    args.add("a");
    args.add("b");
    return Diff.run(args, io);
  }

  private String output() { return out.toString(StandardCharsets.UTF_8); }

  @Test
  void sameFiles() throws Exception {
    assertEquals(0, diff("x\ny\n", "x\ny\n"));
    assertEquals("", output());
  }

  @Test
  void unifiedOutput() throws Exception {
    assertEquals(1, diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n10\n"));
    assertEquals("""
        --- a
        +++ b
        @@ -2,8 +2,9 @@
         2
         3
         4
        -5
        +FIVE
         6
         7
         8
         9
        +10
        """, output());
  }

  @Test
  void separateHunksAndEmptyRanges() throws Exception {
    String a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
    String b = "X\na\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
    assertEquals(1, diff(a, b));
    assertEquals("""
        --- a
        +++ b
        @@ -1,3 +1,4 @@
        +X
         a
         b
         c
        @@ -9,4 +10,3 @@
         i
         j
         k
        -l
        """, output());
  }

  @Test
  void missingFinalNewlineIsADifference() throws Exception {
    assertEquals(1, diff("x\n", "x"));
    assertEquals("--- a\n+++ b\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n", output());
  }

  @Test
  void intoAnEmptyFile() throws Exception {
    assertEquals(1, diff("", "x\n"));
    assertEquals("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n", output());
  }

  @Test
  void whitespaceOptions() throws Exception {
    assertEquals(1, diff("a  b\n", "a b \n"));
    assertEquals(0, diff("a  b\n", "a b \n", "-b"));
    assertEquals(0, diff("a b\n", "ab\n", "-w"));
    assertEquals(0, diff("a\r\n", "a\n", "--strip-trailing-cr"));
    assertEquals(1, diff("a\n", "b\n", "-q"));
    assertEquals("Files a and b differ\n", output());
  }

  @Test
  void trouble() throws Exception {
    assertEquals(2, diff("", "", "--bogus"));
    Files.delete(dir.resolve("b"));
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertEquals(2, Diff.run(List.of("a", "b"), new ToolIO(new ByteArrayInputStream(new byte[0]), ps, ps, dir, Map.of())));
  }
}
