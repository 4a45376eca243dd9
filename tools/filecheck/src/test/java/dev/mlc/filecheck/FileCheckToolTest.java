package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool: registration, streams, files and options. */
class FileCheckToolTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String stdin, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true),
        new PrintStream(err, true), dir, env);
    int code = new FileCheckTool().run(List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String stdin, String... args) {
    return run(stdin, Map.of(), args);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void isFoundThroughTheServiceLoaderUnderBothNames() {
    Tool tool = ServiceLoader.load(Tool.class).stream().map(ServiceLoader.Provider::get)
        .filter(t -> t.name().equals("mlc-filecheck")).findFirst().orElseThrow();
    assertEquals(List.of("FileCheck"), tool.aliases());
  }

  @Test
  void readsTheInputFromStandardInput() throws IOException {
    write("c.txt", "CHECK: hello\n");
    assertEquals(0, run("say hello\n", "c.txt").code());
    Run fail = run("say bye\n", "c.txt", "--dump-input=never");
    assertEquals(1, fail.code());
    assertTrue(fail.err().contains("<stdin>:1:1: note: scanning from here"), fail.err());
  }

  @Test
  void readsTheInputFileRelativeToTheWorkingDirectory() throws IOException {
    write("c.txt", "CHECK: hello\n");
    write("in.txt", "hello\n");
    assertEquals(0, run("", "c.txt", "--input-file", "in.txt").code());
    assertEquals(0, run("", "c.txt", "--input-file=in.txt").code());
  }

  @Test
  void usageErrors() throws IOException {
    Run none = run("");
    assertEquals(2, none.code());
    assertEquals("<check-file> not specified\n", none.err());
    Run missing = run("", "nope.txt");
    assertEquals(2, missing.code());
    assertEquals("Could not open check file 'nope.txt': No such file or directory\n", missing.err());
    write("c.txt", "CHECK: x\n");
    Run unknown = run("x\n", "c.txt", "--bogus");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().startsWith("mlc-filecheck: Unknown command line argument '--bogus'."), unknown.err());
  }

  @Test
  void helpAndVersionGoToStandardOutput() {
    Run help = run("", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("USAGE: mlc-filecheck"), help.out());
    Run version = run("", "--version");
    assertEquals(0, version.code());
    assertTrue(version.out().contains("FileCheck 19"), version.out());
    Run dumpHelp = run("", "--dump-input=help");
    assertEquals(0, dumpHelp.code());
    assertTrue(dumpHelp.out().contains("Input dump annotation format"), dumpHelp.out());
  }

  @Test
  void optionsComeFromFileCheckOptsToo() throws IOException {
    write("c.txt", "MY: x\n");
    assertEquals(2, run("x\n", "c.txt").code());
    assertEquals(0, run("x\n", Map.of("FILECHECK_OPTS", "--check-prefix=MY"), "c.txt").code());
  }

  @Test
  void definitionsWithOrWithoutASpace() throws IOException {
    write("c.txt", "CHECK: [[A]] [[B]] [[#C+1]]\n");
    assertEquals(0, run("1 2 4\n", "c.txt", "-DA=1", "-D", "B=2", "-D#C=3").code());
  }

  @Test
  void endOfOptionsMarker() throws IOException {
    write("-c.txt", "CHECK: x\n");
    assertEquals(0, run("x\n", "--", "-c.txt").code());
  }

  @Test
  void rawBytesArePassedThrough() throws IOException {
    Files.write(dir.resolve("c.txt"), new byte[] {'C', 'H', 'E', 'C', 'K', ':', ' ', (byte) 0xff, 'x', '\n'});
    Files.write(dir.resolve("in.txt"), new byte[] {(byte) 0xfe, 'x', '\n'});
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true), dir, Map.of());
    assertEquals(1, new FileCheckTool().run(List.of("c.txt", "--input-file", "in.txt", "--dump-input=never"), io));
    byte[] bytes = err.toByteArray();
    byte[] line = {'C', 'H', 'E', 'C', 'K', ':', ' ', (byte) 0xff, 'x', '\n'};
    assertTrue(indexOf(bytes, line) >= 0, () -> err.toString(StandardCharsets.ISO_8859_1));
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
