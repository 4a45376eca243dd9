package dev.mlc.tools;

import java.util.List;

/**
 * A command-line tool that can run in-process (from {@code mlc-lit}) as well as from its launcher.
 * Tools are found through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.mlc.tools.Tool}).
 */
public interface Tool {
  /** The command name used in RUN lines and launchers, e.g. {@code mlc-opt}. */
  String name();

  /** Other names the tool answers to in RUN lines (e.g. {@code FileCheck}). */
  default List<String> aliases() { return List.of(); }

  /**
   * Runs the tool with {@code args} (without the command name) and returns the exit code. Must not
   * call {@link System#exit} or touch {@code System.in/out/err}: all I/O goes through {@code io}.
   */
  int run(List<String> args, ToolIO io);
}
