package dev.mlc.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** The command-line conventions the IR tools share: option parsing, {@code --help}, {@code --version}, error reporting. */
public final class ToolCommand {
  private ToolCommand() {}

  /**
   * Parses {@code args} into {@code cl}'s options. Returns the exit code when the tool is done
   * already (a bad option: 1, after the error and {@code hint}; {@code --help} or {@code --version}:
   * 0, after printing them), or null when it should go on.
   */
  public static Integer parse(Tool tool, CommandLine cl, List<String> args, ToolIO io, String version, String hint) {
    try {
      cl.parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      io.err().println(tool.name() + ": error: " + e.getMessage());
      io.err().println(hint);
      return 1;
    }
    if (cl.isUsageHelpRequested()) {
      cl.usage(io.out());
      return 0;
    }
    if (cl.isVersionHelpRequested()) {
      io.out().println(version);
      return 0;
    }
    return null;
  }

  /** {@link #parse} with the usual hint, {@code Run '<tool> --help' for the options.} */
  public static Integer parse(Tool tool, CommandLine cl, List<String> args, ToolIO io, String version) {
    return parse(tool, cl, args, io, version, "Run '" + tool.name() + " --help' for the options.");
  }

  /** Runs {@code body}: a {@link ToolError} becomes {@code <tool>: error: <message>} and exit code 1, as does a {@link ToolError.Reported}, silently. */
  public static int guard(Tool tool, ToolIO io, IntSupplier body) {
    try {
      return body.getAsInt();
    } catch (ToolError e) {
      io.err().println(tool.name() + ": error: " + e.getMessage());
      return 1;
    } catch (ToolError.Reported e) {
      return 1;
    }
  }

  /**
   * Single-dash long options ({@code -entry}, as RUN lines write them) become double-dash, up to a
   * {@code --}; {@code special} may rewrite an argument first (null: not special).
   */
  public static List<String> normalizeDashes(List<String> args, UnaryOperator<String> special) {
    List<String> r = new ArrayList<>(args.size());
    boolean positional = false;
    for (String a : args) {
      String s = positional ? null : special.apply(a);
      if (!positional && a.equals("--")) positional = true;
      else if (s != null) a = s;
      else if (!positional && a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') a = "-" + a;
      r.add(a);
    }
    return r;
  }
}
