package dev.mlc.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link Tool} as a process: on a thread with a large stack (so deeply nested input is
 * handled by recursion without a StackOverflowError), flushing output, and exiting with its code.
 * An internal crash prints a one-line bug report hint, and the trace with {@code --debug}.
 */
public final class ToolMain {
  private ToolMain() {}

  /** Stack size of the tool thread: large enough for 100,000 levels of nested regions. */
  public static final long STACK_BYTES = 2L << 30;

  public static void main(Tool tool, String[] args) {
    AtomicInteger code = new AtomicInteger(1);
    ToolIO io = ToolIO.system();
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
    ToolIO bufferedIo = new ToolIO(io.in(), out, io.err(), io.cwd(), io.env());
    Thread t = new Thread(null, () -> code.set(runGuarded(tool, List.of(args), bufferedIo)), tool.name(), STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    System.err.flush();
    System.exit(code.get());
  }

  /** Runs {@code tool}, turning an unexpected exception into exit code 1 and a bug-report hint. */
  public static int runGuarded(Tool tool, List<String> args, ToolIO io) {
    try {
      return tool.run(args, io);
    } catch (StackOverflowError e) {
      io.err().println(tool.name() + ": error: input nested too deeply for the available stack");
      return 1;
    } catch (OutOfMemoryError e) {
      io.err().println(tool.name() + ": error: out of memory (raise it with MLC_JAVA_OPTS=-Xmx...)");
      return 1;
    } catch (RuntimeException | Error e) {
      io.err().println(tool.name() + ": internal error: " + e
          + " -- this is a bug in MLC; please report it with the input" + (args.contains("--debug") ? "" : " (rerun with --debug for the trace)"));
      if (args.contains("--debug")) e.printStackTrace(io.err());
      return 1;
    } finally {
      io.out().flush();
    }
  }
}
