package dev.mlc.lit.fake;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Test-only tools, registered through src/test/resources/META-INF/services/dev.mlc.tools.Tool. */
public final class FakeTools {
  private FakeTools() {}

  private static String stdin(ToolIO io) {
    try {
      return new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code fake-echo-upper [ARGS...]}: the arguments (or else standard input) in upper case. Alias {@code FakeUpper}. */
  public static final class EchoUpper implements Tool {
    @Override public String name() { return "fake-echo-upper"; }
    @Override public List<String> aliases() { return List.of("FakeUpper"); }
    @Override public int run(List<String> args, ToolIO io) {
      String text = args.isEmpty() ? stdin(io) : String.join(" ", args) + "\n";
      io.out().print(text.toUpperCase(Locale.ROOT));
      return 0;
    }
  }

  /** {@code fake-exit N [MESSAGE]}: prints MESSAGE on stdout, exits with N. */
  public static final class Exit implements Tool {
    @Override public String name() { return "fake-exit"; }
    @Override public int run(List<String> args, ToolIO io) {
      if (args.size() > 1) io.out().print(args.get(1) + "\n");
      return args.isEmpty() ? 0 : Integer.parseInt(args.getFirst());
    }
  }

  /** {@code fake-stderr ARGS...}: prints the arguments on standard error and "stdout-line" on standard output. */
  public static final class Stderr implements Tool {
    @Override public String name() { return "fake-stderr"; }
    @Override public int run(List<String> args, ToolIO io) {
      io.err().print(String.join(" ", args) + "\n");
      io.out().print("stdout-line\n");
      return 0;
    }
  }

  /** {@code fake-args ARGS...}: each argument on its own line, in brackets. */
  public static final class Args implements Tool {
    @Override public String name() { return "fake-args"; }
    @Override public int run(List<String> args, ToolIO io) {
      for (String a : args) io.out().print("[" + a + "]\n");
      return 0;
    }
  }

  /** {@code fake-crash}: throws, as a tool with a bug would. */
  public static final class Crash implements Tool {
    @Override public String name() { return "fake-crash"; }
    @Override public int run(List<String> args, ToolIO io) {
      throw new IllegalStateException("boom");
    }
  }

  /** {@code fake-env VAR...}: {@code VAR=value} for each; {@code fake-env --cwd}: the working directory. */
  public static final class Env implements Tool {
    @Override public String name() { return "fake-env"; }
    @Override public int run(List<String> args, ToolIO io) {
      for (String a : args) {
        if (a.equals("--cwd")) io.out().print(io.cwd() + "\n");
        else io.out().print(a + "=" + io.env().getOrDefault(a, "<unset>") + "\n");
      }
      return 0;
    }
  }

  /** {@code fake-counter}: counts its own invocations; prints 1 as long as each run gets a new instance. */
  public static final class Counter implements Tool {
    private int calls;
    @Override public String name() { return "fake-counter"; }
    @Override public int run(List<String> args, ToolIO io) {
      io.out().print(++calls + "\n");
      return 0;
    }
  }

  /** {@code fake-sleep MILLIS}: sleeps, then prints "slept"; makes tests finish out of order. */
  public static final class Sleep implements Tool {
    @Override public String name() { return "fake-sleep"; }
    @Override public int run(List<String> args, ToolIO io) {
      try {
        Thread.sleep(Long.parseLong(args.getFirst()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
      io.out().print("slept\n");
      return 0;
    }
  }

  /** {@code fake-deep N}: recurses N frames deep (needs the large tool stack for big N). */
  public static final class Deep implements Tool {
    @Override public String name() { return "fake-deep"; }
    @Override public int run(List<String> args, ToolIO io) {
      io.out().print(depth(Integer.parseInt(args.getFirst())) + "\n");
      return 0;
    }
    private static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
  }
}
