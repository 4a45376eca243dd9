package dev.mlc.filecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One differential test case: a check file, an input and extra command-line arguments, run through
 * both LLVM's FileCheck-19 and mlc-filecheck.
 *
 * <p>Cases live in {@code src/test/resources/cases/*.cases}:
 *
 * <pre>
 * === CHECK-NEXT on the same line fails
 * args: --strict-whitespace --implicit-check-not='a b'
 * --- check
 * CHECK: a
 * CHECK-NEXT: b
 * --- input
 * a b
 * </pre>
 *
 * Each section line ends with a newline; trailing blank lines of a case are dropped. A section
 * header ending in {@code escaped} ({@code --- input escaped}) instead joins its lines without
 * newlines and reads {@code \n}, {@code \r}, {@code \t}, {@code \\} and {@code \xHH} escapes. An
 * {@code stdin: yes} line feeds the input on standard input instead of {@code --input-file}; a
 * {@code compare: first-error} line compares only the exit code and the first error line.
 *
 * @param name what the case shows
 * @param check the check file's text
 * @param input the input's text
 * @param args extra arguments
 * @param stdin whether the input is read from standard input
 * @param exact whether all of standard error must be identical (else the first error line)
 */
record DifferentialCase(String name, String check, String input, List<String> args, boolean stdin, boolean exact) {
  @Override
  public String toString() {
    return name;
  }

  /** All cases of all {@code cases/*.cases} resources, in file and then declaration order. */
  static Stream<DifferentialCase> all() {
    URL dir = DifferentialCase.class.getClassLoader().getResource("cases");
    if (dir == null) throw new IllegalStateException("no cases/ directory on the test class path");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      List<DifferentialCase> cases = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".cases")).sorted().toList()) {
        cases.addAll(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses the cases of one file. */
  static List<DifferentialCase> parse(String fileName, String text) {
    List<DifferentialCase> cases = new ArrayList<>();
    Builder current = null;
    StringBuilder section = null;
    boolean escaped = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        if (current != null) cases.add(current.build(fileName));
        current = new Builder(line.substring(4).trim());
        section = null;
      } else if (current == null) {
        continue;
      } else if (line.startsWith("--- ")) {
        String[] words = line.substring(4).trim().split("\\s+");
        escaped = words.length > 1 && words[1].equals("escaped");
        section = words[0].equals("check") ? current.check : current.input;
        if (escaped) current.escaped.add(section);
      } else if (section != null) {
        section.append(escaped ? unescape(line) : line + "\n");
      } else if (line.startsWith("args:")) {
        current.args.addAll(splitArgs(line.substring(5)));
      } else if (line.startsWith("stdin:")) {
        current.stdin = line.substring(6).trim().equals("yes");
      } else if (line.startsWith("compare:")) {
        current.exact = !line.substring(8).trim().equals("first-error");
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException(fileName + ": unexpected line in case '" + current.name + "': " + line);
      }
    }
    if (current != null) cases.add(current.build(fileName));
    return cases;
  }

  private static final class Builder {
    final String name;
    final StringBuilder check = new StringBuilder();
    final StringBuilder input = new StringBuilder();
    final List<StringBuilder> escaped = new ArrayList<>();
    final List<String> args = new ArrayList<>();
    boolean stdin;
    boolean exact = true;

    Builder(String name) {
      this.name = name;
    }

    DifferentialCase build(String fileName) {
      return new DifferentialCase(fileName.replace(".cases", "") + ": " + name, text(check), text(input), args, stdin, exact);
    }

    private String text(StringBuilder b) {
      if (escaped.contains(b)) return b.toString();
      String s = b.toString();
      while (s.endsWith("\n\n")) s = s.substring(0, s.length() - 1);
      return s;
    }
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'x' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> b.append(e);
      }
    }
    return b.toString();
  }

  /** Splits on spaces; single quotes group (and may be empty). */
  static List<String> splitArgs(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    boolean quoted = false;
    for (char c : s.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        if (cur == null) cur = new StringBuilder();
      } else if (c == ' ' && !quoted) {
        if (cur != null) out.add(cur.toString());
        cur = null;
      } else {
        if (cur == null) cur = new StringBuilder();
        cur.append(c);
      }
    }
    if (cur != null) out.add(cur.toString());
    return out;
  }
}
