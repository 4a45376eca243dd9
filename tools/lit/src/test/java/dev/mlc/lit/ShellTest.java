package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
  private static final ToolRegistry TOOLS = ToolRegistry.load(ShellTest.class.getClassLoader());

  @TempDir Path dir;
  private StringBuilder log;
  private Shell shell;

  @BeforeEach
  void setUp() {
    log = new StringBuilder();
    shell = new Shell(TOOLS, dir, Map.of("HOME", "/home/test"), log);
  }

  private int sh(String line) throws Exception {
    return shell.run(ShParser.parse(line));
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  @Test
  void pipesFeedStdoutToStdin() throws Exception {
    assertEquals(0, sh("echo hello world | fake-echo-upper > out"));
    assertEquals("HELLO WORLD\n", read("out"));
    assertEquals(0, sh("echo abc | fake-echo-upper | cat | cat > out2"));
    assertEquals("ABC\n", read("out2"));
  }

  @Test
  void pipelineFailsWhenAnyCommandFails() throws Exception {
    assertEquals(3, sh("fake-exit 3 | cat"));
    assertEquals(2, sh("true | fake-exit 2 | fake-exit 0"));
    assertEquals(5, sh("fake-exit 4 | fake-exit 5"));
    assertEquals(0, sh("fake-exit 0 | fake-exit 0"));
  }

  @Test
  void notInvertsAndRefusesCrashes() throws Exception {
    assertEquals(0, sh("not fake-exit 1"));
    assertEquals(0, sh("not fake-exit 7"));
    assertEquals(1, sh("not fake-exit 0"));
    assertEquals(0, sh("not not fake-exit 0"));
    assertEquals(1, sh("not fake-crash"), "a crash is not an expected failure");
    assertTrue(log.toString().contains("fake-crash: internal error: java.lang.IllegalStateException: boom"), log.toString());
    assertEquals(0, sh("not --crash fake-crash"));
    assertEquals(1, sh("not --crash fake-exit 1"));
    assertEquals(0, sh("fake-exit 0 x | not fake-exit 2"));
  }

  @Test
  void countChecksTheNumberOfLines() throws Exception {
    assertEquals(0, sh("echo -e 'a\\nb' | count 2"));
    assertEquals(1, sh("echo -e 'a\\nb' | count 3"));
    assertTrue(log.toString().contains("Expected 3 lines, got 2."), log.toString());
    assertEquals(0, sh("count 0 < /dev/null"));
    assertEquals(0, sh("echo -n x | count 0"));
    assertEquals(1, sh("count"));
  }

  @Test
  void redirections() throws Exception {
    assertEquals(0, sh("fake-stderr msg 2> err > out"));
    assertEquals("msg\n", read("err"));
    assertEquals("stdout-line\n", read("out"));

    assertEquals(0, sh("fake-stderr msg > both 2>&1"));
    assertEquals("msg\nstdout-line\n", read("both"));

    assertEquals(0, sh("fake-stderr msg &> all"));
    assertEquals("msg\nstdout-line\n", read("all"));

    assertEquals(0, sh("fake-stderr msg 2>&1 | fake-echo-upper > up"));
    assertEquals("MSG\nSTDOUT-LINE\n", read("up"));

    // Order matters: stderr goes where stdout pointed before stdout was redirected.
    assertEquals(0, sh("fake-stderr x 2>&1 > o2 | fake-echo-upper > up2"));
    assertEquals("stdout-line\n", read("o2"));
    assertEquals("X\n", read("up2"));

    assertEquals(0, sh("echo a > f ; echo b >> f"));
    assertEquals("a\nb\n", read("f"));
    assertEquals(0, sh("fake-echo-upper < f > g"));
    assertEquals("A\nB\n", read("g"));
    assertEquals(0, sh("fake-stderr hidden 2> /dev/null > /dev/null"));
    assertEquals(0, sh("echo x >&2"));
    assertTrue(log.toString().contains("# .---command stderr------------\n# | x\n"), log.toString());
  }

  @Test
  void missingInputFileFailsTheCommand() throws Exception {
    assertEquals(1, sh("cat < nope"));
    assertTrue(log.toString().contains("nope: No such file or directory"), log.toString());
  }

  @Test
  void andOrSemicolon() throws Exception {
    assertEquals(1, sh("fake-exit 1 && echo no > f1"));
    assertFalse(Files.exists(dir.resolve("f1")));
    assertEquals(0, sh("fake-exit 1 || echo yes > f2"));
    assertEquals("yes\n", read("f2"));
    assertEquals(0, sh("fake-exit 2 ; true"));
    assertEquals(0, sh("true && echo 1 > f3 && echo 2 >> f3"));
    assertEquals("1\n2\n", read("f3"));
    assertEquals(0, sh("false || false || true"));
  }

  @Test
  void unknownCommandIsNamed() throws Exception {
    assertEquals(127, sh("no-such-tool --flag"));
    String l = log.toString();
    assertTrue(l.contains("'no-such-tool': command not found"), l);
    assertTrue(l.contains("fake-echo-upper"), "lists the registered tools: " + l);
    assertEquals(127, sh("/bin/echo hi"), "no fallback to the system shell");
  }

  @Test
  void quotingReachesTheTool() throws Exception {
    assertEquals(0, sh("fake-args 'a b' \"c\\\"d\" e\\ f '' \"$HOME\" '%x' > out"));
    assertEquals("[a b]\n[c\"d]\n[e f]\n[]\n[$HOME]\n[%x]\n", read("out"));
  }

  @Test
  void globsExpandUnquotedWildcards() throws Exception {
    for (String f : new String[] {"a1.txt", "a2.txt", "b.txt", ".hidden.txt"}) Files.writeString(dir.resolve(f), f);
    assertEquals(0, sh("fake-args a*.txt *.txt 'a*.txt' z* > out"));
    assertEquals("[a1.txt]\n[a2.txt]\n[a1.txt]\n[a2.txt]\n[b.txt]\n[a*.txt]\n[z*]\n", read("out"));
    assertEquals(0, sh("rm a?.txt"));
    assertFalse(Files.exists(dir.resolve("a1.txt")));
    assertTrue(Files.exists(dir.resolve("b.txt")));
  }

  @Test
  void environment() throws Exception {
    assertEquals(0, sh("env FOO=bar fake-env FOO HOME > o1"));
    assertEquals("FOO=bar\nHOME=/home/test\n", read("o1"));
    assertEquals(0, sh("env -u HOME fake-env HOME > o2"));
    assertEquals("HOME=<unset>\n", read("o2"));
    assertEquals(0, sh("FOO=1 BAR=2 fake-env FOO BAR > o3"));
    assertEquals("FOO=1\nBAR=2\n", read("o3"));
    assertEquals(0, sh("export X=5"));
    assertEquals(0, sh("fake-env X > o4"));
    assertEquals("X=5\n", read("o4"));
    assertEquals(0, sh("not env FOO=1 fake-exit 1"));
  }

  @Test
  void cdChangesTheDirectoryForLaterCommands() throws Exception {
    assertEquals(0, sh("fake-env --cwd > where"));
    assertEquals(dir + "\n", read("where"));
    assertEquals(0, sh("mkdir -p sub/deeper && cd sub"));
    assertEquals(0, sh("fake-env --cwd > where"));
    assertEquals(dir.resolve("sub") + "\n", read("sub/where"));
    assertEquals(1, sh("cd nowhere"));
    assertEquals(1, sh("cd deeper | cat"));
  }

  @Test
  void echoCatRmMkdir() throws Exception {
    assertEquals(0, sh("echo -n a b > f ; echo -e 'x\\ty' >> f"));
    assertEquals("a bx\ty\n", read("f"));
    assertEquals(0, sh("echo c > g ; cat f - g < f > h"));
    assertEquals("a bx\ty\na bx\ty\nc\n", read("h"));
    assertEquals(1, sh("cat missing"));
    assertTrue(log.toString().contains("cat: missing: No such file or directory"));
    assertEquals(1, sh("mkdir a/b"));
    assertEquals(0, sh("mkdir -p a/b && mkdir a/b/c && echo x > a/b/c/file"));
    assertEquals(1, sh("mkdir a"));
    assertEquals(1, sh("rm a"));
    assertTrue(log.toString().contains("rm: cannot remove 'a': Is a directory"));
    assertEquals(1, sh("rm nothing"));
    assertEquals(0, sh("rm -f nothing"));
    assertEquals(0, sh("rm -rf a"));
    assertFalse(Files.exists(dir.resolve("a")));
  }

  @Test
  void eachInvocationGetsANewToolInstance() throws Exception {
    assertEquals(0, sh("fake-counter > c1 ; fake-counter >> c1"));
    assertEquals("1\n1\n", read("c1"));
  }

  @Test
  void aliasesWork() throws Exception {
    assertEquals(0, sh("FakeUpper abc > o"));
    assertEquals("ABC\n", read("o"));
  }

  @Test
  void logShowsCommandsOutputAndStatus() throws Exception {
    assertEquals(4, sh("fake-stderr 'oh no' | fake-exit 4 'last out'"));
    String l = log.toString();
    assertTrue(l.contains("# executed command: fake-stderr 'oh no'\n# .---command stderr------------\n# | oh no\n# `---"), l);
    assertFalse(l.contains("# | stdout-line"), "piped output is not shown: " + l);
    assertTrue(l.contains("# executed command: fake-exit 4 'last out'\n# .---command stdout------------\n# | last out\n"), l);
    assertTrue(l.contains("# error: command failed with exit status: 4"), l);
  }

  @Test
  void splitFile() throws Exception {
    Files.writeString(dir.resolve("in.mlir"), "// RUN: x\n//--- a.mlir\nA1\nA2\n//--- sub/b.txt\nB\n");
    assertEquals(0, sh("split-file in.mlir parts && split-file --leading-lines in.mlir lead"));
    assertEquals("A1\nA2\n", read("parts/a.mlir"));
    assertEquals("B\n", read("parts/sub/b.txt"));
    assertEquals("\n\nA1\nA2\n", read("lead/a.mlir"));
    assertEquals("\n\n\n\n\nB\n", read("lead/sub/b.txt"));
  }

  @Test
  void deepRecursionInAToolIsAnErrorNotACrash() throws Exception {
    // On this (ordinary-stack) test thread a very deep recursion overflows: reported, not a crash.
    assertEquals(1, sh("fake-deep 100000000"));
    assertTrue(log.toString().contains("nested too deeply"), log.toString());
  }
}
