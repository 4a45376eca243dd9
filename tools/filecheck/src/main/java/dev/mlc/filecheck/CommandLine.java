package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses FileCheck's command line the way LLVM's {@code cl} library does: options with one or two
 * dashes, values after {@code =} or in the next argument, {@code -DVAR=value} glued to its flag,
 * comma-separated {@code --check-prefixes} and {@code --comment-prefixes}, one positional check
 * file, and {@code --} ending the options.
 */
final class CommandLine {
  private CommandLine() {}

  /** What the command line asks for. */
  enum Action { RUN, HELP, VERSION }

  /** A parsed command line. */
  record Parsed(Action action, Options options, String checkFile, String inputFile) {}

  /** A command line LLVM's option parser rejects (it exits with status 1). */
  static final class UsageError extends Exception {
    UsageError(String message) {
      super(message, null, false, false);
    }
  }

  private static final List<String> FLAGS = List.of("strict-whitespace", "ignore-case", "allow-empty",
      "allow-unused-prefixes", "match-full-lines", "enable-var-scope", "allow-deprecated-dag-overlap", "v", "vv",
      "color", "debug");
  private static final List<String> VALUED = List.of("input-file", "check-prefix", "check-prefixes",
      "comment-prefixes", "implicit-check-not", "dump-input", "dump-input-filter", "dump-input-context",
      "dump-input-label-width");
  private static final Map<String, Options.DumpInput> DUMP_INPUT = Map.of("help", Options.DumpInput.HELP,
      "always", Options.DumpInput.ALWAYS, "fail", Options.DumpInput.FAIL, "never", Options.DumpInput.NEVER);
  private static final Map<String, Options.DumpInputFilter> DUMP_FILTER = Map.of(
      "all", Options.DumpInputFilter.ALL, "annotation-full", Options.DumpInputFilter.ANNOTATION_FULL,
      "annotation", Options.DumpInputFilter.ANNOTATION, "error", Options.DumpInputFilter.ERROR);

  /** Parses {@code args}; {@code envOptions} is the value of {@code FILECHECK_OPTS}, parsed first. */
  static Parsed parse(String tool, List<String> args, String envOptions) throws UsageError {
    List<String> all = new ArrayList<>();
    if (envOptions != null && !envOptions.isBlank()) all.addAll(List.of(envOptions.trim().split("\\s+")));
    all.addAll(args);

    Options.Builder b = Options.builder();
    List<String> positional = new ArrayList<>();
    String inputFile = "-";
    Options.DumpInput dump = null;
    Options.DumpInputFilter filter = null;
    int context = -1;
    boolean verbose = false;
    boolean veryVerbose = false;
    for (int i = 0; i < all.size(); i++) {
      String arg = all.get(i);
      if (arg.equals("--")) {
        positional.addAll(all.subList(i + 1, all.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
      if (body.startsWith("D")) {
        String def = body.substring(1);
        if (def.isEmpty()) {
          // LLVM insists on -DVAR=value; "-D VAR=value" is accepted here too.
          if (i + 1 >= all.size()) throw new UsageError(tool + ": for the -D option: requires a value!");
          def = all.get(++i);
        }
        b.define(def);
        continue;
      }
      int eq = body.indexOf('=');
      String name = eq < 0 ? body : body.substring(0, eq);
      String value = eq < 0 ? null : body.substring(eq + 1);
      String flagName = (name.length() == 1 ? "-" : "--") + name;
      switch (name) {
        case "help", "h", "help-hidden", "help-list" -> {
          return new Parsed(Action.HELP, b.build(), null, null);
        }
        case "version" -> {
          return new Parsed(Action.VERSION, b.build(), null, null);
        }
        default -> { }
      }
      if (FLAGS.contains(name)) {
        boolean on = value == null || parseBool(tool, flagName, value);
        switch (name) {
          case "strict-whitespace" -> b.strictWhitespace(on);
          case "ignore-case" -> b.ignoreCase(on);
          case "allow-empty" -> b.allowEmpty(on);
          case "allow-unused-prefixes" -> b.allowUnusedPrefixes(on);
          case "match-full-lines" -> b.matchFullLines(on);
          case "enable-var-scope" -> b.enableVarScope(on);
          case "allow-deprecated-dag-overlap" -> b.allowDeprecatedDagOverlap(on);
          case "v" -> verbose = on;
          case "vv" -> veryVerbose = on;
          default -> { } // --color, --debug: accepted, no effect
        }
        continue;
      }
      if (!VALUED.contains(name)) {
        throw new UsageError(tool + ": Unknown command line argument '" + arg + "'.  Try: '" + tool + " --help'");
      }
      if (value == null) {
        if (i + 1 >= all.size()) throw new UsageError(tool + ": for the " + flagName + " option: requires a value!");
        value = all.get(++i);
      }
      switch (name) {
        case "input-file" -> inputFile = value;
        case "check-prefix" -> b.checkPrefixes(value);
        case "check-prefixes" -> b.checkPrefixes(value.split(",", -1));
        case "comment-prefixes" -> b.commentPrefixes(value.split(",", -1));
        case "implicit-check-not" -> b.implicitCheckNot(value);
        case "dump-input" -> dump = max(dump, lookup(tool, flagName, DUMP_INPUT, value));
        case "dump-input-filter" -> filter = max(filter, lookup(tool, flagName, DUMP_FILTER, value));
        case "dump-input-context" -> context = Math.max(context, parseUnsigned(tool, flagName, value));
        default -> parseUnsigned(tool, flagName, value); // --dump-input-label-width
      }
    }
    if (positional.size() > 1) {
      throw new UsageError(tool + ": Too many positional arguments specified!\n"
          + "Can specify at most 1 positional arguments: See: " + tool + " --help");
    }
    b.verbose(verbose || veryVerbose).veryVerbose(veryVerbose);
    b.dumpInput(dump == null ? Options.DumpInput.FAIL : dump).dumpInputFilter(filter);
    if (context >= 0) b.dumpInputContext(context);
    return new Parsed(Action.RUN, b.build(), positional.isEmpty() ? null : positional.getFirst(), inputFile);
  }

  private static <E extends Enum<E>> E max(E a, E b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  private static <E> E lookup(String tool, String flag, Map<String, E> values, String value) throws UsageError {
    E e = values.get(value);
    if (e == null) throw new UsageError(tool + ": for the " + flag + " option: Cannot find option named '" + value + "'!");
    return e;
  }

  private static boolean parseBool(String tool, String flag, String value) throws UsageError {
    return switch (value) {
      case "true", "TRUE", "True", "1" -> true;
      case "false", "FALSE", "False", "0" -> false;
      default -> throw new UsageError(tool + ": for the " + flag + " option: '" + value
          + "' is invalid value for boolean argument! Try 0 or 1");
    };
  }

  private static int parseUnsigned(String tool, String flag, String value) throws UsageError {
    try {
      long v = Long.parseLong(value);
      if (v >= 0 && v <= 0xFFFFFFFFL) return (int) Math.min(v, Integer.MAX_VALUE);
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageError(tool + ": for the " + flag + " option: '" + value + "' value invalid for uint argument!");
  }
}
