package dev.mlc.lit;

import dev.mlc.lit.ShParser.Command;
import dev.mlc.lit.ShParser.Node;
import dev.mlc.lit.ShParser.Pipeline;
import dev.mlc.lit.ShParser.Redirect;
import dev.mlc.lit.ShParser.Seq;
import dev.mlc.lit.ShParser.Word;
import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs parsed RUN lines in-process, as lit's internal shell: no process is started. Each command
 * gets its own {@link ToolIO} with in-memory streams; a pipeline runs its commands one after the
 * other, the buffered standard output of one becoming the standard input of the next. Exit status
 * follows lit ({@code pipefail}): a pipeline fails when any of its commands fails. The working
 * directory and environment persist across the RUN lines of a test ({@code cd}, {@code export}).
 * One instance per test run; not thread-safe, and it need not be.
 */
final class Shell {
  /** Commands the shell itself implements; they take precedence over tools of the same name. */
  static final Set<String> BUILTINS =
      Set.of("not", "env", "count", "echo", "cat", "rm", "mkdir", "true", "false", ":", "cd", "export", "diff", "split-file");

  /** Most characters of one stream shown in the log. */
  private static final int LOG_LIMIT = 64 * 1024;

  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
  private static final Pattern PLAIN_ARG = Pattern.compile("[-A-Za-z0-9_+=/.,:%@^]+");
  private static final String DEV_NULL = "/dev/null";

  private final ToolRegistry tools;
  private final Map<String, String> env;
  private final StringBuilder log;
  private Path cwd;

  /** The outcome of one command: its status and whether it crashed (threw). */
  private record Exit(int code, boolean crashed) {
    static final Exit OK = new Exit(0, false);
    static final Exit FAILED = new Exit(1, false);

    static Exit of(int code) { return code == 0 ? OK : code == 1 ? FAILED : new Exit(code, false); }
  }

  Shell(ToolRegistry tools, Path cwd, Map<String, String> env, StringBuilder log) {
    this.tools = tools;
    this.cwd = cwd;
    this.env = new HashMap<>(env);
    this.log = log;
  }

  /** Runs {@code node}, logging each command, and returns its exit status. */
  int run(Node node) {
    return switch (node) {
      case Seq(Node lhs, String op, Node rhs) -> {
        int status = run(lhs);
        yield switch (op) {
          case "&&" -> status == 0 ? run(rhs) : status;
          case "||" -> status != 0 ? run(rhs) : status;
          default -> run(rhs);
        };
      }
      case Pipeline p -> runPipeline(p);
    };
  }

  private int runPipeline(Pipeline pipeline) {
    byte[] input = new byte[0];
    int status = 0;
    List<Command> commands = pipeline.commands();
    for (int i = 0; i < commands.size(); i++) {
      boolean last = i == commands.size() - 1;
      Ran ran = runCommand(commands.get(i), input, commands.size() == 1);
      logCommand(ran, last);
      if (ran.code != 0) status = ran.code;
      input = ran.stdout;
    }
    return status;
  }

  /** A command that ran: what it was, its status, and its captured (not redirected) output. */
  private record Ran(List<String> argv, int code, byte[] stdout, byte[] stderr) {}

  private Ran runCommand(Command command, byte[] stdin, boolean alone) {
    List<String> argv = new ArrayList<>();
    for (Word w : command.words()) argv.addAll(expand(w));
    ByteArrayOutputStream outBuf = new ByteArrayOutputStream(), errBuf = new ByteArrayOutputStream();
    OutputStream out = outBuf, err = errBuf;
    InputStream in = new ByteArrayInputStream(stdin);
    List<OutputStream> opened = new ArrayList<>();
    Map<Path, OutputStream> openedByPath = new HashMap<>();
    String redirectError = null;
    for (Redirect r : command.redirects()) {
      String target = r.target().text();
      try {
        switch (r.op()) {
          case "<" -> {
            if (r.fd() != 0) throw new IOException("unsupported redirection '" + r.fd() + "<'");
            in = target.equals(DEV_NULL) ? InputStream.nullInputStream() : new ByteArrayInputStream(Files.readAllBytes(resolve(target)));
          }
          case ">", ">>" -> {
            OutputStream file = open(target, r.op().equals(">>"), opened, openedByPath);
            if (r.fd() == 1) out = file;
            else if (r.fd() == 2) err = file;
            else throw new IOException("unsupported redirection of descriptor " + r.fd());
          }
          case ">&" -> {
            if (target.equals("1") || target.equals("2")) {
              OutputStream dup = target.equals("1") ? out : err;
              if (r.fd() == 1) out = dup;
              else if (r.fd() == 2) err = dup;
              else throw new IOException("unsupported redirection of descriptor " + r.fd());
            } else if (r.fd() == 1) {
              out = err = open(target, false, opened, openedByPath); // bash: '>& file' is '&> file'
            } else {
              throw new IOException("unsupported redirection '" + r.fd() + ">&" + target + "'");
            }
          }
          case "&>", "&>>" -> out = err = open(target, r.op().equals("&>>"), opened, openedByPath);
          default -> throw new IOException("unsupported redirection '" + r.op() + "'");
        }
      } catch (NoSuchFileException e) {
        redirectError = "mlc-lit: error: " + target + ": No such file or directory";
        break;
      } catch (IOException e) {
        redirectError = "mlc-lit: error: " + (e.getMessage() != null && e.getMessage().startsWith("unsupported") ? e.getMessage() : "cannot open '" + target + "': " + e);
        break;
      }
    }
    int code;
    if (redirectError != null) {
      errBuf.writeBytes((redirectError + "\n").getBytes(StandardCharsets.UTF_8));
      code = 1;
    } else {
      PrintStream outPs = new PrintStream(out, false, StandardCharsets.UTF_8);
      PrintStream errPs = err == out ? outPs : new PrintStream(err, false, StandardCharsets.UTF_8);
      ToolIO io = new ToolIO(in, outPs, errPs, cwd, Map.copyOf(env));
      code = argv.isEmpty() ? 0 : dispatch(argv, io, alone).code;
      outPs.flush();
      errPs.flush();
    }
    for (OutputStream s : opened) {
      try {
        s.close();
      } catch (IOException e) {
        errBuf.writeBytes(("mlc-lit: error: cannot write a redirected file: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        if (code == 0) code = 1;
      }
    }
    return new Ran(argv, code, outBuf.toByteArray(), errBuf.toByteArray());
  }

  private OutputStream open(String target, boolean append, List<OutputStream> opened, Map<Path, OutputStream> byPath) throws IOException {
    if (target.equals(DEV_NULL)) return OutputStream.nullOutputStream();
    Path path = resolve(target);
    OutputStream existing = byPath.get(path);
    if (existing != null) return existing;
    OutputStream s = new BufferedOutputStream(append
        ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
        : Files.newOutputStream(path));
    opened.add(s);
    byPath.put(path, s);
    return s;
  }

  private Path resolve(String path) { return cwd.resolve(path).normalize(); }

  private Exit dispatch(List<String> argv, ToolIO io, boolean alone) {
    int k = 0;
    Map<String, String> assigned = new TreeMap<>();
    while (k < argv.size() && ASSIGNMENT.matcher(argv.get(k)).matches()) {
      String a = argv.get(k++);
      assigned.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    if (k == argv.size()) { // "VAR=x" alone sets a shell variable
      env.putAll(assigned);
      return Exit.OK;
    }
    if (!assigned.isEmpty()) {
      Map<String, String> e = new HashMap<>(io.env());
      e.putAll(assigned);
      io = withEnv(io, e);
    }
    String name = argv.get(k);
    List<String> args = argv.subList(k + 1, argv.size());
    try {
      return switch (name) {
        case "not" -> not(args, io);
        case "env" -> envCommand(args, io);
        case "cd" -> Exit.of(cd(args, io, alone));
        case "export" -> Exit.of(export(args, io, alone));
        case "true", ":" -> Exit.OK;
        case "false" -> Exit.FAILED;
        case "echo" -> Exit.of(Builtins.echo(args, io));
        case "cat" -> Exit.of(Builtins.cat(args, io));
        case "rm" -> Exit.of(Builtins.rm(args, io));
        case "mkdir" -> Exit.of(Builtins.mkdir(args, io));
        case "count" -> Exit.of(Builtins.count(args, io));
        case "diff" -> Exit.of(Diff.run(args, io));
        case "split-file" -> Exit.of(Builtins.splitFile(args, io));
        default -> runTool(name, args, io);
      };
    } catch (IOException e) {
      io.err().println(name + ": error: " + e);
      return Exit.FAILED;
    }
  }

  private Exit runTool(String name, List<String> args, ToolIO io) {
    Tool tool = tools.create(name);
    if (tool == null) {
      io.err().println("'" + name + "': command not found: it is neither a registered tool nor a built-in of mlc-lit"
          + " (tools: " + String.join(", ", tools.names()) + "; built-ins: " + String.join(", ", new java.util.TreeSet<>(BUILTINS)) + ")");
      return new Exit(127, false);
    }
    try {
      return Exit.of(tool.run(List.copyOf(args), io));
    } catch (StackOverflowError e) {
      io.err().println(name + ": error: input nested too deeply for the available stack");
      return Exit.FAILED;
    } catch (OutOfMemoryError e) {
      io.err().println(name + ": error: out of memory");
      return Exit.FAILED;
    } catch (RuntimeException | Error e) {
      io.err().println(name + ": internal error: " + e + " -- this is a bug in MLC; please report it with the input");
      e.printStackTrace(io.err());
      return new Exit(1, true);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  /** {@code not CMD}: succeeds iff CMD fails without crashing; {@code not --crash CMD}: iff it crashes. */
  private Exit not(List<String> args, ToolIO io) {
    boolean crash = !args.isEmpty() && args.getFirst().equals("--crash");
    List<String> rest = crash ? args.subList(1, args.size()) : args;
    if (rest.isEmpty()) {
      io.err().println("not: error: no command to run");
      return Exit.FAILED;
    }
    Exit inner = dispatch(rest, io, false);
    if (crash) return inner.crashed ? Exit.OK : Exit.FAILED;
    if (inner.crashed) return Exit.FAILED;
    return inner.code == 0 ? Exit.FAILED : Exit.OK;
  }

  /** {@code env [-i] [-u VAR] [VAR=value]... [CMD ARGS...]}. */
  private Exit envCommand(List<String> args, ToolIO io) {
    Map<String, String> e = new HashMap<>(io.env());
    int k = 0;
    while (k < args.size()) {
      String a = args.get(k);
      if (a.equals("-u") && k + 1 < args.size()) {
        e.remove(args.get(k + 1));
        k += 2;
      } else if (a.startsWith("-u") && a.length() > 2) {
        e.remove(a.substring(2));
        k++;
      } else if (a.equals("-i") || a.equals("-")) {
        e.clear();
        k++;
      } else if (a.equals("--")) {
        k++;
        break;
      } else if (ASSIGNMENT.matcher(a).matches()) {
        e.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        k++;
      } else if (a.startsWith("-")) {
        io.err().println("env: error: unsupported option '" + a + "'");
        return Exit.FAILED;
      } else {
        break;
      }
    }
    if (k == args.size()) {
      new TreeMap<>(e).forEach((key, value) -> io.out().print(key + "=" + value + "\n"));
      return Exit.OK;
    }
    return dispatch(args.subList(k, args.size()), withEnv(io, e), false);
  }

  private int cd(List<String> args, ToolIO io, boolean alone) {
    if (!alone) {
      io.err().println("cd: error: 'cd' cannot be part of a pipeline or follow 'not' or 'env'");
      return 1;
    }
    if (args.size() != 1) {
      io.err().println("cd: error: expected one directory");
      return 1;
    }
    Path dir = resolve(args.getFirst());
    if (!Files.isDirectory(dir)) {
      io.err().println("cd: " + args.getFirst() + ": No such file or directory");
      return 1;
    }
    cwd = dir;
    return 0;
  }

  private int export(List<String> args, ToolIO io, boolean alone) {
    if (!alone) {
      io.err().println("export: error: 'export' cannot be part of a pipeline or follow 'not' or 'env'");
      return 1;
    }
    for (String a : args) {
      if (ASSIGNMENT.matcher(a).matches()) env.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    return 0;
  }

  private static ToolIO withEnv(ToolIO io, Map<String, String> env) {
    return new ToolIO(io.in(), io.out(), io.err(), io.cwd(), Map.copyOf(env));
  }

  // ---- globbing ----

  /** The words {@code w} stands for: itself, or the files its unquoted wildcards match (sorted). */
  private List<String> expand(Word w) {
    String glob = w.glob(), text = w.text();
    if (glob == null) return List.of(text);
    int gs = glob.lastIndexOf('/');
    if (gs >= 0 && hasWildcard(glob.substring(0, gs))) return List.of(text);
    String namePattern = glob.substring(gs + 1);
    int ts = text.lastIndexOf('/');
    String dirText = ts < 0 ? "" : text.substring(0, ts + 1);
    Path dir = dirText.isEmpty() ? cwd : resolve(dirText);
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + namePattern);
    } catch (RuntimeException e) {
      return List.of(text);
    }
    if (!Files.isDirectory(dir)) return List.of(text);
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString())
          .filter(n -> (!n.startsWith(".") || namePattern.startsWith(".")) && matcher.matches(Path.of(n)))
          .sorted()
          .map(n -> dirText + n)
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of(text);
    }
    return names.isEmpty() ? List.of(text) : names;
  }

  private static boolean hasWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '\\') i++;
      else if (c == '*' || c == '?' || c == '[') return true;
    }
    return false;
  }

  // ---- log ----

  private void logCommand(Ran ran, boolean last) {
    log.append("# executed command: ").append(quote(ran.argv)).append('\n');
    if (last) logStream("stdout", ran.stdout);
    logStream("stderr", ran.stderr);
    if (ran.code != 0) log.append("# error: command failed with exit status: ").append(ran.code).append('\n');
  }

  private void logStream(String which, byte[] bytes) {
    if (bytes.length == 0) return;
    String text = new String(bytes, StandardCharsets.UTF_8);
    String more = "";
    if (text.length() > LOG_LIMIT) {
      more = "# | ... (" + (text.length() - LOG_LIMIT) + " more characters not shown)\n";
      text = text.substring(0, LOG_LIMIT);
    }
    log.append("# .---command ").append(which).append("------------\n");
    if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
    for (String line : text.split("\n", -1)) log.append("# | ").append(line).append('\n');
    log.append(more).append("# `-----------------------------\n");
  }

  /** {@code argv} as a shell would need it written. */
  static String quote(List<String> argv) {
    StringBuilder sb = new StringBuilder();
    for (String a : argv) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(!a.isEmpty() && PLAIN_ARG.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return sb.toString();
  }
}
