package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionsTest {
  private static final Path TEST = Path.of("/src/dir/test.mlir");
  private static final Path TMP_DIR = Path.of("/tmp/x/test.mlir.1");
  private static final Path TMP = TMP_DIR.resolve("test.mlir.tmp");

  private static String expand(Map<String, String> configured, String line) {
    return new Substitutions(configured, TEST, TMP, TMP_DIR).expand(line);
  }

  @Test
  void builtIns() {
    assertEquals("tool /src/dir/test.mlir /src/dir /src/dir " + TMP + " " + TMP_DIR,
        expand(Map.of(), "tool %s %S %p %t %T"));
    assertEquals(TMP + ".out " + TMP + "2", expand(Map.of(), "%t.out %t2"));
    assertEquals("a" + File.pathSeparator + "b", expand(Map.of(), "a%{pathsep}b"));
    assertEquals("test.mlir", expand(Map.of(), "%basename_t"));
  }

  @Test
  void percentPercentIsALiteralPercent() {
    assertEquals("50%s x %", expand(Map.of(), "50%%s x %%"));
    assertEquals("%unknown %", expand(Map.of(), "%unknown %"));
  }

  @Test
  void configuredValuesAreExpandedInTurn() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("%inputs", "%S/Inputs");
    c.put("%opt", "mlc-opt --flag %inputs/x.mlir");
    assertEquals("mlc-opt --flag /src/dir/Inputs/x.mlir | FileCheck /src/dir/test.mlir", expand(c, "%opt | FileCheck %s"));
  }

  @Test
  void longestKeyWins() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("%x", "short");
    c.put("%xlong", "long");
    assertEquals("long short", expand(c, "%xlong %x"));
    assertEquals("override", expand(Map.of("%s", "override"), "%s"));
    assertEquals("/src/dir/test.mlir", expand(Map.of("%", "nope"), "%s"));
  }

  @Test
  void bareKeysMatchWholeWordsOnly() {
    Map<String, String> c = Map.of("FileCheck", "mlc-filecheck --strict");
    assertEquals("a | mlc-filecheck --strict %", expand(c, "a | FileCheck %%"));
    assertEquals("FileCheck-x xFileCheck FileCheck.py /bin/FileCheck", expand(c, "FileCheck-x xFileCheck FileCheck.py /bin/FileCheck"));
  }

  @Test
  void selfReferenceIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> expand(Map.of("%loop", "%loop"), "%loop"));
  }

  @Test
  void builtInValuesAreNotReexpanded() {
    Path weird = Path.of("/src/100%s/test.mlir");
    assertEquals("/src/100%s", new Substitutions(Map.of(), weird, TMP, TMP_DIR).expand("%S"));
  }
}
