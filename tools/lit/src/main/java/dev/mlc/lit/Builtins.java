package dev.mlc.lit;

import dev.mlc.tools.ToolIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The small commands RUN lines use, implemented in-process: {@code echo}, {@code cat}, {@code rm},
 * {@code mkdir}, {@code count} and {@code split-file}. Each returns its exit status and reports
 * errors on the command's standard error, worded as the coreutils and LLVM originals.
 */
final class Builtins {
  private Builtins() {}

  /** {@code echo [-n] [-e] ARGS...}: the arguments joined by spaces, then a newline unless {@code -n}. */
  static int echo(List<String> args, ToolIO io) {
    boolean newline = true, escapes = false;
    int k = 0;
    while (k < args.size() && args.get(k).matches("-[neE]+")) {
      for (char c : args.get(k).substring(1).toCharArray()) {
        if (c == 'n') newline = false;
        else escapes = c == 'e';
      }
      k++;
    }
    String text = String.join(" ", args.subList(k, args.size()));
    if (escapes) {
      int stop = text.indexOf("\\c");
      if (stop >= 0) {
        text = text.substring(0, stop);
        newline = false;
      }
      text = unescape(text);
    }
    io.out().print(newline ? text + "\n" : text);
    return 0;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char d = s.charAt(++i);
      switch (d) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'v' -> sb.append('\u000b');
        case '\\' -> sb.append('\\');
        case '0' -> {
          int end = i + 1, value = 0;
          while (end < s.length() && end < i + 4 && s.charAt(end) >= '0' && s.charAt(end) <= '7') value = value * 8 + (s.charAt(end++) - '0');
          sb.append((char) value);
          i = end - 1;
        }
        default -> sb.append('\\').append(d);
      }
    }
    return sb.toString();
  }

  /** {@code cat [FILE|-]...}: the files (standard input when none) one after the other. */
  static int cat(List<String> args, ToolIO io) throws IOException {
    List<String> files = args.isEmpty() ? List.of("-") : args;
    int status = 0;
    for (String f : files) {
      if (f.equals("-")) {
        io.in().transferTo(io.out());
      } else if (f.startsWith("-")) {
        io.err().println("cat: error: unsupported option '" + f + "'");
        return 1;
      } else if (!f.equals("/dev/null")) {
        Path p = io.resolve(f);
        if (Files.isDirectory(p)) {
          io.err().println("cat: " + f + ": Is a directory");
          status = 1;
        } else {
          try {
            Files.copy(p, io.out());
          } catch (NoSuchFileException e) {
            io.err().println("cat: " + f + ": No such file or directory");
            status = 1;
          }
        }
      }
    }
    io.out().flush();
    return status;
  }

  /** {@code rm [-f] [-r] PATH...}. */
  static int rm(List<String> args, ToolIO io) throws IOException {
    boolean force = false, recursive = false, options = true;
    List<String> paths = new ArrayList<>();
    for (String a : args) {
      if (options && a.equals("--")) {
        options = false;
      } else if (options && a.equals("--force")) {
        force = true;
      } else if (options && a.equals("--recursive")) {
        recursive = true;
      } else if (options && a.startsWith("-") && a.length() > 1) {
        for (char c : a.substring(1).toCharArray()) {
          switch (c) {
            case 'f' -> force = true;
            case 'r', 'R' -> recursive = true;
            default -> {
              io.err().println("rm: invalid option -- '" + c + "'");
              return 1;
            }
          }
        }
      } else {
        paths.add(a);
      }
    }
    if (paths.isEmpty() && !force) {
      io.err().println("rm: missing operand");
      return 1;
    }
    int status = 0;
    for (String a : paths) {
      Path p = io.resolve(a);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        if (!force) {
          io.err().println("rm: cannot remove '" + a + "': No such file or directory");
          status = 1;
        }
      } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !recursive) {
        io.err().println("rm: cannot remove '" + a + "': Is a directory");
        status = 1;
      } else {
        deleteRecursively(p);
      }
    }
    return status;
  }

  /** Deletes {@code p} and, for a directory, everything under it; a missing path is fine. */
  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } else {
      Files.deleteIfExists(p);
    }
  }

  /** {@code mkdir [-p] DIR...}. */
  static int mkdir(List<String> args, ToolIO io) throws IOException {
    boolean parents = false;
    List<String> dirs = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-p") || a.equals("--parents")) parents = true;
      else if (a.startsWith("-") && a.length() > 1) {
        io.err().println("mkdir: invalid option '" + a + "'");
        return 1;
      } else dirs.add(a);
    }
    if (dirs.isEmpty()) {
      io.err().println("mkdir: missing operand");
      return 1;
    }
    int status = 0;
    for (String d : dirs) {
      Path p = io.resolve(d);
      try {
        if (parents) Files.createDirectories(p);
        else Files.createDirectory(p);
      } catch (FileAlreadyExistsException e) {
        io.err().println("mkdir: cannot create directory '" + d + "': File exists");
        status = 1;
      } catch (NoSuchFileException e) {
        io.err().println("mkdir: cannot create directory '" + d + "': No such file or directory");
        status = 1;
      }
    }
    return status;
  }

  /** {@code count N}: succeeds iff standard input holds exactly N lines (newline characters). */
  static int count(List<String> args, ToolIO io) throws IOException {
    long expected;
    try {
      if (args.size() != 1) throw new NumberFormatException();
      expected = Long.parseLong(args.getFirst());
      if (expected < 0) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      io.err().println("usage: count <expected line count>");
      return 1;
    }
    long lines = 0;
    for (byte b : io.in().readAllBytes()) if (b == '\n') lines++;
    if (lines != expected) {
      io.err().println("Expected " + expected + " lines, got " + lines + ".");
      return 1;
    }
    return 0;
  }

  private static final Pattern PART = Pattern.compile("^(?:.|//)--- (\\S+)\\s*$");

  /**
   * {@code split-file [--leading-lines] INPUT DIR}, as LLVM's: writes each part of INPUT that starts
   * with a line {@code //--- NAME} (or {@code #--- NAME}, {@code ;--- NAME}) to {@code DIR/NAME}.
   * DIR is emptied first. With {@code --leading-lines}, each part keeps its input line numbers.
   */
  static int splitFile(List<String> args, ToolIO io) throws IOException {
    boolean leading = false;
    List<String> operands = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--leading-lines")) leading = true;
      else if (a.equals("--no-leading-lines")) leading = false;
      else if (a.startsWith("-") && a.length() > 1) {
        io.err().println("split-file: error: unknown option '" + a + "'");
        return 1;
      } else operands.add(a);
    }
    if (operands.size() != 2) {
      io.err().println("split-file: error: usage: split-file [--leading-lines] INPUT DIR");
      return 1;
    }
    String input;
    if (operands.get(0).equals("-")) {
      input = new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
    } else {
      try {
        input = Files.readString(io.resolve(operands.get(0)), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        io.err().println("split-file: error: " + operands.get(0) + ": No such file or directory");
        return 1;
      }
    }
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    StringBuilder current = null;
    String[] lines = input.split("(?<=\n)");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher m = PART.matcher(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
      if (m.matches()) {
        if (parts.containsKey(m.group(1))) {
          io.err().println("split-file: error: " + operands.get(0) + ":" + (i + 1) + ": '" + m.group(1) + "' occurs more than once");
          return 1;
        }
        current = new StringBuilder(leading ? "\n".repeat(i + 1) : "");
        parts.put(m.group(1), current);
      } else if (current != null) {
        current.append(line);
      }
    }
    if (parts.isEmpty()) {
      io.err().println("split-file: error: " + operands.get(0) + ": no part separator was found");
      return 1;
    }
    Path dir = io.resolve(operands.get(1));
    try {
      deleteRecursively(dir);
    } catch (DirectoryNotEmptyException e) {
      // raced with another writer; write over it
    }
    for (Map.Entry<String, StringBuilder> part : parts.entrySet()) {
      Path out = dir.resolve(part.getKey()).normalize();
      Files.createDirectories(out.getParent());
      Files.writeString(out, part.getValue(), StandardCharsets.UTF_8);
    }
    return 0;
  }
}
