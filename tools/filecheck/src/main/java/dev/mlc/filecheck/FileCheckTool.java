package dev.mlc.filecheck;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mlc-filecheck CHECKFILE [--input-file F]}: LLVM's FileCheck (also answering to {@code
 * FileCheck}). Exits 0 when the input matches, 1 when a check fails, 2 when the check file or the
 * options are unusable (and 1, as LLVM's option parser does, for an unknown option).
 */
public final class FileCheckTool implements Tool {
  static final String NAME = "mlc-filecheck";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> aliases() {
    return List.of("FileCheck");
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    CommandLine.Parsed cl;
    try {
      cl = CommandLine.parse(NAME, args, io.env().get("FILECHECK_OPTS"));
    } catch (CommandLine.UsageError e) {
      io.err().println(e.getMessage());
      return 1;
    }
    switch (cl.action()) {
      case HELP -> {
        io.out().print(usage());
        return 0;
      }
      case VERSION -> {
        io.out().println(NAME + " (MLC), compatible with LLVM FileCheck 19");
        return 0;
      }
      case RUN -> { }
    }
    if (cl.options().dumpInput() == Options.DumpInput.HELP) {
      io.out().print(InputDump.HELP);
      return 0;
    }
    if (cl.checkFile() == null) {
      io.err().println("<check-file> not specified");
      return 2;
    }
    Diagnostics out = new Diagnostics();
    int code = FileCheck.validate(cl.options(), out);
    if (code == 0) code = readAndCheck(cl, io, args, out);
    byte[] bytes = SourceFile.bytes(out.text());
    io.err().write(bytes, 0, bytes.length);
    io.err().flush();
    return code;
  }

  private static int readAndCheck(CommandLine.Parsed cl, ToolIO io, List<String> args, Diagnostics out) {
    String check;
    try {
      check = read(cl.checkFile(), io);
    } catch (IOException e) {
      out.raw(SourceFile.fromJava("Could not open check file '" + cl.checkFile() + "': " + reason(e) + "\n"));
      return 2;
    }
    String input;
    try {
      input = read(cl.inputFile(), io);
    } catch (IOException e) {
      String name = cl.inputFile().equals("-") ? "<stdin>" : cl.inputFile();
      out.raw(SourceFile.fromJava("Could not open input file '" + name + "': " + reason(e) + "\n"));
      return 2;
    }
    List<String> commandLine = new ArrayList<>();
    commandLine.add(NAME);
    commandLine.addAll(args);
    return FileCheck.run(SourceFile.fromJava(cl.checkFile()), check, SourceFile.fromJava(cl.inputFile()), input,
        cl.options(), out, commandLine);
  }

  private static String read(String file, ToolIO io) throws IOException {
    byte[] bytes = file.equals("-") ? io.in().readAllBytes() : Files.readAllBytes(io.resolve(file));
    return SourceFile.fromBytes(bytes);
  }

  private static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "No such file or directory";
      case AccessDeniedException x -> "Permission denied";
      default -> e.getMessage() != null && e.getMessage().contains("directory") ? "Is a directory" : String.valueOf(e.getMessage());
    };
  }

  private static String usage() {
    return """
        USAGE: mlc-filecheck [options] <check-file>

        Checks that the input (standard input, or --input-file) matches the CHECK lines of
        <check-file>, as LLVM's FileCheck does. Exit status: 0 match, 1 mismatch, 2 bad usage.

        OPTIONS:
          -D<VAR=VALUE>, -D#<VAR=EXPR>    Define a string or numeric variable
          --allow-deprecated-dag-overlap  Let the matches of consecutive CHECK-DAGs overlap
          --allow-empty                   Allow the input file to be empty
          --allow-unused-prefixes         Allow prefixes that do not appear in the check file
          --check-prefix=<prefix>         Prefix to use from the check file (default CHECK)
          --check-prefixes=<a,b,...>      Comma-separated check prefixes
          --comment-prefixes=<a,b,...>    Comment prefixes (default COM,RUN)
          --dump-input=<help|always|fail|never>
                                          When to dump the annotated input (default fail)
          --dump-input-context=<N>        Context lines around filtered dump lines (default 5)
          --dump-input-filter=<all|annotation-full|annotation|error>
                                          Which input lines the dump shows
          --enable-var-scope              Reset non-$ variables at each CHECK-LABEL
          --ignore-case                   Match case-insensitively
          --implicit-check-not=<pattern>  Add an implicit CHECK-NOT to every positive check
          --input-file=<file>             File to check (default: standard input)
          --match-full-lines              Positive matches must cover whole lines
          --strict-whitespace             Do not treat all horizontal whitespace as equivalent
          -v, --vv                        Report good matches too (--vv: and more)

        Options are also read from the environment variable FILECHECK_OPTS.
        """;
  }

  /** Runs the tool as a process. */
  public static void main(String[] args) {
    ToolMain.main(new FileCheckTool(), args);
  }
}
