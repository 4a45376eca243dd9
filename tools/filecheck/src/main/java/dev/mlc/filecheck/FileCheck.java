package dev.mlc.filecheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LLVM FileCheck as a library: checks that an input text contains what the {@code CHECK} lines of
 * a check text expect, with FileCheck 19's semantics, messages and exit codes.
 *
 * <pre>{@code
 * Result r = FileCheck.check("CHECK: hello\nCHECK-NEXT: world\n", output, Options.defaults());
 * if (!r.passed()) System.err.print(r.diagnostics());
 * }</pre>
 */
public final class FileCheck {
  private FileCheck() {}

  /** Checks {@code input} against {@code checkText}; messages name them "check" and "input". */
  public static Result check(String checkText, String input, Options options) {
    return check("check", checkText, "input", input, options);
  }

  /**
   * Checks {@code input} against {@code checkText}, naming them {@code checkName} and {@code
   * inputName} in messages (as FileCheck names the files it reads).
   */
  public static Result check(String checkName, String checkText, String inputName, String input, Options options) {
    Diagnostics out = new Diagnostics();
    int code = validate(options, out);
    if (code == 0) {
      code = run(SourceFile.fromJava(checkName), SourceFile.fromJava(checkText), SourceFile.fromJava(inputName),
          SourceFile.fromJava(input), options, out, List.of());
    }
    return new Result(code, new String(SourceFile.bytes(out.text()), StandardCharsets.UTF_8));
  }

  /**
   * The checks FileCheck makes on its options before reading any file: {@code -D} definitions and
   * check/comment prefixes. Returns 0, or 2 after printing the problem.
   */
  static int validate(Options options, Diagnostics out) {
    boolean badDefine = false;
    for (String d : options.defines()) {
      int eq = d.indexOf('=');
      if (eq < 0) {
        out.raw(SourceFile.fromJava("Missing equal sign in command-line definition '-D" + d + "'\n"));
        badDefine = true;
      } else if (eq == 0) {
        out.raw(SourceFile.fromJava("Missing variable name in command-line definition '-D" + d + "'\n"));
        badDefine = true;
      }
    }
    if (badDefine) return 2;
    Set<String> unique = new HashSet<>();
    if (options.checkPrefixes().isEmpty()) unique.addAll(CheckFileParser.DEFAULT_CHECK_PREFIXES);
    if (options.commentPrefixes().isEmpty()) unique.addAll(CheckFileParser.DEFAULT_COMMENT_PREFIXES);
    if (!validPrefixes("check", options.checkPrefixes(), unique, out)) return 2;
    if (!validPrefixes("comment", options.commentPrefixes(), unique, out)) return 2;
    return 0;
  }

  private static boolean validPrefixes(String kind, List<String> prefixes, Set<String> unique, Diagnostics out) {
    for (String p : prefixes) {
      String message = null;
      if (p.isEmpty()) {
        message = "error: supplied " + kind + " prefix must not be the empty string";
      } else if (!p.matches("[a-zA-Z0-9_-]*")) {
        message = "error: supplied " + kind + " prefix must start with a letter and contain only alphanumeric "
            + "characters, hyphens, and underscores: '" + p + "'";
      } else if (!unique.add(p)) {
        message = "error: supplied " + kind + " prefix must be unique among check and comment prefixes: '" + p + "'";
      }
      if (message != null) {
        out.raw(SourceFile.fromJava(message + "\n"));
        return false;
      }
    }
    return true;
  }

  /**
   * Runs FileCheck on a check file and an input already read (one char per byte, not yet
   * canonicalized), after {@link #validate}. Returns the exit code; everything printed goes to
   * {@code out}. {@code commandLine} is echoed when the input is empty.
   */
  static int run(String checkName, String checkRaw, String inputName, String inputRaw, Options options,
      Diagnostics out, List<String> commandLine) {
    SourceFile checkFile = new SourceFile(checkName.equals("-") ? "<stdin>" : checkName,
        SourceFile.canonicalize(checkRaw, options.strictWhitespace()));
    PatternContext context = new PatternContext();
    CheckFileParser.Parsed program;
    try {
      program = CheckFileParser.parse(checkFile, options, context, out);
    } catch (CheckFileError e) {
      return e.exitCode();
    }
    String inputLabel = inputName.equals("-") ? "<stdin>" : inputName;
    if (inputRaw.isEmpty() && !options.allowEmpty()) {
      StringBuilder b = new StringBuilder("FileCheck error: '" + inputLabel + "' is empty.\nFileCheck command line: ");
      for (String arg : commandLine) b.append(' ').append(SourceFile.fromJava(arg));
      out.raw(b.append('\n').toString());
      return 2;
    }
    SourceFile input = new SourceFile(inputLabel, SourceFile.canonicalize(inputRaw, options.strictWhitespace()));
    List<InputDiag> diags = options.dumpInput() == Options.DumpInput.NEVER ? null : new ArrayList<>();
    MatchReporter reporter = new MatchReporter(out, input, options, diags);
    int code = InputChecker.check(program.checks(), reporter, options, context) ? 0 : 1;
    if (options.dumpInput() == Options.DumpInput.ALWAYS || (code == 1 && options.dumpInput() == Options.DumpInput.FAIL)) {
      out.raw("\nInput file: " + inputLabel + "\nCheck file: " + checkName + "\n\n"
          + "-dump-input=help explains the following input dump.\n\n");
      InputDump.print(out, options, input, checkFile, program.implicitFiles(), diags);
    }
    return code;
  }
}
