package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Runs a check file and an input through LLVM's FileCheck-19 (a process) and through
 * mlc-filecheck (in-process), in the same directory with the same file names, so that their
 * outputs can be compared line for line.
 */
final class Runs {
  private Runs() {}

  /** What one run printed on standard error, and its exit code. */
  record Outcome(int exitCode, String stderr) {
    /** The first {@code FILE:LINE:COL: error: ...} line, else the first line, else "". */
    String firstErrorLine() {
      Matcher m = java.util.regex.Pattern.compile("(?m)^.*:\\d+:\\d+: error: .*$").matcher(stderr);
      if (m.find()) return m.group();
      int nl = stderr.indexOf('\n');
      return nl < 0 ? stderr : stderr.substring(0, nl);
    }
  }

  private static final String INSTALL_HINT =
      "LLVM's FileCheck-19 is required for the differential tests but was not found "
          + "(looked for /usr/bin/FileCheck-19, /usr/lib/llvm-19/bin/FileCheck and FileCheck-19 on PATH); "
          + "install it with: apt-get install llvm-19-tools";

  private static volatile String llvmPath;

  /** The FileCheck-19 executable; fails the calling test with an install hint when it is missing. */
  static String llvmFileCheck() {
    if (llvmPath != null) return llvmPath;
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/FileCheck-19"), Path.of("/usr/lib/llvm-19/bin/FileCheck")));
    String path = System.getenv("PATH");
    if (path != null) for (String dir : path.split(File.pathSeparator)) candidates.add(Path.of(dir, "FileCheck-19"));
    for (Path p : candidates) {
      if (Files.isExecutable(p)) return llvmPath = p.toString();
    }
    return fail(INSTALL_HINT);
  }

  /** Writes the files of a case into a fresh directory. */
  static Path prepare(String check, String input) {
    try {
      Path dir = Files.createTempDirectory("filecheck-diff");
      Files.write(dir.resolve("check.txt"), check.getBytes(StandardCharsets.ISO_8859_1));
      Files.write(dir.resolve("input.txt"), input.getBytes(StandardCharsets.ISO_8859_1));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The arguments for a case: the check file, the input (unless on stdin), and {@code extra}. */
  static List<String> arguments(boolean stdin, List<String> extra) {
    List<String> args = new ArrayList<>(List.of("check.txt"));
    if (!stdin) args.addAll(List.of("--input-file", "input.txt"));
    args.addAll(extra);
    return args;
  }

  /** Runs LLVM's FileCheck-19 in {@code dir}. */
  static Outcome llvm(Path dir, List<String> args, boolean stdin) {
    List<String> command = new ArrayList<>();
    command.add(llvmFileCheck());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("FILECHECK_OPTS");
    pb.redirectInput(stdin ? ProcessBuilder.Redirect.from(dir.resolve("input.txt").toFile()) : ProcessBuilder.Redirect.PIPE);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      if (!stdin) p.getOutputStream().close();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return fail("FileCheck-19 did not finish");
      }
      String text = new String(err, StandardCharsets.ISO_8859_1);
      return new Outcome(p.exitValue(), text.replace(llvmFileCheck(), "mlc-filecheck").replace("FileCheck-19", "mlc-filecheck"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs mlc-filecheck in-process in {@code dir}. */
  static Outcome mine(Path dir, List<String> args, boolean stdin) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in;
    try {
      in = stdin ? Files.readAllBytes(dir.resolve("input.txt")) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ToolIO io = new ToolIO(new ByteArrayInputStream(in), new PrintStream(out, true), new PrintStream(err, true), dir, Map.of());
    int code = new FileCheckTool().run(args, io);
    return new Outcome(code, err.toString(StandardCharsets.ISO_8859_1));
  }

  /** Deletes a case directory. */
  static void cleanUp(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.delete(f);
      Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
